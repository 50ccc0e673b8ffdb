package org.asynclab.engine;

import java.util.Objects;

/**
 * What a finished run cost: the JVM's threads and memory before it and at their peak during it, and how long its
 * tasks took to start. Made by {@link MeasuredRun#run}; printed by the command line so that 10,000 tasks show, in
 * numbers, what a platform thread costs that a virtual thread or an event-loop task does not.
 *
 * @param before  the figures just before the run started
 * @param peak    the peaks during the run (threads: the JVM's own count; heap and resident memory: sampled)
 * @param startup     time to submit all tasks, and time until every task had started
 * @param warmUpNanos time the warm-up (the JIT, the heap) took before the run's clock started, or 0 when none
 */
public record RunResources(ResourceSample before, ResourceSample peak, StartupTimes startup, long warmUpNanos) {

    /** Checks that every part is there. */
    public RunResources {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(startup, "startup");
    }

    /** What a run cost that had no warm-up. */
    public RunResources(ResourceSample before, ResourceSample peak, StartupTimes startup) {
        this(before, peak, startup, 0);
    }

    /** Whether the JIT was warmed up before this run's clock. */
    public boolean warmedUp() {
        return warmUpNanos > 0;
    }

    /** Platform threads the run added at its peak: peak − threads before. */
    public int extraThreads() {
        return Math.max(0, peak.peakThreads() - before.liveThreads());
    }

    /** Heap the run added at its peak (sampled), in bytes; 0 when it never rose. */
    public long extraHeapBytes() {
        return Math.max(0, peak.heapUsedBytes() - before.heapUsedBytes());
    }

    /** Resident memory the run added at its peak (sampled), in bytes; −1 where the system does not tell. */
    public long extraResidentBytes() {
        if (!before.hasResident() || !peak.hasResident()) {
            return ResourceSample.UNKNOWN;
        }
        return Math.max(0, peak.residentBytes() - before.residentBytes());
    }
}
