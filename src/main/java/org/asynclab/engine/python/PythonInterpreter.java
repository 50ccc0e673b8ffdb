package org.asynclab.engine.python;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Python interpreter AsyncLab can trace with: its executable and its version.
 *
 * @param executable the {@code python3} to start
 * @param major      3
 * @param minor      9 … 13
 * @param micro      the patch level
 */
public record PythonInterpreter(Path executable, int major, int minor, int micro) {
    /** The oldest minor version of Python 3 the tracer supports. */
    public static final int OLDEST_MINOR = 9;
    /** The newest minor version of Python 3 the tracer was tried on. */
    public static final int NEWEST_MINOR = 13;

    /** Checks that there is an executable. */
    public PythonInterpreter {
        Objects.requireNonNull(executable, "executable");
    }

    /** Whether the tracer supports this version (3.9 to 3.13). */
    public boolean supported() {
        return major == 3 && minor >= OLDEST_MINOR && minor <= NEWEST_MINOR;
    }

    /** {@code 3.11.7}. */
    public String version() {
        return major + "." + minor + "." + micro;
    }

    @Override
    public String toString() {
        return "Python " + version() + " (" + executable + ")";
    }
}
