package org.asynclab.export;

import static org.asynclab.export.JsonValues.list;
import static org.asynclab.export.JsonValues.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asynclab.model.Mode;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonTest {
    private static final List<String> TASK_KEYS = List.of("id", "delaySeconds", "submittedSeconds", "startedSeconds",
            "finishedSeconds", "thread", "lane");

    @TempDir
    Path dir;

    private static RunResult run(int n, Mode mode, int workers) {
        RunConfig config = new RunConfig(n, 0.2, mode, workers, TaskKind.IO, 42);
        return HandBuiltResults.simulate(config, Workload.generate(config));
    }

    @Test
    void writesTheDocumentedShapeWithNumbersAsNumbers() throws Exception {
        RunResult result = run(7, Mode.EVENT_LOOP, 0);
        Path file = dir.resolve("run.json");

        ResultJson.write(file, List.of(result));

        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        assertThat(json).containsOnlyKeys("config", "summary", "tasks", "completionOrder", "cancelled");
        assertThat(object(json.get("config"))).containsOnlyKeys("tasks", "maxDelay", "mode", "workers", "kind", "seed",
                "globalLock")
                .containsEntry("tasks", 7).containsEntry("maxDelay", 0.2).containsEntry("mode", "event-loop")
                .containsEntry("workers", null).containsEntry("kind", "io").containsEntry("seed", 42)
                .containsEntry("globalLock", false);
        assertThat(object(json.get("summary"))).containsOnlyKeys("totalSeconds", "averageSeconds",
                "sumOfDelaysSeconds", "longestDelaySeconds", "idealSeconds", "overheadSeconds", "speedup",
                "peakConcurrency", "threadsUsed").allSatisfy((k, v) -> assertThat(v).isInstanceOf(Number.class));
        assertThat(object(json.get("summary")).get("totalSeconds")).isEqualTo(result.summary().totalSeconds());
        List<?> tasks = (List<?>) json.get("tasks");
        assertThat(tasks).hasSize(7);
        for (int i = 0; i < 7; i++) {
            Map<String, Object> task = object(tasks.get(i));
            assertThat(task).containsOnlyKeys(TASK_KEYS).containsEntry("id", i).containsEntry("thread", "event-loop")
                    .containsEntry("lane", 0).containsEntry("delaySeconds", result.delayNanos(i) / 1e9)
                    .containsEntry("finishedSeconds", result.finishedNanos(i) / 1e9);
        }
        assertThat(list(json.get("completionOrder"))).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        assertThat(json.get("cancelled")).isEqualTo(false);
    }

    @Test
    void aBusyMachinesReadingIsWrittenAndReadBackSoTheWarningComesWithTheFile() throws Exception {
        // given a run during which other programs kept 1.3 of the machine's 2 cores busy (the window warned)
        RunResult result = run(5, Mode.THREADS, 0).withOtherPrograms(new OtherPrograms(1.3, 2));
        Path file = dir.resolve("busy.json");

        ResultJson.write(file, List.of(result));

        assertThat(object(JSON.std.mapFrom(file.toFile()).get("otherPrograms")))
                .containsOnlyKeys("cores", "machineCores").containsEntry("cores", 1.3).containsEntry("machineCores", 2);
        OtherPrograms back = ResultJson.readAll(file).getFirst().otherPrograms();
        assertThat(back).isEqualTo(new OtherPrograms(1.3, 2));
        assertThat(back.warns()).isTrue();

        String json = Files.readString(file);
        Path wrong = Files.writeString(dir.resolve("wrong.json"), json.replace("\"cores\":1.3", "\"cores\":5"));
        assertThatThrownBy(() -> ResultJson.read(wrong)).isInstanceOf(IOException.class)
                .hasMessageContaining("wrong.json").hasMessageContaining("otherPrograms.cores must be from 0");
    }

    @Test
    void instantsCountFromTheFirstSubmissionAsTheAxisAndTheTotalDo() throws Exception {
        // given a run whose clock started 72 ms before its first submission (the chart's hover text says "submitted
        // at 0 s", the JSON said 0.072: 5 to 80 ms apart in 51 of 87 runs)
        RunResult result = HandBuiltResults.clockStartedBeforeTheFirstSubmit();
        Path file = dir.resolve("late.json");

        ResultJson.write(file, List.of(result));

        List<?> tasks = (List<?>) JSON.std.mapFrom(file.toFile()).get("tasks");
        assertThat(object(tasks.get(0))).containsEntry("submittedSeconds", 0.0).containsEntry("startedSeconds", 0.001)
                .containsEntry("finishedSeconds", 0.501);
        assertThat(object(tasks.get(1))).containsEntry("submittedSeconds", 0.001)
                .containsEntry("finishedSeconds", result.summary().totalSeconds());
    }

    @Test
    void aGilRunGivesEachTasksWaitForTheGilAndItsHoldsWhichMakeItsBar() throws Exception {
        // the hover text's "waited for the GIL" was in no file: a helper's check of the picture against the JSON
        // could not check it
        RunConfig config = new RunConfig(3, 0.1, Mode.THREADS, 0, TaskKind.CPU, 1, true);
        RunResult result = new org.asynclab.engine.RunEngine().run(config, Workload.ofSeconds(0.05, 0.05, 0.05));
        Path file = dir.resolve("gil.json");

        ResultJson.write(file, List.of(result));

        List<?> tasks = (List<?>) JSON.std.mapFrom(file.toFile()).get("tasks");
        for (Object each : tasks) {
            Map<String, Object> task = object(each);
            double wait = ((Number) task.get("gilWaitSeconds")).doubleValue();
            double held = ((Number) task.get("gilHeldSeconds")).doubleValue();
            double bar = ((Number) task.get("finishedSeconds")).doubleValue()
                    - ((Number) task.get("startedSeconds")).doubleValue();
            assertThat(wait + held).as("task %s: wait and holds against its bar", task.get("id"))
                    .isCloseTo(bar, org.assertj.core.data.Offset.offset(1e-8));
            assertThat(held).isPositive();
        }
        // and a run without the GIL has neither
        ResultJson.write(file, List.of(run(3, Mode.THREADS, 0)));
        assertThat(object(((List<?>) JSON.std.mapFrom(file.toFile()).get("tasks")).get(0)))
                .doesNotContainKeys("gilWaitSeconds", "gilHeldSeconds");
    }

    @Test
    void aPoolNamesItsWorkers() throws Exception {
        Path file = dir.resolve("pool.json");

        ResultJson.write(file, List.of(run(5, Mode.POOL, 3)));

        assertThat(object(JSON.std.mapFrom(file.toFile()).get("config"))).containsEntry("workers", 3)
                .containsEntry("mode", "pool");
    }

    @Test
    void severalRunsGoIntoARunsArray() throws Exception {
        Path file = dir.resolve("both.json");

        ResultJson.write(file, List.of(run(4, Mode.SEQUENTIAL, 0), run(4, Mode.VIRTUAL, 0)));

        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        assertThat(json).containsOnlyKeys("runs");
        List<?> runs = (List<?>) json.get("runs");
        assertThat(runs).hasSize(2);
        assertThat(object(object(runs.get(1)).get("config"))).containsEntry("mode", "virtual");
    }

    @Test
    void aStoppedRunWritesNullForWhatDidNotHappen() throws Exception {
        RunConfig config = new RunConfig(4, 0.1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        Path file = dir.resolve("stopped.json");

        ResultJson.write(file, List.of(HandBuiltResults.stopped(config, Workload.generate(config), 2)));

        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        Map<String, Object> neverStarted = object(((List<?>) json.get("tasks")).get(3));
        assertThat(neverStarted).containsEntry("submittedSeconds", null).containsEntry("startedSeconds", null)
                .containsEntry("finishedSeconds", null).containsEntry("thread", null).containsEntry("lane", null);
        assertThat(object(json.get("summary"))).containsEntry("speedup", null);
        assertThat(list(json.get("completionOrder"))).containsExactly(0, 1);
        assertThat(json.get("cancelled")).isEqualTo(true);
    }

    @Test
    void puttingEachTaskOnItsOwnLineKeepsSmallFilesReadable() throws Exception {
        Path file = dir.resolve("run.json");

        ResultJson.write(file, List.of(run(3, Mode.EVENT_LOOP, 0)));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).first().isEqualTo("{");
        assertThat(lines).filteredOn(l -> l.startsWith("    {\"id\":")).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("  \"config\":{\"tasks\":3,")).last().isEqualTo("}");
    }

    @Test
    void readsBackExactlyWhatItWrote() throws Exception {
        RunResult written = run(9, Mode.POOL, 2);
        Path file = dir.resolve("run.json");
        ResultJson.write(file, List.of(written));

        RunResult read = ResultJson.read(file);

        assertThat(read.config()).isEqualTo(written.config());
        assertThat(read.summary()).isEqualTo(written.summary());
        assertThat(read.workload()).isEqualTo(written.workload());
        assertThat(read.completionOrder()).containsExactly(written.completionOrder());
        for (int t = 0; t < written.size(); t++) {
            assertThat(read.finishedNanos(t)).isEqualTo(written.finishedNanos(t));
            assertThat(read.startedNanos(t)).isEqualTo(written.startedNanos(t));
            assertThat(read.laneName(read.lane(t))).isEqualTo(written.laneName(written.lane(t)));
        }
    }

    @Test
    void aSeedIsStatedOnlyWhenItDrewTheDelaysAndSoReadBack() throws Exception {
        // given a drawn run, and one of the same config whose delays a scenario gave (bonjour-monde's 1 s each)
        RunResult drawn = run(3, Mode.SEQUENTIAL, 0);
        RunResult given = HandBuiltResults.simulate(drawn.config(), Workload.ofSeconds(0.2, 0.2, 0.2));
        Path file = dir.resolve("two.json");
        ResultJson.write(file, List.of(drawn, given));

        // then the drawn run states its seed and max delay, the given one neither, and each reads back as it was
        List<?> runs = (List<?>) JSON.std.mapFrom(file.toFile()).get("runs");
        assertThat(object(object(runs.get(0)).get("config"))).containsEntry("seed", 42).containsEntry("maxDelay", 0.2);
        assertThat(object(object(runs.get(1)).get("config"))).containsEntry("seed", null)
                .containsEntry("maxDelay", null);
        List<RunResult> read = ResultJson.readAll(file);
        assertThat(read.get(0).workload().source()).isEqualTo(Workload.Source.DRAWN);
        assertThat(read.get(1).workload().source()).isEqualTo(Workload.Source.GIVEN);
        assertThat(read.get(1).workload()).isEqualTo(given.workload());
    }

    @Test
    void readsBackAComparisonAndAStoppedRun() throws Exception {
        RunConfig config = new RunConfig(5, 0.1, Mode.SEQUENTIAL, 0, TaskKind.CPU, 3);
        RunResult stopped = HandBuiltResults.stopped(config, Workload.generate(config), 3);
        Path file = dir.resolve("two.json");
        ResultJson.write(file, List.of(run(5, Mode.THREADS, 0), stopped));

        List<RunResult> read = ResultJson.readAll(file);

        assertThat(read).hasSize(2);
        assertThat(read.get(1).cancelled()).isTrue();
        assertThat(read.get(1).finishedCount()).isEqualTo(3);
        assertThat(read.get(1).lane(4)).isEqualTo(-1);
        assertThat(read.get(1).summary().speedup()).isNaN();
    }

    @Test
    void readingSomethingElseNamesTheFileAndTheProblem() throws Exception {
        Path notAResult = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
        Path badConfig = Files.writeString(dir.resolve("bad.json"), "{\"config\":{\"tasks\":0},\"summary\":{},"
                + "\"tasks\":[],\"completionOrder\":[]}");

        assertThatThrownBy(() -> ResultJson.read(notAResult)).isInstanceOf(IOException.class)
                .hasMessageContaining("other.json").hasMessageContaining("not an AsyncLab result");
        assertThatThrownBy(() -> ResultJson.read(badConfig)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.json");
    }

    @Test
    void aFolderThatDoesNotExistLeavesNoFile() {
        Path file = dir.resolve("missing/run.json");

        assertThatThrownBy(() -> ResultJson.write(file, List.of(run(2, Mode.SEQUENTIAL, 0))))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMillionTasksStream() throws Exception {
        RunResult million = run(1_000_000, Mode.EVENT_LOOP, 0);
        CountingStream out = new CountingStream();

        long start = System.nanoTime();
        ResultJson.writeTo(out, List.of(million));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("ResultJson: 1,000,000 tasks, %.1f MB in %.2f s%n", out.bytes / 1e6, seconds);
        assertThat(out.lines).isEqualTo(1_000_000 + 8);
        // A guard against a tree in memory or quadratic work, not a benchmark: the machines are shared and noisy,
        // and coverage instrumentation slows this loop several times. It takes about a second on a quiet one.
        assertThat(seconds).isLessThan(60);
    }

    /** Discards bytes, counting them and the line breaks. */
    static final class CountingStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            lines += b == '\n' ? 1 : 0;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                lines += b[i] == '\n' ? 1 : 0;
            }
        }
    }
}
