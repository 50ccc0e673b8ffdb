package org.asynclab.ui.testing;

import org.asynclab.engine.RunEngine;
import org.asynclab.model.ScaledDelays;
import org.asynclab.ui.run.RunLauncher;

/**
 * The real engine with every delay multiplied by a factor ({@link ScaledDelays}), for window tests that need a
 * finished run and its charts but not its length: at 0.1, a lesson comparison of 2.6 s and 1 s becomes one of
 * 0.26 s and 0.1 s, with the same tasks, mode, workers, seed and order of delays. What the window then shows
 * (figures, charts) is that shorter run, as recorded.
 */
public final class QuickRuns {
    private QuickRuns() {
    }

    /** Starts each run on {@code engine} with its config's and its workload's delays multiplied by {@code factor}. */
    public static RunLauncher on(RunEngine engine, double factor) {
        return (config, workload) -> engine.start(ScaledDelays.config(config, factor),
                ScaledDelays.workload(workload, factor));
    }
}
