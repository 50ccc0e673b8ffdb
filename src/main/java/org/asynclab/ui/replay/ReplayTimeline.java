package org.asynclab.ui.replay;

import java.util.Arrays;
import org.asynclab.model.Instants;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/**
 * A recorded run seen at a moment of its past: every instant after the cursor is treated as not yet happened,
 * so the chart draws the replay exactly as it drew the run live. Nothing runs again; moving the cursor costs
 * nothing but a binary search for the lanes in use.
 *
 * <p>The cursor counts from the instant the run's total counts from, its first task's submission, as the chart's
 * time axis does: the replay's end is then the run's total, and two runs compared share a cursor from their starts.
 */
public final class ReplayTimeline implements TaskTimeline {
    private final RunResult recording;
    /** First start of each lane, sorted, and the highest lane index opened by then (lanes appear in any order). */
    private final long[] laneOpenedAt;
    private final int[] lanesOpenBy;
    private final long end;
    /** The first submission, in ns of the recording: the cursor's 0. */
    private final long origin;
    private long cursor;
    private int laneCount;

    /** Wraps a recording with the cursor at its last event (the final picture). */
    public ReplayTimeline(RunResult recording) {
        this.recording = recording;
        int lanes = recording.laneCount();
        long[] firstStart = new long[lanes];
        Arrays.fill(firstStart, Long.MAX_VALUE);
        for (int task = 0; task < recording.size(); task++) {
            int lane = recording.lane(task);
            long start = recording.startedNanos(task);
            if (lane >= 0 && start != NOT_YET && start < firstStart[lane]) {
                firstStart[lane] = start;
            }
        }
        long last = 0;
        long first = Long.MAX_VALUE;
        boolean allFinished = true;
        for (int task = 0; task < recording.size(); task++) {
            long submitted = recording.submittedNanos(task);
            if (submitted != NOT_YET) {
                first = Math.min(first, submitted);
            }
            allFinished &= recording.finishedNanos(task) != NOT_YET;
            last = Math.max(last, Math.max(recording.startedNanos(task), recording.finishedNanos(task)));
        }
        // The last start or finish: the recording's clock runs a little past it while the run winds down. A run
        // stopped before every task finished was recorded up to the stop, and its total counts to it: a Python
        // program ticking forever, stopped after 3.29 s, replayed 142 µs, up to its one task's start.
        end = last > 0 && allFinished ? last : Math.max(last, recording.nowNanos());
        origin = first == Long.MAX_VALUE ? 0 : Math.min(first, end);
        Integer[] byOpening = new Integer[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            byOpening[lane] = lane;
        }
        Arrays.sort(byOpening, (a, b) -> Long.compare(firstStart[a], firstStart[b]));
        laneOpenedAt = new long[lanes];
        lanesOpenBy = new int[lanes];
        int highest = 0;
        for (int i = 0; i < lanes; i++) {
            laneOpenedAt[i] = firstStart[byOpening[i]];
            highest = Math.max(highest, byOpening[i] + 1);
            lanesOpenBy[i] = highest;
        }
        setCursor(length());
    }

    /** The last moment anything happened, in ns from the first submission: the length of the replay. */
    public long length() {
        return end - origin;
    }

    /** The first submission, in ns of the recording: where the cursor's 0 is. */
    public long origin() {
        return origin;
    }

    /** The recording replayed. */
    @Override
    public RunResult recording() {
        return recording;
    }

    /** Moves the cursor to {@code nanos} after the first submission, clamped to the run's span. */
    public void setCursor(long nanos) {
        cursor = Math.max(0, Math.min(origin + nanos, end));
        int opened = Instants.atOrBefore(laneOpenedAt, cursor);
        laneCount = opened == 0 ? 0 : lanesOpenBy[opened - 1];
    }

    /** The moment shown, in ns of the recording. */
    public long cursor() {
        return cursor;
    }

    private long seen(long instant) {
        return instant != NOT_YET && instant <= cursor ? instant : NOT_YET;
    }

    @Override
    public int size() {
        return recording.size();
    }

    @Override
    public int countedTasks() {
        return recording.countedTasks();
    }

    @Override
    public long delayNanos(int task) {
        return recording.delayNanos(task);
    }

    @Override
    public boolean delaysKnown() {
        return recording.delaysKnown();
    }

    @Override
    public long submittedNanos(int task) {
        return seen(recording.submittedNanos(task));
    }

    @Override
    public long startedNanos(int task) {
        return seen(recording.startedNanos(task));
    }

    @Override
    public long finishedNanos(int task) {
        return seen(recording.finishedNanos(task));
    }

    @Override
    public int lane(int task) {
        return startedNanos(task) == NOT_YET ? -1 : recording.lane(task);
    }

    @Override
    public int laneCount() {
        return laneCount;
    }

    @Override
    public String laneName(int lane) {
        return recording.laneName(lane);
    }

    @Override
    public TaskKind kind() {
        return recording.kind();
    }

    /** The recording's holds: the painters draw them up to the replay's now, as they draw the bars. */
    @Override
    public LockTimeline lockTimeline() {
        return recording.lockTimeline();
    }

    /** The recording's phases, clipped by the painters at the replay's now. */
    @Override
    public PhaseTimeline phaseTimeline() {
        return recording.phaseTimeline();
    }

    @Override
    public long nowNanos() {
        return cursor;
    }

    /** The recording's stop, where its replay ends. */
    @Override
    public long stoppedNanos() {
        return recording.stoppedNanos() == NOT_YET ? NOT_YET : end;
    }
}
