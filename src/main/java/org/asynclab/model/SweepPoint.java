package org.asynclab.model;

import java.util.Objects;

/**
 * What one step of a sweep measured: one mode at one n. The figures are those of the run's {@link RunSummary};
 * two more come from watching it: how long the tasks took to get started, and the most threads the JVM had.
 *
 * @param mode           the mode of the run
 * @param tasks          n
 * @param summary        the run's figures (total, average = total / n, ideal, overhead, speedup, …)
 * @param startupSeconds first submit to the start of the last task to start: how long until every task had
 *                       begun; {@code NaN} when some never started (a stopped run)
 * @param peakJvmThreads the most live platform threads of the JVM during the run (virtual threads not counted)
 * @param cancelled      whether the run was stopped before every task finished
 */
public record SweepPoint(Mode mode, int tasks, RunSummary summary, double startupSeconds, int peakJvmThreads,
                         boolean cancelled) {

    /** Checks that the point names a mode and has figures. */
    public SweepPoint {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(summary, "summary");
    }

    /** First submit to last finish, in seconds. */
    public double totalSeconds() {
        return summary.totalSeconds();
    }

    /** Total / n, in seconds. */
    public double averageSeconds() {
        return summary.averageSeconds();
    }
}
