package org.asynclab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.asynclab.options.OptionHomes;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports what went wrong in one line on stderr, instead of picocli's message plus the whole usage, and never a
 * stack trace: {@code asynclab: --tasks must be a whole number from 1 to 1,000,000 (got 0). See --help.}
 * A bad option exits with 2; a failure while running exits with 1.
 *
 * <pre>{@code
 * OneLineErrors errors = new OneLineErrors("asynclab");
 * new CommandLine(command).setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
 * }</pre>
 */
public final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code of a bad option (picocli's usage code). */
    public static final int BAD_OPTION = CommandLine.ExitCode.USAGE;
    /** Exit code of a failure while running or writing. */
    public static final int FAILED = CommandLine.ExitCode.SOFTWARE;

    private static final String HINT = ". See --help.";

    private final String program;

    /** Prefixes every line with {@code program}, e.g. {@code asynclab}. */
    public OneLineErrors(String program) {
        this.program = program;
    }

    /**
     * A bad option whose message is complete without the hint to see {@code --help}: a file that cannot be written
     * is not fixed by reading the options.
     */
    public static ParameterException withoutHint(CommandLine commandLine, String message) {
        return new NoHint(commandLine, message);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(program + ": " + describe(ex) + (ex instanceof NoHint ? "" : HINT));
        err.flush();
        return BAD_OPTION;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            err.println(program + ": interrupted");
        } else {
            err.println(program + ": the run failed: " + reason(ex));
        }
        err.flush();
        return FAILED;
    }

    /** The problem in words, naming the option; package-private for tests. */
    static String describe(ParameterException ex) {
        ArgSpec spec = ex.getArgSpec();
        if (ex.getCause() instanceof TypeConversionException bad && spec instanceof OptionSpec option) {
            return option.longestName() + " " + bad.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return name(missing.getMissing().get(0)) + " needs a value";
        }
        if (ex instanceof OverwrittenOptionException twice) {
            return name(twice.getOverwritten()) + " is given more than once";
        }
        return oneLine(ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> arguments = ex.getUnmatched();
        String first = arguments.isEmpty() ? "" : arguments.get(0);
        if (!ex.isUnknownOption()) {
            return "unexpected argument '" + first + "'";
        }
        Optional<String> home = OptionHomes.givenToTheCommandLine(first);
        if (home.isPresent()) {
            return home.get();
        }
        List<String> suggestions = ex.getSuggestions();
        String guess = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
        return "unknown option " + first + guess;
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String reason(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String message) {
        return message == null ? "invalid arguments" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A bad option reported without the hint. */
    private static final class NoHint extends ParameterException {
        private static final long serialVersionUID = 1L;

        NoHint(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
