package org.asynclab.engine;

import org.asynclab.model.TaskTimeline;

/**
 * How long a run took to get its tasks going, from its timeline: the cost of starting a task, which is what
 * separates a platform thread from a virtual thread or an event-loop task when there are thousands of them.
 *
 * <ul>
 * <li>time to submit all: first submit → last submit: how long the launching loop took to hand every task over
 * (to a new thread, a pool's queue or the event loop's ready queue).</li>
 * <li>start-up time: first submit → the start of the last task to start: how long until every task had begun.
 * In a thread per task, that is the creation of n threads; on an event loop, one pass over the ready queue; in a
 * pool or sequential run it also holds the tasks' waiting for a free worker, so it is near the total there.</li>
 * </ul>
 *
 * @param submitAllNanos first submit → last submit, or {@link TaskTimeline#NOT_YET} until every task was submitted
 * @param startupNanos   first submit → last start, or {@link TaskTimeline#NOT_YET} until every task had started
 * @param submitted      tasks submitted so far
 * @param started        tasks started so far
 */
public record StartupTimes(long submitAllNanos, long startupNanos, int submitted, int started) {

    /** The times of {@code timeline} as of now; on a live timeline, NOT_YET until every task got that far. */
    public static StartupTimes of(TaskTimeline timeline) {
        int n = timeline.size();
        long firstSubmit = Long.MAX_VALUE;
        long lastSubmit = Long.MIN_VALUE;
        long lastStart = Long.MIN_VALUE;
        int submitted = 0;
        int started = 0;
        for (int i = 0; i < n; i++) {
            // the start first: a live timeline publishes the submit before the start, so a start implies a submit
            long start = timeline.startedNanos(i);
            long submit = timeline.submittedNanos(i);
            if (submit != TaskTimeline.NOT_YET) {
                submitted++;
                firstSubmit = Math.min(firstSubmit, submit);
                lastSubmit = Math.max(lastSubmit, submit);
            }
            if (start != TaskTimeline.NOT_YET) {
                started++;
                lastStart = Math.max(lastStart, start);
            }
        }
        long submitAll = n > 0 && submitted == n ? lastSubmit - firstSubmit : TaskTimeline.NOT_YET;
        long startup = n > 0 && started == n ? Math.max(0, lastStart - firstSubmit) : TaskTimeline.NOT_YET;
        return new StartupTimes(submitAll, startup, submitted, started);
    }

    /** Time to submit all, in seconds; {@code NaN} until every task was submitted. */
    public double submitAllSeconds() {
        return seconds(submitAllNanos);
    }

    /** Start-up time, in seconds; {@code NaN} until every task had started. */
    public double startupSeconds() {
        return seconds(startupNanos);
    }

    private static double seconds(long nanos) {
        return nanos == TaskTimeline.NOT_YET ? Double.NaN : nanos / 1e9;
    }
}
