package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.engine.RealRunsLane;
import org.asynclab.export.ResultJson;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scenario NAME|FILE} runs a lesson's settings, and its comparison, without a window. */
@RealRunsLane
class ScenarioOptionTest {

    @TempDir
    Path dir;

    @Test
    void aBundledScenarioThatComparesWritesBothRuns() throws Exception {
        Path json = dir.resolve("runs.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--scenario", "bonjour-monde",
                "--json", json.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("scenario: bonjour-monde");
        assertThat(Files.readString(json)).startsWith("{").contains("\"runs\"");
        List<RunResult> runs = ResultJson.readAll(json);
        assertThat(runs).hasSize(2);
        assertThat(runs).extracting(r -> r.config().mode()).containsExactly(Mode.SEQUENTIAL, Mode.EVENT_LOOP);
        assertThat(runs.get(0).workload()).isEqualTo(runs.get(1).workload());
    }

    @Test
    void aScenarioFileATeacherWroteIsRunToo() throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"title": "Three quick ones", "explanation": "Short.", "tasks": 3, "maxDelay": 0.05,
                 "mode": "virtual", "seed": 5}
                """);

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--scenario", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^mode +Virtual threads$").containsPattern("(?m)^seed +5$");
    }

    @Test
    void anUnknownScenarioIsOneLineNamingTheOption() {
        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--scenario", "no-such-lesson");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .startsWith("asynclab: --scenario").contains("bonjour-monde").doesNotContain("Exception");
    }

    @Test
    void helpAndBothScenarioErrorsNameTheSameScenariosInTheSameOrder() {
        String help = CommandOutcome.run("--headless", "--help").out().replaceAll("\\s+", " ");
        String unknown = CommandOutcome.run("--headless", "--scenario", "nope").err();
        String blank = CommandOutcome.run("--headless", "--scenario", "").err();

        List<String> inHelp = names(help, "a bundled one by name (");
        assertThat(inHelp).contains("greet", "threads-vs-virtual", "bonjour-monde").hasSizeGreaterThan(20);
        assertThat(names(unknown, "of the lesson (")).isEqualTo(inHelp);
        assertThat(names(blank, "a scenario's name (")).isEqualTo(inHelp);
    }

    /** The comma-separated names between {@code before} and the next closing parenthesis. */
    private static List<String> names(String text, String before) {
        int start = text.indexOf(before);
        assertThat(start).as("'%s' in %s", before, text).isNotNegative();
        int from = start + before.length();
        return List.of(text.substring(from, text.indexOf(')', from)).split(", "));
    }

    @Test
    void aBrokenScenarioFileNamesTheFieldAndLeavesNoOutput() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"title\": \"x\", \"explanation\": \"y\", \"tasks\": 0}");
        Path json = dir.resolve("out.json");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--scenario", file.toString(),
                "--json", json.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("tasks").contains("1,000,000");
        assertThat(json).doesNotExist();
    }
}
