package org.asynclab.ui.testing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.asynclab.engine.SummaryCalculator;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * Made-up recordings with exact instants, for tests that must not depend on a real run's timing. Their delays are
 * given one by one, as a scenario's own are: no seed drew them, so what they state names none.
 */
public final class Recordings {
    private Recordings() {
    }

    /** An event-loop run of I/O tasks with zero overhead: every task starts at 0 and ends at its delay. */
    public static RunResult eventLoop(double... delays) {
        return build(Mode.EVENT_LOOP, false, delays);
    }

    /** A sequential run with zero overhead: each task starts when the previous one ends. */
    public static RunResult sequential(double... delays) {
        return build(Mode.SEQUENTIAL, false, delays);
    }

    /** A run of {@code mode} stopped when only the first {@code finished} tasks (in order of delay) had ended. */
    public static RunResult stopped(int finished, double... delays) {
        RunResult whole = eventLoop(delays);
        long[] ends = new long[delays.length];
        long[] starts = new long[delays.length];
        int[] order = Arrays.copyOf(whole.completionOrder(), finished);
        Arrays.fill(ends, -1);
        for (int task = 0; task < delays.length; task++) {
            starts[task] = whole.startedNanos(task);
        }
        long end = 0;
        for (int task : order) {
            ends[task] = whole.finishedNanos(task);
            end = Math.max(end, ends[task]);
        }
        int[] lanes = new int[delays.length];
        long[] submitted = new long[delays.length];
        RunResult.Timings timings = new RunResult.Timings(submitted, starts, ends, lanes);
        // the figures of what ran up to the stop, as the engine gives them (no average, ideal nor speedup)
        return new RunResult(whole.config(), whole.workload(), timings, new String[] {"event-loop"}, order,
                SummaryCalculator.summarize(whole.config(), whole.workload(), timings, end, 1, 2), true, end);
    }

    /**
     * An event-loop run stopped {@code stopSeconds} after its clock started, before its loop had submitted any task
     * (Stop pressed as the run began): the engine's figures of it, and its stop where the engine records it.
     */
    public static RunResult stoppedBeforeAnyTask(double stopSeconds, double... delays) {
        RunResult whole = eventLoop(delays);
        int n = delays.length;
        long[] none = new long[n];
        Arrays.fill(none, -1);
        int[] lanes = new int[n];
        Arrays.fill(lanes, -1);
        RunResult.Timings timings = new RunResult.Timings(none, none.clone(), none.clone(), lanes);
        long stop = Math.round(stopSeconds * 1e9);
        return new RunResult(whole.config(), whole.workload(), timings, new String[] {"event-loop"}, new int[0],
                SummaryCalculator.summarize(whole.config(), whole.workload(), timings, stop, 1, 2), true, stop);
    }

    private static RunResult build(Mode mode, boolean cancelled, double... delays) {
        int n = delays.length;
        Workload workload = Workload.ofSeconds(delays);
        RunConfig config = new RunConfig(n, Arrays.stream(delays).max().orElse(0), mode, 0, TaskKind.IO, 1L);
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        long clock = 0;
        for (int task = 0; task < n; task++) {
            long delay = workload.delayNanos(task);
            started[task] = mode == Mode.SEQUENTIAL ? clock : 0;
            finished[task] = started[task] + delay;
            clock = finished[task];
        }
        int[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingLong(t -> finished[t]))
                .mapToInt(Integer::intValue).toArray();
        long end = Arrays.stream(finished).max().orElse(0);
        double total = end / 1e9;
        double sum = workload.sumNanos() / 1e9;
        double longest = workload.longestNanos() / 1e9;
        double ideal = mode == Mode.SEQUENTIAL ? sum : longest;
        RunSummary summary = new RunSummary(total, total / n, sum, longest, ideal, total - ideal,
                total > 0 ? sum / total : Double.NaN, mode == Mode.SEQUENTIAL ? 1 : n, 1);
        String lane = mode == Mode.SEQUENTIAL ? "main" : "event-loop";
        return new RunResult(config, workload, new RunResult.Timings(submitted, started, finished, lanes),
                new String[] {lane}, order, summary, cancelled, end);
    }
}
