package org.asynclab.engine;

import java.util.Arrays;
import org.asynclab.model.PhaseTimeline;
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
 * end, or the run's start → its end when it was stopped before any task was submitted: it ran until its stop, and
 * the chart's "stop 1.09 ms" counts from there ({@link #totalNanos(long, long, boolean, long)}).</li>
 * <li>average: total / n exactly, n counting every task of the workload (Python's {@code measure_time}); none
 * (NaN) for a run stopped before every task finished, whose total is not that of its n tasks.</li>
 * <li>sum of delays, longest delay: the delays as the tasks got to wait them, each cut at the deadline where one
 * cuts it ({@link IdealTotal#cutDelays}): what a sequential run of them takes at best, and the longest bar.</li>
 * <li>speedup: sum of delays / total; when total is 0 (nothing ran, or too fast to measure) it is 1.0: no
 * gain and no loss can be seen. When every delay is 0 ({@code wait_n(10, 0)}) there is none (NaN): no wait to
 * overlap, and "0.00x" read as infinitely slow.</li>
 * <li>a run whose delays are not known (real URLs, {@link Workload#known}) has none of the figures on them: no sum,
 * longest delay, ideal, overhead nor speedup (NaN), not figures built on delays of 0.</li>
 * <li>a run stopped before every task finished has no ideal, overhead nor speedup (NaN) either: its total is that of
 * part of its tasks, and set against the whole workload's figures it read "overhead −4.18 s, speedup 63.2×".</li>
 * <li>peak concurrency ({@link PeakConcurrency}): most tasks running at once, a finish at t counting before a
 * start at t
 * (a lane that ends one task and starts the next at the same instant ran one at a time); a task still running
 * at a stop counts as running to the end; at least 1 once a task started. A task held by
 * {@code async with semaphore:} runs from when it holds the semaphore, as a pool's task runs from when a worker
 * takes it ({@link PhaseTimeline#pastEntryNanos}): the semaphore lesson's "never more than four tasks in their
 * wait" reads 4 here, as its pool of four does.</li>
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
        return summarize(config, workload, timings, endNanos, laneCount, cores, null, null);
    }

    /** The figures of a plain run (no phases inside its tasks), in {@code space} (or null to allocate). */
    static RunSummary summarize(RunConfig config, Workload workload, RunResult.Timings timings, long endNanos,
                                int laneCount, int cores, SealSpace space) {
        return summarize(config, workload, timings, endNanos, laneCount, cores, space, null);
    }

    /**
     * The figures of a run, sorting and marking in {@code space} (taken before the run) rather than in new arrays.
     *
     * @param space  the run's {@link SealSpace}, or null to allocate
     * @param phases the phases inside the tasks (a course lesson's), or null
     */
    static RunSummary summarize(RunConfig config, Workload workload, RunResult.Timings timings, long endNanos,
                                int laneCount, int cores, SealSpace space, PhaseTimeline phases) {
        int n = workload.size();
        long totalNanos = totalNanos(timings, endNanos);
        long idealNanos = IdealTotal.nanos(config, workload, cores);
        double total = totalNanos / NANOS_PER_SECOND;
        IdealTotal.CutDelays delays = IdealTotal.cutDelays(config, workload);
        double sum = delays.sumNanos() / NANOS_PER_SECOND;
        double speedup = delays.sumNanos() == 0 ? Double.NaN
                : totalNanos == 0 ? 1.0 : delays.sumNanos() / (double) totalNanos;
        boolean whole = allFinished(timings);
        // Figures on the delays need the delays: real URLs' are the servers' own, not known (not 0).
        boolean known = workload.known();
        return new RunSummary(total, whole ? total / n : Double.NaN, known ? sum : Double.NaN,
                known ? delays.longestNanos() / NANOS_PER_SECOND : Double.NaN,
                whole && known ? idealNanos / NANOS_PER_SECOND : Double.NaN,
                whole && known ? (totalNanos - idealNanos) / NANOS_PER_SECOND : Double.NaN,
                whole && known ? speedup : Double.NaN,
                PeakConcurrency.of(runningFrom(config, timings.started(), phases), timings.finished(), space),
                threadsUsed(timings, laneCount, space == null ? new boolean[laneCount] : space.marks));
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
        return totalNanos(firstSubmit == Long.MAX_VALUE ? TaskTimeline.NOT_YET : firstSubmit, lastFinish, allFinished,
                endNanos);
    }

    /**
     * The total's rule, its one home (the results' live total asks here too): from the first submit, or from the
     * run's start (0, where the chart's axis starts then) when no task was submitted; to the last finish once every
     * task finished, else to {@code end}, the stop or a live run's now. A run stopped 1.09 ms in, before its lane
     * had submitted a task, read "Total 0 s" beside its chart's "stop 1.09 ms".
     *
     * @param firstSubmit the earliest submit, or {@link TaskTimeline#NOT_YET} when none was submitted
     * @param lastFinish  the latest finish (0 when none)
     * @param allFinished whether every task finished (a run of no tasks has: its total is 0)
     * @param end         the run's end (its stop) or a live run's now, ns from its start
     */
    public static long totalNanos(long firstSubmit, long lastFinish, boolean allFinished, long end) {
        if (firstSubmit == TaskTimeline.NOT_YET) {
            return allFinished ? 0 : Math.max(0, end);
        }
        return Math.max(0, (allFinished ? lastFinish : Math.max(lastFinish, end)) - firstSubmit);
    }

    /**
     * When each task began to run, for the peak: its start, or, held at a semaphore, when it got past it
     * ({@link TaskTimeline#NOT_YET} if it never did).
     */
    static long[] runningFrom(RunConfig config, long[] started, PhaseTimeline phases) {
        if (phases == null || config.coordination().semaphore() == 0) {
            return started;
        }
        long[] from = new long[started.length];
        for (int task = 0; task < from.length; task++) {
            from[task] = PhaseTimeline.pastEntryNanos(phases, task, started[task]);
        }
        return from;
    }

    private static boolean allFinished(RunResult.Timings timings) {
        for (long finished : timings.finished()) {
            if (finished == TaskTimeline.NOT_YET) {
                return false;
            }
        }
        return true;
    }

    /** Most tasks running at once: see {@link PeakConcurrency}. */
    static int peakConcurrency(long[] started, long[] finished) {
        return PeakConcurrency.of(started, finished, null);
    }

    /**
     * Distinct lanes among the tasks that started.
     *
     * @param seen at least {@code laneCount} marks, whatever they hold: they are cleared first
     */
    static int threadsUsed(RunResult.Timings timings, int laneCount, boolean[] seen) {
        Arrays.fill(seen, 0, laneCount, false);
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
