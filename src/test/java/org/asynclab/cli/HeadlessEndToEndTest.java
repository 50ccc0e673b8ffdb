package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.asynclab.export.ResultCsv;
import org.asynclab.export.ResultJson;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on the real engine. Assertions are structural (one thread, no overlap, a permutation), never
 * about how long a run took: the machines are shared and noisy.
 */
class HeadlessEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void anEventLoopRunPrintsItsSummaryAndWritesFilesThatDescribeIt() throws Exception {
        Path json = dir.resolve("run.json");
        Path csv = dir.resolve("run.csv");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "12", "--max-delay", "0.1", "--mode",
                "event-loop", "--seed", "42", "--json", json.toString(), "--csv", csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^mode +Event loop$").containsPattern("(?m)^seed +42$")
                .containsPattern("(?m)^threads +1 ").contains("wrote " + json, "wrote " + csv);
        RunResult result = ResultJson.read(json);
        assertThat(result.config().seed()).isEqualTo(42);
        assertThat(result.finishedCount()).isEqualTo(12);
        assertThat(result.completionOrder()).containsExactlyInAnyOrder(IntStream.range(0, 12).toArray());
        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.summary().averageSeconds()).isEqualTo(result.summary().totalSeconds() / 12);
        for (int task = 0; task < 12; task++) {
            assertThat(result.submittedNanos(task)).isLessThanOrEqualTo(result.startedNanos(task));
            assertThat(result.startedNanos(task)).isLessThanOrEqualTo(result.finishedNanos(task));
        }
        assertThat(Files.readAllLines(csv)).hasSize(13).first().isEqualTo(ResultCsv.HEADER);
    }

    @Test
    void comparingWithSequentialRunsTheSameDelaysWithoutOverlap() throws Exception {
        Path json = dir.resolve("both.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "6", "-d", "0.05", "-m", "virtual",
                "--compare", "sequential", "--json", json.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ratio of totals: Virtual threads / Sequential = ");
        List<RunResult> runs = ResultJson.readAll(json);
        assertThat(runs).extracting(r -> r.config().mode()).containsExactly(Mode.VIRTUAL, Mode.SEQUENTIAL);
        assertThat(runs.get(1).workload()).isEqualTo(runs.get(0).workload());
        RunResult sequential = runs.get(1);
        Integer[] byStart = IntStream.range(0, 6).boxed().toArray(Integer[]::new);
        Arrays.sort(byStart, Comparator.comparingLong(sequential::startedNanos));
        for (int i = 1; i < byStart.length; i++) {
            assertThat(sequential.startedNanos(byStart[i])).isGreaterThanOrEqualTo(
                    sequential.finishedNanos(byStart[i - 1]));
        }
        assertThat(sequential.summary().peakConcurrency()).isEqualTo(1);
    }

    @Test
    void aPoolNeverRunsMoreTasksAtOnceThanItHasWorkers() throws Exception {
        Path json = dir.resolve("pool.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "-n", "10", "-d", "0.02", "-m", "pool", "-w",
                "3", "--json", json.toString());

        assertThat(run.exitCode()).isZero();
        RunResult pool = ResultJson.read(json);
        assertThat(pool.config().workers()).isEqualTo(3);
        assertThat(pool.summary().peakConcurrency()).isBetween(1, 3);
        assertThat(pool.laneCount()).isBetween(1, 3);
    }
}
