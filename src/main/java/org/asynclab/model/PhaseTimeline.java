package org.asynclab.model;

/**
 * The inside of each task's life, for runs that record more than submit, start and finish: a Python program's
 * coroutine slices and waits (with the line each wait is paused on), an HTTP request's connect / answer / read,
 * a race lesson's read-to-write windows, and how each task ended (done, cancelled, failed) and what it is called.
 *
 * <p>Phases are indexed per task, so a painter reads only the rows it shows. A task's phases are in the order they
 * began and do not overlap; each lies within the task's start and finish. A phase that has begun but not ended
 * has {@link TaskTimeline#NOT_YET} as its end (drawn up to "now"). Read live like {@link TaskTimeline}: an
 * implementation read while a run goes on publishes a phase's start, kind, line and label before it counts it in
 * {@link #phaseCount(int)}, and its end once with a release store. A reader that shows a moment before the end of
 * the recording (a replay) clips what it draws at {@link TaskTimeline#nowNanos()}.
 */
public interface PhaseTimeline {
    /** The line number a phase has when it was not paused on a known source line. */
    int NO_LINE = -1;

    /** Phases of {@code task} recorded so far. */
    int phaseCount(int task);

    /** What {@code task} did in its phase {@code phase} (0 … {@link #phaseCount(int)} − 1). */
    Phase phase(int task, int phase);

    /** When that phase began, in nanoseconds from the run's start. */
    long phaseStartNanos(int task, int phase);

    /** When that phase ended, or {@link TaskTimeline#NOT_YET} while it lasts. */
    long phaseEndNanos(int task, int phase);

    /** The source line the task was paused on during that phase (1-based), or {@link #NO_LINE}. */
    int phaseLine(int task, int phase);

    /** A short note on that phase ("asyncio.sleep(0.53)", "GET /delay/530"), or null. */
    String phaseNote(int task, int phase);

    /** How {@code task} ended, or null while it has not finished. */
    TaskOutcome outcome(int task);

    /** The task's own name ("Task-3 wait_random", "fetch_url('…')"), or null to number it as usual. */
    String taskName(int task);

    /**
     * How {@code task} of {@code timeline} ended: the outcome its phases recorded (a task a stop cut is cancelled),
     * else done once it finished; null while nothing says it ended. The CSV's {@code outcome} column and the trace's.
     */
    static TaskOutcome endOf(TaskTimeline timeline, int task) {
        PhaseTimeline phases = timeline.phaseTimeline();
        TaskOutcome outcome = phases == null ? null : phases.outcome(task);
        if (outcome != null) {
            return outcome;
        }
        return timeline.finishedNanos(task) == TaskTimeline.NOT_YET ? null : TaskOutcome.DONE;
    }

    /**
     * When {@code task} got past what held it at its very start: a {@link Phase#SEMAPHORE_WAIT} phase (or a
     * {@link Phase#LOCK_WAIT} one, as recordings written before the semaphore had its own phase say) that began at its
     * start ({@code async with semaphore:} around its wait, as a pool's queue holds a task before its worker takes
     * it) ends there; its start otherwise. {@link TaskTimeline#NOT_YET} while it is still held, or not started.
     *
     * @param phases       the run's phases, or null (the task's start then)
     * @param startedNanos the task's start, or {@link TaskTimeline#NOT_YET}
     */
    static long pastEntryNanos(PhaseTimeline phases, int task, long startedNanos) {
        if (phases == null || startedNanos == TaskTimeline.NOT_YET || phases.phaseCount(task) == 0
                || !heldAtEntry(phases.phase(task, 0)) || phases.phaseStartNanos(task, 0) != startedNanos) {
            return startedNanos;
        }
        return phases.phaseEndNanos(task, 0);
    }

    private static boolean heldAtEntry(Phase phase) {
        return phase == Phase.SEMAPHORE_WAIT || phase == Phase.LOCK_WAIT;
    }
}
