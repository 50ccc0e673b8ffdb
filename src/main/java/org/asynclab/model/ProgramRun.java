package org.asynclab.model;

import java.util.List;
import java.util.Objects;

/**
 * What a run of a real program adds to its {@link RunResult}: which program, on which interpreter, how it
 * ended, what it printed and what went wrong. The tasks themselves are the result's rows.
 *
 * @param language    {@link #PYTHON}
 * @param file        the program's file, as given
 * @param interpreter the interpreter's path
 * @param version     its version, e.g. {@code 3.11.7}
 * @param exitCode    the process's exit code (as plain Python gives it: 0, 1 for an uncaught exception, n for
 *                    {@code sys.exit(n)}); −1 when it was stopped
 * @param n           the n of the average (total / n): the program's own n when given, else the traced tasks and
 *                    awaited coroutines other than the main one
 * @param output      the lines it wrote, in order
 * @param problems    what went wrong, in order
 * @param served      AsyncLab's delays offered to its {@code random.uniform} and the calls it made, or null when
 *                    it drew its own
 */
public record ProgramRun(String language, String file, String interpreter, String version, int exitCode, int n,
                         List<ProgramOutput> output, List<ProgramProblem> problems, ServedDelays served) {
    /** The language of a Python program, as it names the program's files and columns. */
    public static final String PYTHON = "python";

    /** The exit code of a program that was stopped. */
    public static final int STOPPED = -1;

    /** Copies the lists. */
    public ProgramRun {
        Objects.requireNonNull(language, "language");
        output = List.copyOf(output);
        problems = List.copyOf(problems);
    }

    /** A program that drew its own delays. */
    public ProgramRun(String language, String file, String interpreter, String version, int exitCode, int n,
                      List<ProgramOutput> output, List<ProgramProblem> problems) {
        this(language, file, interpreter, version, exitCode, n, output, problems, null);
    }

    /** The first error that ended the program (a syntax error or an exception), or null. */
    public ProgramProblem error() {
        return problems.stream().filter(ProgramProblem::isError).findFirst().orElse(null);
    }

    /**
     * The syntax error in the program's own file, which kept any of it from running (Python compiles the whole
     * file before it runs its first line), or null. A syntax error in a module it imports is not one: the program
     * ran until that import. A run that has one has no figures to report, only this error.
     */
    public ProgramProblem compileError() {
        return compileError(file, problems);
    }

    /** The {@link #compileError()} of a program {@code file} whose problems are {@code problems}, or null. */
    public static ProgramProblem compileError(String file, List<ProgramProblem> problems) {
        ProgramProblem error = problems.stream().filter(ProgramProblem::isError).findFirst().orElse(null);
        return error != null && error.kind() == ProgramProblem.Kind.SYNTAX_ERROR && error.file() != null
                && fileName(error.file()).equals(fileName(file)) ? error : null;
    }

    /** Whether any of the program ran: false when it did not compile ({@link #compileError()}). */
    public boolean ran() {
        return compileError() == null;
    }

    /** The last part of a path written with {@code /} or a backslash: the tracer's and the user's agree on it. */
    private static String fileName(String path) {
        return path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
