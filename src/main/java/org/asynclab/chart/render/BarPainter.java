package org.asynclab.chart.render;

import org.asynclab.chart.geometry.LaneSlots;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskTimeline;

/**
 * Draws tasks one bar each, where rows are tall enough for that: the hatched waiting part (submitted, not
 * started), the running part in its lane's colour (striped when the task computes), and a dark end cap once it is
 * done. Only {@code fillRect}: no paths, clips or effects per bar.
 */
final class BarPainter {
    /** Rows at least this tall (points) leave a gap between bars, so neighbouring bars stay apart. */
    private static final double GAP_FROM = 6;
    /** Share of a row's height that a bar takes when there is a gap. */
    private static final double BAR_SHARE = 0.72;
    /** Width of the "done" end cap, in points (never more than a quarter of the bar). */
    private static final double CAP = 3;
    /** Sub-rows at least this many device pixels tall are drawn bar by bar in the threads view. */
    static final double MIN_SUBROW_DEVICE_PX = 2;

    /** A bar's top and height, reused from bar to bar. */
    private final double[] bar = new double[2];

    /** Draws the visible rows of the tasks view. */
    void paintTaskRows(Frame f) {
        RowLayout rows = f.rows;
        int last = rows.lastVisibleRow();
        for (int row = rows.firstVisibleRow(); row <= last; row++) {
            taskBar(f, row, bar);
            paintTask(f, row, bar[0], bar[1], true);
        }
    }

    /** Whether a lane is drawn as a concurrency profile rather than bar by bar. */
    static boolean laneIsProfile(Frame f, int lane) {
        LaneSlots slots = f.slots;
        if (f.rows.isDense() || slots.isDense(lane)) {
            return true;
        }
        double subH = f.rows.rowHeight() / slots.slotCount(lane);
        return subH * f.scale < MIN_SUBROW_DEVICE_PX || slots.taskCount(lane) > 2 * f.plotWidth * f.scale;
    }

    /**
     * Draws the tasks of the visible lanes that are drawn bar by bar, each in its slot's sub-row; then
     * {@code overBars} (the holds of a simulated GIL), then the tasks' numbers, so that nothing covers them.
     */
    void paintLaneRows(Frame f, Runnable overBars) {
        TaskTimeline tl = f.timeline;
        RowLayout rows = f.rows;
        int first = rows.firstVisibleRow();
        int last = rows.lastVisibleRow();
        boolean anyBars = false;
        for (int row = Math.max(f.firstLaneRow, first); row <= last && !anyBars; row++) {
            anyBars = !laneIsProfile(f, row - f.firstLaneRow);
        }
        int n = anyBars ? tl.size() : 0;
        for (int task = 0; task < n; task++) {
            if (laneBar(f, task, first, last, bar)) {
                paintTask(f, task, bar[0], bar[1], false);
            }
        }
        overBars.run();
        for (int task = 0; task < n; task++) {
            if (laneBar(f, task, first, last, bar) && bar[1] >= AxisPainter.SMALL_ROW) {
                taskNumber(f, task, bar[0] + bar[1] / 2);
            }
        }
    }

    /**
     * Where {@code task}'s bar lies in the threads view, into {@code bar} = {top, height}; false when its lane is not
     * among the rows {@code first} … {@code last} or is drawn as a profile rather than bar by bar.
     */
    static boolean laneBar(Frame f, int task, int first, int last, double[] bar) {
        int lane = f.timeline.lane(task);
        int slot = f.slots.slot(task);
        int row = lane < 0 ? -1 : f.rowOfLane(lane);
        if (lane < 0 || row < first || row > last || slot < 0 || laneIsProfile(f, lane)) {
            return false;
        }
        double subH = f.rows.rowHeight() / f.slots.slotCount(lane);
        double barH = subH >= GAP_FROM ? subH * BAR_SHARE : subH;
        bar[0] = f.rows.rowTop(row) + slot * subH + (subH - barH) / 2;
        bar[1] = barH;
        return true;
    }

    /** Where row {@code row}'s bar lies in the tasks view, into {@code bar} = {top, height}. */
    static void taskBar(Frame f, int row, double[] bar) {
        double rowH = f.rows.rowHeight();
        double barH = rowH >= GAP_FROM ? rowH * BAR_SHARE : rowH;
        bar[0] = f.rows.rowTop(row) + (rowH - barH) / 2;
        bar[1] = barH;
    }

    /** The task's number inside its bar in the threads view, where it fits. */
    private void taskNumber(Frame f, int task, double centre) {
        long st = f.asOfNow(f.timeline.startedNanos(task));
        long fi = st == TaskTimeline.NOT_YET ? TaskTimeline.NOT_YET : f.asOfNow(f.timeline.finishedNanos(task));
        double x0 = Math.max(f.plotLeft, f.axis.timeToX(st));
        double x1 = Math.min(f.plotRight(), f.axis.timeToX(fi == TaskTimeline.NOT_YET ? f.now : fi));
        String label = f.labels.number(task);
        if (x1 - x0 >= f.surface.textWidth(label, ChartFont.SMALL) + 16) {
            double barH = f.rows.rowHeight() / f.slots.slotCount(f.timeline.lane(task)) * BAR_SHARE;
            labelOnBar(f, label, x0 + 8, centre, barH, task);
        }
    }

    /**
     * Writes {@code text} in {@link ChartFont#SMALL} from {@code x} on {@code task}'s bar centred at {@code centre},
     * in the ink that contrasts with what the bar is filled with there (its lane, or the phase a traced task was in:
     * a Python task's grey hatched await). On a hatched or striped fill a plain patch of its colour goes under the
     * text first: text over hatches and stripes is hard to read; so on a plain fill where the ideal's or the
     * total's line crosses the label (a halo of the bar's own colour over the line), and where the label runs over
     * a fill that wants the other ink (a short dark "read" at a request's end); a traced task's running
     * slices show through the patch, under the text: every slice has its mark.
     */
    static void labelOnBar(Frame f, String text, double x, double centre, double barHeight, int task) {
        ChartFont font = ChartFont.SMALL;
        double w = f.surface.textWidth(text, font);
        ChartPaint under = fillAt(f, task, Math.round(f.axis.xToTime(x + w / 2)));
        ChartPaint patch = f.palette.patchUnder(under);
        ChartPaint ink = f.palette.textOn(under);
        // A label over two fills that want other inks (a request's "await" and its dark "read") gets the patch too.
        boolean mixed = !f.palette.textOn(fillAt(f, task, Math.round(f.axis.xToTime(x)))).equals(ink)
                || !f.palette.textOn(fillAt(f, task, Math.round(f.axis.xToTime(x + w)))).equals(ink);
        if (patch != under || mixed || f.crossesMarker(x - 5, x + w + 5)) {
            double h = Math.min(barHeight - 4, font.size() + 6);
            double top = f.snap(centre - h / 2);
            f.surface.fillRect(f.snap(x - 5), top, f.snap(w + 10), f.snap(h), patch);
            PhasePainter.runningUnder(f, task, x - 5, x + w + 5, top, top + f.snap(h));
        }
        f.surface.text(text, x, centre + font.centreToBaseline(), font, ink, ChartSurface.Anchor.START);
    }

    /**
     * What {@code task}'s bar is filled with at {@code nanos}: the phase drawn there (a traced or http run), else
     * the simulated GIL's wait, else the lane's colour (striped when the task computes).
     */
    static ChartPaint fillAt(Frame f, int task, long nanos) {
        TaskTimeline tl = f.timeline;
        PhaseTimeline phases = tl.phaseTimeline();
        if (phases != null) {
            for (int p = phases.phaseCount(task) - 1; p >= 0; p--) {
                if (phases.phaseStartNanos(task, p) <= nanos) {
                    Phase kind = phases.phase(task, p);
                    return f.isComputation(kind) ? plainFill(f, task) : f.palette.phase(kind);
                }
            }
        }
        return plainFill(f, task);
    }

    /**
     * A started task's fill where no phase is drawn: its lane's colour (striped when it computes), or, under the
     * simulated GIL, the lock's wait, which is what such a task mostly does (LockPainter draws its holds over it).
     */
    private static ChartPaint plainFill(Frame f, int task) {
        TaskTimeline tl = f.timeline;
        return tl.lockTimeline() != null ? f.palette.lockWaiting() : f.palette.lane(tl.lane(task), f.computing());
    }

    /**
     * Draws one task's bar between {@code top} and {@code top + height}; {@code withWaiting} adds the part before
     * it started (the tasks view: a task waits before it has a thread, so the threads view leaves it out).
     */
    private void paintTask(Frame f, int task, double top, double height, boolean withWaiting) {
        TaskTimeline tl = f.timeline;
        long sub = f.asOfNow(tl.submittedNanos(task));
        if (sub == TaskTimeline.NOT_YET) {
            return;
        }
        double y0 = Math.max(top, f.plotTop);
        double y1 = Math.min(top + height, f.plotBottom());
        if (y1 <= y0) {
            return;
        }
        y0 = f.snap(y0);
        y1 = Math.max(f.snap(y1), y0 + 1 / f.scale);
        long st = f.asOfNow(tl.startedNanos(task));
        long fi = st == TaskTimeline.NOT_YET ? TaskTimeline.NOT_YET : f.asOfNow(tl.finishedNanos(task));
        ChartSurface s = f.surface;
        boolean grouped = s.groupsTasks();
        if (grouped) {
            s.beginTask(task, TaskLabels.describe(tl, task, f.now, f.origin(), f.words, f.mode));
        }
        long waitEnd = st == TaskTimeline.NOT_YET ? f.now : st;
        if (withWaiting && (waitEnd > sub || st == TaskTimeline.NOT_YET)) {
            span(f, sub, waitEnd, y0, y1, f.palette.waiting());
        }
        if (st != TaskTimeline.NOT_YET) {
            long runEnd = fi == TaskTimeline.NOT_YET ? f.now : fi;
            ChartPaint running = plainFill(f, task);
            double xEnd = span(f, st, runEnd, y0, y1, running);
            // a task with phases gets its cap from PhasePainter, over the phases that would hide this one
            if (fi != TaskTimeline.NOT_YET && !Double.isNaN(xEnd) && tl.phaseTimeline() == null) {
                doneCap(f, st, xEnd, y0, y1, f.palette.doneCapOn(running));
            }
        }
        if (task == f.hover) {
            outline(f, withWaiting || st == TaskTimeline.NOT_YET ? sub : st, fi == TaskTimeline.NOT_YET ? f.now : fi,
                    y0, y1);
        }
        if (grouped) {
            s.endTask();
        }
    }

    /** Fills [from, to) of a bar, at least one device pixel wide; returns its snapped right edge, NaN if hidden. */
    private double span(Frame f, long from, long to, double y0, double y1, ChartPaint paint) {
        double x0 = f.axis.timeToX(from);
        double x1 = f.axis.timeToX(to);
        if (x1 < f.plotLeft || x0 > f.plotRight()) {
            return Double.NaN;
        }
        double a = f.snap(Math.max(x0, f.plotLeft));
        double b = f.snap(Math.min(x1, f.plotRight()));
        double px = 1 / f.scale;
        if (b - a < px) {
            b = a + px;
        }
        f.surface.fillRect(a, y0, b - a, y1 - y0, paint);
        return x1 > f.plotRight() ? Double.NaN : b;
    }

    /**
     * The "done" end cap of {@code task}, which ran from {@code start} to {@code finished}, drawn over its phases: in
     * the colour that shows on the phase it ended in; nothing when its end is outside the plot.
     */
    static void doneCapOverPhases(Frame f, int task, long start, long finished, double y0, double y1) {
        double x1 = f.axis.timeToX(finished);
        if (x1 < f.plotLeft || x1 > f.plotRight()) {
            return;
        }
        double a = f.snap(Math.max(f.axis.timeToX(start), f.plotLeft));
        double xEnd = Math.max(f.snap(x1), a + 1 / f.scale);
        doneCap(f, start, xEnd, y0, y1, f.palette.doneCapOn(fillAt(f, task, finished)));
    }

    /** The "done" end cap at a finished bar's end, in {@code paint}: a colour that shows on the bar's fill. */
    private static void doneCap(Frame f, long start, double xEnd, double y0, double y1, ChartPaint paint) {
        double width = xEnd - Math.max(f.plotLeft, f.snap(f.axis.timeToX(start)));
        double cap = f.snap(Math.min(CAP, width / 4));
        if (cap * f.scale >= 1 && y1 - y0 >= 4) {
            f.surface.fillRect(xEnd - cap, y0, cap, y1 - y0, paint);
        }
    }

    private void outline(Frame f, long from, long to, double y0, double y1) {
        double a = f.snap(Math.max(f.plotLeft, f.axis.timeToX(from))) - 2;
        double b = f.snap(Math.min(f.plotRight(), f.axis.timeToX(to))) + 2;
        double t = 2;
        ChartPaint ink = f.palette.of(ChartColor.TEXT);
        ChartSurface s = f.surface;
        s.fillRect(a, y0 - t, b - a, t, ink);
        s.fillRect(a, y1, b - a, t, ink);
        s.fillRect(a, y0, t, y1 - y0, ink);
        s.fillRect(b - t, y0, t, y1 - y0, ink);
    }
}
