package org.asynclab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Python interpreters the tests run lessons on: {@code python3} from the PATH, and the 3.9–3.13 that
 * pyenv keeps under {@code ~/.pyenv/versions}. A test that needs one and finds none is skipped with
 * {@link #MISSING}, never failed: the Java modes work without Python.
 */
final class Python3 {
    /** Why a Python test is skipped where no interpreter fits. */
    static final String MISSING = "no python3 of version 3.9 or later on the PATH: install Python 3.9-3.13"
            + " (apt install python3) to run the Python lesson tests";

    private static final String VERSION = "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.executable)";

    /** Asked once per JVM: the classes that need it run at the same time. */
    private static Optional<String> onPath;

    private Python3() {
    }

    /** The output of a finished run. */
    record Run(int exitCode, String out, String err) {
    }

    /**
     * {@code python3} from the PATH when it is 3.9 or later, as the interpreter it stands for: a pyenv shim looks
     * for its interpreter again at every start (seconds on a loaded machine, and the lessons start dozens).
     */
    static synchronized Optional<String> onPath() {
        if (onPath == null) {
            onPath = fits("python3");
        }
        return onPath;
    }

    /** The pyenv interpreters of 3.9 and later, one per installed version, e.g. {@code 3.9.18}. */
    static List<Path> pyenvVersions() {
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(versions)) {
            return found;
        }
        try (Stream<Path> all = Files.list(versions)) {
            all.sorted().map(v -> v.resolve("bin").resolve("python3")).filter(Files::isExecutable)
                    .filter(p -> fits(p.toString()).isPresent()).forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /** Runs a command in {@code folder} and waits for it, stopping it after {@code seconds}. */
    static Run run(long seconds, Path folder, String... command) throws IOException, InterruptedException {
        return start(folder, command).await(seconds);
    }

    /** Starts a command in {@code folder}, its output sent to files so that no pipe can fill and stall it. */
    static Started start(Path folder, String... command) throws IOException {
        String name = "run-" + System.nanoTime();
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        return new Started(process, out, err, String.join(" ", command));
    }

    /** A process started by {@link #start}, to await later: several lessons can run at once. */
    record Started(Process process, Path out, Path err, String command) {
        /** Waits for the process, killing it and failing after {@code seconds}. */
        Run await(long seconds) throws IOException, InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException(command + " ran over " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    /** The interpreter {@code python} stands for, when it is 3.9 or later. */
    private static Optional<String> fits(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", VERSION).redirectErrorStream(true).start();
            // 120 s: a pyenv shim took 15 s at load 33, and several classes ask at once
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String[] lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()
                    .split("\n");
            String[] parts = lines[0].strip().split("\\.");
            boolean fits = process.exitValue() == 0 && parts.length == 2 && Integer.parseInt(parts[0]) == 3
                    && Integer.parseInt(parts[1]) >= 9;
            String real = lines.length > 1 ? lines[1].strip() : "";
            return !fits ? Optional.empty()
                    : Optional.of(!real.isEmpty() && Files.isExecutable(Path.of(real)) ? real : python);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
