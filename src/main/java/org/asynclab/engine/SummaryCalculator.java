package org.asynclab.engine;

import java.util.Arrays;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Turns a run's recorded instants into its {@link RunSummary}. Pure: the same instants give the same figures.
 *
 * <ul>
 * <li>total: first submit → last finish; for a run stopped before every task finished, first submit → the run's
 * end (0 when nothing was submitted).</li>
 * <li>average: total / n exactly, n counting every task of the workload (Python's {@code measure_time}).</li>
 * <li>speedup: sum of delays / total; when total is 0 (nothing ran, or too fast to measure) it is 1.0: no
 * gain and no loss can be seen.</li>
 * <li>peak concurrency: a sweep over the start and finish events, a finish at t counting before a start at t
 * (a lane that ends one task and starts the next at the same instant ran one at a time); a task still running
 * at a stop counts as running to the end; at least 1 once a task started.</li>
 * <li>threads used: distinct lanes among the tasks that started.</li>
 * </ul>
 */
public final class SummaryCalculator {
    private static final double NANOS_PER_SECOND = 1e9;

    private SummaryCalculator() {
    }

    /**
     * The figures of a run.
     *
     * @param timings   per-task instants (ns from the run's start, {@link TaskTimeline#NOT_YET} where none) and
     *                  lanes (−1 where none)
     * @param endNanos  when the run ended, for a run stopped early
     * @param laneCount the lanes the run created
     * @param cores     the machine's cores, for the ideal total of CPU work
     */
    public static RunSummary summarize(RunConfig config, Workload workload, RunResult.Timings timings,
                                       long endNanos, int laneCount, int cores) {
        int n = workload.size();
        long totalNanos = totalNanos(timings, endNanos);
        long idealNanos = IdealTotal.nanos(config, workload, cores);
        double total = totalNanos / NANOS_PER_SECOND;
        double sum = workload.sumNanos() / NANOS_PER_SECOND;
        double speedup = totalNanos == 0 ? 1.0 : workload.sumNanos() / (double) totalNanos;
        return new RunSummary(total, total / n, sum, workload.longestNanos() / NANOS_PER_SECOND,
                idealNanos / NANOS_PER_SECOND, (totalNanos - idealNanos) / NANOS_PER_SECOND, speedup,
                peakConcurrency(timings.started(), timings.finished()), threadsUsed(timings, laneCount));
    }

    /** First submit → last finish, or → {@code endNanos} when some task did not finish. */
    static long totalNanos(RunResult.Timings timings, long endNanos) {
        long firstSubmit = Long.MAX_VALUE;
        long lastFinish = 0;
        boolean allFinished = true;
        for (int i = 0; i < timings.submitted().length; i++) {
            long submitted = timings.submitted()[i];
            if (submitted != TaskTimeline.NOT_YET) {
                firstSubmit = Math.min(firstSubmit, submitted);
            }
            long finished = timings.finished()[i];
            if (finished == TaskTimeline.NOT_YET) {
                allFinished = false;
            } else {
                lastFinish = Math.max(lastFinish, finished);
            }
        }
        if (firstSubmit == Long.MAX_VALUE) {
            return 0;
        }
        return Math.max(0, (allFinished ? lastFinish : Math.max(lastFinish, endNanos)) - firstSubmit);
    }

    /**
     * Most tasks running at once. A task runs over {@code [start, finish)}, so a finish at t comes before a start
     * at t; a task too short for the clock to see (start = finish) still makes the peak at least 1.
     */
    static int peakConcurrency(long[] started, long[] finished) {
        int count = 0;
        boolean anyStarted = false;
        for (int i = 0; i < started.length; i++) {
            if (started[i] != TaskTimeline.NOT_YET) {
                anyStarted = true;
                count += finished[i] == started[i] ? 0 : 1;
            }
        }
        long[] starts = new long[count];
        long[] ends = new long[count];
        int k = 0;
        for (int i = 0; i < started.length; i++) {
            if (started[i] != TaskTimeline.NOT_YET && finished[i] != started[i]) {
                starts[k] = started[i];
                ends[k] = finished[i] == TaskTimeline.NOT_YET ? Long.MAX_VALUE : finished[i];
                k++;
            }
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        // Every end at or before a start belongs to a task that started strictly earlier, so e stays below k.
        int running = 0;
        int peak = anyStarted ? 1 : 0;
        int e = 0;
        for (long start : starts) {
            while (ends[e] <= start) {
                running--;
                e++;
            }
            running++;
            peak = Math.max(peak, running);
        }
        return peak;
    }

    /** Distinct lanes among the tasks that started. */
    static int threadsUsed(RunResult.Timings timings, int laneCount) {
        boolean[] seen = new boolean[laneCount];
        int used = 0;
        for (int lane : timings.lanes()) {
            if (lane >= 0 && lane < laneCount && !seen[lane]) {
                seen[lane] = true;
                used++;
            }
        }
        return used;
    }
}
