package org.asynclab.lesson;

import org.asynclab.model.ScaledDelays;

/**
 * A bundled scenario with every delay multiplied by a factor ({@link ScaledDelays}), for tests that check a claim
 * without spending its classroom time.
 */
final class Scaled {
    private Scaled() {
    }

    static Scenario scenario(String id, double factor) throws ScenarioException {
        Scenario original = ScenarioLibrary.bundled().find(id).orElseThrow();
        Scenario.Texts texts = new Scenario.Texts(original.title(), original.explanation(), original.lookAt());
        return new Scenario(id, texts, ScaledDelays.config(original.settings(), factor),
                original.compare().map(c -> ScaledDelays.config(c, factor)).orElse(null),
                original.explicitDelays().map(w -> ScaledDelays.workload(w, factor)).orElse(null),
                original.requiresGuess());
    }
}
