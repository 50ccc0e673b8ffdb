package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.asynclab.engine.python.PythonFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a {@code --python} run ends it as Ctrl-C ends a Java run: exit 130, the program stopped, nothing
 * half-said. It printed the summary of a program that "exited 143", "first task created to last finished", then
 * {@code cannot write si.json: Shutdown in progress}, a Java internal's words, for each file asked.
 */
@Timeout(120)
class PythonInterruptTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptStopsTheProgramAndWritesNothingWithoutJavasWords() throws Exception {
        assumeTrue(PythonFinder.find().isPresent(), "no python3 here");
        Files.writeString(dir.resolve("long.py"), """
                import asyncio
                async def main():
                    print("ready", flush=True)
                    await asyncio.sleep(60)
                asyncio.run(main())
                """);
        Process process = ChildProcess.launcher(dir, "--headless", "--python", "long.py", "--json", "long.json",
                "--png", "long.png").start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        StringBuilder out = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            // given the program under way: its first line printed
            for (String line = lines.readLine(); line != null && !line.endsWith("| ready"); line = lines.readLine()) {
                out.append(line).append('\n');
            }
            // when Ctrl-C comes
            ChildProcess.interrupt(process);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line).append('\n');
            }
        }

        // then AsyncLab ends as Ctrl-C ends it, says what happened in words of its own, and writes no file
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(err.get()).doesNotContain("Shutdown in progress").doesNotContain("Exception")
                .contains("asynclab: interrupted: long.py stopped, nothing written");
        assertThat(out.toString()).doesNotContain("exit code 143").doesNotContain("to last finished");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("long.py");
        }
    }
}
