package org.asynclab.bench;

import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/** A timeline whose now can be moved, so that every benchmark frame counts as new data, like a live run. */
final class MovingNow implements TaskTimeline {
    private final TaskTimeline inner;
    private long now;

    MovingNow(TaskTimeline inner) {
        this.inner = inner;
        this.now = inner.nowNanos();
    }

    void setNow(long nanos) {
        now = nanos;
    }

    @Override
    public int size() {
        return inner.size();
    }

    @Override
    public long delayNanos(int task) {
        return inner.delayNanos(task);
    }

    @Override
    public long submittedNanos(int task) {
        return inner.submittedNanos(task);
    }

    @Override
    public long startedNanos(int task) {
        return inner.startedNanos(task);
    }

    @Override
    public long finishedNanos(int task) {
        return inner.finishedNanos(task);
    }

    @Override
    public int lane(int task) {
        return inner.lane(task);
    }

    @Override
    public int laneCount() {
        return inner.laneCount();
    }

    @Override
    public String laneName(int lane) {
        return inner.laneName(lane);
    }

    @Override
    public TaskKind kind() {
        return inner.kind();
    }

    @Override
    public long nowNanos() {
        return now;
    }
}
