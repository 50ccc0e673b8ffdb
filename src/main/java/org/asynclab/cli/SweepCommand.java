package org.asynclab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asynclab.chart.ChartSpec;
import org.asynclab.engine.HttpTargets;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepBudget;
import org.asynclab.engine.SweepListener;
import org.asynclab.engine.SweepProgress;
import org.asynclab.engine.SweepRunner;
import org.asynclab.export.ExportException;
import org.asynclab.export.OutputTarget;
import org.asynclab.export.SweepCsv;
import org.asynclab.export.SweepExport;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.options.IdleOptions;
import org.asynclab.options.RunOptions;
import org.asynclab.options.SweepOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The headless command's {@code --sweep}: checks the options (the run's own {@code -n}, {@code -m},
 * {@code --compare}, {@code --scenario}, {@code --json}, the race lesson's counter, the semaphore and the deadline
 * do not apply), refuses a sweep over its step limit before
 * anything runs, prints the table a row per step as the steps end, and writes {@code --csv}, {@code --png} and
 * {@code --svg}.
 *
 * <pre>
 * ./run.sh --headless --sweep 1,10,100,1000 --modes sequential,event-loop,virtual -d 0.2 --csv s.csv --png s.png
 * </pre>
 */
final class SweepCommand {
    /** Why a sweep takes no counter, semaphore or deadline: it compares how the modes scale on plain runs. */
    private static final String PLAIN_RUNS = "a sweep runs every task to its delay, with no shared counter,"
            + " semaphore or deadline, to compare how the modes scale (use --compare for one n)";
    /** Options of a single run that a sweep has no use for, and why. */
    private static final List<Map.Entry<String, String>> NOT_WITH_SWEEP = Stream.concat(Stream.of(
            Map.entry("--tasks", "the task counts come from --sweep"),
            Map.entry("--mode", "the modes come from --modes"),
            Map.entry("--compare", "a sweep compares every mode of --modes"),
            Map.entry("--scenario", "a scenario is one run or two"),
            Map.entry("--json", "a sweep is written with --csv, --png and --svg"),
            Map.entry("--trace", "a sweep is written with --csv, --png and --svg"),
            Map.entry("--view", "a sweep is drawn as a plot, not as rows"),
            Map.entry("--timeout", "a sweep's http tasks fetch from AsyncLab's own server on 127.0.0.1, each with a"
                    + " deadline of the max delay + " + (long) HttpTargets.LOCAL_MARGIN + " s")),
            RunOptions.COORDINATION.stream().map(option -> Map.entry(option, PLAIN_RUNS))).toList();

    private final CommandSpec spec;
    private final RunOptions settings;
    private final SweepOptions sweep;
    private final OutputFiles outputs;
    private final ImageOutputs images;

    SweepCommand(CommandSpec spec, RunOptions settings, SweepOptions sweep, OutputFiles outputs,
                 ImageOutputs images) {
        this.images = images;
        this.spec = spec;
        this.settings = settings;
        this.sweep = sweep;
        this.outputs = outputs;
    }

    /** Refuses the sweep's options without {@code --sweep}: a single run has no use for them. */
    static void refuseWithoutSweep(CommandSpec spec) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (String option : List.of("--modes", "--step-limit")) {
            if (parsed.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " needs --sweep N,N,... (it belongs to a"
                        + " sweep, not to a single run)");
            }
        }
    }

    /** Runs the sweep and writes its files; returns the exit code. */
    int run() throws InterruptedException {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (Map.Entry<String, String> option : NOT_WITH_SWEEP) {
            if (parsed.hasMatchedOption(option.getKey())) {
                throw new ParameterException(spec.commandLine(), option.getKey() + " does not apply with --sweep: "
                        + option.getValue());
            }
        }
        SweepPlan plan = settings.toSweepPlan(sweep.modes(), sweep.sizes());
        IdleOptions.say(IdleOptions.inSweep(parsed, plan.modes()), spec.commandLine().getErr());
        SweepBudget budget = sweep.budget();
        checkBudget(plan, budget);
        Map<String, Path> files = files();
        outputs.checkFiles(files);

        // With a file on standard output (--csv -), the table goes to stderr so that stdout is the file alone.
        PrintWriter out = files.values().stream().anyMatch(OutputTarget::isStandardOutput)
                ? spec.commandLine().getErr() : spec.commandLine().getOut();
        SweepTable table = new SweepTable(plan, settings.seedIsRandom(), settings.gilRequested());
        SweepResult result;
        try (InterruptNotice notice = new InterruptNotice(spec.commandLine().getErr(), "the sweep")) {
            out.print(table.heading(budget.expectedSeconds(plan)));
            out.flush();
            result = new SweepRunner(new RunEngine(), budget).run(plan, new SweepListener() {
                @Override
                public void stepFinished(SweepProgress progress, SweepPoint point, SweepResult soFar) {
                    out.println(table.row(point));
                    out.flush();
                }
            });
        }
        return write(files, result, out);
    }

    /** Refuses a sweep with a step over the limit: "--max-delay 0.5 s would make sequential at n = 1,000 …". */
    private void checkBudget(SweepPlan plan, SweepBudget budget) {
        budget.problem(plan).ifPresent(problem -> {
            String words = problem.getMessage().replaceFirst("^max delay ", "");
            throw new ParameterException(spec.commandLine(), "--max-delay " + words + ", or a higher --step-limit",
                    spec.findOption("--max-delay"), null);
        });
    }

    private Map<String, Path> files() {
        Map<String, Path> files = new LinkedHashMap<>();
        if (outputs.csv() != null) {
            files.put("--csv", outputs.csv());
        }
        if (images.png() != null) {
            files.put("--png", images.png());
        }
        if (images.svg() != null) {
            files.put("--svg", images.svg());
        }
        return files;
    }

    /** Writes every file, even after one failed; each failure is one line on stderr and makes the exit code 1. */
    private int write(Map<String, Path> files, SweepResult result, PrintWriter report) {
        int status = 0;
        ChartSpec picture = images.spec();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            try {
                switch (file.getKey()) {
                    case "--csv" -> SweepCsv.write(file.getValue(), result);
                    case "--png" -> SweepExport.png(result, picture, file.getValue(), images.scale());
                    case "--svg" -> SweepExport.svg(result, picture, file.getValue());
                    default -> throw new IllegalStateException("no writer for " + file.getKey());
                }
                report.println("wrote " + file.getValue());
            } catch (ExportException | InvalidSettingException e) {
                spec.commandLine().getErr().println(HeadlessCommand.PROGRAM + ": " + file.getKey() + ": "
                        + e.getMessage());
                status = OneLineErrors.FAILED;
            }
        }
        return status;
    }
}
