package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code --headless --scenario NAME} of the Python lesson runs its program, as {@code --python FILE} would. */
@Execution(ExecutionMode.CONCURRENT)
class PythonScenarioOptionTest {
    @TempDir
    Path folder;

    /** {@code --headless --scenario LESSON --json JSON}, which must succeed; skipped where there is no Python. */
    private static CommandOutcome runLesson(String lesson, Path json) {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--scenario", lesson, "--time-limit", "30",
                "--json", json.toString());
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        return outcome;
    }

    @Test
    void aPythonLessonsScenarioRunsItsProgramAndWritesItsJson() throws Exception {
        Path json = folder.resolve("gather.json");

        CommandOutcome outcome = runLesson("bonjour-monde-gather", json);

        assertThat(outcome.out()).contains("wrote " + json);
        RunResult read = ResultJson.read(json);
        assertThat(read.program().file()).as("the lesson's program, not the copy that ran")
                .isEqualTo("bonjour-monde-gather.py");
        assertThat(read.program().n()).isEqualTo(2);
        assertThat(read.summary().totalSeconds()).as("side by side: about 1 s, not 2 s").isBetween(0.9, 1.8);
    }

    @Test
    void aPythonLessonsProgramAndItsWarningAreNamedAsTheLessonNamesThemNotAsTheCopyThatRan() throws Exception {
        Path json = folder.resolve("trap.json");

        CommandOutcome outcome = runLesson("trap-forgotten-await", json);

        ProgramRun program = ResultJson.read(json).program();
        assertThat(program.file()).isEqualTo("trap-forgotten-await.py");
        assertThat(program.problems()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(ProgramProblem.Kind.WARNING);
            assertThat(warning.file()).isEqualTo("trap-forgotten-await.py");
        });
        assertThat(outcome.out()).contains("trap-forgotten-await.py").doesNotContain("asynclab-scenario");
        assertThat(Files.readString(json)).doesNotContain("asynclab-scenario");
    }

    @Test
    void javaOnlyOptionsAreRefusedWithAPythonScenario() {
        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--scenario", "wait-n", "--mode",
                "threads");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--mode");
        assertThat(Files.exists(folder.resolve("x"))).isFalse();
    }
}
