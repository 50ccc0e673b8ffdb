package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RecordedPhases;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceExportTest {
    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Path file) throws Exception {
        Map<String, Object> root = JSON.std.mapFrom(Files.readString(file));
        return (List<Map<String, Object>>) root.get("traceEvents");
    }

    private static double number(Map<String, Object> event, String key) {
        return ((Number) event.get(key)).doubleValue();
    }

    @Test
    void eachTaskIsOneCompleteEventWithItsRecordedStartAndDurationInMicroseconds() throws Exception {
        RunResult run = TestRuns.pool();
        Path file = dir.resolve("run.trace.json");

        TraceExport.write(run, file);

        List<Map<String, Object>> complete = events(file).stream().filter(e -> "X".equals(e.get("ph"))).toList();
        assertThat(complete).hasSize(run.size());
        for (Map<String, Object> e : complete) {
            int task = ((Number) ((Map<?, ?>) e.get("args")).get("task")).intValue();
            assertThat(number(e, "ts")).isEqualTo(run.startedNanos(task) / 1e3);
            assertThat(number(e, "dur")).isEqualTo((run.finishedNanos(task) - run.startedNanos(task)) / 1e3);
        }
    }

    private static Map<Integer, String> trackNames(Path file) throws Exception {
        Map<Integer, String> names = new HashMap<>();
        for (Map<String, Object> e : events(file)) {
            if ("M".equals(e.get("ph")) && "thread_name".equals(e.get("name"))) {
                names.put(((Number) e.get("tid")).intValue(), (String) ((Map<?, ?>) e.get("args")).get("name"));
            }
        }
        return names;
    }

    @Test
    void threadsAreNamedTracksAndEachTaskIsOnItsThreadsTrack() throws Exception {
        Path file = dir.resolve("run.json");

        TraceExport.write(TestRuns.pool(), file);

        Map<Integer, String> names = trackNames(file);
        for (Map<String, Object> e : events(file)) {
            if ("X".equals(e.get("ph"))) {
                String thread = (String) ((Map<?, ?>) e.get("args")).get("thread");
                assertThat(names.get(((Number) e.get("tid")).intValue())).isEqualTo(thread);
            }
        }
        assertThat(names).containsValues("pool-worker-1", "pool-worker-2", "waiting for a worker");
    }

    @Test
    void theWaitingTrackIsNamedAsThePicturesLegendNamesTheWaitInThatMode() throws Exception {
        Path file = dir.resolve("loop.trace.json");

        TraceExport.write(TestRuns.eventLoop(), file);

        // an event-loop task waits for the loop, not for a worker the loop does not have
        assertThat(trackNames(file).get(0)).isEqualTo("waiting for the loop");
    }

    @Test
    void overlappingTasksOfTheEventLoopGetTracksOfTheirOwn() throws Exception {
        Path file = dir.resolve("loop.json");

        TraceExport.write(TestRuns.eventLoop(), file);

        Set<Integer> tids = new HashSet<>();
        events(file).stream().filter(e -> "X".equals(e.get("ph")))
                .forEach(e -> tids.add(((Number) e.get("tid")).intValue()));
        assertThat(tids).hasSize(3);
    }

    @Test
    void theTimeATaskWaitedForAWorkerIsAnAsyncPair() throws Exception {
        Path file = dir.resolve("wait.json");

        TraceExport.write(TestRuns.pool(), file);

        List<Map<String, Object>> waits = events(file).stream().filter(e -> "waiting".equals(e.get("cat"))).toList();
        assertThat(waits).extracting(e -> e.get("ph")).containsExactly("b", "e");
        assertThat(number(waits.get(1), "ts")).isEqualTo(400_000.0);
    }

    /**
     * A deadline lesson's trace showed a cancelled task of 730 ms lasting 500 ms like a done one, and a Python
     * program's rows as "task 0", "task 1" beside a chart of "Task-1 main", "Task-2 wait_random".
     */
    @Test
    void eachSliceSaysHowItsTaskEndedAndIsNamedAsItsRow() throws Exception {
        // given task 0 named by its program and done, task 1 cancelled at its deadline
        RunConfig config = new RunConfig(2, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 7);
        RunResult plain = HandBuiltResults.simulate(config, Workload.generate(config));
        RecordedPhases phases = new RecordedPhases.Builder(2)
                .add(0, Phase.WAITING, 0, plain.finishedNanos(0), PhaseTimeline.NO_LINE, null)
                .add(1, Phase.WAITING, 0, plain.finishedNanos(1), PhaseTimeline.NO_LINE, null)
                .finish(0, TaskOutcome.DONE, "Task-2 wait_random")
                .finish(1, TaskOutcome.CANCELLED, null)
                .build();
        Path file = dir.resolve("ends.json");

        TraceExport.write(plain.withPhaseTimeline(phases), file);

        Map<String, String> outcomes = new HashMap<>();
        for (Map<String, Object> e : events(file)) {
            if ("X".equals(e.get("ph"))) {
                outcomes.put((String) e.get("name"), (String) ((Map<?, ?>) e.get("args")).get("outcome"));
            }
        }
        assertThat(outcomes).containsEntry("Task-2 wait_random", "done").containsEntry("task 1 (cancelled)",
                "cancelled").hasSize(2);
    }

    @Test
    void aMissingFolderGivesAnExportExceptionAndNoFile() {
        Path target = dir.resolve("gone/run.json");

        assertThatThrownBy(() -> TraceExport.write(TestRuns.pool(), target)).isInstanceOf(ExportException.class);
        assertThat(target).doesNotExist();
    }
}
