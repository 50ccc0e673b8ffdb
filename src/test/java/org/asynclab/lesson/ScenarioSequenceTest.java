package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunSequence;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** A scenario's runs go through the engine's one sequence of "first run, then the comparison". */
@ResourceLock(LaneThreadsResource.KEY)
class ScenarioSequenceTest {
    private final RunEngine engine = new RunEngine();

    private static Scenario parse(String json) throws ScenarioException {
        return ScenarioLoader.parse("t.json", json);
    }

    @Test
    void aScenarioWithoutComparisonGivesOneRun() throws Exception {
        Scenario scenario = parse("{\"title\": \"T\", \"explanation\": \"E\", \"tasks\": 3, \"maxDelay\": 0}");

        List<RunResult> runs = RunSequence.run(scenario.configs(), scenario::workloadFor, engine);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).config()).isEqualTo(scenario.settings());
        assertThat(runs.get(0).finishedCount()).isEqualTo(3);
    }

    @Test
    void aComparisonRunsSecondWithTheSameDelays() throws Exception {
        Scenario scenario = parse("{\"title\": \"T\", \"explanation\": \"E\", \"delays\": [0.02, 0, 0.01],"
                + " \"mode\": \"sequential\", \"compare\": {\"mode\": \"pool\", \"workers\": 2}}");

        List<RunResult> runs = RunSequence.run(scenario.configs(), scenario::workloadFor, engine);

        assertThat(runs).extracting(RunResult::config).containsExactlyElementsOf(scenario.configs());
        assertThat(runs.get(1).workload()).isEqualTo(runs.get(0).workload())
                .isEqualTo(scenario.explicitDelays().orElseThrow());
        assertThat(runs).allSatisfy(run -> assertThat(run.cancelled()).isFalse());
    }

    @Test
    void anInterruptedCallerStopsTheRunItWaitsFor() throws Exception {
        Scenario scenario = parse("{\"title\": \"T\", \"explanation\": \"E\", \"delays\": [600],"
                + " \"mode\": \"sequential\"}");
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                RunSequence.run(scenario.configs(), scenario::workloadFor, engine);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        waitForThread("sequential", true);

        caller.interrupt();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        waitForThread("sequential", false);
    }

    /** Waits, up to 10 s, until a thread of that name is alive (or gone): the run's own lane. */
    private static void waitForThread(String name, boolean alive) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (isAlive(name) != alive) {
            assertThat(System.nanoTime()).as("thread %s alive=%s in time", name, alive).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static boolean isAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void theConfigsOfARunAreTheScenarios() throws Exception {
        Scenario scenario = ScenarioLibrary.bundled().find("bonjour-monde").orElseThrow();

        assertThat(scenario.configs()).extracting(RunConfig::mode).extracting(m -> m.id())
                .containsExactly("sequential", "event-loop");
    }
}
