package org.asynclab.model;

import java.util.Objects;

/**
 * A finished (or stopped) run: its settings, its delays, every task's recorded instants, the order in which the
 * tasks finished, and its figures. Immutable; it is also the {@link TaskTimeline} that replay and export draw.
 */
public final class RunResult implements TaskTimeline {
    private final RunConfig config;
    private final Workload workload;
    private final long[] submitted;
    private final long[] started;
    private final long[] finished;
    private final int[] lanes;
    private final String[] laneNames;
    private final int[] completionOrder;
    private final RunSummary summary;
    private final boolean cancelled;
    private final long endNanos;
    private final LockTimeline lock;
    private final PhaseTimeline phases;
    private final CounterTally counter;
    private final ProgramRun program;
    private final OtherPrograms otherPrograms;

    /**
     * Creates a result. The arrays are taken as they are (not copied): the caller hands them over.
     *
     * @param timings         {@code submitted}, {@code started}, {@code finished}: one instant per task, ns from
     *                        the run's start, {@link TaskTimeline#NOT_YET} where it did not happen; and the lane
     *                        of each task, −1 where it never started
     * @param laneNames       name of each lane's thread
     * @param completionOrder task ids in the order they finished (only those that finished)
     * @param cancelled       whether the run was stopped before every task finished
     * @param endNanos        when the run ended, ns from its start
     */
    public RunResult(RunConfig config, Workload workload, Timings timings, String[] laneNames,
                     int[] completionOrder, RunSummary summary, boolean cancelled, long endNanos) {
        this.config = Objects.requireNonNull(config, "config");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.submitted = timings.submitted();
        this.started = timings.started();
        this.finished = timings.finished();
        this.lanes = timings.lanes();
        this.laneNames = laneNames;
        this.completionOrder = completionOrder;
        this.summary = Objects.requireNonNull(summary, "summary");
        this.cancelled = cancelled;
        this.endNanos = endNanos;
        this.lock = null;
        this.phases = null;
        this.counter = null;
        this.program = null;
        this.otherPrograms = OtherPrograms.UNKNOWN;
        int n = workload.size();
        if (submitted.length != n || started.length != n || finished.length != n || lanes.length != n) {
            throw new IllegalArgumentException("every per-task array must hold " + n + " entries");
        }
    }

    private RunResult(RunResult other, LockTimeline lock, PhaseTimeline phases, CounterTally counter,
                      ProgramRun program, OtherPrograms otherPrograms) {
        this.config = other.config;
        this.workload = other.workload;
        this.submitted = other.submitted;
        this.started = other.started;
        this.finished = other.finished;
        this.lanes = other.lanes;
        this.laneNames = other.laneNames;
        this.completionOrder = other.completionOrder;
        this.summary = other.summary;
        this.cancelled = other.cancelled;
        this.endNanos = other.endNanos;
        this.lock = lock;
        this.phases = phases;
        this.counter = counter;
        this.program = program;
        this.otherPrograms = otherPrograms;
    }

    /** This result with the record of its simulated GIL's holds (the arrays are shared, not copied). */
    public RunResult withLockTimeline(LockTimeline lockTimeline) {
        return new RunResult(this, lockTimeline, phases, counter, program, otherPrograms);
    }

    /** This result with the phases inside its tasks' lives (shared, not copied). */
    public RunResult withPhaseTimeline(PhaseTimeline phaseTimeline) {
        return new RunResult(this, lock, phaseTimeline, counter, program, otherPrograms);
    }

    /** This result with the race lesson's expected and final count. */
    public RunResult withCounterTally(CounterTally tally) {
        return new RunResult(this, lock, phases, tally, program, otherPrograms);
    }

    /** The shared counter's expected and final count, or null when the tasks shared no counter. */
    public CounterTally counterTally() {
        return counter;
    }

    /** Tasks whose outcome is {@code outcome} in the phase timeline (0 when there is none). */
    public int outcomeCount(TaskOutcome outcome) {
        if (phases == null) {
            return 0;
        }
        int count = 0;
        for (int task = 0; task < size(); task++) {
            count += phases.outcome(task) == outcome ? 1 : 0;
        }
        return count;
    }

    /**
     * Time every task spent in phases of {@code phase}, added up over the tasks (0 without a phase timeline):
     * the lock wait of the race lesson and of a semaphore.
     */
    public long phaseNanos(Phase phase) {
        if (phases == null) {
            return 0;
        }
        long nanos = 0;
        for (int task = 0; task < size(); task++) {
            for (int p = 0; p < phases.phaseCount(task); p++) {
                long end = phases.phaseEndNanos(task, p);
                if (phases.phase(task, p) == phase && end >= 0) {
                    nanos += end - phases.phaseStartNanos(task, p);
                }
            }
        }
        return nanos;
    }

    /** This result with what the real program it traced printed and how it ended (Python runs). */
    public RunResult withProgram(ProgramRun programRun) {
        return new RunResult(this, lock, phases, counter, programRun, otherPrograms);
    }

    /** This result with what the other programs on the machine took while it ran. */
    public RunResult withOtherPrograms(OtherPrograms others) {
        return new RunResult(this, lock, phases, counter, program, Objects.requireNonNull(others, "others"));
    }

    /**
     * The cores the other programs on the machine used while this run went on, or {@link OtherPrograms#UNKNOWN}:
     * not measured (not Linux, a result made by hand or read from a file without it, a Python program's run).
     */
    public OtherPrograms otherPrograms() {
        return otherPrograms;
    }

    /** The real program this run traced (its output, problems, exit code), or null for the Java modes. */
    public ProgramRun program() {
        return program;
    }

    /** Whether nothing ran: a program that did not compile (no bar, no total, nothing to replay). */
    public boolean ranNothing() {
        return program != null && !program.ran();
    }

    /** The per-task instants of a run, in nanoseconds from its start, and the lane that ran each task. */
    public record Timings(long[] submitted, long[] started, long[] finished, int[] lanes) {
    }

    /** The settings of the run. */
    public RunConfig config() {
        return config;
    }

    /** The delays of the run. */
    public Workload workload() {
        return workload;
    }

    /** The figures of the run. */
    public RunSummary summary() {
        return summary;
    }

    /** Whether the run was stopped before every task finished. */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Whether this run's figures can be set against {@code other}'s as a ratio: only when neither was stopped before
     * its tasks ended. A finished run's total beside a stopped one's, up to its stop, read "2.5×" as if both had run
     * to the end. The one home of that rule: the window's comparison (its table, its sentence) and the command
     * line's ratio of totals ask here.
     */
    public boolean comparableWith(RunResult other) {
        return !cancelled && !other.cancelled;
    }

    /** Number of tasks that finished. */
    public int finishedCount() {
        return completionOrder.length;
    }

    /** The id of the {@code rank}-th task to finish (0 = first). */
    public int completedAt(int rank) {
        return completionOrder[rank];
    }

    /** A copy of the completion order: task ids, first finished first. */
    public int[] completionOrder() {
        return completionOrder.clone();
    }

    @Override
    public int countedTasks() {
        return program != null ? program.n() : size();
    }

    @Override
    public int size() {
        return workload.size();
    }

    @Override
    public long delayNanos(int task) {
        return workload.delayNanos(task);
    }

    @Override
    public boolean delaysKnown() {
        return workload.known();
    }

    @Override
    public long submittedNanos(int task) {
        return submitted[task];
    }

    @Override
    public long startedNanos(int task) {
        return started[task];
    }

    @Override
    public long finishedNanos(int task) {
        return finished[task];
    }

    @Override
    public int lane(int task) {
        return lanes[task];
    }

    @Override
    public int laneCount() {
        return laneNames.length;
    }

    @Override
    public String laneName(int lane) {
        return laneNames[lane];
    }

    @Override
    public TaskKind kind() {
        return config.kind();
    }

    @Override
    public long nowNanos() {
        return endNanos;
    }

    @Override
    public long stoppedNanos() {
        return cancelled ? endNanos : NOT_YET;
    }

    @Override
    public LockTimeline lockTimeline() {
        return lock;
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return phases;
    }
}
