package org.asynclab.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The window's start-up options, named as on the headless command line, so a demo opens ready:
 * {@code ./run.sh --tasks 10 --max-delay 1 --mode event-loop --seed 7 --run} (and {@code --compare MODE}).
 */
@Command(name = "asynclab", mixinStandardHelpOptions = true, description = "Opens the AsyncLab window.")
public final class StartupOptions {
    /** Exit status for bad start-up options, as on the command line. */
    public static final int BAD_OPTIONS = 2;

    @Option(names = {"-n", "--tasks"}, description = "number of tasks, 1 to 1,000,000", paramLabel = "N")
    private Integer tasks;
    @Option(names = {"-d", "--max-delay"}, description = "max delay in seconds, 0 to 3600", paramLabel = "SECONDS")
    private Double maxDelay;
    @Option(names = {"-m", "--mode"}, description = "sequential, event-loop, threads, pool, virtual",
            paramLabel = "MODE")
    private String mode;
    @Option(names = {"-w", "--workers"}, description = "pool size, 1 to 10,000", paramLabel = "K")
    private Integer workers;
    @Option(names = {"-k", "--kind"}, description = "io or cpu", paramLabel = "KIND")
    private String kind;
    @Option(names = {"-s", "--seed"}, description = "seed of the random delays", paramLabel = "SEED")
    private Long seed;
    @Option(names = "--compare", description = "also run the same delays in this mode", paramLabel = "MODE")
    private String compare;
    @Option(names = "--run", description = "run at once when the window opens")
    private boolean run;

    private RunConfig config;
    private Mode compareWith;
    private boolean helpAsked;

    private StartupOptions() {
    }

    /** Thrown for options that cannot start the window; the message is one line fit for a person. */
    public static final class BadOptionsException extends Exception {
        private static final long serialVersionUID = 1L;

        BadOptionsException(String message) {
            super(message);
        }
    }

    /**
     * Reads the options.
     *
     * @throws BadOptionsException naming the option and its valid range
     */
    public static StartupOptions parse(String... args) throws BadOptionsException {
        StartupOptions options = new StartupOptions();
        CommandLine line = new CommandLine(options);
        try {
            CommandLine.ParseResult result = line.parseArgs(args);
            options.helpAsked = result.isUsageHelpRequested() || result.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            throw new BadOptionsException(e.getMessage());
        }
        options.resolve();
        return options;
    }

    private void resolve() throws BadOptionsException {
        RunConfig base = RunConfig.defaults();
        try {
            Mode m = mode == null ? base.mode() : Mode.fromId(mode);
            TaskKind k = kind == null ? base.kind() : TaskKind.fromId(kind);
            int w = workers != null ? workers : m == Mode.POOL ? Limits.DEFAULT_WORKERS : 0;
            config = new RunConfig(tasks == null ? base.tasks() : tasks,
                    maxDelay == null ? base.maxDelaySeconds() : maxDelay, m, w, k, seed == null ? base.seed() : seed);
            compareWith = compare == null ? null : Mode.fromId(compare);
            if (compareWith != null) {
                config.withMode(compareWith, workers != null ? workers : Limits.DEFAULT_WORKERS);
            }
        } catch (InvalidSettingException e) {
            throw new BadOptionsException("invalid --" + optionName(e.field()) + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadOptionsException(e.getMessage());
        }
    }

    private static String optionName(String field) {
        return switch (field) {
            case "maxDelay" -> "max-delay";
            default -> field.toLowerCase(Locale.ROOT);
        };
    }

    /** Whether {@code --help} or {@code --version} was asked: print {@link #usage()} and stop. */
    public boolean helpAsked() {
        return helpAsked;
    }

    /** The usage text. */
    public static String usage() {
        StringWriter out = new StringWriter();
        new CommandLine(new StartupOptions()).usage(new PrintWriter(out));
        return out.toString();
    }

    /** The settings to put in the form. */
    public RunConfig config() {
        return config;
    }

    /** The mode to compare with, or null. */
    public Mode compareWith() {
        return compareWith;
    }

    /** Whether to run as soon as the window opens. */
    public boolean runAtStart() {
        return run;
    }
}
