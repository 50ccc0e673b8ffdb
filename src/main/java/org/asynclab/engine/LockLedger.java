package org.asynclab.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Where a run that simulates CPython's GIL records each hold of its lock, and each task's time spent waiting for it.
 *
 * <p>It adds no lock of its own and allocates nothing during the run: a hold is written by the lock's holder while
 * it still holds the run's lock, so holders write one after another and the lock orders their writes; the count
 * of holds is then published with a release store for live readers, who read it with an acquire load first. A
 * task's waiting time is written only by its own thread. All arrays are sized before the run, from the work: at
 * most {@link #MAX_HOLDS} holds are kept (about 17 minutes of computation in 2 ms chunks); later ones are counted
 * as waiting time only.
 */
final class LockLedger implements LockTimeline {
    /** The most holds kept: 512 Ki holds of 20 bytes, 10 MB. */
    static final int MAX_HOLDS = 1 << 19;

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    /** No release yet. */
    private static final long NONE = Long.MIN_VALUE;

    private final Recording clock;
    private final int[] tasks;
    private final long[] starts;
    private final long[] ends;
    private final long[] waits;
    /** When each task last let the lock go, or {@link #NONE}: written by the task's own thread. */
    private final long[] lastRelease;
    /** Written by the lock's holder only; volatile so that readers see every hold below it. */
    private volatile int count;
    private volatile boolean complete = true;

    /** A ledger for the tasks of {@code workload}, on the run clock of {@code clock}. */
    LockLedger(Workload workload, Recording clock) {
        this.clock = clock;
        int n = workload.size();
        // A task of delay d computes in ceil(d / chunk) chunks, give or take one for the rounding of the rate.
        long expected = workload.sumNanos() / CpuWork.CHUNK_NANOS + 2L * n;
        int capacity = (int) Math.min(MAX_HOLDS, expected);
        tasks = new int[capacity];
        starts = new long[capacity];
        ends = new long[capacity];
        waits = new long[n];
        lastRelease = new long[n];
        Arrays.fill(lastRelease, NONE);
    }

    /** The run's clock now, for the times handed to {@link #held}. */
    long now() {
        return clock.now();
    }

    /**
     * Records that {@code task} asked for the lock at {@code asked}, got it at {@code got} and computed until
     * {@code released}. Must be called by the lock's holder, before it lets go.
     *
     * <p>Its wait is counted from its last release (or its start), not from {@code asked}: a thread that let go
     * and was then taken off its core asked again only once it ran, and that time too it was not computing, drawn
     * as waiting for the lock. Counted from asking, a task's wait on a loaded machine was a quarter of its hatched
     * bar (192 ms against 771 ms).
     */
    void held(int task, long asked, long got, long released) {
        long last = (long) LONGS.get(lastRelease, task);
        long from = last != NONE ? last : firstWaitFrom(task, asked);
        LONGS.setRelease(waits, task, (long) LONGS.get(waits, task) + (got - from));
        LONGS.setRelease(lastRelease, task, released);
        int i = count;
        if (i < tasks.length) {
            tasks[i] = task;
            starts[i] = got;
            ends[i] = released;
            count = i + 1;
        } else if (complete) {
            complete = false;
        }
    }

    /** Where a task's first wait began: its start (asked is a little later), or asked if no start is recorded. */
    private long firstWaitFrom(int task, long asked) {
        long started = clock.startedNanos(task);
        return started == TaskTimeline.NOT_YET ? asked : Math.min(asked, started);
    }

    @Override
    public int holdCount() {
        return count;
    }

    @Override
    public int holdTask(int hold) {
        return tasks[hold];
    }

    @Override
    public long holdStartNanos(int hold) {
        return starts[hold];
    }

    @Override
    public long holdEndNanos(int hold) {
        return ends[hold];
    }

    /**
     * {@inheritDoc} From its start to its last release, the time it did not hold the lock; once it finished, the
     * time from that release to its finish too: its bar less its holds.
     */
    @Override
    public long lockWaitNanos(int task) {
        long waited = (long) LONGS.getAcquire(waits, task);
        long last = (long) LONGS.getAcquire(lastRelease, task);
        long finished = clock.finishedNanos(task);
        return last == NONE || finished == TaskTimeline.NOT_YET ? waited : waited + Math.max(0, finished - last);
    }

    @Override
    public boolean holdsComplete() {
        return complete;
    }
}
