package org.asynclab.engine.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * pyenv's shims ({@code ~/.pyenv/shims/python3}) are bash scripts that ask pyenv, each time they start, which
 * Python to run ({@code pyenv exec}: about 3 s of bash on a loaded machine, before Python itself starts). AsyncLab
 * reads pyenv's choice the way pyenv makes it, without starting bash, and runs that Python itself: the
 * {@code PYENV_VERSION} variable, else the nearest {@code .python-version} file from the working folder up, else
 * pyenv's global {@code version} file; the first version named there that is installed.
 */
final class PyenvShims {
    /** What a shim stands for. */
    sealed interface Choice {
    }

    /** The installed Python the shim would run. */
    record Installed(Path executable) implements Choice {
    }

    /** pyenv's "system": the shim runs the next {@code python3} on the {@code PATH}. */
    record SystemPython() implements Choice {
    }

    private PyenvShims() {
    }

    /** Whether {@code file} is one of pyenv's shims: in a {@code shims} folder beside pyenv's {@code versions}. */
    static boolean isShim(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("shims")
                && folder.getParent() != null && Files.isDirectory(folder.getParent().resolve("versions"));
    }

    /**
     * The Python the shim {@code shim} would run, started from {@code workFolder} with {@code PYENV_VERSION} set to
     * {@code pyenvVersion} (null: not set); empty when pyenv's choice cannot be read here (a version not installed,
     * an alias): then only the shim itself can tell.
     */
    static Optional<Choice> resolve(Path shim, Path workFolder, String pyenvVersion) {
        Path root = shim.toAbsolutePath().getParent().getParent();
        List<String> versions = pyenvVersion != null && !pyenvVersion.isBlank()
                ? List.of(pyenvVersion.strip().split(":")) : versionFile(root, workFolder);
        for (String version : versions) {
            if (version.equals("system")) {
                return Optional.of(new SystemPython());
            }
            Path python = root.resolve("versions").resolve(version).resolve("bin").resolve(shim.getFileName());
            if (!version.isEmpty() && !version.contains("/") && Files.isExecutable(python)) {
                return Optional.of(new Installed(python));
            }
        }
        return versions.isEmpty() ? Optional.of(new SystemPython()) : Optional.empty();
    }

    /** The versions named by the nearest {@code .python-version}, else by pyenv's global file; none: system. */
    private static List<String> versionFile(Path root, Path workFolder) {
        for (Path folder = workFolder.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path local = folder.resolve(".python-version");
            if (Files.isRegularFile(local)) {
                return read(local);
            }
        }
        Path global = root.resolve("version");
        return Files.isRegularFile(global) ? read(global) : List.of();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).flatMap(line -> List.of(
                            line.split("\\s+")).stream()).toList();
        } catch (IOException e) {
            return List.of("?");  // not readable here: only the shim can tell
        }
    }
}
