package org.asynclab.engine.python;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python AsyncLab can trace with (3.9 to 3.13): {@code python3} on the {@code PATH} first, then
 * {@code python3.13} … {@code python3.9} there, then pyenv's versions ({@code ~/.pyenv/versions/X/bin/python3},
 * newest first). A pyenv shim on the {@code PATH} stands for the Python pyenv would pick ({@link PyenvShims}),
 * found without starting the shim, so the window and the command line run that interpreter directly. Each
 * candidate is asked its version (it runs, about 20 ms each), so a broken or too old one is skipped.
 *
 * <pre>{@code
 * PythonInterpreter python = PythonFinder.find()
 *         .orElseThrow(() -> new IllegalStateException(PythonFinder.HOW_TO_INSTALL));
 * }</pre>
 */
public final class PythonFinder {
    /** What to tell a user whose machine has no suitable Python. */
    public static final String HOW_TO_INSTALL = "no Python 3.9 to 3.13 was found (looked for python3 on the PATH and"
            + " in ~/.pyenv/versions); install one: 'sudo apt install python3' on Debian or Ubuntu, 'brew install"
            + " python@3.12' on macOS, or python.org's installer on Windows";

    private static final long ASK_SECONDS = 10;
    private static Optional<PythonInterpreter> found;

    private PythonFinder() {
    }

    /** The first suitable Python, or empty; looked for once, then remembered while it still runs. */
    public static synchronized Optional<PythonInterpreter> find() {
        if (found == null || found.isPresent() && !Files.isExecutable(found.get().executable())) {
            found = look();
        }
        return found;
    }

    private static Optional<PythonInterpreter> look() {
        for (Path candidate : candidates()) {
            Optional<PythonInterpreter> python = probe(candidate);
            if (python.isPresent() && python.get().supported()) {
                return python;
            }
        }
        return Optional.empty();
    }

    /**
     * Every suitable Python found, without duplicates (the same version twice is kept once; pyenv's shims, which
     * only pick one of pyenv's versions, are left out): for tests.
     */
    public static List<PythonInterpreter> findAll() {
        List<PythonInterpreter> all = new ArrayList<>();
        Set<String> versions = new LinkedHashSet<>();
        for (Path candidate : candidates()) {
            if (candidate.toString().contains("/.pyenv/shims/")) {
                continue;
            }
            probe(candidate).filter(PythonInterpreter::supported).filter(p -> versions.add(p.version()))
                    .ifPresent(all::add);
        }
        return all;
    }

    /**
     * Asks {@code executable} its version.
     *
     * @return empty when it does not run, or is not a Python
     */
    public static Optional<PythonInterpreter> probe(Path executable) {
        if (!Files.isExecutable(executable) || Files.isDirectory(executable)) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(executable.toString(), "-c",
                    "import sys; print('%d %d %d' % sys.version_info[:3]); print(sys.executable)")
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(ASK_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String[] lines = out.split("\\R", 2);
            String[] parts = lines[0].split(" ");
            if (process.exitValue() != 0 || parts.length != 3) {
                return Optional.empty();
            }
            // A pyenv shim is a script that finds the real one each time (seconds on a loaded machine): use that.
            Path real = lines.length > 1 && !lines[1].isBlank() ? Path.of(lines[1].strip()) : executable;
            return Optional.of(new PythonInterpreter(Files.isExecutable(real) ? real : executable,
                    Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The program a user named as their Python, as a shell finds it: a name without a folder ({@code python3.12}) on
     * the {@code PATH} unless a file of that name is in the current folder, anything else as the path it is.
     */
    public static Path named(Path given) {
        if (given.getParent() != null || Files.exists(given)) {
            return given;
        }
        String path = System.getenv("PATH");
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path file = folder.isEmpty() ? null : Path.of(folder).resolve(given);
            if (file != null && Files.isExecutable(file) && !Files.isDirectory(file)) {
                return file;
            }
        }
        return given;
    }

    private static List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("python3"));
        for (int minor = PythonInterpreter.NEWEST_MINOR; minor >= PythonInterpreter.OLDEST_MINOR; minor--) {
            names.add("python3." + minor);
        }
        String path = System.getenv("PATH");
        for (String name : names) {
            for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
                if (!folder.isEmpty()) {
                    Path file = Path.of(folder, name);
                    if (Files.isExecutable(file) && !PyenvShims.isShim(file)) {
                        found.add(file);
                        break;
                    }
                    // A pyenv shim costs seconds of bash each start: the Python it stands for, read as pyenv reads it
                    // (pyenv's "system": the next one on the PATH; not readable here: the shim, asked as before).
                    Optional<PyenvShims.Choice> choice = Files.isExecutable(file)
                            ? PyenvShims.resolve(file, Path.of(""), System.getenv("PYENV_VERSION")) : null;
                    if (choice != null && !(choice.orElse(null) instanceof PyenvShims.SystemPython)) {
                        found.add(choice.orElse(null) instanceof PyenvShims.Installed real ? real.executable() : file);
                        break;
                    }
                }
            }
        }
        found.addAll(pyenvVersions());
        return found;
    }

    private static List<Path> pyenvVersions() {
        String home = System.getenv("PYENV_ROOT");
        Path root = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".pyenv");
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root.resolve("versions"))) {
            for (Path folder : folders) {
                Path python = folder.resolve("bin").resolve("python3");
                if (Files.isExecutable(python)) {
                    versions.add(python);
                }
            }
        } catch (IOException | SecurityException e) {
            return versions;
        }
        versions.sort(Comparator.comparing((Path p) -> versionKey(p.getParent().getParent())).reversed());
        return versions;
    }

    /** "3.10.13" sorts after "3.9.18": each number padded. */
    private static String versionKey(Path folder) {
        StringBuilder key = new StringBuilder();
        for (String part : folder.getFileName().toString().split("\\.")) {
            key.append(String.format("%6s", part)).append('.');
        }
        return key.toString();
    }
}
