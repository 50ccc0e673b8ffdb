package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Path;
import java.util.Map;
import org.asynclab.export.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --gil} and the summary's figures of what a run cost. */
class GilOptionTest {

    @TempDir
    Path dir;

    @Test
    void computingThreadsUnderTheGilAreLabelledAsASimulationAndSoIsTheirJson() throws Exception {
        Path json = dir.resolve("gil.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "2", "-d", "0.02", "-k", "cpu", "-m",
                "threads", "-s", "1", "--gil", "--json", json.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^GIL +simulated +simulated CPython GIL \\(a lock around"
                + " computation; Java itself has no GIL\\)$").doesNotContain("no effect");
        Map<String, Object> config = (Map<String, Object>) JSON.std.mapFrom(json.toFile()).get("config");
        assertThat(config).containsEntry("globalLock", true).containsEntry("mode", "threads");
        assertThat(ResultJson.read(json).config().globalLock()).isTrue();
    }

    @Test
    void theGilHasNoEffectOnWaitingTasksAndTheSummarySaysWhy() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-m", "threads", "--gil", "--compare",
                "sequential");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).allSatisfy(c -> assertThat(c.globalLock()).isFalse());
        assertThat(run.out()).containsPattern("(?m)^GIL +no effect +no effect +simulated CPython GIL")
                .contains("note: --gil has no effect on the threads run: io tasks release the GIL while they wait,"
                        + " as in Python");
    }

    @Test
    void theGilGivenBesideAnEventLoopIsTheComparedThreads() {
        // the GIL is the threads run's; it read "no effect" there (taken from the event loop's config, which had
        // dropped it), with a note that threads compute on one thread
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-k", "cpu", "-d", "0.01", "-m",
                "event-loop", "--gil", "--compare", "threads");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs().get(0).globalLock()).isFalse();
        assertThat(run.configs().get(1).globalLock()).isTrue();
        assertThat(run.out()).containsPattern("(?m)^GIL +no effect +simulated +simulated CPython GIL")
                .doesNotContain("no effect on the threads run");
    }

    @Test
    void withoutTheOptionThereIsNoGilRow() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-k", "cpu", "-m", "threads");

        assertThat(run.configs()).singleElement().satisfies(c -> assertThat(c.globalLock()).isFalse());
        assertThat(run.out()).doesNotContainPattern("(?m)^GIL");
    }

    @Test
    void aRunOnTheEngineShowsWhatItCostInThreadsMemoryAndStartUpTime() {
        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "50", "-d", "0.05", "-m", "threads",
                "-s", "3");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^JVM threads +[\\d,]+ -> [\\d,]+ +platform threads before -> at"
                        + " the peak; virtual threads are not counted$")
                .containsPattern("(?m)^heap in use +[\\d,]+ MB -> [\\d,]+ MB ")
                .containsPattern("(?m)^submit all +\\d+\\.\\d{3} (s|ms|us) +first submit to last submit$")
                .containsPattern("(?m)^start-up +\\d+\\.\\d{3} (s|ms|us) +first submit until every task had"
                        + " started$");
    }
}
