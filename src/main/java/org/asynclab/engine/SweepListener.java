package org.asynclab.engine;

import java.util.List;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;

/**
 * Told of a sweep's progress, on the sweep's own thread: a window must hand what it shows over to its UI thread
 * ({@code Platform.runLater}, or a field read once per pulse). A listener must return quickly, since the next step
 * waits for it; one that throws stops the sweep, which then fails with what it threw.
 */
public interface SweepListener {
    /** A listener that does nothing. */
    SweepListener NONE = new SweepListener() {
    };

    /**
     * The sweep has warmed {@code modes} up before its first step (a short run of each, unmeasured, then the JIT's
     * settling), which took {@code nanos}: no point pays for the first thread, timer or class of its mode.
     */
    default void warmedUp(List<Mode> modes, long nanos) {
    }

    /**
     * A step's run has started; {@code run} is its live handle (for a live chart of the step), which this
     * listener must not cancel: {@link SweepHandle#cancel()} stops the sweep.
     */
    default void stepStarted(SweepProgress progress, RunHandle run) {
    }

    /** A step has ended: its point, and every point so far (this one included). */
    default void stepFinished(SweepProgress progress, SweepPoint point, SweepResult soFar) {
    }
}
