package org.asynclab.bench;

import org.asynclab.model.LockTimeline;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/**
 * Another timeline seen at a now that can be moved, so that every frame counts as new data, like a live run:
 * the benchmark and the chart's tests draw "live" frames with it.
 */
public final class MovingNow implements TaskTimeline {
    private final TaskTimeline inner;
    private long now;

    /** Starts at {@code inner}'s now. */
    public MovingNow(TaskTimeline inner) {
        this.inner = inner;
        this.now = inner.nowNanos();
    }

    /** Moves the now (instants of {@code inner} are not cut: it should already be cut at its own now). */
    public void setNow(long nanos) {
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
    public LockTimeline lockTimeline() {
        return inner.lockTimeline();
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return inner.phaseTimeline();
    }

    @Override
    public long stoppedNanos() {
        return NOT_YET;
    }

    @Override
    public long nowNanos() {
        return now;
    }
}
