package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunSequence;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The course's {@code fetch_url} example ({@code fetch-urls.json}, not yet in the lesson's index: the lead places
 * it) holds what it says: one by one the requests never overlap and take the sum of the waits; gathered on the
 * event loop they are all in flight at once, on one thread, and take about the longest wait.
 */
@Timeout(60)
class FetchUrlsScenarioTest {
    /** The share of the lesson's delays the run waits: a quarter. */
    private static final double SCALE = 0.25;

    private static Scenario scaled(double factor) throws Exception {
        Scenario original;
        try (InputStream in = FetchUrlsScenarioTest.class.getResourceAsStream("/scenarios/fetch-urls.json")) {
            original = ScenarioLoader.read("fetch-urls.json", in);
        }
        Scenario.Texts texts = new Scenario.Texts(original.title(), original.explanation(), original.lookAt());
        return new Scenario(original.id(), texts, scaled(original.settings(), factor),
                original.compare().map(c -> scaled(c, factor)).orElse(null), null, original.requiresGuess());
    }

    private static RunConfig scaled(RunConfig c, double factor) {
        return new RunConfig(c.tasks(), c.maxDelaySeconds() * factor, c.mode(), c.workers(), c.kind(), c.seed());
    }

    @Test
    void itIsTheCoursesFetchUrlInBothLanguagesSequentialAgainstTheEventLoop() throws Exception {
        Scenario scenario = scaled(1);

        assertThat(scenario.id()).isEqualTo("fetch-urls");
        assertThat(scenario.title().in(Locale.ENGLISH)).contains("fetch_url");
        assertThat(scenario.title().in(Locale.FRENCH)).contains("fetch_url").contains("l’une après l’autre");
        assertThat(scenario.settings().kind()).isEqualTo(TaskKind.HTTP);
        assertThat(scenario.settings().mode()).isEqualTo(Mode.SEQUENTIAL);
        assertThat(scenario.compare()).hasValueSatisfying(c -> assertThat(c.mode()).isEqualTo(Mode.EVENT_LOOP));
    }

    @Test
    void oneByOneTakesTheSumGatheredTakesAboutTheLongestOnOneThread() throws Exception {
        // A quarter of the time: delays up to 250 ms, still far above a loopback request's cost.
        Scenario scenario = scaled(SCALE);
        List<RunResult> runs = RunSequence.run(scenario.configs(), scenario::workloadFor, new RunEngine());
        RunResult oneByOne = runs.get(0);
        RunResult gathered = runs.get(1);

        for (RunResult run : runs) {
            PhaseTimeline phases = run.phaseTimeline();
            for (int task = 0; task < run.size(); task++) {
                assertThat(phases.outcome(task)).isEqualTo(TaskOutcome.DONE);
                assertThat(phases.phase(task, 2)).isEqualTo(Phase.READ);
            }
        }
        for (int task = 0; task + 1 < oneByOne.size(); task++) {
            assertThat(oneByOne.finishedNanos(task)).isLessThanOrEqualTo(oneByOne.startedNanos(task + 1));
        }
        // The lesson tells the class the light and dark ends are a few pixels at most: connecting to and reading from
        // a server on loopback take a small share of the run. Their cost does not shrink with the delays, so they are
        // held to the run the class sees, at full scale (its waits four times these): the twenty ends together are
        // under a tenth of it, 5 px an end on average on a 1000 px plot. No single end is held to a pixel count: one
        // preemption on a loaded machine (load 25 on two cores) stretches one end by a hundred milliseconds or more,
        // and these were each held to under 29 ms.
        long fullScale = Math.round(oneByOne.summary().sumOfDelaysSeconds() / SCALE * 1e9);
        long ends = 0;
        PhaseTimeline oneByOnePhases = oneByOne.phaseTimeline();
        for (int task = 0; task < oneByOne.size(); task++) {
            for (int p : new int[] {0, 2}) {
                ends += oneByOnePhases.phaseEndNanos(task, p) - oneByOnePhases.phaseStartNanos(task, p);
            }
        }
        assertThat(ends).as("connecting and reading, all tasks, ns").isLessThan(fullScale / 10);
        assertThat(oneByOne.summary().totalSeconds())
                .isGreaterThanOrEqualTo(oneByOne.summary().sumOfDelaysSeconds() * 0.98);
        long firstAnswer = Long.MAX_VALUE;
        for (int task = 0; task < gathered.size(); task++) {
            firstAnswer = Math.min(firstAnswer, gathered.finishedNanos(task));
        }
        for (int task = 0; task < gathered.size(); task++) {
            assertThat(gathered.phaseTimeline().phaseStartNanos(task, 1)).as("task %d sent before any answer", task)
                    .isLessThan(firstAnswer);
        }
        assertThat(gathered.summary().threadsUsed()).isEqualTo(1);
        // Gathered, the run waits at least its longest delay. How much shorter it is than one by one is the
        // machine's to say, not a test's: at load on two cores a gathered run once took 1.39 s against 1.46 s one by
        // one (bound: under half). That every request went out before the first answer, above, is what makes it
        // about the longest rather than the sum; the figure itself is the benchmark's and the window's.
        assertThat(gathered.summary().totalSeconds())
                .isGreaterThanOrEqualTo(gathered.summary().longestDelaySeconds() * 0.98);
    }
}
