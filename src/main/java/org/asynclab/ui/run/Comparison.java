package org.asynclab.ui.run;

import java.util.Objects;
import org.asynclab.model.RunResult;

/**
 * Two runs of the same delays in two modes, and how many times faster the faster one was.
 *
 * @param first  the run in the first mode (drawn on top)
 * @param second the run in the second mode, started after the first one ended
 */
public record Comparison(RunResult first, RunResult second) {

    /** Checks that both runs are there. */
    public Comparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** The run with the shorter total (the first one on a tie). */
    public RunResult faster() {
        return second.summary().totalSeconds() < first.summary().totalSeconds() ? second : first;
    }

    /** The run with the longer total. */
    public RunResult slower() {
        return faster() == first ? second : first;
    }

    /**
     * Slower total divided by faster total: 5.3 means "5.3× faster". Infinite when the faster run took no
     * measurable time (e.g. zero delays), which the window words as "too fast to measure".
     */
    public double ratio() {
        double fast = faster().summary().totalSeconds();
        double slow = slower().summary().totalSeconds();
        if (fast <= 0) {
            return slow <= 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        return slow / fast;
    }
}
