package org.asynclab.chart.geometry;

import java.util.Arrays;
import org.asynclab.model.TaskTimeline;

/**
 * Sub-rows ("slots") inside each lane for the threads view, so that tasks that overlap on one thread (the event
 * loop's waiting tasks) are drawn one above the other instead of on top of each other. A pool worker's tasks never
 * overlap and all land in slot 0.
 *
 * <p>First fit, in task order: a task takes the lowest slot whose last task had finished when it started. That
 * can never make two tasks of a slot overlap, whatever the order tasks are seen in, and it is incremental: a live
 * run places each task once, in the first frame in which it has started. A lane that would need more than
 * {@link #MAX_SLOTS} slots is marked dense and drawn as a concurrency profile instead; that also caps the work
 * per task.
 */
public final class LaneSlots {
    /** Most slots in a lane; past that, sub-rows would be thinner than a readable bar anyway. */
    public static final int MAX_SLOTS = 64;
    /** The slot of a task that has not started (or was not placed yet). */
    public static final int UNPLACED = -1;
    /** The slot of a task in a dense lane. */
    public static final int DENSE = -2;

    private TaskTimeline source;
    private int[] slotOf = new int[0];
    private int[][] lastInSlot = new int[0][];
    private int[] slotCount = new int[0];
    private int[] taskCount = new int[0];
    private boolean[] dense = new boolean[0];
    private int firstUnplaced;

    /** Places every task of {@code timeline} that has started since the last call. */
    public void update(TaskTimeline timeline) {
        int n = timeline.size();
        if (timeline != source || slotOf.length != n) {
            reset(timeline, n);
        }
        ensureLanes(timeline.laneCount());
        boolean prefix = true;
        for (int task = firstUnplaced; task < n; task++) {
            if (slotOf[task] == UNPLACED) {
                int lane = timeline.lane(task);
                long start = timeline.startedNanos(task);
                if (lane < 0 || start == TaskTimeline.NOT_YET || lane >= slotCount.length) {
                    prefix = false;
                    continue;
                }
                slotOf[task] = place(timeline, task, lane, start);
                taskCount[lane]++;
            }
            if (prefix) {
                firstUnplaced = task + 1;
            }
        }
    }

    private void reset(TaskTimeline timeline, int n) {
        source = timeline;
        slotOf = new int[n];
        Arrays.fill(slotOf, UNPLACED);
        lastInSlot = new int[0][];
        slotCount = new int[0];
        taskCount = new int[0];
        dense = new boolean[0];
        firstUnplaced = 0;
    }

    private void ensureLanes(int lanes) {
        if (lanes <= slotCount.length) {
            return;
        }
        int old = slotCount.length;
        lastInSlot = Arrays.copyOf(lastInSlot, lanes);
        for (int i = old; i < lanes; i++) {
            lastInSlot[i] = new int[4];
        }
        slotCount = Arrays.copyOf(slotCount, lanes);
        taskCount = Arrays.copyOf(taskCount, lanes);
        dense = Arrays.copyOf(dense, lanes);
    }

    private int place(TaskTimeline timeline, int task, int lane, long start) {
        if (dense[lane]) {
            return DENSE;
        }
        int[] last = lastInSlot[lane];
        int slots = slotCount[lane];
        for (int s = 0; s < slots; s++) {
            long end = timeline.finishedNanos(last[s]);
            if (end != TaskTimeline.NOT_YET && end <= start) {
                last[s] = task;
                return s;
            }
        }
        if (slots == MAX_SLOTS) {
            dense[lane] = true;
            return DENSE;
        }
        if (slots == last.length) {
            last = Arrays.copyOf(last, Math.min(MAX_SLOTS, slots * 2));
            lastInSlot[lane] = last;
        }
        last[slots] = task;
        slotCount[lane] = slots + 1;
        return slots;
    }

    /** The slot of {@code task}: 0 or more, {@link #UNPLACED} or {@link #DENSE}. */
    public int slot(int task) {
        return task < slotOf.length ? slotOf[task] : UNPLACED;
    }

    /** Slots used in {@code lane} (at least 1, so that an idle lane still has a row). */
    public int slotCount(int lane) {
        return lane < slotCount.length ? Math.max(1, slotCount[lane]) : 1;
    }

    /** Whether {@code lane} has more overlapping tasks than slots and is drawn as a profile. */
    public boolean isDense(int lane) {
        return lane < dense.length && dense[lane];
    }

    /** Tasks placed in {@code lane} so far. */
    public int taskCount(int lane) {
        return lane < taskCount.length ? taskCount[lane] : 0;
    }

    /** The most slots of any lane (1 when nothing started), for the preferred height of a lane row. */
    public int maxSlots() {
        int max = 1;
        for (int i = 0; i < slotCount.length; i++) {
            max = Math.max(max, dense[i] ? MAX_SLOTS : slotCount[i]);
        }
        return max;
    }
}
