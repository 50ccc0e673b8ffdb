package org.asynclab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.asynclab.engine.HttpTargets;
import org.asynclab.engine.MeasuredRun;
import org.asynclab.engine.RunSequence;
import org.asynclab.engine.RunEngine;
import org.asynclab.export.ExportException;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.Limits;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.options.IdleOptions;
import org.asynclab.options.RunOptions;
import org.asynclab.options.ScenarioNames;
import org.asynclab.options.SweepOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The headless command line: runs n tasks in one mode (and, with {@code --compare}, in a second mode on the same
 * delays) with the real engine, prints a summary (with what the run cost: threads, heap, start-up time) and writes
 * the requested files; or, with {@code --sweep}, runs several modes for several n ({@link SweepCommand}). It never
 * loads JavaFX.
 *
 * <pre>{@code
 * ./run.sh --headless -n 10 --max-delay 1.0 --mode event-loop --seed 42 --json out.json
 * }</pre>
 *
 * <p>Exit codes: 0 done, 2 a bad option (one line on stderr naming it, before anything runs), 1 a failed run or
 * write, 130 Ctrl-C during the runs ({@link InterruptNotice}). The options live in mixins ({@link RunOptions},
 * {@link OutputFiles}) that other front ends share.
 */
@Command(name = "./run.sh --headless", mixinStandardHelpOptions = true, versionProvider = HeadlessCommand.Version.class,
        sortOptions = false, abbreviateSynopsis = true,
        description = "Runs n tasks with random delays for real in one mode, without a window, and prints the"
                + " total and the average (= total / n), like Python's measure_time.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the run failed or a file could not be written",
            "2:an option is not valid (the message names it)",
            "130:interrupted (Ctrl-C) before a file was written: one line says so, nothing is written"},
        footerHeading = "%nExamples:%n",
        footer = {"  ./run.sh --headless -n 10 -d 1.0 -m event-loop --seed 42",
            "  ./run.sh --headless -n 1000 -d 0.5 -m pool -w 8 --compare virtual",
            "  ./run.sh --headless -n 100000 -m virtual --json run.json --csv tasks.csv",
            "  ./run.sh --headless -n 4 -d 0.3 -k cpu -m threads --gil",
            "  ./run.sh --headless -n 20 -m pool -w 4 --png pool.png --scale 2 --view threads",
            "  ./run.sh --headless --scenario bonjour-monde --json runs.json",
            "  ./run.sh --headless --python bonjour.py --json bonjour.json --png bonjour.png",
            "  ./run.sh --headless --python wait_n.py --seed 42 --tasks 5 --max-delay 1",
            "  ./run.sh --headless --python wait_n.py --tasks 5 --compare event-loop --json two-worlds.json",
            "  ./run.sh --headless -n 100 -k http -m event-loop --compare sequential",
            "  ./run.sh --headless --urls urls.txt --timeout 5 -m event-loop",
            "  ./run.sh --headless --sweep 1,10,100,1000 --modes sequential,event-loop,virtual -d 0.2"
                + " --csv sweep.csv --png sweep.png"})
public final class HeadlessCommand implements Callable<Integer> {
    /** The name in front of every message. */
    static final String PROGRAM = "asynclab";

    /** Carries out one run; the engine in production, a stand-in in tests that must not depend on timing. */
    @FunctionalInterface
    interface Runner {
        /** Runs {@code workload} with {@code config} to the end, with what it cost when that was watched. */
        MeasuredRun run(RunConfig config, Workload workload) throws InterruptedException;

        /** Runs as above, its http tasks fetching {@code targets}; a stand-in without the engine fetches none. */
        default MeasuredRun run(RunConfig config, Workload workload, HttpTargets targets)
                throws InterruptedException {
            if (!targets.local()) {
                throw new UnsupportedOperationException("this runner fetches no URLs");
            }
            return run(config, workload);
        }
    }

    @Mixin
    private RunOptions settings = new RunOptions();

    @Mixin
    private OutputFiles outputs = new OutputFiles();

    @Mixin
    private ImageOutputs images = new ImageOutputs();

    @Mixin
    private SweepOptions sweep = new SweepOptions();

    // Python programs (issue 11): --python FILE, --time-limit, --interpreter.
    @Mixin
    private PythonOptions python = new PythonOptions();

    @Mixin
    private UrlOptions web = new UrlOptions();

    @Option(names = "--scenario", paramLabel = "NAME|FILE", order = 100,
            description = "Run a classroom scenario instead of the settings above: a bundled one by name"
                + " (${COMPLETION-CANDIDATES}) or a scenario file. Its settings and its comparison win.",
            completionCandidates = ScenarioNames.class)
    private String scenario;

    // Launcher passes every argument on, the one that chose this command too.
    @Option(names = "--headless", hidden = true)
    private boolean headless;

    @Spec
    private CommandSpec spec;

    private final Runner runner;

    private HeadlessCommand(Runner runner) {
        this.runner = runner;
    }

    /** Runs the command line on the real engine, printing to stdout and stderr, and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line on the real engine, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        RunEngine engine = new RunEngine();
        return run(args, out, err, new Runner() {
            @Override
            public MeasuredRun run(RunConfig config, Workload workload) throws InterruptedException {
                return MeasuredRun.run(engine, config, workload, HttpTargets.LOCAL);
            }

            @Override
            public MeasuredRun run(RunConfig config, Workload workload, HttpTargets targets)
                    throws InterruptedException {
                return MeasuredRun.run(engine, config, workload, targets);
            }
        });
    }

    /** Runs the command line with {@code runner} carrying out the runs. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Runner runner) {
        OneLineErrors errors = new OneLineErrors(PROGRAM);
        CommandLine commandLine = new CommandLine(new HeadlessCommand(runner))
                .setOut(out).setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        try {
            int status = commandLine.execute(args);
            if (out.checkError()) {
                // PrintWriter and System.out swallow write errors (a full disk behind "> file", a closed pipe).
                err.println(PROGRAM + ": could not write to standard output (closed, or the disk is full)");
                return OneLineErrors.FAILED;
            }
            return status;
        } catch (OutOfMemoryError e) {
            // The run's arrays are unreachable by now, so there is memory enough to say what happened.
            err.println(PROGRAM + ": " + outOfMemory(Runtime.getRuntime().maxMemory()));
            return OneLineErrors.FAILED;
        } catch (Error e) {
            // A broken install or a bug; still one line, as promised, with what a bug report needs.
            err.println(PROGRAM + ": internal error: " + e);
            return OneLineErrors.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (python.isPython()) {
            return new PythonCommand(spec, settings, python, outputs, images, runner).run();
        }
        Scenario chosen = scenario == null ? null : ScenarioNames.resolve(spec.commandLine(), scenario);
        ParseResult parsed = spec.commandLine().getParseResult();
        if (chosen != null && chosen.python().isPresent()) {
            PythonCommand.refuseJavaOptions(spec, true);
            note(IdleOptions.overriddenByScenario(parsed, chosen.id()));
            return PythonCommand.runScenario(spec, settings, python, outputs, images, runner, chosen.python().get(),
                    chosen.configs());
        }
        PythonCommand.refuseWithoutPython(spec);
        if (web.given() && (sweep.isSweep() || scenario != null)) {
            throw OneLineErrors.withoutHint(spec.commandLine(), "--urls runs the file's URLs in the chosen mode; it"
                    + " cannot be combined with " + (sweep.isSweep() ? "--sweep" : "--scenario"));
        }
        web.refuseCoordination(spec.commandLine());
        if (sweep.isSweep()) {
            return new SweepCommand(spec, settings, sweep, outputs, images).run();
        }
        SweepCommand.refuseWithoutSweep(spec);
        List<RunConfig> configs = chosen == null ? settings.toConfigs() : chosen.configs();
        HttpTargets targets = web.targets(spec.commandLine(), spec.commandLine().getErr());
        if (web.given()) {
            int n = targets.urls().size();
            configs = configs.stream().map(c -> settings.validated(() -> new RunConfig(n, c.maxDelaySeconds(),
                    c.mode(), c.workers(), TaskKind.HTTP, c.seed()))).toList();
        }
        List<OutputFiles.Output> files = new ArrayList<>(outputs.requested());
        files.addAll(images.requested());
        // With an output on standard output (-), the summary goes to stderr so that stdout is the file alone.
        PrintWriter out = OutputFiles.anyToStandardOutput(files) ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        List<MeasuredRun> runs;
        // Ctrl-C from here to the end of the runs ended AsyncLab without a word: it says so now (exit 130 as before)
        try (InterruptNotice notice = new InterruptNotice(spec.commandLine().getErr(),
                configs.size() > 1 ? "the runs" : "the run")) {
            if (chosen != null) {
                note(IdleOptions.overriddenByScenario(parsed, chosen.id()));
            } else {
                note(web.given() ? IdleOptions.overriddenByUrls(parsed) : List.of());
                note(IdleOptions.notes(parsed, configs));
            }
            outputs.checkFiles(images.filesFor(files, configs));
            // The URLs' delays are the servers' own and not known: no figure on them (ideal, speedup) is reported.
            Function<RunConfig, Workload> delays = chosen != null ? chosen::workloadFor
                    : web.given() ? config -> Workload.unknown(config.tasks())
                    : RunSequence.sharedDelays(configs);
            runs = RunSequence.run(configs, delays, (config, workload) -> runner.run(config, workload, targets));
        }
        if (chosen != null) {
            out.println("scenario: " + chosen.id() + " - " + chosen.title().in(Locale.ENGLISH));
        }
        out.print(SummaryReport.format(runs, chosen == null && settings.seedIsRandom(),
                chosen == null && settings.gilRequested()));
        out.flush();
        return write(files, runs.stream().map(MeasuredRun::result).toList(), out);
    }

    /** Says on stderr, before the run, each of {@code notes}: options that change nothing in it. */
    private void note(List<String> notes) {
        IdleOptions.say(notes, spec.commandLine().getErr());
    }

    /** Writes every file, even after one failed; each failure is one line on stderr and makes the exit code 1. */
    private int write(List<OutputFiles.Output> files, List<RunResult> results, PrintWriter report) {
        int status = CommandLine.ExitCode.OK;
        for (OutputFiles.Output file : files) {
            try {
                file.writer().write(file.file(), results);
                report.println("wrote " + file.file());
                if (ImageOutputs.isPerRun(file.option())) {
                    for (int i = 1; i < results.size(); i++) {
                        report.println("wrote " + ImageOutputs.fileFor(file.file(), results, i));
                    }
                }
            } catch (ExportException e) {
                spec.commandLine().getErr().println(PROGRAM + ": " + file.option() + ": " + e.getMessage());
                status = OneLineErrors.FAILED;
            }
        }
        return status;
    }

    /** What to say when the heap ran out: its real size, and a larger one to ask for (twice it, never less). */
    static String outOfMemory(long maxHeapBytes) {
        long megabytes = maxHeapBytes >> 20;
        long larger = Math.max(1, (2 * megabytes + 1023) / 1024);
        return "out of memory (the heap holds at most " + Limits.grouped(megabytes) + " MB); try fewer tasks, or a"
                + " larger heap: ASYNCLAB_JAVA_OPTS=-Xmx" + larger + "g";
    }

    /** The version from the jar's manifest, and the Java that runs it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HeadlessCommand.class.getPackage().getImplementationVersion();
            return new String[] {"AsyncLab " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
