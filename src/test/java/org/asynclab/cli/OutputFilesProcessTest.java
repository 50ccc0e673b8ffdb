package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.asynclab.export.ResultJson;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The command line's files as a user meets them, in a JVM of its own: a relative name lands in the folder the
 * command was started from, {@code -} is standard output, and an interrupt during the write leaves no temporary
 * file. Nothing here sleeps and hopes: the interrupt waits for the temporary file to appear.
 */
@Execution(ExecutionMode.CONCURRENT)
class OutputFilesProcessTest {

    @TempDir
    Path dir;

    @Test
    void aRelativeNameLandsInTheFolderTheCommandStartedIn() throws Exception {
        Process process = ChildProcess.launcher(dir, "--headless", "-n", "3", "-d", "0", "-s", "1", "--json",
                "out.json").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(ResultJson.read(dir.resolve("out.json")).size()).isEqualTo(3);
    }

    /**
     * A read-only file the user may not write is refused before the run, as a shell's {@code >} refuses it: moving
     * a new file over it (the folder being writable) replaced it and said "wrote old.json". The command runs as
     * {@code nobody} when the suite runs as root (root may write any file), from a copy of its classes that
     * {@code nobody} can read.
     */
    @Test
    void aReadOnlyFileIsRefusedBeforeTheRunAndKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path old = Files.writeString(folder.resolve("old.json"), "{\"old\": 1}");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("r--r--r--"));
        ProcessBuilder builder = ChildProcess.launcher(folder, "--headless", "-n", "2", "-d", "0", "--json",
                "old.json");
        if (ChildProcess.asRoot()) {
            builder = ChildProcess.asNobody(builder, dir.resolve("classes"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("--json cannot be written: no permission to write", "old.json",
                "(the file is read-only)");
        assertThat(Files.readString(old)).isEqualTo("{\"old\": 1}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("r--r--r--");
    }

    /** {@code /dev/stdout} is standard output too: its summary was mixed into the CSV or JSON it wrote. */
    @ParameterizedTest
    @ValueSource(strings = {"-", "/dev/stdout"})
    void aDashWritesTheJsonAloneOnStandardOutputAndTheSummaryOnStderr(String name) throws Exception {
        Path err = dir.resolve("err.txt");
        Process process = ChildProcess.launcher(dir, "--headless", "-n", "4", "-d", "0", "-s", "2", "--json", name)
                .redirectError(err.toFile()).start();
        byte[] json = process.getInputStream().readAllBytes();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        Path copy = Files.write(dir.resolve("copy.json"), json);
        List<RunResult> runs = ResultJson.readAll(copy);
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.size()).isEqualTo(4));
        assertThat(Files.readString(err)).contains("total", "wrote " + name);
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void devNullAsTheJsonIsAccepted() throws Exception {
        Process process = ChildProcess.launcher(dir, "--headless", "-n", "3", "-d", "0", "--json", "/dev/null")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("wrote /dev/null");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aSummaryThatCannotBeWrittenToStandardOutputExitsWithOne() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        Path err = dir.resolve("err.txt");
        Process process = ChildProcess.launcher(dir, "--headless", "-n", "3", "-d", "0")
                .redirectOutput(full.toFile()).redirectError(err.toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).contains("could not write to standard output");
    }

    /**
     * The write is caught in flight: the child is stopped (SIGSTOP) once its temporary file is there, sent the
     * interrupt while it cannot run, then continued, so the interrupt lands during the write however loaded the
     * machine. (Sending the interrupt as soon as the file was seen failed once at load 20: the write ended first.)
     * If the write ended even before the stop, that attempt says nothing about an interrupt during a write, and
     * another is made in a fresh folder.
     */
    @Test
    void anInterruptDuringTheWriteLeavesNoTemporaryFile() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Path folder = Files.createDirectories(dir.resolve("attempt-" + attempt));
            Process process = ChildProcess.launcher(folder, "--headless", "-n", "200000", "-d", "0", "-m",
                    "event-loop", "--json", "big.json").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                Path temp = awaitTemporaryFile(folder, process);
                if (temp == null) { // the whole write fell between two looks (once at load 10): try again
                    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                    assertThat(process.exitValue()).as("the child's exit, ended before its file was seen").isZero();
                    continue;
                }
                ChildProcess.signal(process, "STOP");
                boolean caught = Files.exists(temp);
                if (caught) {
                    ChildProcess.interrupt(process);
                }
                ChildProcess.signal(process, "CONT");
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                if (!caught) {
                    continue;
                }
                assertThat(temp).doesNotExist();
                try (Stream<Path> left = Files.list(folder)) {
                    // The write's own move may have won the race with the interrupt's clean-up: then whole. Its
                    // exit may even have won (the stop can land between the file's close and its move, and the
                    // JVM answers the interrupt on threads of its own): exit 0 then says the file is whole.
                    List<Path> files = left.toList();
                    assertThat(files).as("the folder after the interrupt").allMatch(f -> f.endsWith("big.json"));
                    if (process.exitValue() == 0) {
                        assertThat(files).as("the folder after an exit 0").hasSize(1);
                    }
                    for (Path whole : files) {
                        assertThat(ResultJson.read(whole).size()).isEqualTo(200_000);
                    }
                }
                return;
            } finally {
                process.destroyForcibly();
            }
        }
        org.junit.jupiter.api.Assumptions.abort("five writes of big.json ended before the child could be stopped or"
                + " before its file was seen");
    }

    /**
     * Waits, without a fixed sleep, until the child has created the hidden temporary file of big.json; null when the
     * child ended first (under load this thread may not look again until the write is over).
     */
    private static Path awaitTemporaryFile(Path folder, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            File[] temps = folder.toFile().listFiles((in, name) -> name.startsWith(".big.json.")
                    && name.endsWith(".tmp"));
            if (temps != null && temps.length > 0) {
                return temps[0].toPath();
            }
            LockSupport.parkNanos(200_000); // a spin here took a whole core from the suite for the child's start
        }
        if (!process.isAlive()) {
            return null;
        }
        throw new AssertionError("the child did not start writing big.json in 2 minutes");
    }
}
