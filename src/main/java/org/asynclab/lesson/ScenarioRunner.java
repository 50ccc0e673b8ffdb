package org.asynclab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;

/**
 * Runs a scenario without a window: its first run, then its comparison, one after the other so that neither
 * steals cores from the other's timings. This is what the command line's {@code --scenario NAME|FILE --json FILE}
 * writes as {@code {"runs": [first, second]}}:
 *
 * <pre>{@code
 * Scenario scenario = ScenarioLibrary.bundled().resolve(nameOrFile);
 * List<RunResult> runs = ScenarioRunner.run(scenario, new RunEngine());
 * }</pre>
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Runs every run of {@code scenario} to the end, in order, with the scenario's delays.
     *
     * @return one result, or two when the scenario has a comparison: the first run's, then the comparison's
     * @throws InterruptedException if the calling thread is interrupted; the run going on is stopped first
     * @throws IllegalArgumentException if the scenario runs a Python program: its settings are not a Java run
     */
    public static List<RunResult> run(Scenario scenario, RunEngine engine) throws InterruptedException {
        if (scenario.python().isPresent()) {
            throw new IllegalArgumentException(scenario.id() + " runs the Python program "
                    + scenario.python().get().fileName() + ", not a Java run");
        }
        List<RunResult> results = new ArrayList<>(2);
        for (RunConfig config : scenario.configs()) {
            results.add(runOne(engine, scenario, config));
        }
        return List.copyOf(results);
    }

    private static RunResult runOne(RunEngine engine, Scenario scenario, RunConfig config)
            throws InterruptedException {
        var handle = engine.start(config, scenario.workloadFor(config));
        try {
            return handle.await();
        } catch (InterruptedException e) {
            // The caller gave up: leave no threads of the run behind.
            handle.cancel();
            throw e;
        }
    }
}
