package org.asynclab.chart.render;

import java.util.Arrays;
import org.asynclab.chart.ChartView;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.TaskTimeline;

/**
 * Draws, over the bars of a run that simulates CPython's GIL, the moments each task held the lock and computed:
 * {@link BarPainter} has drawn a started task's whole run as waiting for the lock (cross-hatched), and each hold
 * goes over it in the task's striped lane colour. What is left hatched is the time the task waited for the lock.
 *
 * <p>A hold is a 2 ms chunk, often narrower than a pixel. Widening each to a pixel would paint a task that computes
 * a quarter of the time as computing all the time, so holds are spread over device columns by their share: a task
 * that holds the lock a quarter of the time gets every fourth column, at any zoom (error diffusion along its row).
 * Columns in a row are merged into one rectangle, so a zoomed-in chunk is one rectangle.
 */
final class LockPainter {
    private double[] carried = new double[0];
    private int[] runStart = new int[0];
    private int[] runEnd = new int[0];
    private final double[] bar = new double[2];

    /** Draws the holds of the visible tasks' bars; nothing when the run did not simulate the GIL. */
    void paintHolds(Frame f) {
        TaskTimeline tl = f.timeline;
        LockTimeline lock = tl == null ? null : tl.lockTimeline();
        if (lock == null || f.rows.isDense()) {
            return;
        }
        grow(tl.size());
        int first = f.rows.firstVisibleRow();
        int last = f.rows.lastVisibleRow();
        long from = (long) Math.floor(f.axis.xToTime(f.plotLeft));
        long to = (long) Math.ceil(f.axis.xToTime(f.plotRight()));
        int count = lock.holdCount();
        for (int hold = firstEndingAfter(lock, count, from); hold < count; hold++) {
            long start = lock.holdStartNanos(hold);
            if (start > to || start > f.now) {
                break;
            }
            int task = lock.holdTask(hold);
            if (visible(f, task, first, last)) {
                spread(f, task, f.axis.timeToX(start), f.axis.timeToX(Math.min(lock.holdEndNanos(hold), f.now)));
            }
        }
        for (int task = 0; task < tl.size(); task++) {
            if (runEnd[task] > runStart[task]) {
                flush(f, task);
            }
        }
    }

    private void grow(int n) {
        if (carried.length < n) {
            carried = new double[n];
            runStart = new int[n];
            runEnd = new int[n];
        }
        Arrays.fill(carried, 0, n, 0);
        Arrays.fill(runStart, 0, n, 0);
        Arrays.fill(runEnd, 0, n, 0);
    }

    /** The first hold that ends at or after {@code from}: holds never overlap, so their ends grow with them. */
    private static int firstEndingAfter(LockTimeline lock, int count, long from) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lock.holdEndNanos(mid) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean visible(Frame f, int task, int first, int last) {
        if (f.view == ChartView.TASKS) {
            return task >= first && task <= last;
        }
        return f.timeline.lane(task) >= 0 && BarPainter.laneBar(f, task, first, last, bar);
    }

    /** Adds the hold [x0, x1) (points) to the task's device columns, each drawn once its share reaches a half. */
    private void spread(Frame f, int task, double x0, double x1) {
        double a = Math.max(x0, f.plotLeft) * f.scale;
        double b = Math.min(x1, f.plotRight()) * f.scale;
        for (int column = (int) Math.floor(a); column < b; column++) {
            double share = Math.min(b, column + 1) - Math.max(a, column);
            carried[task] += share;
            if (carried[task] >= 0.5) {
                carried[task] -= 1;
                mark(f, task, column);
            }
        }
    }

    private void mark(Frame f, int task, int column) {
        if (runEnd[task] > runStart[task] && column <= runEnd[task]) {
            runEnd[task] = Math.max(runEnd[task], column + 1);
            return;
        }
        if (runEnd[task] > runStart[task]) {
            flush(f, task);
        }
        runStart[task] = column;
        runEnd[task] = column + 1;
    }

    /** Draws the task's run of computing columns over its bar. */
    private void flush(Frame f, int task) {
        if (f.view == ChartView.TASKS) {
            BarPainter.taskBar(f, task, bar);
        } else {
            BarPainter.laneBar(f, task, f.rows.firstVisibleRow(), f.rows.lastVisibleRow(), bar);
        }
        double y0 = f.snap(Math.max(bar[0], f.plotTop));
        double y1 = Math.max(f.snap(Math.min(bar[0] + bar[1], f.plotBottom())), y0 + 1 / f.scale);
        double x0 = runStart[task] / f.scale;
        double x1 = runEnd[task] / f.scale;
        f.surface.fillRect(x0, y0, x1 - x0, y1 - y0, f.palette.lane(f.timeline.lane(task), true));
        runStart[task] = 0;
        runEnd[task] = 0;
    }
}
