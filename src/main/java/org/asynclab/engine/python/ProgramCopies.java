package org.asynclab.engine.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Programs written for a run, each to a temporary folder of its own ({@code asynclab-python…}): the editor's text,
 * a lesson's program (a bundled one lives in the jar, where Python cannot open it). A folder is removed when its run
 * ends ({@link #delete}); when the JVM ends first (the window closed during a run, SIGTERM, Ctrl-C), the run's own
 * shutdown hook removes its folder once the program is stopped, and one hook here removes any still there (a
 * program not started yet). Five students' programs had stayed in /tmp, their runs' ends never come.
 *
 * <pre>{@code
 * Path file = ProgramCopies.write("wait-n.py", source);
 * PythonRun run = PythonRun.start(PythonSettings.of(file, python).named("wait-n.py"));
 * run.result().whenComplete((result, error) -> ProgramCopies.delete(file));
 * }</pre>
 */
public final class ProgramCopies {
    /** The folders written and not removed yet, each registered as soon as it is made. */
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    private ProgramCopies() {
    }

    /** Writes {@code source} as {@code fileName} into a new temporary folder; returns the file. */
    public static Path write(String fileName, String source) throws IOException {
        AtExit.hook();
        Path folder = Files.createTempDirectory("asynclab-python");
        FOLDERS.add(folder);
        try {
            return Files.writeString(folder.resolve(fileName), source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            delete(folder.resolve(fileName));
            throw e;
        }
    }

    /**
     * Removes the folder of {@code file} and all in it, when {@code file} is a copy written here; any other file (a
     * program the user named) is left where it is.
     */
    public static void delete(Path file) {
        Path folder = file.getParent();
        if (folder != null && FOLDERS.contains(folder)) {
            deleteFolder(folder);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or being removed by the other hook
        }
        if (!Files.exists(folder)) {
            FOLDERS.remove(folder);
        }
    }

    /** The shutdown hook, added when the first copy is written (its class loaded then), once. */
    private static final class AtExit {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FOLDERS.forEach(ProgramCopies::deleteFolder),
                    "python-copies-at-exit"));
        }

        private AtExit() {
        }

        static void hook() {
            // loading the class added the hook
        }
    }
}
