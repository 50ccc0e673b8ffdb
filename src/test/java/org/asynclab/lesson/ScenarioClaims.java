package org.asynclab.lesson;

import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/** Structural checks of what a scenario claims, read from a finished run. */
final class ScenarioClaims {
    private ScenarioClaims() {
    }

    /**
     * Whether the tasks finished in ascending order of their delays. Two tasks may swap only when their delays
     * are within {@code toleranceNanos} of each other: a tie on the clock is no disorder.
     */
    static boolean finishesInDelayOrder(RunResult run, long toleranceNanos) {
        int[] order = run.completionOrder();
        if (order.length != run.size()) {
            return false;
        }
        long longestSoFar = Long.MIN_VALUE;
        for (int task : order) {
            long delay = run.delayNanos(task);
            if (delay + toleranceNanos < longestSoFar) {
                return false;
            }
            longestSoFar = Math.max(longestSoFar, delay);
        }
        return true;
    }

    /** The most tasks running at one instant, from the recorded starts and finishes. */
    static int peakRunning(TaskTimeline run) {
        int n = run.size();
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            // A finish sorts before a start at the same instant: a worker that hands over is not two tasks.
            events[2 * i] = run.startedNanos(i) * 2 + 1;
            events[2 * i + 1] = run.finishedNanos(i) * 2;
        }
        java.util.Arrays.sort(events);
        int running = 0;
        int peak = 0;
        for (long event : events) {
            running += (event & 1) == 1 ? 1 : -1;
            peak = Math.max(peak, running);
        }
        return peak;
    }
}
