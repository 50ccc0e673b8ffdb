package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output names refused before the run, with one line naming the option: nothing runs, nothing is written. */
class OutputNamesTest {

    @TempDir
    Path dir;

    @Test
    void theSecondRunsTraceNameCannotBeTheJsonOfTheResults() throws Exception {
        Path trace = dir.resolve("t.json");
        Path json = dir.resolve("t-virtual.json");

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "-m", "sequential", "--compare", "virtual",
                "--trace", trace.toString(), "--json", json.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("--trace (the virtual run) names the same file as --json");
        assertThat(run.configs()).isEmpty();
        assertThat(names()).isEmpty();
    }

    @Test
    void aLinkAndItsTargetAreOneFile() throws Exception {
        Path real = dir.resolve("results.json");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "--json", real.toString(), "--csv",
                link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--csv names the same file as --json");
    }

    @Test
    void aPictureOnStandardOutputCannotTakeTwoRuns() {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "--compare", "virtual", "--png", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--png", "cannot take two runs");
        assertThat(run.configs()).isEmpty();
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedBeforeTheRun() throws Exception {
        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "--json",
                dir.resolve("x".repeat(300) + ".json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--json", "too long");
        assertThat(run.configs()).isEmpty();
        assertThat(names()).isEmpty();
    }

    @Test
    void aNameNearTheLimitIsWrittenAfterTheRun() throws Exception {
        Path json = dir.resolve("結".repeat(80) + ".json");

        CommandOutcome run = CommandOutcome.run("--headless", "-n", "3", "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(json).isRegularFile();
        assertThat(names()).hasSize(1);
    }

    private java.util.List<Path> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
