package org.asynclab.ui.chart;

import org.asynclab.model.LockTimeline;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/**
 * One stable timeline object for the chart over a live run whose frames arrive in alternating snapshots: the
 * chart fits its axis whenever it is handed another timeline object, so handing it each frame would undo the
 * teacher's zoom sixty times a second. Read on the FX thread only.
 */
final class FrameView implements TaskTimeline {
    private TaskTimeline frame;

    void show(TaskTimeline newFrame) {
        frame = newFrame;
    }

    @Override
    public int size() {
        return frame.size();
    }

    @Override
    public int countedTasks() {
        return frame.countedTasks();
    }

    @Override
    public long delayNanos(int task) {
        return frame.delayNanos(task);
    }

    @Override
    public boolean delaysKnown() {
        return frame.delaysKnown();
    }

    @Override
    public long submittedNanos(int task) {
        return frame.submittedNanos(task);
    }

    @Override
    public long startedNanos(int task) {
        return frame.startedNanos(task);
    }

    @Override
    public long finishedNanos(int task) {
        return frame.finishedNanos(task);
    }

    @Override
    public int lane(int task) {
        return frame.lane(task);
    }

    @Override
    public int laneCount() {
        return frame.laneCount();
    }

    @Override
    public String laneName(int lane) {
        return frame.laneName(lane);
    }

    @Override
    public TaskKind kind() {
        return frame.kind();
    }

    @Override
    public LockTimeline lockTimeline() {
        return frame.lockTimeline();
    }

    @Override
    public PhaseTimeline phaseTimeline() {
        return frame.phaseTimeline();
    }

    @Override
    public long nowNanos() {
        return frame.nowNanos();
    }

    @Override
    public long stoppedNanos() {
        return frame.stoppedNanos();
    }
}
