package org.asynclab.ui.testing;

import org.asynclab.engine.RunEngine;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;
import org.asynclab.ui.run.RunLauncher;

/**
 * The real engine with every delay divided by a factor, for window tests that need a finished run and its charts
 * but not its length: a lesson comparison of 2.6 s and 1 s becomes one of 0.26 s and 0.1 s, with the same tasks,
 * mode, workers, seed and order of delays. What the window then shows (figures, charts) is that shorter run, as
 * recorded.
 */
public final class QuickRuns {
    private QuickRuns() {
    }

    /** Starts each run on {@code engine} with its config's and its workload's delays divided by {@code factor}. */
    public static RunLauncher on(RunEngine engine, double factor) {
        return (config, workload) -> {
            double[] delays = new double[workload.size()];
            for (int i = 0; i < delays.length; i++) {
                delays[i] = workload.delaySeconds(i) / factor;
            }
            RunConfig quicker = new RunConfig(config.tasks(), config.maxDelaySeconds() / factor, config.mode(),
                    config.workers(), config.kind(), config.seed(), config.globalLock(), config.coordination());
            return engine.start(quicker, Workload.ofSeconds(delays));
        };
    }
}
