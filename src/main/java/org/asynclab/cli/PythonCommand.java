package org.asynclab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asynclab.engine.RunSequence;
import org.asynclab.engine.python.ProgramCopies;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonInterpreter;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.lesson.PythonProgram;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;
import org.asynclab.options.IdleOptions;
import org.asynclab.options.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code --headless --python FILE}: runs a Python program under AsyncLab's tracer, prints what it prints as it
 * prints it (with the time), then its problems with their lines on stderr and a summary, and writes the requested
 * files ({@code --json}, {@code --csv}, {@code --png}, {@code --svg}, {@code --trace}) from its result.
 *
 * <p>Exit codes follow the command line's: 2 for a bad option (a missing file, a Java-only option) before anything
 * runs; 1 when no Python was found, when the program failed (a syntax error, an uncaught exception, a non-zero
 * exit, the time limit) or a file could not be written; 0 otherwise. The files are written in every case: a failed
 * program's JSON holds its error.
 */
final class PythonCommand {
    /** Options that belong to the Java modes, and why they do not apply to a Python program. */
    private static final Map<String, String> NOT_WITH_PYTHON = Map.ofEntries(
            Map.entry("--mode", "the program decides how its tasks run"),
            Map.entry("--kind", "the program decides what its tasks do"),
            Map.entry("--workers", "the program decides how its tasks run"),
            Map.entry("--gil", "a real Python has a real GIL"),
            Map.entry("--scenario", "run one program: --python FILE, or --scenario NAME of a Python lesson"),
            Map.entry("--sweep", "a sweep runs Java modes"),
            Map.entry("--modes", "a sweep runs Java modes"),
            Map.entry("--step-limit", "a sweep runs Java modes"),
            Map.entry("--urls", "the program fetches what it fetches (its own URLs)"),
            Map.entry("--timeout", "the program sets its own timeouts"),
            // Given to the Java run of --compare only, they would cut one side of "same delays, two worlds".
            Map.entry("--deadline", "the program decides how its tasks run (asyncio.wait_for in it)"),
            Map.entry("--semaphore", "the program decides how its tasks run (asyncio.Semaphore in it)"),
            Map.entry("--counter", "the program decides what its tasks share"),
            Map.entry("--counter-gap", "the program decides what its tasks share"));
    private static final long POLL_MILLIS = 50;

    private final CommandSpec spec;
    private final RunOptions settings;
    private final PythonOptions python;
    private final OutputFiles outputs;
    private final ImageOutputs images;
    /** The program: {@code --python FILE}, or a Python scenario's program written to a folder of its own. */
    private final Path file;
    /** What the results call the program: a scenario's program by its name, null for {@code --python FILE}. */
    private final String shownName;
    /** Runs the Java side of "same delays, two worlds" ({@code --compare MODE}). */
    private final HeadlessCommand.Runner javaRuns;
    /** A Python scenario's runs: its served delays and, for "two worlds", the Java run that follows. */
    private final List<RunConfig> scenario;

    PythonCommand(CommandSpec spec, RunOptions settings, PythonOptions python, OutputFiles outputs,
                  ImageOutputs images, HeadlessCommand.Runner javaRuns) {
        this(spec, settings, python, outputs, images, javaRuns, new Source(python.file(), null, List.of()));
    }

    private PythonCommand(CommandSpec spec, RunOptions settings, PythonOptions python, OutputFiles outputs,
                          ImageOutputs images, HeadlessCommand.Runner javaRuns, Source source) {
        this.spec = spec;
        this.settings = settings;
        this.python = python;
        this.outputs = outputs;
        this.images = images;
        this.file = source.file();
        this.shownName = source.shownName();
        this.javaRuns = javaRuns;
        this.scenario = source.scenario();
    }

    /**
     * Where the program comes from: a file, or a Python scenario's program, written to {@code file} and named
     * {@code shownName} (null for a file), with its runs.
     */
    private record Source(Path file, String shownName, List<RunConfig> scenario) {
    }

    /**
     * {@code --scenario NAME} of a Python lesson: runs its program as {@code --python} runs a file (the program is
     * written to a temporary folder first: a bundled one lives in the jar, where Python cannot open it). In English,
     * as the whole command line speaks.
     */
    static int runScenario(CommandSpec spec, RunOptions settings, PythonOptions python, OutputFiles outputs,
                           ImageOutputs images, HeadlessCommand.Runner java, PythonProgram program,
                           List<RunConfig> configs) throws InterruptedException {
        Path written;
        try {
            written = ProgramCopies.write(program.fileName(), program.sourceIn(Locale.ENGLISH));
        } catch (IOException e) {
            spec.commandLine().getErr().println(HeadlessCommand.PROGRAM + ": --scenario: cannot write "
                    + program.fileName() + ": " + e.getMessage());
            return OneLineErrors.FAILED;
        }
        try {
            return new PythonCommand(spec, settings, python, outputs, images, java,
                    new Source(written, program.fileName(), configs)).run();
        } finally {
            ProgramCopies.delete(written);
        }
    }

    /**
     * Refuses the options of Java runs that a Python program has no use for; {@code scenario}: the program is a
     * Python scenario's (given by {@code --scenario}).
     */
    static void refuseJavaOptions(CommandSpec spec, boolean scenario) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (Map.Entry<String, String> option : NOT_WITH_PYTHON.entrySet()) {
            boolean allowed = (scenario && option.getKey().equals("--scenario"))
                    || (option.getKey().equals("--workers") && parsed.hasMatchedOption("--compare"));
            if (parsed.hasMatchedOption(option.getKey()) && !allowed) {
                throw new ParameterException(spec.commandLine(), option.getKey() + " does not apply with --python: "
                        + option.getValue());
            }
        }
    }

    /** Refuses the Python options without {@code --python}. */
    static void refuseWithoutPython(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--time-limit", "--interpreter")) {
            if (parsed.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " needs --python FILE (it belongs to a"
                        + " Python run)");
            }
        }
    }

    /** Runs the program and writes its files; returns the exit code. */
    int run() throws InterruptedException {
        ParseResult parsed = spec.commandLine().getParseResult();
        refuseJavaOptions(spec, shownName != null);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw OneLineErrors.withoutHint(spec.commandLine(),
                    "--python: " + file + " is not a file that can be read");
        }
        if (shownName == null) {
            IdleOptions.say(IdleOptions.forProgram(parsed), spec.commandLine().getErr());
        }
        PythonSettings asked = settings(interpreterOrRefuse(), parsed);
        if (asked == null) {
            return OneLineErrors.FAILED;
        }
        List<OutputFiles.Output> files = new java.util.ArrayList<>(outputs.requested());
        files.addAll(images.requested());
        List<RunConfig> configs = shownName == null && twoWorlds(parsed) ? settings.toConfigs()
                : scenario.size() > 1 ? scenario : List.of();
        PythonSettings chosen = configs.isEmpty() ? asked : asked.serving(configs.get(0));
        if (configs.isEmpty()) {
            outputs.checkWritable(files);
        } else {
            outputs.checkFiles(images.filesFor(files, configs, ProgramRun.PYTHON));
        }

        // Same delays, two worlds: the program first, then Java's run on the same delays, never both at once.
        List<RunResult> results = new java.util.ArrayList<>();
        Workload[] shared = new Workload[1];
        RunSequence.run(configs.isEmpty() ? List.of(settings.toConfig()) : configs,
                configs.isEmpty() ? config -> null : RunSequence.sharedDelays(configs), (config, delays) -> {
                    shared[0] = delays;
                    RunResult done = results.isEmpty() ? runProgram(chosen)
                            : results.get(0) == null ? null : javaRuns.run(config, delays).result();
                    results.add(done);
                    return done;
                });
        RunResult result = results.get(0);
        if (result == null) {
            return OneLineErrors.FAILED;
        }
        if (results.size() > 1) {
            spec.commandLine().getOut().print(TwoWorldsReport.format(result, results.get(1), shared[0]));
        }
        int written = write(files, results);
        boolean failed = result.program().exitCode() != 0;
        return written != CommandLine.ExitCode.OK || failed ? OneLineErrors.FAILED : CommandLine.ExitCode.OK;
    }

    /** Whether Java's run follows the program's on the same delays: {@code --compare MODE}. */
    private static boolean twoWorlds(ParseResult parsed) {
        return parsed.hasMatchedOption("--compare");
    }

    /** Runs the program, printing what it prints as it does, then its problems and summary; null if it cannot. */
    private RunResult runProgram(PythonSettings chosen) throws InterruptedException {
        PythonRun run;
        try {
            run = PythonRun.start(chosen);
        } catch (IOException e) {
            spec.commandLine().getErr().println(HeadlessCommand.PROGRAM + ": --python: cannot start "
                    + chosen.python() + ": " + e.getMessage());
            return null;
        }
        // Ctrl-C stops the program (PythonRun's own hook) and ends AsyncLab as it ends a Java run, exit 130, with no
        // summary of a program that "exited 143", nor files whose writes the JVM's end refuses ("Shutdown in
        // progress"): a line of its own says so.
        PrintWriter err = spec.commandLine().getErr();
        RunResult result;
        try (InterruptNotice notice = new InterruptNotice(err, chosen.name())) {
            result = follow(run);
        }
        if (run.endedByExit()) {
            return null;
        }
        PrintWriter out = spec.commandLine().getOut();
        reportProblems(result.program(), err);
        out.print(PythonReport.format(result, chosen));
        out.flush();
        return result;
    }

    private PythonInterpreter interpreterOrRefuse() {
        if (python.interpreter() == null) {
            return PythonFinder.find().orElse(null);
        }
        Path given = python.interpreter();
        Path executable = PythonFinder.named(given);
        PythonInterpreter found = PythonFinder.probe(executable).orElseThrow(() ->
                OneLineErrors.withoutHint(spec.commandLine(), "--interpreter: " + given + ": " + whyNot(executable)));
        if (!found.supported()) {
            throw OneLineErrors.withoutHint(spec.commandLine(), "--interpreter: " + found
                    + " is not supported (Python 3.9 to 3.13)");
        }
        return found;
    }

    /** Why {@code executable}, which did not answer as a Python, is none: missing, a folder, not executable… */
    private static String whyNot(Path executable) {
        if (!Files.exists(executable)) {
            return executable.getParent() == null ? "no such file here, nor a command of that name on the PATH"
                    : "no such file (looked for " + executable.toAbsolutePath() + ")";
        }
        if (Files.isDirectory(executable)) {
            return "it is a folder; name the python3 in it (e.g. " + executable.resolve("bin/python3") + ")";
        }
        if (!Files.isExecutable(executable)) {
            return "it is not executable";
        }
        return "it does not run as a Python (asked its version, it did not answer one)";
    }

    private PythonSettings settings(PythonInterpreter interpreter, ParseResult parsed) {
        if (interpreter == null) {
            spec.commandLine().getErr().println(HeadlessCommand.PROGRAM + ": --python: " + PythonFinder.HOW_TO_INSTALL);
            return null;
        }
        PythonSettings chosen = PythonSettings.of(file, interpreter).withTimeLimit(python.timeLimitSeconds());
        if (shownName != null) {
            // a lesson's settings win, as a Java lesson's do: its own delays or none, whatever the command line says
            return chosen.named(shownName);
        }
        if (parsed.hasMatchedOption("--seed")) {
            chosen = chosen.serving(settings.toConfig());
        } else if (parsed.hasMatchedOption("--tasks") || parsed.hasMatchedOption("--max-delay")) {
            chosen = new PythonSettings(chosen.file(), interpreter, null,
                    parsed.hasMatchedOption("--tasks") ? settings.toConfig().tasks() : 0, chosen.timeLimitSeconds(),
                    chosen.name());
        }
        return chosen;
    }

    /**
     * Prints the program's output as it comes, until it ends: a line once it has ended (one printed in pieces is
     * one line, as on a terminal; the lines after it wait for it, to keep their order).
     */
    private RunResult follow(PythonRun run) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        try {
            while (true) {
                try {
                    RunResult result = run.result().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    print(out, result.program().output().subList(Math.min(shown, result.program().output().size()),
                            result.program().output().size()));
                    return result;
                } catch (TimeoutException stillRunning) {
                    List<ProgramOutput> fresh = run.log().endedSince(shown);
                    shown += fresh.size();
                    print(out, fresh);
                }
            }
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Python run broke: " + e.getCause(), e.getCause());
        }
    }

    private static void print(PrintWriter out, List<ProgramOutput> lines) {
        for (ProgramOutput line : lines) {
            out.printf(Locale.ROOT, "%9.3f s %s %s%n", line.nanos() / 1e9,
                    line.stream() == ProgramOutput.Stream.ERR ? "!" : "|", line.shown());
        }
        out.flush();
    }

    /** Each problem in one line on stderr, naming the file and the line; an exception's traceback after it. */
    private static void reportProblems(ProgramRun program, PrintWriter err) {
        for (ProgramProblem problem : program.problems()) {
            String where = problem.file() == null ? "" : Path.of(problem.file()).getFileName()
                    + (problem.line() > 0 ? ":" + problem.line() : "") + (problem.column() > 0 ? ":" + problem.column()
                    : "") + ": ";
            String kind = problem.kind() == ProgramProblem.Kind.WARNING ? "warning: " : "";
            String text = problem.text() == null || problem.text().isBlank() ? "" : " (" + problem.text().strip() + ")";
            if (problem.detail() != null) {
                err.print(problem.detail().endsWith("\n") ? problem.detail() : problem.detail() + "\n");
            }
            err.println(HeadlessCommand.PROGRAM + ": " + where + kind + problem.message() + text);
            if (problem.isInputWithoutKeyboard()) {
                err.println(HeadlessCommand.PROGRAM + ": input() reads nothing here: AsyncLab runs the program without"
                        + " a keyboard (give the program its values in the code)");
            }
        }
        err.flush();
    }

    private int write(List<OutputFiles.Output> files, List<RunResult> results) {
        int status = CommandLine.ExitCode.OK;
        for (OutputFiles.Output file : files) {
            try {
                file.writer().write(file.file(), results);
                spec.commandLine().getOut().println("wrote " + file.file());
                for (int i = 1; i < results.size() && ImageOutputs.isPerRun(file.option()); i++) {
                    spec.commandLine().getOut().println("wrote " + ImageOutputs.fileFor(file.file(), results, i));
                }
            } catch (org.asynclab.export.ExportException e) {
                spec.commandLine().getErr().println(HeadlessCommand.PROGRAM + ": " + file.option() + ": "
                        + e.getMessage());
                status = OneLineErrors.FAILED;
            }
        }
        return status;
    }
}
