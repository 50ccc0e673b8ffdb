package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a run or a sweep says what it stopped, in AsyncLab's words, and ends with 130 as before: a Java run
 * stopped so ended without a word, where a Python program's said it was interrupted.
 */
@Timeout(120)
class InterruptNoticeTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedRunSaysSoAndWritesNothing() throws Exception {
        // a note the command line says before its run: once it is read, the run is under way or about to be
        String said = interrupt(true, "note: --width", "--headless", "-n", "3", "-d", "60", "-m", "event-loop",
                "--width", "800", "--json", "run.json");

        assertThat(said).contains("asynclab: interrupted: the run stopped, nothing written");
    }

    @Test
    void anInterruptedSweepSaysSoAndWritesNothing() throws Exception {
        String said = interrupt(false, "sweep: ", "--headless", "--sweep", "1", "--modes", "sequential", "-d", "60",
                "--csv", "sweep.csv");

        assertThat(said).contains("asynclab: interrupted: the sweep stopped, nothing written");
    }

    /** Starts the command line, waits for a line of its stderr (or stdout) that starts so, interrupts it. */
    private String interrupt(boolean onErr, String waitFor, String... args) throws Exception {
        Process process = ChildProcess.launcher(dir, args).start();
        InputStream watched = onErr ? process.getErrorStream() : process.getInputStream();
        InputStream other = onErr ? process.getInputStream() : process.getErrorStream();
        CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> readAll(other));
        StringBuilder seen = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(watched, StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            while (line != null && !line.startsWith(waitFor)) {
                seen.append(line).append('\n');
                line = lines.readLine();
            }
            assertThat(line).as("the line before the run: " + seen).isNotNull();
            ChildProcess.interrupt(process);
            for (line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.append(line).append('\n');
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no file written").isEmpty();
        }
        String all = seen + rest.get();
        assertThat(all).doesNotContain("Exception");
        return all;
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
