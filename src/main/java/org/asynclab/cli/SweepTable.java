package org.asynclab.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.TaskKind;

/**
 * The text a sweep prints: what it runs, then one row per step as the step ends, so that a long sweep shows its
 * progress and ends with its whole table.
 *
 * <pre>
 * sweep: Sequential, Event loop, Virtual threads at n = 1, 10, 100, 1,000 (12 steps), io tasks, max delay 0.2 s,
 * seed 42
 * expected without overhead: about 1 min in all
 *          n  mode                 total     average       ideal    overhead   speedup      peak  threads    start-up
 *          1  Sequential         0.149 s     0.149 s     0.146 s    3.728 ms     0.98x         1        1    0.194 ms
 * </pre>
 */
final class SweepTable {
    /** The row, its mode's column {@code %s} as wide as the longest name ("Virtual threads", "Pool of 4"). */
    private static final String ROW = "%%9s  %%-%ds%%11s %%11s %%11s %%11s %%9s %%9s %%8s %%11s";

    private final SweepPlan plan;
    private final boolean randomSeed;
    private final boolean gilRequested;
    private final String row;

    SweepTable(SweepPlan plan, boolean randomSeed, boolean gilRequested) {
        this.plan = plan;
        this.randomSeed = randomSeed;
        this.gilRequested = gilRequested;
        int modeWidth = plan.modes().stream().mapToInt(mode -> name(mode).length()).max().orElse(0) + 2;
        this.row = String.format(Locale.ROOT, ROW, Math.max(modeWidth, "mode".length() + 2));
    }

    /** A mode as the sweep names it, with the pool's size, as pictures and tables do: {@link Mode#englishName(int)}. */
    private String name(Mode mode) {
        return mode.englishName(plan.workers());
    }

    /** What the sweep runs, the steps it skips, the simulated GIL, and the header of the table. */
    String heading(double expectedSeconds) {
        StringBuilder text = new StringBuilder();
        String modes = plan.modes().stream().map(this::name).collect(Collectors.joining(", "));
        String sizes = plan.sizes().stream().map(Limits::grouped)
                .collect(Collectors.joining(", "));
        int steps = plan.steps().size();
        text.append(String.format(Locale.ROOT, "sweep: %s at n = %s (%d %s), %s tasks, max delay %s, seed %d%n",
                modes, sizes, steps, steps == 1 ? "step" : "steps", plan.kind().id(),
                SummaryReport.seconds(plan.maxDelaySeconds()), plan.seed()));
        if (randomSeed) {
            text.append("seed: random; --seed ").append(plan.seed()).append(" repeats it\n");
        }
        if (!plan.skipped().isEmpty() && plan.kind() == TaskKind.HTTP) {
            String skipped = plan.skipped().stream().map(s -> Limits.grouped(s.tasks()))
                    .distinct().collect(Collectors.joining(", "));
            text.append("skipped: n = ").append(skipped)
                    .append(" (at most ").append(Limits.grouped(Limits.MAX_HTTP_TASKS))
                    .append(" http tasks: two sockets each, on a limit of open files)\n");
        } else if (!plan.skipped().isEmpty()) {
            String skipped = plan.skipped().stream().map(s -> Limits.grouped(s.tasks()))
                    .distinct().collect(Collectors.joining(", "));
            text.append("skipped: threads at n = ").append(skipped)
                    .append(" (at most ").append(Limits.grouped(Limits.MAX_THREADS_MODE_TASKS))
                    .append(" tasks in mode threads: one platform thread each)\n");
        }
        if (plan.globalLock() && plan.kind() == TaskKind.CPU) {
            text.append("GIL: ").append(SummaryReport.GIL_LABEL).append('\n');
        } else if (gilRequested) {
            text.append("note: --gil has no effect here: ").append(SummaryReport.gilIgnoredReason(plan.kind()))
                    .append('\n');
        }
        text.append(String.format(Locale.ROOT, "expected without overhead: about %s in all%n",
                SummaryReport.seconds(expectedSeconds)));
        text.append(String.format(Locale.ROOT, row, "n", "mode", "total", "average", "ideal", "overhead",
                "speedup", "peak", "threads", "start-up").stripTrailing()).append('\n');
        return text.toString();
    }

    /** The row of one step. */
    String row(SweepPoint point) {
        RunSummary f = point.summary();
        return String.format(Locale.ROOT, row, Limits.grouped(point.tasks()), name(point.mode()),
                SummaryReport.seconds(f.totalSeconds()), SummaryReport.seconds(f.averageSeconds()),
                SummaryReport.seconds(f.idealSeconds()), SummaryReport.seconds(f.overheadSeconds()),
                SummaryReport.times(f.speedup()), f.peakConcurrency(), f.threadsUsed(),
                SummaryReport.seconds(point.startupSeconds()));
    }
}
