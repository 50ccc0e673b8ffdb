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

    private static final String VERSION = "import sys; print('%d.%d' % sys.version_info[:2])";

    private Python3() {
    }

    /** The output of a finished run. */
    record Run(int exitCode, String out, String err) {
    }

    /** {@code python3} from the PATH when it is 3.9 or later. */
    static Optional<String> onPath() {
        return fits("python3") ? Optional.of("python3") : Optional.empty();
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
                    .filter(p -> fits(p.toString())).forEach(found::add);
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

    private static boolean fits(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", VERSION).redirectErrorStream(true).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String[] parts = version.split("\\.");
            return process.exitValue() == 0 && parts.length == 2 && Integer.parseInt(parts[0]) == 3
                    && Integer.parseInt(parts[1]) >= 9;
        } catch (IOException | NumberFormatException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
