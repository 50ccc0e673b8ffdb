package org.asynclab.bench;

import java.util.PriorityQueue;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Runs that did not run: timelines scheduled on paper as each mode would with no overhead, to benchmark and
 * preview the chart (any size up to a million tasks, in milliseconds) without the engine.
 */
public final class SyntheticRuns {
    /** Small gap between consecutive submits and starts, as a real scheduler leaves. */
    private static final long STEP_NANOS = 20_000;

    private SyntheticRuns() {
    }

    /** A finished run of {@code config} with its own delays. */
    public static RunResult finished(RunConfig config) {
        return simulate(config, Workload.generate(config), Long.MAX_VALUE);
    }

    /**
     * The run as it looked at {@code nowNanos}: instants after it are {@link TaskTimeline#NOT_YET}, like a live
     * view read mid-run.
     */
    public static RunResult simulate(RunConfig config, Workload workload, long nowNanos) {
        int n = workload.size();
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        String[] laneNames = schedule(config, workload, submitted, started, finished, lanes);
        long end = 0;
        for (int i = 0; i < n; i++) {
            end = Math.max(end, finished[i]);
        }
        long now = Math.min(nowNanos, end);
        int done = cut(now, submitted, started, finished, lanes);
        int[] order = completionOrder(finished, done);
        RunSummary summary = summary(workload, end, laneNames.length, config);
        return new RunResult(config, workload, new RunResult.Timings(submitted, started, finished, lanes),
                laneNames, order, summary, done < n, now);
    }

    private static String[] schedule(RunConfig config, Workload w, long[] sub, long[] st, long[] fi, int[] lanes) {
        int n = w.size();
        Mode mode = config.mode();
        boolean cpu = config.kind() == TaskKind.CPU;
        if (mode == Mode.SEQUENTIAL || mode == Mode.EVENT_LOOP && cpu) {
            long t = 0;
            for (int i = 0; i < n; i++) {
                sub[i] = mode == Mode.SEQUENTIAL ? t : i * STEP_NANOS / 10;
                st[i] = Math.max(t, sub[i]);
                fi[i] = st[i] + w.delayNanos(i);
                t = fi[i] + STEP_NANOS;
            }
            return new String[] {mode == Mode.SEQUENTIAL ? "main" : "event-loop"};
        }
        if (mode == Mode.POOL) {
            return pool(config.workers(), w, sub, st, fi, lanes);
        }
        int laneCount = mode == Mode.THREADS ? n : mode == Mode.VIRTUAL ? Math.min(n, 2) : 1;
        String[] names = new String[laneCount];
        for (int l = 0; l < laneCount; l++) {
            names[l] = mode == Mode.THREADS ? "thread-" + (l + 1)
                    : mode == Mode.VIRTUAL ? "carrier-" + (l + 1) : "event-loop";
        }
        for (int i = 0; i < n; i++) {
            sub[i] = i * STEP_NANOS / 10;
            st[i] = sub[i] + STEP_NANOS;
            fi[i] = st[i] + w.delayNanos(i);
            lanes[i] = i % laneCount;
        }
        return names;
    }

    private static String[] pool(int workers, Workload w, long[] sub, long[] st, long[] fi, int[] lanes) {
        PriorityQueue<long[]> free = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[1], b[1]));
        String[] names = new String[workers];
        for (int k = 0; k < workers; k++) {
            free.add(new long[] {STEP_NANOS, k});
            names[k] = "pool-worker-" + (k + 1);
        }
        for (int i = 0; i < w.size(); i++) {
            long[] worker = free.poll();
            sub[i] = 0;
            st[i] = worker[0];
            fi[i] = st[i] + w.delayNanos(i);
            lanes[i] = (int) worker[1];
            worker[0] = fi[i] + STEP_NANOS;
            free.add(worker);
        }
        return names;
    }

    private static int cut(long now, long[] sub, long[] st, long[] fi, int[] lanes) {
        int done = 0;
        for (int i = 0; i < sub.length; i++) {
            if (fi[i] > now) {
                fi[i] = TaskTimeline.NOT_YET;
            } else {
                done++;
            }
            if (st[i] > now) {
                st[i] = TaskTimeline.NOT_YET;
                lanes[i] = -1;
            }
            if (sub[i] > now) {
                sub[i] = TaskTimeline.NOT_YET;
            }
        }
        return done;
    }

    private static int[] completionOrder(long[] finished, int done) {
        int[] order = new int[done];
        int k = 0;
        for (int i = 0; i < finished.length; i++) {
            if (finished[i] != TaskTimeline.NOT_YET) {
                order[k++] = i;
            }
        }
        return order;
    }

    private static RunSummary summary(Workload w, long end, int lanes, RunConfig config) {
        double total = end / 1e9;
        double sum = w.sumNanos() / 1e9;
        double longest = w.longestNanos() / 1e9;
        double ideal = config.mode() == Mode.SEQUENTIAL || config.kind() == TaskKind.CPU ? sum : longest;
        return new RunSummary(total, total / w.size(), sum, longest, ideal, total - ideal,
                total > 0 ? sum / total : 0, lanes, lanes);
    }
}
