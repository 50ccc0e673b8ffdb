package org.asynclab.export;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Results built by hand, as a perfect engine would record them: no overhead, every task started the moment its
 * mode allows. Tests of the writers and of the command line use them so they need no real run.
 */
public final class HandBuiltResults {
    private static final long STAGGER_NANOS = 1_000;
    /** Bits of a task id in a sort key; a finish below 2^43 ns (2.4 hours) fits above them. */
    private static final int ID_BITS = 20;

    private HandBuiltResults() {
    }

    /** The result of running {@code workload} in {@code config}'s mode without overhead. */
    public static RunResult simulate(RunConfig config, Workload workload) {
        int n = workload.size();
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        String[] laneNames = schedule(config, workload, submitted, started, finished, lanes);
        long end = Arrays.stream(finished).max().orElse(0);
        return new RunResult(config, workload, new RunResult.Timings(submitted, started, finished, lanes), laneNames,
                byFinish(finished), summary(config, workload, end, laneNames), false, end);
    }

    /**
     * Two threads' tasks of 0.5 s and 1 s on a run clock that started 72 ms before the first submission, as the
     * engine's does (its set-up comes first): submitted at 72 and 73 ms, started 1 ms later, total 1.003 s.
     */
    public static RunResult clockStartedBeforeTheFirstSubmit() {
        long ms = 1_000_000L;
        RunConfig config = new RunConfig(2, 1.0, Mode.THREADS, 0, org.asynclab.model.TaskKind.IO, 1);
        return new RunResult(config, Workload.ofSeconds(0.5, 1.0), new RunResult.Timings(new long[] {72 * ms, 73 * ms},
                new long[] {73 * ms, 74 * ms}, new long[] {573 * ms, 1075 * ms}, new int[] {0, 1}),
                new String[] {"thread-0", "thread-1"}, new int[] {0, 1},
                new RunSummary(1.003, 0.5015, 1.5, 1.0, 1.0, 0.003, 1.5, 2, 2), false, 1075 * ms);
    }

    /** A stopped run: only the first {@code finishedTasks} tasks (by id) ran; the rest never started. */
    public static RunResult stopped(RunConfig config, Workload workload, int finishedTasks) {
        int n = workload.size();
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        long clock = 0;
        for (int t = 0; t < n; t++) {
            boolean ran = t < finishedTasks;
            submitted[t] = ran ? clock : TaskTimeline.NOT_YET;
            started[t] = submitted[t];
            finished[t] = ran ? clock + workload.delayNanos(t) : TaskTimeline.NOT_YET;
            lanes[t] = ran ? 0 : -1;
            clock = ran ? finished[t] : clock;
        }
        int[] order = IntStream.range(0, finishedTasks).toArray();
        RunSummary summary = new RunSummary(clock / 1e9, clock / 1e9 / n, workload.sumNanos() / 1e9,
                workload.longestNanos() / 1e9, workload.sumNanos() / 1e9, Double.NaN, Double.NaN, 1, 1);
        return new RunResult(config, workload, new RunResult.Timings(submitted, started, finished, lanes),
                new String[] {"main, \"the\" loop"}, order, summary, true, clock);
    }

    /** Task ids by finish, ties by id: sorted as packed primitives, since tests build a million of them. */
    private static int[] byFinish(long[] finished) {
        long[] keys = new long[finished.length];
        for (int t = 0; t < finished.length; t++) {
            keys[t] = finished[t] << ID_BITS | t;
        }
        Arrays.sort(keys);
        return Arrays.stream(keys).mapToInt(key -> (int) (key & ((1L << ID_BITS) - 1))).toArray();
    }

    private static String[] schedule(RunConfig config, Workload w, long[] submitted, long[] started, long[] finished,
                                     int[] lanes) {
        int n = w.size();
        Mode mode = config.mode();
        if (mode == Mode.SEQUENTIAL || mode == Mode.POOL) {
            int workers = mode == Mode.POOL ? Math.min(config.workers(), n) : 1;
            long[] freeAt = new long[workers];
            for (int t = 0; t < n; t++) {
                int lane = 0;
                for (int k = 1; k < workers; k++) {
                    lane = freeAt[k] < freeAt[lane] ? k : lane;
                }
                submitted[t] = mode == Mode.POOL ? 0 : freeAt[lane];
                started[t] = freeAt[lane];
                finished[t] = started[t] + w.delayNanos(t);
                freeAt[lane] = finished[t];
                lanes[t] = lane;
            }
            return IntStream.range(0, workers).mapToObj(k -> mode == Mode.POOL ? "pool-worker-" + k : "main")
                    .toArray(String[]::new);
        }
        boolean oneThread = mode == Mode.EVENT_LOOP;
        for (int t = 0; t < n; t++) {
            submitted[t] = 0;
            started[t] = t * STAGGER_NANOS;
            finished[t] = started[t] + w.delayNanos(t);
            lanes[t] = oneThread ? 0 : t;
        }
        return oneThread ? new String[] {"event-loop"}
                : IntStream.range(0, n).mapToObj(t -> mode.id() + "-" + t).toArray(String[]::new);
    }

    private static RunSummary summary(RunConfig config, Workload w, long end, String[] laneNames) {
        int n = w.size();
        double total = end / 1e9;
        double sum = w.sumNanos() / 1e9;
        double ideal = switch (config.mode()) {
            case SEQUENTIAL -> sum;
            case POOL -> total;
            default -> w.longestNanos() / 1e9;
        };
        int peak = config.mode() == Mode.SEQUENTIAL ? 1 : Math.min(n, laneNames.length == 1 ? n : laneNames.length);
        return new RunSummary(total, total / n, sum, w.longestNanos() / 1e9, ideal, total - ideal,
                total > 0 ? sum / total : Double.NaN, peak, laneNames.length);
    }
}
