package org.asynclab.cli;

import java.nio.file.Path;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.options.OptionConverters;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of a traced Python run: {@code --python FILE}, {@code --time-limit SECONDS} and
 * {@code --interpreter PATH}. With {@code --seed}, AsyncLab serves its own seeded delays ({@code --tasks} of them,
 * drawn from 0 to {@code --max-delay}) to the program's {@code random.uniform}, in call order.
 */
public final class PythonOptions {
    @Option(names = "--python", paramLabel = "FILE", converter = OptionConverters.FileName.class, order = 60,
            description = "Run a Python asyncio program (3.9 to 3.13, the system's python3 or pyenv's) under"
                    + " AsyncLab's tracer and draw it: each task and each coroutine awaited directly is a row, with the"
                    + " slices when it ran and the line each wait was paused on. With --seed, the program's"
                    + " random.uniform gets AsyncLab's delays (--tasks of them, from 0 to --max-delay), and --tasks is"
                    + " the n of the average. With --compare MODE (e.g. event-loop), AsyncLab then runs the same"
                    + " delays in that Java mode: same delays, two worlds.")
    private Path file;

    @Option(names = "--time-limit", paramLabel = "SECONDS", converter = TimeLimit.class, order = 61,
            description = "Stop a --python program that runs longer than this, 0.1 to 3600 (default 120).")
    private Double timeLimit;

    @Option(names = "--interpreter", paramLabel = "PATH", converter = OptionConverters.FileName.class, order = 62,
            description = "The python3 to use with --python (default: python3 on the PATH, then ~/.pyenv/versions).")
    private Path interpreter;

    /** Whether {@code --python} was given. */
    public boolean isPython() {
        return file != null;
    }

    /** The program, or null. */
    public Path file() {
        return file;
    }

    /** The time limit in seconds. */
    public double timeLimitSeconds() {
        return timeLimit == null ? PythonSettings.DEFAULT_TIME_LIMIT_SECONDS : timeLimit;
    }

    /** Whether {@code --time-limit} was given. */
    boolean hasTimeLimit() {
        return timeLimit != null;
    }

    /** The interpreter asked for, or null to look for one. */
    public Path interpreter() {
        return interpreter;
    }

    /** {@code --time-limit}: seconds from 0.1 to 3600. */
    static final class TimeLimit implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            if (!(seconds >= PythonSettings.MIN_TIME_LIMIT_SECONDS && seconds <= 3600)) {
                throw new TypeConversionException("must be a number of seconds from 0.1 to 3600 (got " + value + ")");
            }
            return seconds;
        }
    }
}
