package org.asynclab.model;

/**
 * The figures of a run, in seconds. {@code averageSeconds} is exactly {@code totalSeconds / n}: the
 * {@code measure_time} of the classic asyncio exercise; NaN for a run stopped before its tasks finished.
 *
 * @param totalSeconds        first submit to last finish
 * @param averageSeconds      total / n (NaN: stopped before every task finished)
 * @param sumOfDelaysSeconds  what the tasks asked for, each cut at the deadline if one cuts it, added up (a
 *                            sequential run's ideal)
 * @param longestDelaySeconds the longest single delay, cut likewise (a concurrent I/O run's ideal)
 * @param idealSeconds        what the mode would take with zero overhead
 * @param overheadSeconds     total − ideal
 * @param speedup             sum of delays / total
 * @param peakConcurrency     most tasks running at the same moment
 * @param threadsUsed         distinct threads that ran tasks
 */
public record RunSummary(double totalSeconds, double averageSeconds, double sumOfDelaysSeconds,
                         double longestDelaySeconds, double idealSeconds, double overheadSeconds, double speedup,
                         int peakConcurrency, int threadsUsed) {
}
