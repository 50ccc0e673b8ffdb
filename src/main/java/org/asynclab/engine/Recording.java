package org.asynclab.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;

/**
 * Where a run's workers write every task's instants, and the live {@link TaskTimeline} that other threads read
 * while they do.
 *
 * <p>It must not distort what it measures, even at a million tasks: every array is allocated once, sized n, before
 * the run starts; a worker's record is a clock read and one release store into its task's own slot, with no lock
 * and no allocation. The completion order takes one {@code getAndIncrement} per finish; since a worker may be paused
 * between its clock read and its rank, the ranks are put in the order of the finish instants once, after the run
 * ({@link FinishOrder}), so that the order and the instants always agree. Each task's instants are
 * written in the order submit → start → finish (each a release store), and readers read them with acquire loads
 * in the opposite order, so a reader that sees a finish also sees its start and submit. A lane's name is stored
 * (and the lane count published) before its thread starts, so a task's lane always has its name.
 *
 * <p>A stopped run is {@link #seal() sealed}: its instants are copied as they are ({@link SealedRun}), every
 * reader reads the copy from then on, and the writes of threads still ending are dropped, so the run's result is
 * ready at the Stop and nothing written after it can change it.
 */
public final class Recording implements TaskTimeline {
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle NAMES = MethodHandles.arrayElementVarHandle(String[].class);
    private static final long CLOCK_NOT_STARTED = Long.MIN_VALUE;

    private final Workload workload;
    private final TaskKind kind;
    private final long[] submitted;
    private final long[] started;
    private final long[] finished;
    private final int[] lanes;
    private final String[] laneNames;
    private final int[] completion;
    private final AtomicInteger completed = new AtomicInteger();
    /** Written by the one thread that creates lanes; volatile so readers see the names stored before it. */
    private volatile int laneCount;
    private volatile long origin = CLOCK_NOT_STARTED;
    private volatile long end = NOT_YET;
    private volatile LockLedger ledger;
    private volatile PhaseRecording phases;
    /** The instants as they were at the stop, once sealed; null while the run goes on. */
    private volatile SealedRun sealed;
    /** The memory the run's end needs, taken before its clock starts; only the controller touches it. */
    private SealSpace endSpace;

    /**
     * Allocates the storage of a run.
     *
     * @param maxLanes the most lanes the run can use (1, the pool size, or n for a thread per task)
     */
    Recording(Workload workload, TaskKind kind, int maxLanes) {
        this.workload = workload;
        this.kind = kind;
        int n = workload.size();
        submitted = filled(n);
        started = filled(n);
        finished = filled(n);
        lanes = new int[n];
        Arrays.fill(lanes, -1);
        laneNames = new String[maxLanes];
        completion = new int[n];
    }

    private static long[] filled(int n) {
        long[] array = new long[n];
        Arrays.fill(array, NOT_YET);
        return array;
    }

    /**
     * Takes the memory that a Stop and the summary need ({@link SealSpace}), so that the run's end asks the heap for
     * nothing large. Called by the run's controller before the clock starts.
     */
    void reserveEndSpace() {
        endSpace = new SealSpace(workload.size());
    }

    /** The memory taken by {@link #reserveEndSpace()}, or null; for the summary, on the controller. */
    SealSpace endSpace() {
        return endSpace;
    }

    /** Starts the run's clock: instants are nanoseconds from now on. Before this the clock reads 0. */
    void startClock() {
        origin = System.nanoTime();
    }

    /** The run's clock: nanoseconds since {@link #startClock()}. */
    long now() {
        return System.nanoTime() - origin;
    }

    /** Stores a lane's name and publishes it; returns the lane's index. Called by one thread, before it starts. */
    int addLane(String name) {
        int lane = laneCount;
        NAMES.setRelease(laneNames, lane, name);
        laneCount = lane + 1;
        return lane;
    }

    /** Records that {@code task} was handed to its executor. */
    void submit(int task) {
        if (sealed != null) {
            return;
        }
        LONGS.setRelease(submitted, task, now());
    }

    /**
     * Records that {@code task} began on {@code lane}; the lane is stored before the start is published.
     *
     * @return the instant recorded, on the run's clock
     */
    long start(int task, int lane) {
        long at = now();
        if (sealed != null) {
            return at;
        }
        INTS.setRelease(lanes, task, lane);
        LONGS.setRelease(started, task, at);
        return at;
    }

    /** Records that {@code task} ended and gives it a place in the completion order (settled by its instant). */
    void finish(int task) {
        finish(task, now());
    }

    /**
     * Records that {@code task} ended at {@code at} on the run's clock, read by the caller: the instant its last
     * phase ends, so that the bar has no part after its phases (a second reading of the clock could come a
     * descheduled thread's milliseconds later).
     */
    void finish(int task, long at) {
        if (sealed != null) {
            return;
        }
        LONGS.setRelease(finished, task, at);
        INTS.setRelease(completion, completed.getAndIncrement(), task);
    }

    /** Records the holds of the run's simulated GIL in {@code lockLedger}; before the run starts. */
    LockLedger useLedger(LockLedger lockLedger) {
        ledger = lockLedger;
        return lockLedger;
    }

    /** Records the phases inside the tasks' lives (http, course lessons) in {@code record}; before the run. */
    void usePhases(PhaseRecording record) {
        phases = record;
    }

    /** Freezes the clock: from now on {@link #nowNanos()} is the run's end (kept if the run was sealed). */
    void end() {
        if (end == NOT_YET) {
            end = origin == CLOCK_NOT_STARTED ? 0 : now();
        }
    }

    /**
     * Seals a stopped run: freezes the clock, copies the instants recorded up to now, and from then on reads
     * the copy and drops every write. Called once, by the run's controller, while lanes may still be ending.
     */
    void seal() {
        end();
        if (endSpace == null) {
            endSpace = new SealSpace(workload.size());
        }
        sealed = SealedRun.take(new RunResult.Timings(submitted, started, finished, lanes), completion,
                completed.get(), laneCount, end, endSpace);
    }

    /** Whether a seal can stand for the whole run: not when the phases or a lock's holds are recorded too. */
    boolean canSeal() {
        return phases == null && ledger == null;
    }

    /** Tasks finished so far. */
    public int finishedCount() {
        SealedRun copy = sealed;
        return copy == null ? completed.get() : copy.order().length;
    }

    /** Copies the state as it is now into {@code target}, allocating nothing once {@code target} is big enough. */
    public void snapshotInto(TimelineSnapshot target) {
        target.fillFrom(this);
    }

    /**
     * Hands the arrays over to a result. Only after every thread of the run has ended (been joined), so that the
     * plain reads here see every write.
     */
    RunResult toResult(RunConfig config, RunSummary summary) {
        SealedRun copy = sealed;
        int[] order;
        int lanesUsed;
        if (copy == null) {
            order = Arrays.copyOf(completion, completed.get());
            FinishOrder.sortByFinish(order, finished);
            lanesUsed = laneCount;
        } else {
            order = copy.order();
            lanesUsed = copy.laneCount();
        }
        // every lane was added before the run's end, so a full table of names needs no copy
        String[] names = lanesUsed == laneNames.length ? laneNames : Arrays.copyOf(laneNames, lanesUsed);
        RunResult result = new RunResult(config, workload, timings(), names, order, summary,
                order.length < workload.size(), end);
        endSpace = null;
        RunResult withPhases = phases == null ? result : result.withPhaseTimeline(phases);
        return ledger == null ? withPhases : withPhases.withLockTimeline(ledger);
    }

    /** The arrays as they are; for the summary, after the run's threads ended. */
    RunResult.Timings timings() {
        SealedRun copy = sealed;
        return copy == null ? new RunResult.Timings(submitted, started, finished, lanes) : copy.timings();
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
    public long submittedNanos(int task) {
        SealedRun copy = sealed;
        return copy == null ? (long) LONGS.getAcquire(submitted, task) : copy.timings().submitted()[task];
    }

    @Override
    public long startedNanos(int task) {
        SealedRun copy = sealed;
        return copy == null ? (long) LONGS.getAcquire(started, task) : copy.timings().started()[task];
    }

    @Override
    public long finishedNanos(int task) {
        SealedRun copy = sealed;
        return copy == null ? (long) LONGS.getAcquire(finished, task) : copy.timings().finished()[task];
    }

    @Override
    public int lane(int task) {
        SealedRun copy = sealed;
        return copy == null ? (int) INTS.getAcquire(lanes, task) : copy.timings().lanes()[task];
    }

    @Override
    public int laneCount() {
        SealedRun copy = sealed;
        return copy == null ? laneCount : copy.laneCount();
    }

    @Override
    public String laneName(int lane) {
        return (String) NAMES.getAcquire(laneNames, Objects.checkIndex(lane, laneCount()));
    }

    @Override
    public TaskKind kind() {
        return kind;
    }

    @Override
    public LockTimeline lockTimeline() {
        return ledger;
    }

    /** The phases inside the tasks, for runs that record them (http, counter, semaphore, deadline); null otherwise. */
    @Override
    public PhaseTimeline phaseTimeline() {
        return phases;
    }

    /** A live run: its stop is known only in its result ({@link RunResult#stoppedNanos()}). */
    @Override
    public long stoppedNanos() {
        return NOT_YET;
    }

    /** The run's clock now; frozen at the end once the run has ended; 0 before the clock started. */
    @Override
    public long nowNanos() {
        long frozen = end;
        if (frozen != NOT_YET) {
            return frozen;
        }
        return origin == CLOCK_NOT_STARTED ? 0 : now();
    }
}
