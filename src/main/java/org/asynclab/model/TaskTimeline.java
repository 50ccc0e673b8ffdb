package org.asynclab.model;

/**
 * A read-only view of the tasks of a run: when each was submitted, started and finished, and on which lane
 * (thread) it ran. Times are nanoseconds from the run's start; {@link #NOT_YET} marks an instant that has not
 * happened (yet). A live run and a finished one look the same through it, so the chart draws both.
 *
 * <p>For each task the instants are monotonic: a task with a finish also has a start, and a start also has a
 * submit. Implementations that are read while a run goes on guarantee that per task.
 */
public interface TaskTimeline {
    /** The value of an instant that has not happened. */
    long NOT_YET = -1L;

    /**
     * The instant a run's total counts from, its time axis' 0: its first task's submission (0 before there is one).
     * Files count their instants from it, as the chart and the summary's "first submit to last finish" do: the
     * run clock starts at the engine's set-up, 5 to 80 ms before.
     */
    static long originNanos(TaskTimeline timeline) {
        long first = Long.MAX_VALUE;
        for (int task = 0; task < timeline.size(); task++) {
            long submitted = timeline.submittedNanos(task);
            if (submitted != NOT_YET && submitted < first) {
                first = submitted;
            }
        }
        return first == Long.MAX_VALUE ? 0 : Math.max(0, first);
    }

    /** Number of tasks. */
    int size();

    /**
     * The recording this timeline shows: itself, or the run a view of one moment shows (a replay's cursor). Two
     * timelines of the same recording are the same run: the chart keeps its zoom from one to the other.
     */
    default TaskTimeline recording() {
        return this;
    }

    /**
     * The n of "average = total / n": every task, unless the run says otherwise (a Python program's figure leaves
     * out the main task {@code asyncio.run} made, as {@code measure_time} does). At least 1 once there is a task.
     */
    default int countedTasks() {
        return size();
    }

    /** The planned delay of {@code task}, in nanoseconds (0 when the delays are not known). */
    long delayNanos(int task);

    /** Whether the delays are known: not for real URLs, whose servers take what they take ({@link Workload#known}). */
    default boolean delaysKnown() {
        return true;
    }

    /** When {@code task} was handed to its executor, or {@link #NOT_YET}. */
    long submittedNanos(int task);

    /** When {@code task} began its work (its first line ran), or {@link #NOT_YET}. */
    long startedNanos(int task);

    /** When {@code task} ended, or {@link #NOT_YET}. */
    long finishedNanos(int task);

    /** The lane (0 … {@link #laneCount()} − 1) of the thread that ran {@code task}, or −1 before it started. */
    int lane(int task);

    /** Number of lanes (distinct threads) used so far. */
    int laneCount();

    /** The name of the thread of {@code lane}, e.g. {@code pool-worker-3} or {@code event-loop}. */
    String laneName(int lane);

    /** Whether the tasks wait or compute. */
    TaskKind kind();

    /** The moment this view shows, in nanoseconds from the run's start. */
    long nowNanos();

    /**
     * When the run was stopped before every task finished (Stop), in nanoseconds from its start; {@link #NOT_YET}
     * for a run that goes on or whose tasks all ended. The chart names its last line "stop", not "now". No default,
     * for the same reason as {@link #lockTimeline()}: a slide of a stopped run read "now 10.1 s".
     */
    long stoppedNanos();

    /**
     * When the tasks held, and waited for, the simulated GIL ({@link RunConfig#globalLock()}); null when the run
     * did not simulate it, or when its holds were not recorded (a run read back from a file). No default: a view
     * that wraps another timeline must forward it, or the picture of a GIL run loses its locks (the compiler
     * says so).
     */
    LockTimeline lockTimeline();

    /**
     * The phases inside each task's life (coroutine slices and waits, request steps, read–write windows) and how
     * each task ended; null when the run records only submit, start and finish (the Java sleep and compute
     * tasks). No default, for the same reason as {@link #lockTimeline()}.
     */
    PhaseTimeline phaseTimeline();
}
