package org.asynclab.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import org.asynclab.engine.JitWarmUp;
import org.asynclab.engine.MeasuredRun;
import org.asynclab.engine.RunResources;
import org.asynclab.model.CorrectnessGap;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.StatedSettings;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;

/**
 * The summary the headless command prints: a table with one column per run (one, or two with {@code --compare}),
 * a note per figure saying what it means, the completion order of each run, and the ratio of the totals.
 *
 * <pre>
 * mode              event-loop
 * tasks             10 io
 * ...
 * total             0.981 s          first submit to last finish
 * average           0.098 s          total / n
 * completion order: 3 7 0 9 1 5 8 2 6 4
 * </pre>
 */
final class SummaryReport {
    /** How many task ids of the completion order are shown. */
    static final int ORDER_SHOWN = 20;
    /** What {@code --gil} does, in the words the summary uses. */
    static final String GIL_LABEL = "simulated CPython GIL (a lock around computation; Java itself has no GIL)";

    private static final int GAP = 3;

    private final List<RunResult> results;
    private final List<RunResources> costs;
    private final boolean randomSeed;
    private final boolean gilRequested;
    private final List<Row> rows = new ArrayList<>();

    private record Row(String label, List<String> cells, String note) {
    }

    private SummaryReport(List<MeasuredRun> runs, boolean randomSeed, boolean gilRequested) {
        this.results = runs.stream().map(MeasuredRun::result).toList();
        this.costs = runs.stream().allMatch(r -> r.costs().isPresent())
                ? runs.stream().map(MeasuredRun::resources).toList() : List.of();
        this.randomSeed = randomSeed;
        this.gilRequested = gilRequested;
    }

    /** The summary of {@code results}; {@code randomSeed} adds how to repeat the run. */
    static String format(List<RunResult> results, boolean randomSeed) {
        return format(results.stream().map(MeasuredRun::unmeasured).toList(), randomSeed, false);
    }

    /**
     * The summary of {@code runs}, with what they cost when every one was watched; {@code gilRequested} (the
     * {@code --gil} option) adds the GIL's row, or why it had no effect.
     */
    static String format(List<MeasuredRun> runs, boolean randomSeed, boolean gilRequested) {
        return new SummaryReport(runs, randomSeed, gilRequested).text();
    }

    /** Why the simulated GIL does nothing to a run of {@code kind} (in {@code mode}, for cpu tasks). */
    static String gilIgnoredReason(TaskKind kind) {
        return kind.waits() ? kind.id() + " tasks release the GIL while they wait, as in Python"
                : "one thread computes anyway (sequential, event-loop), so a lock changes nothing";
    }

    private String text() {
        row("mode", r -> modeName(r.config()), "");
        row("tasks", r -> r.config().tasks() + " " + r.config().kind().id(),
                "n; io tasks wait, cpu tasks compute, http tasks fetch");
        // The max delay and the seed only where they drew the delays (StatedSettings): "-" for a scenario's own
        // delays and for real URLs', which they would not repeat.
        row("max delay", r -> stated(r).maxDelaySeconds() == null ? "-" : seconds(stated(r).maxDelaySeconds()),
                delaysNote("delays drawn from 0 to it"));
        boolean drawn = results.stream().anyMatch(r -> stated(r).seed() != null);
        row("seed", r -> stated(r).seed() == null ? "-" : Long.toString(stated(r).seed()),
                delaysNote(randomSeed && drawn ? "random; --seed " + results.get(0).config().seed() + " repeats it"
                        : ""));
        if (results.stream().anyMatch(RunResult::cancelled)) {
            row("finished", r -> r.finishedCount() + " of " + r.size() + (r.cancelled() ? " (stopped)" : ""), "");
        }
        if (results.stream().anyMatch(r -> r.phaseTimeline() != null && r.kind() == TaskKind.HTTP)) {
            row("requests failed", r -> Integer.toString(HttpFailures.count(r)), "http requests without a good answer");
        }
        row("total", r -> seconds(r.summary().totalSeconds()), results.stream().anyMatch(RunResult::cancelled)
                ? "first submit to last finish, or to the stop" : "first submit to last finish");
        row("average", r -> seconds(r.summary().averageSeconds()), "total / n");
        String unknown = results.stream().allMatch(r -> r.workload().known()) ? ""
                : "; - where the delays are the servers' own, not known";
        row("ideal", r -> seconds(r.summary().idealSeconds()), "what the mode takes without overhead" + unknown);
        row("overhead", r -> seconds(r.summary().overheadSeconds()), "total - ideal");
        String noDelay = results.stream().anyMatch(r -> r.summary().sumOfDelaysSeconds() == 0)
                ? "; - when every delay is 0: no wait to overlap" : "";
        row("speedup", r -> times(r.summary().speedup()), "sum of delays / total" + noDelay);
        boolean semaphore = results.stream().anyMatch(r -> r.config().coordination().semaphore() > 0);
        row("peak concurrency", r -> Integer.toString(r.summary().peakConcurrency()), semaphore
                ? "tasks running at once; one held at the semaphore is not running yet" : "tasks running at once");
        row("threads", r -> Integer.toString(r.summary().threadsUsed()), "distinct threads that ran tasks");
        boolean gilOn = results.stream().anyMatch(r -> r.config().globalLock());
        if (gilOn || gilRequested) {
            row("GIL", r -> r.config().globalLock() ? "simulated" : gilRequested ? "no effect" : "off", GIL_LABEL);
        }
        if (CourseReport.any(results)) {
            courseRows();
        }
        if (!costs.isEmpty()) {
            costRows();
        }

        StringBuilder text = new StringBuilder();
        table(text);
        List<String> names = results.size() == 2
                ? RunNames.names(results.get(0).config(), results.get(1).config()) : List.of();
        text.append(BusyMachineNote.lines(results, names));
        for (RunResult result : results) {
            if (gilRequested && !result.config().globalLock()) {
                text.append("note: --gil has no effect on the ").append(result.config().mode().id()).append(" run: ")
                        .append(gilIgnoredReason(result.config().kind())).append('\n');
            }
        }
        for (RunResult result : results) {
            HttpFailures.describe(result, results.size() > 1, text);
        }
        for (int i = 0; i < results.size(); i++) {
            RunResult result = results.get(i);
            String which = names.isEmpty() ? "" : " (" + names.get(i) + ")";
            text.append("completion order").append(which).append(": ").append(order(result)).append('\n');
        }
        text.append(CourseReport.counterLines(results));
        if (results.size() == 2) {
            text.append(ratio(results.get(0), results.get(1))).append('\n');
        }
        return text.toString();
    }

    private static StatedSettings stated(RunResult result) {
        return StatedSettings.of(result);
    }

    /**
     * The note of the max delay's and the seed's rows: {@code drawn} (what they mean where they drew the delays),
     * then why a run has none.
     */
    private String delaysNote(String drawn) {
        List<String> parts = new ArrayList<>();
        for (Workload.Source source : Workload.Source.values()) {
            if (results.stream().anyMatch(r -> r.workload().source() == source)) {
                parts.add(switch (source) {
                    case DRAWN -> drawn;
                    case GIVEN -> "- : the scenario gives each task its delay";
                    case UNKNOWN -> "- : real URLs, the servers take what they take";
                });
            }
        }
        return String.join("; ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    private void row(String label, Function<RunResult, String> cell, String note) {
        rows.add(new Row(label, results.stream().map(cell).toList(), note));
    }

    /** Course lessons (issue 12): the shared counter, the semaphore, the deadline and what they cost. */
    private void courseRows() {
        if (results.stream().anyMatch(r -> r.config().coordination().hasCounter())) {
            row("counter", CourseReport::counterCell, "shared counter: read, gap, write back + 1");
        }
        if (results.stream().anyMatch(r -> r.config().coordination().semaphore() > 0)) {
            row("semaphore", CourseReport::semaphoreCell, "asyncio.Semaphore(k): at most k tasks wait at once");
        }
        if (results.stream().anyMatch(r -> r.config().coordination().hasDeadline())) {
            row("deadline", CourseReport::deadlineCell, "asyncio.wait_for: later tasks are cancelled");
            row("cancelled", CourseReport::cancelledCell, "tasks cancelled at the deadline; total is what happened");
        }
        if (results.stream().anyMatch(CourseReport::waitsForALock)) {
            row("lock wait", CourseReport::lockWaitCell, "time spent waiting for a lock or the semaphore, added up");
        }
    }

    /** What each run cost: threads, heap and memory before it and at its peak, and its start-up times. */
    private void costRows() {
        costRow("JVM threads", c -> String.format(Locale.ROOT, "%,d -> %,d", c.before().liveThreads(),
                c.peak().peakThreads()), "platform threads before -> at the peak; virtual threads are not counted");
        costRow("heap in use", c -> megabytes(c.before().heapUsedBytes()) + " -> "
                + megabytes(c.peak().heapUsedBytes()), "before -> peak, sampled every 5 ms, garbage included");
        if (costs.stream().allMatch(c -> c.before().hasResident() && c.peak().hasResident())) {
            costRow("memory (RSS)", c -> megabytes(c.before().residentBytes()) + " -> "
                    + megabytes(c.peak().residentBytes()), "the whole process in RAM, thread stacks included");
        }
        costRow("submit all", c -> seconds(c.startup().submitAllSeconds()), "first submit to last submit");
        costRow("start-up", c -> seconds(c.startup().startupSeconds()), "first submit until every task had started");
        if (costs.stream().anyMatch(RunResources::warmedUp)) {
            costRow("warm-up", c -> c.warmedUp() ? seconds(c.warmUpNanos() / 1e9) : "none",
                    String.format(Locale.ROOT, "before the clock: the JIT once per mode (%d runs of %,d tasks of up to"
                            + " %s, then its compiling); for virtual threads, the heap the run fills",
                            JitWarmUp.ROUNDS, JitWarmUp.TASKS, seconds(JitWarmUp.MAX_DELAY_SECONDS)));
        }
    }

    private void costRow(String label, Function<RunResources, String> cell, String note) {
        rows.add(new Row(label, costs.stream().map(cell).toList(), note));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / (1024.0 * 1024.0));
    }

    private void table(StringBuilder text) {
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0) + GAP;
        int[] widths = new int[results.size()];
        for (Row row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.cells().get(i).length() + GAP);
            }
        }
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(pad(row.label(), labelWidth));
            for (int i = 0; i < widths.length; i++) {
                line.append(pad(row.cells().get(i), widths[i]));
            }
            line.append(row.note());
            text.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String modeName(RunConfig config) {
        return RunNames.mode(config);
    }

    /**
     * The first {@link #ORDER_SHOWN} task ids to finish, and how many more there are; a task that ended cancelled
     * (a deadline) or failed (a request) says so, {@code 0(cancelled)}, as the window's list does: it did not
     * complete its wait.
     */
    static String order(RunResult result) {
        int finished = result.finishedCount();
        if (finished == 0) {
            return "none finished";
        }
        StringJoiner ids = new StringJoiner(" ");
        for (int rank = 0; rank < Math.min(finished, ORDER_SHOWN); rank++) {
            int task = result.completedAt(rank);
            ids.add(task + notDone(result, task));
        }
        return finished > ORDER_SHOWN ? ids + " ... (+" + (finished - ORDER_SHOWN) + " more)" : ids.toString();
    }

    /**
     * How {@code task} ended when it did not complete its wait, in the JSON's words: {@code (cancelled)} or
     * {@code (failed)}; empty for a task done, or whose outcome was not recorded. The completion orders' one rule.
     */
    static String notDone(RunResult result, int task) {
        PhaseTimeline phases = result.phaseTimeline();
        TaskOutcome outcome = phases == null ? null : phases.outcome(task);
        return outcome == null || outcome == TaskOutcome.DONE ? "" : "(" + outcome.id() + ")";
    }

    /**
     * The ratio of the totals and, in words, which run was faster, as the window words it ("Threads: 2.72× faster
     * than Pool of 4"); when the runs differ in what they got right ({@link CorrectnessGap}), that first:
     * "Event loop · counter await: 415 of 500 updates lost · Event loop · counter lock: none lost, 2.19× slower".
     */
    static String ratio(RunResult first, RunResult second) {
        RunSummary a = first.summary();
        RunSummary b = second.summary();
        List<String> names = RunNames.names(first.config(), second.config());
        String nameA = names.get(0);
        String nameB = names.get(1);
        if (!first.comparableWith(second)) {
            return "ratio of totals: " + noRatio(first.cancelled() ? nameA : nameB, first.cancelled() ? first : second);
        }
        if (!(a.totalSeconds() > 0) || !(b.totalSeconds() > 0)) {
            return "ratio of totals: not defined (a total is zero)";
        }
        double ratio = b.totalSeconds() / a.totalSeconds();
        Optional<CorrectnessGap> gap = CorrectnessGap.between(first, second);
        String words;
        if (gap.isPresent()) {
            words = gapWords(gap.get(), gap.get().worse() == first ? nameA : nameB,
                    gap.get().worse() == first ? nameB : nameA);
        } else if (sameTime(ratio)) {
            // as the window says it: "1.00× faster" named a winner the figures shown do not have, so neither is
            // named first: the runs in their order, the ratio's
            words = nameA + " and " + nameB + " took the same time";
        } else {
            words = ratio >= 1 ? nameA + ": " + timesSign(ratio) + " faster than " + nameB
                    : nameB + ": " + timesSign(1 / ratio) + " faster than " + nameA;
        }
        // First ÷ second, as the window's table divides its left column by its right: "Event loop / Pool of 3 = 0.41"
        // here beside the window's "2.5×" read as two different comparisons.
        return "ratio of totals: " + nameA + " / " + nameB + " = " + factor(1 / ratio) + " (" + words + ")";
    }

    /**
     * Why two runs have no ratio of totals, {@code stopped} ({@code name}) having been stopped before its tasks ended
     * ({@link RunResult#comparableWith}): "none (Event loop was stopped after 0.420 s, before its tasks ended)".
     */
    static String noRatio(String name, RunResult stopped) {
        return "none (" + name + " was stopped after " + seconds(stopped.summary().totalSeconds())
                + ", before its tasks ended)";
    }

    /** "await: 415 of 500 updates lost · lock: none lost, 2.19× slower". */
    private static String gapWords(CorrectnessGap gap, String worseName, String betterName) {
        boolean lost = gap.measure() == CorrectnessGap.Measure.LOST_UPDATES;
        String what = lost ? "updates lost" : "tasks cancelled";
        int kept = gap.wrong(gap.better());
        String better = kept == 0 ? (lost ? "none lost" : "none cancelled")
                : String.format(Locale.ROOT, "%,d %s", kept, lost ? "lost" : "cancelled");
        double factor = gap.better().summary().totalSeconds() / gap.worse().summary().totalSeconds();
        String time = sameTime(factor) ? "same time"
                : factor >= 1 ? timesSign(factor) + " slower" : timesSign(1 / factor) + " faster";
        return String.format(Locale.ROOT, "%s: %,d of %,d %s · %s: %s, %s", worseName, gap.wrong(gap.worse()),
                gap.outOf(gap.worse()), what, betterName, better, time);
    }

    /** Whether a ratio of totals reads 1.00 either way: the two runs took the same time, to the figures shown. */
    private static boolean sameTime(double ratio) {
        String one = timesSign(1.0);
        return timesSign(ratio).equals(one) || timesSign(1 / ratio).equals(one);
    }

    /** Seconds as a person reads them: seconds down to 10 ms, then milliseconds, then microseconds. */
    static String seconds(double s) {
        if (!Double.isFinite(s)) {
            return "-";
        }
        double magnitude = Math.abs(s);
        if (magnitude >= 0.01 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.3f s", s);
        }
        if (magnitude >= 1e-5) {
            return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.3f us", s * 1e6);
    }

    /** A ratio as the command line writes it: "2.19x", or "-" where there is none. */
    static String times(double factor) {
        return Double.isFinite(factor) ? factor(factor) + "x" : "-";
    }

    /** A ratio in the window's sign: "2.19×". */
    private static String timesSign(double factor) {
        return factor(factor) + "×";
    }

    /**
     * A ratio with two decimals ("2.19"), or two significant digits below a tenth ("0.0031"), where two decimals
     * would read 0.00 or 0.01 for runs one of which took hundreds of times the other.
     */
    static String factor(double factor) {
        if (factor > 0 && factor < 0.1 && Double.isFinite(factor)) {
            return new BigDecimal(factor).round(new MathContext(2)).toPlainString();
        }
        return String.format(Locale.ROOT, "%.2f", factor);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
