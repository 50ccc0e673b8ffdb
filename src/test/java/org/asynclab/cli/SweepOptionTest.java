package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.asynclab.export.SweepCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --sweep} on the real engine with tiny delays; bad input refused before anything runs. */
class SweepOptionTest {

    @TempDir
    Path dir;

    @Test
    void aSweepPrintsARowPerStepAndWritesItsTableAndItsPlot() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        Path png = dir.resolve("sweep.png");
        Path svg = dir.resolve("sweep.svg");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--sweep", "10,1", "--modes",
                "sequential,event-loop,virtual", "-d", "0.01", "-s", "42", "--csv", csv.toString(), "--png",
                png.toString(), "--svg", svg.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("sweep: Sequential, Event loop, Virtual threads at n = 1, 10 (6 steps), io"
                + " tasks, max delay 0.010 s, seed 42\n").contains("expected without overhead: about ")
                .containsPattern("(?m)^ +n +mode +total +average +ideal +overhead +speedup +peak +threads +start-up$")
                .containsPattern("(?m)^ +1 +Sequential +\\d")
                // Ten threads, one a task; the peak is whatever the run reached: a task of 3 ms may end before the
                // tenth starts on a loaded machine.
                .containsPattern("(?m)^ +10 +Virtual threads +\\d.*x +\\d+ +10 +\\d")
                .contains("wrote " + csv, "wrote " + png, "wrote " + svg);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(7).first().isEqualTo(SweepCsv.HEADER);
        assertThat(rows.subList(1, 7)).extracting(r -> r.substring(0, r.indexOf(',', r.indexOf(',') + 1)))
                .containsExactly("sequential,1", "event-loop,1", "virtual,1", "sequential,10", "event-loop,10",
                        "virtual,10");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains(">Virtual threads</text>");
    }

    @Test
    void workersWithoutAPoolInTheModesAreSaidToChangeNothing() {
        CommandOutcome without = CommandOutcome.runOnEngine("--headless", "--sweep", "1", "--modes",
                "event-loop,virtual", "-w", "8", "-d", "0.001", "-s", "1");
        CommandOutcome with = CommandOutcome.runOnEngine("--headless", "--sweep", "1", "--modes", "event-loop,pool",
                "-w", "8", "-d", "0.001", "-s", "1");

        assertThat(without.exitCode()).isZero();
        assertThat(without.err()).isEqualTo("note: --workers has no effect here: only a pool has workers (pool in"
                + " --modes)\n");
        assertThat(with.exitCode()).isZero();
        assertThat(with.err()).isEmpty();
        assertThat(with.out()).contains("Pool of 8");
    }

    @Test
    void threadsSkipTheirCountsPastTwentyThousandWithANote() {
        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--sweep", "2,30000", "--modes",
                "threads,event-loop", "-d", "0.001");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("(3 steps)", "skipped: threads at n = 30,000 (at most 20,000 tasks in mode"
                + " threads: one platform thread each)").containsPattern("(?m)^ +30,000 +Event loop ")
                .doesNotContainPattern("(?m)^ +30,000 +Threads ").contains("seed: random; --seed ");
    }

    @Test
    void theGilIsLabelledInASweepOfComputingThreads() {
        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--sweep", "2", "--modes", "threads", "-k",
                "cpu", "-d", "0.01", "--gil");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("GIL: simulated CPython GIL (a lock around computation; Java itself has no"
                + " GIL)");
    }

    static Stream<Arguments> badSweeps() {
        return Stream.of(
                bad("--sweep", "task counts from 1 to 1,000,000 separated by commas, e.g. 1,10,100,1000 (got '1,x')",
                        "--sweep", "1,x"),
                bad("--sweep", "(got '0,10')", "--sweep", "0,10"),
                bad("--sweep", "(got '1,,2')", "--sweep", "1,,2"),
                bad("--sweep", "at most 40 task counts (got 41)", "--sweep", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,"
                        + "17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41"),
                bad("--modes", "each one of sequential, event-loop, threads, pool, virtual (got 'seq')", "--sweep",
                        "1", "--modes", "seq"),
                bad("--max-delay", "0.5 s would make sequential at n = 1,000 take about 4 min", "--sweep", "1,1000",
                        "-d", "0.5"),
                bad("--max-delay", "use a max delay of at most 0.24 s, or fewer tasks, or a higher --step-limit",
                        "--sweep", "1000", "-d", "0.5"),
                bad("--step-limit", "from 1 to 3600 (got 0)", "--sweep", "1", "--step-limit", "0"),
                bad("--tasks", "does not apply with --sweep", "--sweep", "1", "-n", "5"),
                bad("--mode", "does not apply with --sweep: the modes come from --modes", "--sweep", "1", "-m",
                        "virtual"),
                bad("--compare", "does not apply with --sweep", "--sweep", "1", "--compare", "virtual"),
                bad("--json", "a sweep is written with --csv, --png and --svg", "--sweep", "1", "--json", "x.json"),
                bad("--scenario", "does not apply with --sweep", "--sweep", "1", "--scenario", "bonjour-monde"),
                bad("--step-limit", "needs --sweep", "--step-limit", "10"),
                bad("--trace", "a sweep is written with --csv, --png and --svg", "--sweep", "1", "--trace", "t.json"),
                bad("--modes", "needs --sweep", "--modes", "virtual"),
                // A sweep compares plain runs: a counter, a semaphore or a deadline it did not apply would be a
                // table that says less than it seems to.
                bad("--deadline", "does not apply with --sweep: a sweep runs every task to its delay", "--sweep",
                        "1", "--deadline", "0.1"),
                bad("--semaphore", "does not apply with --sweep: a sweep runs every task to its delay", "--sweep",
                        "1", "--modes", "event-loop", "--semaphore", "2"),
                bad("--counter", "does not apply with --sweep", "--sweep", "1", "--counter", "await"),
                bad("--counter-gap", "does not apply with --sweep", "--sweep", "1", "--counter-gap", "0.01"),
                bad("--timeout", "does not apply with --sweep: a sweep's http tasks fetch from AsyncLab's own",
                        "--sweep", "1", "-k", "http", "--timeout", "1"),
                bad("--sweep", "must leave something to run: mode threads takes at most 20,000 tasks", "--sweep",
                        "30000", "--modes", "threads"),
                bad("--workers", "from 1 to 10,000 (got 0)", "--sweep", "1", "--modes", "pool", "-w", "0"));
    }

    private static Arguments bad(String option, String reason, String... args) {
        return Arguments.of(option, reason, args);
    }

    @ParameterizedTest(name = "{2} names {0}")
    @MethodSource("badSweeps")
    void aBadSweepIsOneLineNamingTheOptionAndNothingRuns(String option, String reason, String[] args)
            throws Exception {
        List<String> all = new ArrayList<>(List.of("--headless", "--csv", dir.resolve("out.csv").toString()));
        all.addAll(Arrays.asList(args));

        CommandOutcome run = CommandOutcome.run(all.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("asynclab: ").contains(option, reason);
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Usage:");
        assertThat(run.out()).isEmpty();
        assertThat(run.configs()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("files left in the output folder").isEmpty();
        }
    }
}
