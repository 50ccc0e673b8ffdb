package org.asynclab.export;

import static org.asynclab.export.JsonValues.list;
import static org.asynclab.export.JsonValues.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCsvTest {

    @TempDir
    Path dir;

    private static RunResult run(int n, Mode mode) {
        RunConfig config = new RunConfig(n, 0.2, mode, 2, TaskKind.IO, 5);
        return HandBuiltResults.simulate(config, Workload.generate(config));
    }

    private static List<String> rows(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("RFC 4180 line ends").endsWith("\r\n").doesNotContainPattern("[^\r]\n");
        return List.of(text.split("\r\n"));
    }

    @Test
    void instantsCountFromTheFirstSubmissionAsInTheJson() throws Exception {
        Path file = dir.resolve("late.csv");

        ResultCsv.write(file, List.of(HandBuiltResults.clockStartedBeforeTheFirstSubmit()));

        assertThat(rows(file).get(1)).startsWith("0,0.5,0.0,0.001,0.501,");
        assertThat(rows(file).get(2)).startsWith("1,1.0,0.001,0.002,1.003,");
    }

    @Test
    void writesAHeaderAndOneRowPerTask() throws Exception {
        RunResult result = run(6, Mode.POOL);
        Path file = dir.resolve("run.csv");

        ResultCsv.write(file, List.of(result));

        List<String> rows = rows(file);
        assertThat(rows).hasSize(7).first().isEqualTo(
                "id,delaySeconds,submittedSeconds,startedSeconds,finishedSeconds,thread,lane,outcome");
        String[] third = rows.get(3).split(",");
        assertThat(third).hasSize(8);
        assertThat(third[0]).isEqualTo("2");
        assertThat(Double.parseDouble(third[1])).isEqualTo(result.delayNanos(2) / 1e9);
        assertThat(Double.parseDouble(third[4])).isEqualTo(result.finishedNanos(2) / 1e9);
        assertThat(third[5]).isEqualTo(result.laneName(result.lane(2)));
        assertThat(Integer.parseInt(third[6])).isEqualTo(result.lane(2));
        assertThat(third[7]).isEqualTo("done");
    }

    @Test
    void eachRowSaysHowItsTaskEndedAsADeadlineOrAFailedRequestLeftIt() throws Exception {
        // given three tasks: one done, one a deadline cut at 0.5 s (it asked 0.9 s), one whose request failed
        RunResult plain = run(3, Mode.EVENT_LOOP);
        PhaseRecording phases = new PhaseRecording(3, 1, true);
        TaskOutcome[] outcomes = {TaskOutcome.DONE, TaskOutcome.CANCELLED, TaskOutcome.FAILED};
        for (int task = 0; task < 3; task++) {
            phases.begin(task, Phase.WAITING, plain.startedNanos(task));
            phases.finish(task, outcomes[task], plain.finishedNanos(task));
        }
        Path file = dir.resolve("deadline.csv");

        ResultCsv.write(file, List.of(plain.withPhaseTimeline(phases)));

        // then the sheet tells them apart: it no longer reads as if every task waited out its delay
        List<String> rows = rows(file);
        assertThat(rows.subList(1, 4)).extracting(row -> row.substring(row.lastIndexOf(',') + 1))
                .containsExactly("done", "cancelled", "failed");
    }

    @Test
    void aStoppedRunLeavesWhatDidNotHappenEmptyAndQuotesAnAwkwardThreadName() throws Exception {
        RunConfig config = new RunConfig(3, 0.1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        Path file = dir.resolve("stopped.csv");

        ResultCsv.write(file, List.of(HandBuiltResults.stopped(config, Workload.generate(config), 1)));

        List<String> rows = rows(file);
        assertThat(rows.get(1)).endsWith(",\"main, \"\"the\"\" loop\",0,done");
        assertThat(rows.get(2)).matches("1,[0-9.E-]+,,,,,,");
    }

    @Test
    void aComparisonPutsTheRunItsModeAndItsLanguageInFront() throws Exception {
        Path file = dir.resolve("both.csv");

        ResultCsv.write(file, List.of(run(3, Mode.SEQUENTIAL), run(3, Mode.EVENT_LOOP)));

        List<String> rows = rows(file);
        assertThat(rows).hasSize(7).first().isEqualTo("run,mode,language," + ResultCsv.HEADER);
        assertThat(rows.get(1)).startsWith("0,sequential,java,0,");
        assertThat(rows.get(6)).startsWith("1,event-loop,java,2,").endsWith(",event-loop,0,done");
    }

    @Test
    void twoWorldsOnOneEventLoopAreToldApartByTheirLanguageAsTheJsonTellsThem() throws Exception {
        RunResult python = run(2, Mode.EVENT_LOOP).withProgram(new ProgramRun("python", "/t/two-worlds.py",
                "/usr/bin/python3", "3.11.7", 0, 2, List.of(), List.of()));
        List<RunResult> worlds = List.of(python, run(2, Mode.EVENT_LOOP));
        Path csv = dir.resolve("worlds.csv");
        Path json = dir.resolve("worlds.json");

        ResultCsv.write(csv, worlds);
        ResultJson.write(json, worlds);

        List<String> rows = rows(csv);
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 3)).allMatch(row -> row.startsWith("0,event-loop,python,"));
        assertThat(rows.subList(3, 5)).allMatch(row -> row.startsWith("1,event-loop,java,"));
        List<Object> runs = list(JSON.std.mapFrom(json.toFile()).get("runs"));
        assertThat(object(object(runs.get(0)).get("program"))).containsEntry("language", "python");
        assertThat(object(runs.get(1))).doesNotContainKey("program");
        assertThat(runs).allSatisfy(run -> assertThat(object(object(run).get("config")))
                .containsEntry("mode", "event-loop"));
    }

    @Test
    void quotesAFieldOnlyWhenItMustBeQuoted() {
        assertThat(ResultCsv.field("pool-worker-1")).isEqualTo("pool-worker-1");
        assertThat(ResultCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ResultCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ResultCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aFolderThatDoesNotExistLeavesNoFile() {
        Path file = dir.resolve("missing/run.csv");

        assertThatThrownBy(() -> ResultCsv.write(file, List.of(run(2, Mode.SEQUENTIAL))))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(dir).isEmptyDirectory();
    }
}
