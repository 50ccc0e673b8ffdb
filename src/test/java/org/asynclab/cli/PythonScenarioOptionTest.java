package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code --headless --scenario NAME} of the Python lesson runs its program, as {@code --python FILE} would. */
@Execution(ExecutionMode.CONCURRENT)
// its runs of the engine in this JVM (the Java side of two worlds) must not be alive where a class looks for lanes
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
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
        // Side by side, as the recording shows it, which no load changes: each task starts before the other ends,
        // and the whole run takes less than the two bars added up, about 1 s, not 2 s. (The total held to 1.8 s
        // left 0.8 s for a loaded machine.)
        PhaseTimeline rows = read.phaseTimeline();
        assertThat(List.of(rows.taskName(1), rows.taskName(2))).containsExactly("Task-2 dire_bonjour",
                "Task-3 dire_monde");
        assertThat(read.startedNanos(2)).isLessThan(read.finishedNanos(1));
        assertThat(read.startedNanos(1)).isLessThan(read.finishedNanos(2));
        long bars = read.finishedNanos(1) - read.startedNanos(1) + read.finishedNanos(2) - read.startedNanos(2);
        assertThat(read.summary().totalSeconds()).as("one wait of 1 s at least, less than both bars")
                .isGreaterThanOrEqualTo(0.9).isLessThan(bars / 1e9);
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
