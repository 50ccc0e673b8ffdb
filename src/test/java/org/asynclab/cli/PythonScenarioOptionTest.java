package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
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

    @Test
    void aPythonLessonsScenarioRunsItsProgramAndWritesItsJson() throws Exception {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        Path json = folder.resolve("gather.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--scenario", "bonjour-monde-gather",
                "--time-limit", "30", "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("wrote " + json);
        RunResult read = ResultJson.read(json);
        assertThat(read.program().file()).endsWith("bonjour-monde-gather.py");
        assertThat(read.program().n()).isEqualTo(2);
        assertThat(read.summary().totalSeconds()).as("side by side: about 1 s, not 2 s").isBetween(0.9, 1.8);
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
