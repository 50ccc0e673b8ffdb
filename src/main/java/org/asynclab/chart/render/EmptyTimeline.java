package org.asynclab.chart.render;

import org.asynclab.model.LockTimeline;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/** A timeline without tasks, for the chart before any run. */
enum EmptyTimeline implements TaskTimeline {
    /** The only one. */
    INSTANCE;

    @Override
    public int size() {
        return 0;
    }

    @Override
    public long delayNanos(int task) {
        throw new IndexOutOfBoundsException(task);
    }

    @Override
    public long submittedNanos(int task) {
        throw new IndexOutOfBoundsException(task);
    }

    @Override
    public long startedNanos(int task) {
        throw new IndexOutOfBoundsException(task);
    }

    @Override
    public long finishedNanos(int task) {
        throw new IndexOutOfBoundsException(task);
    }

    @Override
    public int lane(int task) {
        throw new IndexOutOfBoundsException(task);
    }

    @Override
    public int laneCount() {
        return 0;
    }

    @Override
    public String laneName(int lane) {
        throw new IndexOutOfBoundsException(lane);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.IO;
    }

    @Override
    public LockTimeline lockTimeline() {
        return null;
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return null;
    }

    @Override
    public long stoppedNanos() {
        return NOT_YET;
    }

    @Override
    public long nowNanos() {
        return 0;
    }
}
