package org.asynclab.engine;

import java.util.concurrent.CompletableFuture;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;

/** A run in progress: its live timeline, its result when it ends, and the means to stop it. */
public interface RunHandle {

    /** The settings of this run. */
    RunConfig config();

    /**
     * The live timeline, readable from any thread at any moment without blocking the workers. Per task it is
     * consistent (a finish implies a start); its {@link TaskTimeline#nowNanos()} is the run's clock now.
     */
    TaskTimeline timeline();

    /**
     * Copies the live timeline as it is now into {@code target}, without allocating once {@code target} has
     * grown to this run's size: the UI's once-per-pulse read. Per task it is consistent like {@link #timeline()}.
     */
    void snapshotInto(TimelineSnapshot target);

    /**
     * Time spent before the run's clock warming up: the JIT for its mode, the heap of a large virtual-thread run (see
     * the engine's README section), or 0: known once the clock has started.
     */
    default long warmUpNanos() {
        return 0;
    }

    /** Whether the run is in its warm-up, before its clock: its tasks have not been handed over yet. */
    default boolean warmingUp() {
        return false;
    }

    /** Tasks finished so far. */
    int finishedCount();

    /** Completes with the result when every task finished, or when a {@link #cancel()} has stopped them all. */
    CompletableFuture<RunResult> result();

    /** Whether the run has ended (finished or stopped). */
    boolean isDone();

    /**
     * Stops the run: returns at once; every task stops within 100 ms, every thread of the run ends, and then
     * {@link #result()} completes with a result marked cancelled. Calling it again does nothing.
     */
    void cancel();

    /**
     * Waits for the run to end (its controller thread too) and returns its result.
     *
     * @throws RunFailedException when the run failed (the system refused a thread, or the engine broke)
     */
    RunResult await() throws InterruptedException;
}
