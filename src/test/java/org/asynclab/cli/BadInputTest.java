package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.asynclab.export.OutputTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input ends the same way: nothing runs, one line on stderr naming the option and what it accepts, exit
 * code 2 (1 for a write that fails after the run), no stack trace, and no file in the output folder.
 */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badOptions() {
        return Stream.of(
                bad("--tasks", "from 1 to 1,000,000 (got 0)", "-n", "0"),
                bad("--tasks", "from 1 to 1,000,000 (got -1)", "-n", "-1"),
                bad("--tasks", "from 1 to 1,000,000 (got abc)", "--tasks", "abc"),
                bad("--tasks", "from 1 to 1,000,000 (got 2000000)", "-n", "2000000"),
                bad("--tasks", "from 1 to 1,000,000", "-n", "99999999999999999999"),
                bad("--tasks", "at most 20,000 in mode threads", "-n", "30000", "-m", "threads"),
                bad("--tasks", "at most 20,000 in mode threads", "-n", "30000", "--compare", "threads"),
                bad("--max-delay", "from 0 to 3600", "-d", "-0.5"),
                bad("--max-delay", "(got NaN)", "--max-delay", "NaN"),
                bad("--max-delay", "(got Infinity)", "-d", "Infinity"),
                bad("--max-delay", "(got soon)", "-d", "soon"),
                bad("--max-delay", "(got 3601)", "-d", "3601"),
                bad("--mode", "sequential, event-loop, threads, pool, virtual (got 'warp')", "-m", "warp"),
                bad("--compare", "sequential, event-loop, threads, pool, virtual", "--compare", "warp"),
                bad("--kind", "io, cpu, http (got 'gpu')", "-k", "gpu"),
                bad("--workers", "from 1 to 10,000 (got 0)", "-m", "pool", "-w", "0"),
                bad("--workers", "from 1 to 10,000 (got -3)", "--workers", "-3"),
                bad("--seed", "whole number from -9223372036854775808 to 9223372036854775807 (got 1.5)", "--seed",
                        "1.5"),
                bad("--frobnicate", "unknown option", "--frobnicate"),
                // the window's own options say where they belong
                bad("--run", "--run belongs to the window: leave out --headless (./run.sh --run --help lists the"
                        + " window's options)", "--run"),
                bad("--lang", "belongs to the window", "--lang=fr"),
                bad("--tasks", "did you mean --tasks?", "--task", "3"),
                bad("'extra'", "unexpected argument", "extra"),
                bad("--tasks", "needs a value", "-n"));
    }

    private static Arguments bad(String option, String reason, String... args) {
        return Arguments.of(option, reason, args);
    }

    /** The command line with both output files in {@link #dir}, then the bad part last. */
    private String[] withOutputs(String... args) {
        List<String> all = new ArrayList<>(List.of("--headless", "-d", "0.1",
                "--json", dir.resolve("out.json").toString(), "--csv", dir.resolve("out.csv").toString()));
        all.addAll(Arrays.asList(args));
        return all.toArray(String[]::new);
    }

    private void assertRefused(CommandOutcome run, int exitCode, String option, String reason) throws IOException {
        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.err().lines()).singleElement().asString().startsWith("asynclab: ").contains(option, reason);
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Usage:");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("files left in the output folder").isEmpty();
        }
    }

    @ParameterizedTest(name = "{2} names {0}")
    @MethodSource("badOptions")
    void aBadOptionIsOneLineNamingItAndNothingRuns(String option, String reason, String[] args) throws Exception {
        CommandOutcome run = CommandOutcome.run(withOutputs(args));

        assertRefused(run, 2, option, reason);
        assertThat(run.configs()).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeTheRun() throws Exception {
        CommandOutcome run = CommandOutcome.run("--headless", "--json", dir.resolve("nope/out.json").toString());

        assertRefused(run, 2, "--json", "does not exist");
        assertThat(run.configs()).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedBeforeTheRun() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");

        CommandOutcome run = CommandOutcome.run("--headless", "--csv", notAFolder.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("--csv", "does not exist");
        assertThat(run.configs()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void aFolderAsTheFileIsRefused() throws Exception {
        CommandOutcome run = CommandOutcome.run("--headless", "--json", dir.toString());

        assertRefused(run, 2, "--json", "is a folder");
    }

    @Test
    void twoOutputsNamingOneFileAreRefused() throws Exception {
        Path same = dir.resolve("same");

        CommandOutcome run = CommandOutcome.run("--headless", "--json", same.toString(), "--csv", same.toString());

        assertRefused(run, 2, "--csv", "same file as --json");
    }

    @Test
    void aFolderThatTakesNoFilesIsRefusedBeforeTheRun() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(OutputTarget.problemWriting(readOnly.resolve("x")).isPresent(), "root may write anywhere");

            CommandOutcome run = CommandOutcome.run("--headless", "--json", readOnly.resolve("out.json").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString().contains("--json", "no permission");
            assertThat(readOnly).isEmptyDirectory();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriteThatFailsAfterTheRunExitsWithOneAndLeavesNoFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("vanishing"));

        CommandOutcome run = CommandOutcome.run(() -> deleteQuietly(folder), "--headless", "-n", "3", "-d", "0.1",
                "--json", folder.resolve("out.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("total");
        assertThat(run.err().lines()).singleElement().asString().startsWith("asynclab: --json: cannot write");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRunThatFailsExitsWithOneInOneLine() throws Exception {
        CommandOutcome run = CommandOutcome.run(() -> {
            throw new IllegalStateException("the engine broke");
        }, "--headless", "-n", "3", "--json", dir.resolve("out.json").toString());

        assertRefused(run, 1, "the run failed", "the engine broke");
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.delete(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
