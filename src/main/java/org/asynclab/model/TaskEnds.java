package org.asynclab.model;

/**
 * How the tasks that have ended so far ended: the count the chart, the results and the status bar say ("4 of 4
 * tasks ended: 1 done, 1 cancelled, 2 failed"), so that a task cancelled at a deadline, stopped, or failed is never
 * counted as done. A task without an outcome (a plain run records none) is done.
 *
 * @param finished  tasks ended by the instant asked
 * @param cancelled of them, those cancelled
 * @param failed    of them, those that failed
 */
public record TaskEnds(int finished, int cancelled, int failed) {
    /** Checks that the parts add up. */
    public TaskEnds {
        if (finished < 0 || cancelled < 0 || failed < 0 || cancelled + failed > finished) {
            throw new IllegalArgumentException("cancelled (" + cancelled + ") and failed (" + failed
                    + ") must be parts of finished (" + finished + ")");
        }
    }

    /** The tasks of {@code timeline} that had ended by {@code now}, by how they ended. */
    public static TaskEnds of(TaskTimeline timeline, long now) {
        PhaseTimeline phases = timeline.phaseTimeline();
        int finished = 0;
        int cancelled = 0;
        int failed = 0;
        for (int task = 0; task < timeline.size(); task++) {
            long end = timeline.finishedNanos(task);
            if (end == TaskTimeline.NOT_YET || end > now) {
                continue;
            }
            finished++;
            TaskOutcome outcome = phases == null ? null : phases.outcome(task);
            cancelled += outcome == TaskOutcome.CANCELLED ? 1 : 0;
            failed += outcome == TaskOutcome.FAILED ? 1 : 0;
        }
        return new TaskEnds(finished, cancelled, failed);
    }

    /** Every task of {@code timeline} that has ended, by how it ended. */
    public static TaskEnds of(TaskTimeline timeline) {
        return of(timeline, Long.MAX_VALUE);
    }

    /** The tasks that ran to their end. */
    public int done() {
        return finished - cancelled - failed;
    }

    /** Whether every task that ended ran to its end: then "done" says it all. */
    public boolean allDone() {
        return cancelled == 0 && failed == 0;
    }
}
