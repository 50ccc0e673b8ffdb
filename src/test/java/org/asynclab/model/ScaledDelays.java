package org.asynclab.model;

/**
 * Delays multiplied by a factor, for tests that need a run's shape (its tasks, mode, workers, seed and the order of
 * its delays) without its classroom time. Drawn delays are {@code nextDouble() × maxDelay}, so scaling the max
 * delay scales each one and keeps their order; explicit delays are scaled one by one.
 */
public final class ScaledDelays {
    private ScaledDelays() {
    }

    /** {@code config} with its max delay multiplied by {@code factor}, every other setting as it was. */
    public static RunConfig config(RunConfig config, double factor) {
        return new RunConfig(config.tasks(), config.maxDelaySeconds() * factor, config.mode(), config.workers(),
                config.kind(), config.seed(), config.globalLock(), config.coordination());
    }

    /** {@code workload} with each delay multiplied by {@code factor}. */
    public static Workload workload(Workload workload, double factor) {
        double[] seconds = new double[workload.size()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = workload.delaySeconds(i) * factor;
        }
        return Workload.ofSeconds(seconds);
    }
}
