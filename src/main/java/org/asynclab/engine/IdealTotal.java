package org.asynclab.engine;

import java.util.Arrays;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * What a run would take in its mode with zero overhead, the yardstick of {@code overhead = total − ideal}: a lower
 * bound that a correct run can reach, so that the overhead is never negative, worked out from the delays and from
 * what the lesson makes the tasks do ({@link Coordination}).
 *
 * <ul>
 * <li>I/O and HTTP (waiting needs no core): sequential takes the sum of the delays; an event loop, a thread per
 * task and a virtual thread per task wait all at once, so the longest delay; a pool of K hands the tasks, in the
 * order they were submitted, each to the first worker free ({@link #firstFree}): what that takes with no
 * overhead is the yardstick, at least {@code max(longest, sum / K)} but more when a long task comes late (the
 * bound alone put the order's bad luck in the "overhead": 0.54 s against 9 ms at {@code -n 12 -m pool -w 3 -s 3}).
 * A sweep's budget, which knows only the sum and the longest, keeps the bound.</li>
 * <li>CPU (computing needs a core): sequential and the event loop use one core, so the sum; threads and virtual
 * threads share the machine's cores: {@code max(longest, sum / cores)}; a pool of K uses at most
 * {@code min(K, cores)} of them; with the simulated global lock only one computes at a time, so the sum.</li>
 * <li>A deadline ({@code asyncio.wait_for}) cuts each wait at the deadline: the delays above become
 * {@code min(delay, deadline)}. A computing task on threads or a pool is interrupted at its deadline too, having
 * maybe computed less than that if it shared a core, so there the bound of the cores counts only up to the
 * deadline ({@code min(deadline, …)}: a run shorter than its deadline cancelled nothing, so it did all the work);
 * on the event loop a computing task never awaits, no deadline cancels it, and the deadline changes nothing.</li>
 * <li>A semaphore of k (event loop) holds at most k tasks in their wait, like a pool of k, first come first
 * served ({@link #firstFree}), with the delays cut at the deadline if there is one (the deadline counts from
 * the moment a task holds the semaphore). Computing tasks block the loop anyway: the semaphore changes nothing.</li>
 * <li>A shared counter adds its read-to-write gap after each task's wait or computation. Sequential: n gaps, one
 * after another. Where the gaps overlap (an {@code await} on the loop; threads, pre-emptive, with or without one)
 * the last task ends one gap after the bound above; the event loop's computing tasks block it, so with
 * {@code no-await} their n gaps add up, with {@code await} only the last one counts; in a pool each task holds its
 * worker a gap longer. Where the gaps take turns ({@code no-await} on the loop, {@code lock} in every mode), each
 * begins once its task's wait is over at the earliest (its delay; on one core, the sum of the delays computed up
 * to it), one at a time, earliest first, the best order for one resource ({@link #windowsInTurn}).</li>
 * </ul>
 *
 * <p>Times are in nanoseconds; the divisions round down to the nanosecond. A sweep's budget
 * ({@link SweepBudget}) has no coordination and uses {@link #nanos(Mode, TaskKind, int, boolean, long, long, int)}.
 */
public final class IdealTotal {
    private IdealTotal() {
    }

    /**
     * The delays as the tasks get to wait or compute them, in nanoseconds: each cut at the deadline where one cuts
     * it ({@code min(delay, deadline)}), as drawn otherwise.
     *
     * @param sumNanos     what a sequential run of the same tasks takes at best: the results' "sum of delays" and
     *                     the speedup's numerator (a deadline lesson said 6.7× against the 4.2× its waits allow)
     * @param longestNanos the longest of them: the longest bar
     */
    public record CutDelays(long sumNanos, long longestNanos) {
    }

    /** {@code workload}'s delays as {@code config}'s deadline, if any, lets its tasks wait or compute them. */
    public static CutDelays cutDelays(RunConfig config, Workload workload) {
        long deadline = cutAt(config.mode(), config.kind(), config.coordination());
        if (deadline == Long.MAX_VALUE) {
            return new CutDelays(workload.sumNanos(), workload.longestNanos());
        }
        long sum = 0;
        long longest = 0;
        for (int task = 0; task < workload.size(); task++) {
            long d = Math.min(workload.delayNanos(task), deadline);
            sum += d;
            longest = Math.max(longest, d);
        }
        return new CutDelays(sum, longest);
    }

    /**
     * Where a deadline cuts the tasks' waits ({@code Long.MAX_VALUE}: nowhere): always but for computing tasks on the
     * event loop, which never await, so that no deadline cancels them.
     */
    private static long cutAt(Mode mode, TaskKind kind, Coordination rules) {
        return rules.hasDeadline() && (kind.waits() || mode != Mode.EVENT_LOOP) ? rules.deadlineNanos()
                : Long.MAX_VALUE;
    }

    /** The ideal total of {@code config} over {@code workload} on a machine of {@code cores} cores. */
    public static long nanos(RunConfig config, Workload workload, int cores) {
        Coordination rules = config.coordination();
        if (!rules.active() && !(config.mode() == Mode.POOL && config.kind().waits())) {
            return nanos(config.mode(), config.kind(), config.workers(), config.globalLock(), workload.sumNanos(),
                    workload.longestNanos(), cores);
        }
        return nanos(config.mode(), config.kind(), config.workers(), config.globalLock(), rules,
                workload.delaysNanos(), cores);
    }

    /**
     * The ideal total of a plain run (no counter, semaphore or deadline) from the two figures of the delays that
     * decide it.
     *
     * @param workers    the pool's size (used by {@link Mode#POOL} only)
     * @param globalLock whether computation is serialised by the simulated global lock
     */
    public static long nanos(Mode mode, TaskKind kind, int workers, boolean globalLock, long sumNanos,
                             long longestNanos, int cores) {
        Figures plain = new Figures(sumNanos, longestNanos, sumNanos, longestNanos);
        return bound(mode, kind, workers, globalLock, Coordination.NONE, 0, plain, cores);
    }

    /**
     * The ideal total of a run whose tasks obey {@code rules}.
     *
     * @param delays every task's delay in nanoseconds (read, not changed)
     */
    public static long nanos(Mode mode, TaskKind kind, int workers, boolean globalLock, Coordination rules,
                             long[] delays, int cores) {
        long deadline = cutAt(mode, kind, rules);
        long sum = 0;
        long longest = 0;
        long sumCut = 0;
        long longestCut = 0;
        for (long d : delays) {
            sum += d;
            longest = Math.max(longest, d);
            sumCut += Math.min(d, deadline);
            longestCut = Math.max(longestCut, Math.min(d, deadline));
        }
        long ideal = bound(mode, kind, workers, globalLock, rules, delays.length,
                new Figures(sum, longest, sumCut, longestCut), cores);
        long gap = rules.hasCounter() ? rules.counterGapNanos() : 0;
        if (kind.waits() && mode == Mode.POOL) {
            ideal = Math.max(ideal, firstFree(delays, Math.max(1, workers), deadline, gap));
        } else if (kind.waits() && mode == Mode.EVENT_LOOP && rules.semaphore() > 0) {
            ideal = Math.max(ideal, firstFree(delays, rules.semaphore(), deadline, 0) + gap);
        }
        SharedCounter counter = rules.counter();
        if (counter == SharedCounter.LOCK || counter == SharedCounter.NO_AWAIT && mode == Mode.EVENT_LOOP) {
            boolean oneCore = !kind.waits() && (mode == Mode.SEQUENTIAL || mode == Mode.EVENT_LOOP || globalLock);
            ideal = Math.max(ideal, windowsInTurn(delays, oneCore, rules.counterGapNanos()));
        }
        return ideal;
    }

    /**
     * The sums and longest of the delays, as drawn and cut at the deadline (the same when there is none).
     */
    private record Figures(long sum, long longest, long sumCut, long longestCut) {
    }

    /** Every bound but the one of gaps that take turns. */
    private static long bound(Mode mode, TaskKind kind, int workers, boolean globalLock, Coordination rules, int n,
                              Figures f, int cores) {
        long gap = rules.hasCounter() ? rules.counterGapNanos() : 0;
        long deadline = rules.deadlineNanos();
        int pool = Math.max(1, workers);
        if (kind.waits()) {
            return switch (mode) {
                case SEQUENTIAL -> f.sumCut() + n * gap;
                case EVENT_LOOP -> waitsOf(f, rules.semaphore()) + gap;
                case THREADS, VIRTUAL -> f.longestCut() + gap;
                case POOL -> Math.max(f.longestCut() + gap, (f.sumCut() + n * gap) / pool);
            };
        }
        if (mode == Mode.SEQUENTIAL) {
            return f.sumCut() + n * gap;
        }
        if (mode == Mode.EVENT_LOOP) {
            // one core, no await inside a computation: no deadline or semaphore acts; a no-await gap blocks the loop
            return f.sum() + (rules.counter() == SharedCounter.NO_AWAIT ? n * gap : gap);
        }
        int computing = globalLock ? 1 : Math.max(1, mode == Mode.POOL ? Math.min(workers, cores) : cores);
        long onCores = globalLock ? f.sum() : Math.max(f.longest(), f.sum() / computing);
        long computed = Math.min(deadline, onCores) + gap;
        if (mode == Mode.POOL) {
            return Math.max(computed, Math.max(f.longestCut() + gap, (f.sumCut() + n * gap) / pool));
        }
        return computed;
    }

    /** The waits of the event loop's I/O tasks: all at once, or at most {@code semaphore} at once. */
    private static long waitsOf(Figures f, int semaphore) {
        return semaphore == 0 ? f.longestCut() : Math.max(f.longestCut(), f.sumCut() / semaphore);
    }

    /**
     * When the last task ends if {@code slots} workers (or permits) take the tasks in their order, each to the first
     * one free, and each holds it for its delay cut at {@code deadline}, plus {@code gapNanos}: a first-come pool,
     * or a semaphore, with no overhead.
     */
    static long firstFree(long[] delays, int slots, long deadline, long gapNanos) {
        long[] free = new long[Math.min(slots, Math.max(1, delays.length))];  // a min-heap of the slots' free times
        long end = 0;
        for (long d : delays) {
            long done = free[0] + Math.min(d, deadline) + gapNanos;
            end = Math.max(end, done);
            free[0] = done;
            siftDown(free);
        }
        return end;
    }

    private static void siftDown(long[] heap) {
        int at = 0;
        long value = heap[0];
        while (true) {
            int child = 2 * at + 1;
            if (child >= heap.length) {
                break;
            }
            if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= value) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = value;
    }

    /**
     * The earliest end of read-to-write windows of {@code gapNanos} that take turns, each beginning once its
     * task's wait or computation can be over: its delay, or, on one core, the sum of the shortest delays up to its
     * own. Taking them earliest first is the best order for one resource, so this is what no schedule beats.
     *
     * @param oneCore whether the computations before the windows take turns on one core too
     */
    static long windowsInTurn(long[] delays, boolean oneCore, long gapNanos) {
        long[] ready = delays.clone();
        Arrays.sort(ready);
        long end = 0;
        long computed = 0;
        for (long d : ready) {
            computed += d;
            end = Math.max(end, oneCore ? computed : d) + gapNanos;
        }
        return end;
    }
}
