package org.asynclab.engine.python;

import java.nio.file.Path;
import java.util.Objects;
import org.asynclab.model.Limits;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;

/**
 * How to run a Python program under the tracer.
 *
 * @param file             the program
 * @param python           the interpreter
 * @param served           AsyncLab's delays (n, max delay and seed) to serve to {@code random.uniform} in call
 *                         order, or null to let the program draw its own: "same delays, two worlds"
 * @param n                the n of the average (total / n), as the program's own {@code measure_time(n, …)} uses;
 *                         0 to count the traced tasks and awaited coroutines other than the main one
 * @param timeLimitSeconds the run is stopped after this long (a program that never ends), 0.1 to 3600
 * @param name             the program as the user knows it, which its result names ({@code program.file} in the
 *                         JSON): {@code file} as given, or, when {@code file} is a copy written for the run (a
 *                         lesson's program, the editor's text), the name of what was copied ({@code wait-n.py}),
 *                         never a temporary file that is gone once the run ends
 */
public record PythonSettings(Path file, PythonInterpreter python, RunConfig served, int n, double timeLimitSeconds,
                             String name) {
    /** The time limit when none is given. */
    public static final double DEFAULT_TIME_LIMIT_SECONDS = 120;
    /** The shortest time limit. */
    public static final double MIN_TIME_LIMIT_SECONDS = 0.1;

    /** Checks the values; a null name is the file as given. */
    public PythonSettings {
        Objects.requireNonNull(file, "file");
        name = name == null ? file.toString() : name;
        Objects.requireNonNull(python, "python");
        if (n < 0 || n > Limits.MAX_TASKS) {
            throw new IllegalArgumentException("n must be from 0 to " + Limits.MAX_TASKS + " (got " + n + ")");
        }
        if (!(timeLimitSeconds >= MIN_TIME_LIMIT_SECONDS && timeLimitSeconds <= Limits.MAX_DELAY_SECONDS)) {
            throw new IllegalArgumentException("the time limit must be from 0.1 to 3600 seconds (got "
                    + timeLimitSeconds + ")");
        }
    }

    /** Settings named after their file, as given. */
    public PythonSettings(Path file, PythonInterpreter python, RunConfig served, int n, double timeLimitSeconds) {
        this(file, python, served, n, timeLimitSeconds, null);
    }

    /** A program run as it is, with the default time limit. */
    public static PythonSettings of(Path file, PythonInterpreter python) {
        return new PythonSettings(file, python, null, 0, DEFAULT_TIME_LIMIT_SECONDS);
    }

    /** These settings with another time limit. */
    public PythonSettings withTimeLimit(double seconds) {
        return new PythonSettings(file, python, served, n, seconds, name);
    }

    /** These settings serving {@code config}'s delays to {@code random.uniform}, and with its n as the average's. */
    public PythonSettings serving(RunConfig config) {
        return new PythonSettings(file, python, config, config.tasks(), timeLimitSeconds, name);
    }

    /** These settings for a copy of the program the user knows as {@code shownName} ({@code wait-n.py}). */
    public PythonSettings named(String shownName) {
        return new PythonSettings(file, python, served, n, timeLimitSeconds, Objects.requireNonNull(shownName));
    }

    /** The delays served, comma-separated seconds, or null. */
    String servedDelays() {
        if (served == null) {
            return null;
        }
        Workload delays = Workload.generate(served);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < delays.size(); i++) {
            text.append(i == 0 ? "" : ",").append(delays.delaySeconds(i));
        }
        return text.toString();
    }
}
