package org.asynclab.export;

import static org.asynclab.export.JsonValues.list;
import static org.asynclab.export.JsonValues.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RecordedPhases;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.StatedSettings;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phases, outcomes, names and a traced program's output and problems, written and read back as they were. */
class PhaseJsonTest {
    @TempDir
    Path dir;

    private static RunResult withPhases() {
        RunConfig config = new RunConfig(2, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 7);
        RunResult plain = HandBuiltResults.simulate(config, Workload.generate(config));
        RecordedPhases phases = new RecordedPhases.Builder(2)
                .add(0, Phase.RUNNING, 0, 1_000, PhaseTimeline.NO_LINE, null)
                .add(0, Phase.WAITING, 1_000, TaskTimeline.NOT_YET, 8, "asyncio.sleep(0.5)")
                .add(1, Phase.CONNECT, 0, 2_000, 3, "GET /delay/530")
                .finish(0, null, "Task-2 wait_random")
                .finish(1, TaskOutcome.FAILED, null)
                .build();
        ProgramRun program = new ProgramRun("python", "/t/wait.py", "/usr/bin/python3", "3.11.7", 1, 2,
                List.of(new ProgramOutput(1_500_000_000L, ProgramOutput.Stream.OUT, "[0.1, 0.2]"),
                        new ProgramOutput(1_600_000_000L, ProgramOutput.Stream.ERR, "Traceback"),
                        // a line printed in pieces, stopped before its end: its last space is the program's
                        new ProgramOutput(1_700_000_000L, ProgramOutput.Stream.OUT, " 0 1 2 ")),
                List.of(new ProgramProblem(ProgramProblem.Kind.EXCEPTION, "ValueError: no", "/t/wait.py", 9, 0,
                        null, "Traceback ...\nValueError: no\n")));
        return plain.withPhaseTimeline(phases).withProgram(program);
    }

    @Test
    void phasesAndTheProgramAreWrittenAfterTheOlderFields() throws Exception {
        Path file = dir.resolve("run.json");

        ResultJson.write(file, List.of(withPhases()));

        Map<String, Object> json = JSON.std.mapFrom(file.toFile());
        Map<String, Object> task = object(list(json.get("tasks")).get(0));
        assertThat(task).containsEntry("name", "Task-2 wait_random").containsEntry("outcome", null);
        Map<String, Object> wait = object(list(task.get("phases")).get(1));
        assertThat(wait).containsEntry("kind", "waiting").containsEntry("line", 8).containsEntry("end", null)
                .containsEntry("note", "asyncio.sleep(0.5)");
        Map<String, Object> program = object(json.get("program"));
        assertThat(program).containsEntry("language", "python").containsEntry("exitCode", 1).containsEntry("n", 2);
        assertThat(object(list(program.get("problems")).get(0))).containsEntry("kind", "exception")
                .containsEntry("line", 9);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        RunResult written = withPhases();
        Path file = dir.resolve("run.json");
        ResultJson.write(file, List.of(written));

        RunResult read = ResultJson.read(file);

        PhaseTimeline phases = read.phaseTimeline();
        assertThat(phases.phaseCount(0)).isEqualTo(2);
        assertThat(phases.phaseEndNanos(0, 1)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(phases.phaseLine(0, 1)).isEqualTo(8);
        assertThat(phases.phase(1, 0)).isEqualTo(Phase.CONNECT);
        assertThat(phases.phaseEndNanos(1, 0)).isEqualTo(2_000L);
        assertThat(phases.outcome(1)).isEqualTo(TaskOutcome.FAILED);
        assertThat(phases.taskName(0)).isEqualTo("Task-2 wait_random");
        assertThat(phases.taskName(1)).isNull();
        assertThat(read.program()).isEqualTo(written.program());
    }

    @Test
    void aPlainRunHasNeitherPhasesNorProgram() throws Exception {
        RunConfig config = new RunConfig(3, 1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        Path file = dir.resolve("plain.json");
        ResultJson.write(file, List.of(HandBuiltResults.simulate(config, Workload.generate(config))));

        RunResult read = ResultJson.read(file);

        assertThat(read.phaseTimeline()).isNull();
        assertThat(read.program()).isNull();
        assertThat(Files.readString(file)).doesNotContain("phases", "program");
    }

    /**
     * A program of 3 rows (its main task and 2 tasks) whose n is 2, as PythonResults builds it: the config holds
     * the rows, the longest delay and seed 0 when the program drew its own delays.
     */
    private static RunResult program(ServedDelays served, long seed) {
        RunConfig config = new RunConfig(3, 0.8, Mode.EVENT_LOOP, 0, TaskKind.IO, seed);
        RunResult plain = HandBuiltResults.simulate(config, Workload.ofSeconds(new double[] {0, 0.3, 0.8}));
        return plain.withProgram(new ProgramRun("python", "/t/measure.py", "/usr/bin/python3", "3.11.7", 0, 2,
                List.of(), List.of(), served));
    }

    @Test
    void aProgramThatDrewItsOwnDelaysStatesItsNAndNoSeedNorMaxDelayNorKind() throws Exception {
        Path file = dir.resolve("own.json");

        ResultJson.write(file, List.of(program(null, 0)));

        Map<String, Object> config = object(JSON.std.mapFrom(file.toFile()).get("config"));
        assertThat(config).containsEntry("tasks", 2).containsEntry("seed", null).containsEntry("maxDelay", null)
                .containsEntry("kind", null).containsEntry("mode", "event-loop").containsEntry("workers", null);
        assertThat(list(JSON.std.mapFrom(file.toFile()).get("tasks"))).hasSize(3);
    }

    @Test
    void aProgramServedAsyncLabsDelaysStatesTheirSeedAndMaxDelay() throws Exception {
        Path file = dir.resolve("served.json");
        ServedDelays served = new ServedDelays(2, List.of(new ServedDelays.Call(0, 1, 0.3, true),
                new ServedDelays.Call(1, 2, 0.8, true)));

        ResultJson.write(file, List.of(program(served, 7)));

        Map<String, Object> config = object(JSON.std.mapFrom(file.toFile()).get("config"));
        assertThat(config).containsEntry("tasks", 2).containsEntry("seed", 7).containsEntry("maxDelay", 0.8)
                .containsEntry("kind", null);
    }

    @Test
    void aProgramReadBackKeepsItsRowsAndStatesTheSameAgain() throws Exception {
        Path file = dir.resolve("own.json");
        ResultJson.write(file, List.of(program(null, 0)));

        RunResult read = ResultJson.read(file);
        Path again = dir.resolve("again.json");
        ResultJson.write(again, List.of(read));

        assertThat(read.size()).isEqualTo(3);
        assertThat(read.countedTasks()).isEqualTo(2);
        assertThat(StatedSettings.of(read)).isEqualTo(StatedSettings.of(program(null, 0)));
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void aJavaRunStatesItsConfigAsItIs() {
        RunConfig config = new RunConfig(4, 1.5, Mode.POOL, 2, TaskKind.CPU, 9);

        StatedSettings stated = StatedSettings.of(HandBuiltResults.simulate(config, Workload.generate(config)));

        assertThat(stated).isEqualTo(new StatedSettings(4, 1.5, Mode.POOL, 2, TaskKind.CPU, 9L, false));
        assertThat(stated.toConfig(4, 1.2)).isEqualTo(config);
    }

    @Test
    void anUnknownPhaseIsRefusedNamingTheValidOnes() throws Exception {
        Path file = dir.resolve("run.json");
        ResultJson.write(file, List.of(withPhases()));
        Files.writeString(file, Files.readString(file).replace("\"connect\"", "\"teleport\""));

        assertThatThrownBy(() -> ResultJson.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown phase 'teleport'").hasMessageContaining("running, waiting");
    }
}
