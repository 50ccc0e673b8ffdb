package org.asynclab.lesson;

import org.asynclab.model.RunConfig;

/**
 * A bundled scenario with every delay multiplied by a factor, for tests that check a claim without spending
 * its classroom time. Drawn delays are {@code nextDouble() × maxDelay}, so scaling the max delay scales each one
 * and keeps their order; explicit delays are scaled one by one.
 */
final class Scaled {
    private Scaled() {
    }

    static Scenario scenario(String id, double factor) throws ScenarioException {
        Scenario original = ScenarioLibrary.bundled().find(id).orElseThrow();
        Scenario.Texts texts = new Scenario.Texts(original.title(), original.explanation(), original.lookAt());
        double[] delays = original.explicitDelays().map(w -> {
            double[] seconds = new double[w.size()];
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = w.delaySeconds(i) * factor;
            }
            return seconds;
        }).orElse(null);
        return new Scenario(id, texts, config(original.settings(), factor),
                original.compare().map(c -> config(c, factor)).orElse(null),
                delays == null ? null : org.asynclab.model.Workload.ofSeconds(delays), original.requiresGuess());
    }

    private static RunConfig config(RunConfig c, double factor) {
        return new RunConfig(c.tasks(), c.maxDelaySeconds() * factor, c.mode(), c.workers(), c.kind(), c.seed(),
                c.globalLock(), c.coordination());
    }
}
