package org.asynclab.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.asynclab.chart.ChartTheme;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.RunConfig;
import org.asynclab.options.IdleOptions;
import org.asynclab.options.LookConverters;
import org.asynclab.options.OptionHomes;
import org.asynclab.options.OptionConverters;
import org.asynclab.options.RunOptions;
import org.asynclab.options.ScenarioNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The window's start-up options: the headless command line's run options ({@link RunOptions}, the same names,
 * ranges and messages) plus {@code --run}, so a demo opens ready:
 * {@code ./run.sh --tasks 10 --max-delay 1 --mode event-loop --seed 7 --run} (and {@code --compare MODE}), or
 * a classroom scenario, bundled or from a file, resolved as on the command line:
 * {@code ./run.sh --scenario bonjour-monde --run}; {@code --code} opens the code panel beside the chart;
 * {@code --python FILE} opens a Python program in the code panel, as Lesson ▸ Open Python file… does. {@code --theme}
 * and {@code --lang} dress this session only: what View ▸ Theme and View ▸ Language remember stays as it was.
 */
@Command(name = "asynclab", mixinStandardHelpOptions = true, description = "Opens the AsyncLab window.")
public final class StartupOptions {
    /** Exit status for bad start-up options, as on the command line. */
    public static final int BAD_OPTIONS = 2;

    @Mixin
    private RunOptions run = new RunOptions();
    @Option(names = "--run", description = "Run at once when the window opens.")
    private boolean runAtStart;
    @Option(names = "--code", description = "Open the code panel (C): the Python and the Java beside the chart.")
    private boolean codeAtStart;
    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Open a classroom scenario: a bundled one by name, or a scenario file. Its settings win.")
    private String scenarioName;
    // The sweep room (issue 10, branch rooms): screenshots and demos reach the sweep window from start-up.
    @Option(names = "--sweep-window",
            description = "Open the sweep window (Run > Sweep...) over the main one; with --run, the sweep starts.")
    private boolean sweepWindow;
    @Option(names = "--python", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Open a Python program in the code panel, as Lesson > Open Python file... does; with --run,"
                    + " run it.")
    private Path pythonFile;
    // The look of this session only (Memory#showForSession): a teacher's remembered theme and language stay.
    @Option(names = "--theme", paramLabel = "THEME", converter = LookConverters.ThemeId.class,
            completionCandidates = LookConverters.ThemeNames.class,
            description = "This session's colours: ${COMPLETION-CANDIDATES}. The remembered theme stays.")
    private ChartTheme theme;
    @Option(names = "--lang", paramLabel = "LANG", converter = LookConverters.LanguageId.class,
            completionCandidates = LookConverters.LanguageNames.class,
            description = "This session's language: ${COMPLETION-CANDIDATES}. The remembered language stays.")
    private Locale language;

    private Scenario scenario;
    private RunConfig config;
    private RunConfig compareConfig;
    private boolean helpAsked;
    private List<String> notes = List.of();

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
        if (args.length == 0) {
            // A bare start reads nothing: the fields keep their defaults, and picocli is not loaded before the
            // first frame (its Java 5 classes stay out of the start-up cache: some 200 classes read from the jar).
            options.settle();
            return options;
        }
        try {
            CommandLine commandLine = new CommandLine(options);
            CommandLine.ParseResult result = commandLine.parseArgs(args);
            options.helpAsked = result.isUsageHelpRequested() || result.isVersionHelpRequested();
            options.settle();
            if (options.scenarioName != null) {
                options.scenario = ScenarioNames.resolve(commandLine, options.scenarioName);
                options.notes = IdleOptions.overriddenByScenario(result, options.scenario.id());
            }
        } catch (CommandLine.UnmatchedArgumentException e) {
            String first = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
            throw new BadOptionsException(OptionHomes.givenToTheWindow(first).orElse(e.getMessage()));
        } catch (CommandLine.ParameterException e) {
            throw new BadOptionsException(e.getMessage());
        }
        Path program = options.pythonFile;
        if (program != null && (!Files.isRegularFile(program) || !Files.isReadable(program))) {
            // Said before the window opens, in the words of --headless --python.
            throw new BadOptionsException("--python: " + program + " is not a file that can be read");
        }
        if (program != null && options.scenario != null) {
            throw new BadOptionsException("--python and --scenario each open a program: give one of them");
        }
        return options;
    }

    /** The run settings from the options read (or their defaults). */
    private void settle() {
        config = run.toConfig();
        compareConfig = run.compareConfig().orElse(null);
    }

    /** What to say before the window opens: the run settings given that a scenario's own replaced. */
    public List<String> notes() {
        return notes;
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

    /** The settings of the run to compare with, or null. */
    public RunConfig compareConfig() {
        return compareConfig;
    }

    /** The scenario to open, or null. */
    public Scenario scenario() {
        return scenario;
    }

    /** Whether to open the sweep window at start-up (and, with {@link #runAtStart}, to start its sweep). */
    public boolean sweepWindow() {
        return sweepWindow;
    }

    /** The Python program to open in the code panel (its path as given, from where the user stands), or null. */
    public Path pythonFile() {
        return pythonFile;
    }

    /** The theme for this session, or null to keep the remembered one. */
    public ChartTheme theme() {
        return theme;
    }

    /** The language for this session, or null to keep the remembered one. */
    public Locale language() {
        return language;
    }

    /** Whether to run as soon as the window opens. */
    public boolean runAtStart() {
        return runAtStart;
    }

    /** Whether to open the code panel with the window (it stays open otherwise if it was open last time). */
    public boolean codeAtStart() {
        return codeAtStart;
    }
}
