package org.asynclab.engine;

import org.asynclab.model.Mode;

/**
 * Where a sweep is: step {@code step} of {@code steps} (counted from 1), which runs {@code mode} at {@code tasks}
 * tasks. A progress bar shows {@link #fraction()} and a label such as "step 7 of 12: virtual, n = 1,000".
 *
 * @param step  the step under way, 1 … steps
 * @param steps the sweep's number of steps
 * @param mode  the step's mode
 * @param tasks the step's n
 */
public record SweepProgress(int step, int steps, Mode mode, int tasks) {

    /** Steps done before this one, as a share of all: 0 at the first step. */
    public double fraction() {
        return steps == 0 ? 1 : (step - 1) / (double) steps;
    }

    /** "step 7 of 12: virtual, n = 1,000". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "step %d of %d: %s, n = %,d", step, steps, mode.id(), tasks);
    }
}
