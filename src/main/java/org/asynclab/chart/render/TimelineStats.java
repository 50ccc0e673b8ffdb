package org.asynclab.chart.render;

import org.asynclab.model.TaskTimeline;

/**
 * Counts and extremes of a timeline at one "now", found in one pass: how many tasks were submitted, started and
 * finished, and the latest instant seen. The painter recomputes them only when the timeline or its now changes.
 */
final class TimelineStats {
    private int submitted;
    private int started;
    private int finished;
    private long lastFinish = TaskTimeline.NOT_YET;
    private long firstSubmit = TaskTimeline.NOT_YET;
    private long latest;

    /** Scans {@code timeline} as it was at {@code now}: instants after now do not count yet. */
    void scan(TaskTimeline timeline, long now) {
        submitted = 0;
        started = 0;
        finished = 0;
        lastFinish = TaskTimeline.NOT_YET;
        firstSubmit = Long.MAX_VALUE;
        latest = 0;
        int n = timeline.size();
        for (int task = 0; task < n; task++) {
            long sub = timeline.submittedNanos(task);
            if (sub == TaskTimeline.NOT_YET || sub > now) {
                continue;
            }
            submitted++;
            firstSubmit = Math.min(firstSubmit, sub);
            latest = Math.max(latest, sub);
            long st = timeline.startedNanos(task);
            if (st == TaskTimeline.NOT_YET || st > now) {
                continue;
            }
            started++;
            latest = Math.max(latest, st);
            long fi = timeline.finishedNanos(task);
            if (fi != TaskTimeline.NOT_YET && fi <= now) {
                finished++;
                lastFinish = Math.max(lastFinish, fi);
            }
        }
        if (submitted == 0) {
            firstSubmit = TaskTimeline.NOT_YET;
        }
        latest = Math.max(latest, lastFinish);
    }

    /** Whether every one of {@code n} tasks had finished. */
    boolean allFinished(int n) {
        return finished == n && n > 0;
    }

    /** Tasks finished by now. */
    int finished() {
        return finished;
    }

    /** Tasks started by now. */
    int started() {
        return started;
    }

    /** Tasks submitted by now. */
    int submitted() {
        return submitted;
    }

    /** The last finish, or NOT_YET. */
    long lastFinish() {
        return lastFinish;
    }

    /** The first submit, or NOT_YET. */
    long firstSubmit() {
        return firstSubmit;
    }

    /** The latest instant of any task. */
    long latest() {
        return latest;
    }
}
