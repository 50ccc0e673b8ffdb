package org.asynclab.cli;

import static org.asynclab.export.JsonValues.list;
import static org.asynclab.export.JsonValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asynclab.export.ResultCsv;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryNamesModeTasksSeedTotalAndAverage() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "10", "--max-delay", "0.2", "--mode",
                "event-loop", "--seed", "42");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.configs()).containsExactly(new RunConfig(10, 0.2, Mode.EVENT_LOOP, 0,
                TaskKind.IO, 42));
        assertThat(run.out()).containsPattern("(?m)^mode +Event loop$")
                .containsPattern("(?m)^tasks +10 io +n; io tasks wait")
                .containsPattern("(?m)^max delay +0\\.200 s").containsPattern("(?m)^seed +42$")
                .containsPattern("(?m)^total +0\\.\\d{3} s +first submit to last finish$")
                .containsPattern("(?m)^average +\\d+\\.\\d{3} m?s +total / n$")
                .contains("ideal", "overhead", "speedup", "peak concurrency", "threads")
                .containsPattern("(?m)^completion order: (\\d+ ){9}\\d+$");
    }

    @Test
    void withoutASeedOneIsDrawnAndPrintedSoTheRunCanBeRepeated() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-d", "0.1");

        long seed = run.configs().get(0).seed();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^seed +" + seed + " +random; --seed " + seed + " repeats it$");
    }

    @Test
    void onlyTheFirstTwentyFinishersAreListed() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "25", "-d", "0.1", "-s", "1");

        assertThat(run.out()).containsPattern("(?m)^completion order: (\\d+ ){20}\\.\\.\\. \\(\\+5 more\\)$");
    }

    @Test
    void theShortFormsSetTheSameSettingsAsTheLongOnes() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "4", "-d", "0.05", "-m", "pool", "-w", "3", "-k",
                "cpu", "-s", "-7");

        assertThat(run.configs()).containsExactly(new RunConfig(4, 0.05, Mode.POOL, 3,
                TaskKind.CPU, -7));
        assertThat(run.out()).containsPattern("(?m)^mode +Pool of 3$");
    }

    @Test
    void jsonHoldsEveryDocumentedKeyWithItsType() throws Exception {
        Path file = dir.resolve("run.json");

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "12", "-d", "0.1", "-m", "event-loop", "-s", "42",
                "--json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + file);
        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        assertThat(object(json.get("config"))).containsOnlyKeys("tasks", "maxDelay", "mode", "workers", "kind", "seed",
                "globalLock")
                .containsEntry("tasks", 12).containsEntry("maxDelay", 0.1).containsEntry("mode", "event-loop")
                .containsEntry("workers", null).containsEntry("kind", "io").containsEntry("seed", 42)
                .containsEntry("globalLock", false);
        assertThat(object(json.get("summary"))).containsOnlyKeys("totalSeconds", "averageSeconds",
                        "sumOfDelaysSeconds", "longestDelaySeconds", "idealSeconds", "overheadSeconds", "speedup",
                        "peakConcurrency", "threadsUsed")
                .allSatisfy((key, value) -> assertThat(value).isInstanceOf(Number.class));
        assertThat(object(json.get("summary")).get("peakConcurrency")).isInstanceOf(Integer.class);
        List<Object> tasks = list(json.get("tasks"));
        assertThat(tasks).hasSize(12).allSatisfy(task -> assertThat(object(task)).containsOnlyKeys("id",
                "delaySeconds", "submittedSeconds", "startedSeconds", "finishedSeconds", "thread", "lane"));
        Map<String, Object> first = object(tasks.get(0));
        assertThat(first.get("delaySeconds")).isInstanceOf(Double.class);
        assertThat(first.get("thread")).isInstanceOf(String.class);
        assertThat(first.get("lane")).isInstanceOf(Integer.class);
        assertThat(list(json.get("completionOrder"))).hasSize(12)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void aPoolWritesItsWorkersAndOtherModesWriteNull() throws Exception {
        Path file = dir.resolve("pool.json");

        CommandOutcome.run("--headless", "-n", "5", "-d", "0.1", "-m", "pool", "-w", "2", "--json", file.toString());

        assertThat(object(JSON.std.mapFrom(file.toFile()).get("config"))).containsEntry("workers", 2);
    }

    @Test
    void compareRunsTheSecondModeOnTheSameDelaysAndWritesBothRuns() throws Exception {
        Path file = dir.resolve("both.json");

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "8", "-d", "0.1", "-m", "event-loop",
                "--compare", "sequential", "--json", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).extracting(RunConfig::mode).containsExactly(Mode.EVENT_LOOP, Mode.SEQUENTIAL);
        assertThat(run.configs().get(1).seed()).isEqualTo(run.configs().get(0).seed());
        assertThat(run.workloads().get(1)).isSameAs(run.workloads().get(0));
        assertThat(run.out()).containsPattern("(?m)^mode +Event loop +Sequential$")
                .contains("completion order (Event loop): ", "completion order (Sequential): ")
                .containsPattern("ratio of totals: Event loop / Sequential = \\d+\\.\\d\\d \\(Event loop: ");
        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        assertThat(json).containsOnlyKeys("runs");
        assertThat(list(json.get("runs"))).hasSize(2).extracting(r -> object(object(r).get("config")).get("mode"))
                .containsExactly("event-loop", "sequential");
    }

    @Test
    void aComparedPoolUsesTheWorkersOption() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "6", "-d", "0.1", "-m", "virtual", "--compare",
                "pool", "--workers", "3");

        assertThat(run.configs().get(0).workersOrNull()).isNull();
        assertThat(run.configs().get(1).mode()).isEqualTo(Mode.POOL);
        assertThat(run.configs().get(1).workers()).isEqualTo(3);
    }

    @Test
    void csvHasTheHeaderAndOneRowPerTask() throws Exception {
        Path file = dir.resolve("tasks.csv");

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "9", "-d", "0.1", "--csv", file.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(10).first().isEqualTo(ResultCsv.HEADER);
    }

    @Test
    void helpListsEveryOptionWithItsRangeAndDefault() {
        CommandOutcome run = CommandOutcome.run("--headless", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).isEmpty();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("-n, --tasks=N", "1 to 1000000", "Default: 10.", "-d, --max-delay=SECONDS",
                "0 to 3600", "Default: 1.0.", "-m, --mode=MODE", "sequential, event-loop, threads, pool, virtual",
                "Default: event-loop.", "-w, --workers=K", "Default: 4.", "-k, --kind=KIND", "Default: io.",
                "-s, --seed=SEED", "random seed", "--compare=MODE", "--json=FILE", "--csv=FILE", "-V, --version",
                "Exit codes:").doesNotContain("${");
        assertThat(run.out()).as("the switch that chose this command is hidden").doesNotContainPattern("(?m)^ +--head");
    }

    @Test
    void versionNamesTheApp() {
        CommandOutcome run = CommandOutcome.run("--headless", "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("AsyncLab ").contains("Java ");
    }

    @Test
    void theHeadlessSwitchMayStandAnywhere() {
        CommandOutcome run = CommandOutcome.run("-n", "2", "-d", "0", "--headless");

        assertThat(run.exitCode()).isZero();
        assertThat(run.configs()).hasSize(1);
    }
}
