package org.asynclab.engine;

import java.util.concurrent.CompletableFuture;
import org.asynclab.model.SweepResult;

/** A sweep under way: its points so far, its result when it ends, and the means to stop it. */
public interface SweepHandle {

    /** Every point measured so far; readable from any thread. */
    SweepResult soFar();

    /**
     * Completes with every point when the last step ended, or with the points measured before a {@link #cancel()}
     * (marked cancelled); completes exceptionally with a {@link RunFailedException} when a step's run failed.
     */
    CompletableFuture<SweepResult> result();

    /** Whether the sweep has ended. */
    boolean isDone();

    /**
     * Stops the sweep: returns at once; the step under way is cancelled (its run stops within 100 ms, and its
     * point is left out: a stopped run's total says nothing about the mode), and no further step starts.
     */
    void cancel();

    /**
     * Waits for the sweep to end and returns its result.
     *
     * @throws RunFailedException when a step's run failed; the message names the step
     */
    SweepResult await() throws InterruptedException;
}
