package org.asynclab.engine;

import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * What a run would take in its mode with zero overhead, the yardstick of {@code overhead = total − ideal}.
 *
 * <ul>
 * <li>I/O and HTTP (waiting needs no core): sequential takes the sum of the delays; an event loop, a thread per
 * task and a virtual thread per task wait all at once, so the longest delay; a pool of K at best shares the sum
 * among its K workers but never beats the longest: {@code max(longest, sum / K)}.</li>
 * <li>CPU (computing needs a core): sequential and the event loop use one core, so the sum; threads and virtual
 * threads share the machine's cores: {@code max(longest, sum / cores)}; a pool of K uses at most
 * {@code min(K, cores)} of them; with the simulated global lock only one computes at a time, so the sum.</li>
 * </ul>
 *
 * <p>Times are in nanoseconds; the divisions round down to the nanosecond.
 */
public final class IdealTotal {
    private IdealTotal() {
    }

    /** The ideal total of {@code config} over {@code workload} on a machine of {@code cores} cores. */
    public static long nanos(RunConfig config, Workload workload, int cores) {
        return nanos(config.mode(), config.kind(), config.workers(), config.globalLock(), workload.sumNanos(),
                workload.longestNanos(), cores);
    }

    /**
     * The ideal total from the mode and the two figures of the delays that decide it.
     *
     * @param workers    the pool's size (used by {@link Mode#POOL} only)
     * @param globalLock whether computation is serialised by the simulated global lock
     */
    public static long nanos(Mode mode, TaskKind kind, int workers, boolean globalLock, long sumNanos,
                             long longestNanos, int cores) {
        if (kind.waits()) {
            return switch (mode) {
                case SEQUENTIAL -> sumNanos;
                case EVENT_LOOP, THREADS, VIRTUAL -> longestNanos;
                case POOL -> Math.max(longestNanos, sumNanos / Math.max(1, workers));
            };
        }
        if (globalLock) {
            return sumNanos;
        }
        return switch (mode) {
            case SEQUENTIAL, EVENT_LOOP -> sumNanos;
            case THREADS, VIRTUAL -> Math.max(longestNanos, sumNanos / Math.max(1, cores));
            case POOL -> Math.max(longestNanos, sumNanos / Math.max(1, Math.min(workers, cores)));
        };
    }
}
