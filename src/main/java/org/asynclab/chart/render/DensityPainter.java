package org.asynclab.chart.render;

import java.util.Arrays;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskTimeline;

/**
 * Draws what is too dense for bars as one image: in the tasks view, rows merged into one band per device pixel
 * row, coloured by how many of the band's tasks run (or wait) at each moment; in the threads view, a lane whose
 * tasks overlap too much (the event loop with thousands of waiting tasks) as the profile of its concurrency, and
 * lanes merged into bands when there are more lanes than pixels. Cost per frame: four array writes per task and
 * one write per pixel, so a million tasks still draw at frame rate. The phases of a run that records them are drawn
 * in the bands in their own paints, as on bars: a race lesson's 500 tasks are less than a pixel each in a window's
 * chart, and what it points at (read-to-write windows that overlap, then the lock waits and the staircase of
 * windows that follow one another) must show there. Where a band's tasks are in different phases at one pixel, the
 * phase of {@link #PRIORITY} first wins: the short ones a lesson names over the long waits around them.
 */
final class DensityPainter {
    /** The phases in the order they win a band's pixel: the short and telling ones before the long waits. */
    private static final Phase[] PRIORITY = {Phase.READ_WRITE, Phase.LOCK_WAIT, Phase.SEMAPHORE_WAIT, Phase.CONNECT,
        Phase.READ, Phase.RUNNING, Phase.AWAIT_ANSWER, Phase.WAITING};
    private final DensityRaster raster = new DensityRaster();
    /** Device columns per nanosecond and the column of time 0, set by {@link #begin}: x = t · slope + offset. */
    private double slope;
    private double offset;
    private double lastColumn;
    private int[] laneRow = new int[0];
    /** This frame's marked layer of each phase (−1: not recorded in the run), and each layer's paint. */
    private final int[] layerOf = new int[Phase.values().length];
    private final ChartPaint[] layerPaint = new ChartPaint[Phase.values().length];

    /** Draws the visible rows of the tasks view as density bands. */
    void paintTaskBands(Frame f) {
        TaskTimeline tl = f.timeline;
        PhaseTimeline phases = tl.phaseTimeline();
        int layers = phases == null ? 0 : layers(f);
        begin(f, layers);
        RowLayout rows = f.rows;
        int last = rows.lastVisibleRow();
        double toBand = rows.rowHeight() * f.scale;
        double firstOffset = -rows.scroll() * toBand;
        for (int task = rows.firstVisibleRow(); task <= last; task++) {
            long sub = f.asOfNow(tl.submittedNanos(task));
            if (sub == TaskTimeline.NOT_YET) {
                continue;
            }
            int band = (int) (firstOffset + task * toBand);
            long st = f.asOfNow(tl.startedNanos(task));
            long waitEnd = st == TaskTimeline.NOT_YET ? f.now : st;
            if (waitEnd > sub || st == TaskTimeline.NOT_YET) {
                raster.addWait(band, col(f, sub, false), col(f, waitEnd, true));
            }
            if (st != TaskTimeline.NOT_YET) {
                long fi = f.asOfNow(tl.finishedNanos(task));
                raster.addRun(band, col(f, st, false), col(f, fi == TaskTimeline.NOT_YET ? f.now : fi, true));
            }
            if (layers > 0) {
                addPhases(f, phases, task, band);
            }
        }
        finish(f, rows.rowsPerDevicePixel(), layers > 0 ? layerPaint : null);
    }

    /** Gives each phase recorded so far a marked layer, in {@link #PRIORITY}'s order; returns how many. */
    private int layers(Frame f) {
        Arrays.fill(layerOf, -1);
        int layers = 0;
        for (Phase phase : PRIORITY) {
            if ((f.phaseKinds & 1 << phase.ordinal()) != 0) {
                layerOf[phase.ordinal()] = layers;
                layerPaint[layers++] = f.palette.phase(phase);
            }
        }
        return layers;
    }

    /** Marks {@code task}'s phases in its band, each in its phase's layer, clipped at the frame's now. */
    private void addPhases(Frame f, PhaseTimeline phases, int task, int band) {
        int count = phases.phaseCount(task);
        for (int p = 0; p < count; p++) {
            long start = phases.phaseStartNanos(task, p);
            if (start > f.now) {
                return;
            }
            int layer = layerOf[phases.phase(task, p).ordinal()];
            if (layer >= 0) {
                long end = f.asOfNow(phases.phaseEndNanos(task, p));
                raster.addMark(layer, band, col(f, start, false),
                        col(f, end == TaskTimeline.NOT_YET ? f.now : end, true));
            }
        }
    }

    /**
     * Draws the rows of the threads view that are not drawn bar by bar: lanes with too much overlap as the
     * profile of their concurrency, the "waiting" row as the profile of the queue, and every row as an intensity
     * band when there are more rows than pixels. Returns false when there is nothing to draw that way.
     */
    boolean paintLaneProfiles(Frame f) {
        RowLayout rows = f.rows;
        int first = Math.max(0, rows.firstVisibleRow());
        int last = rows.lastVisibleRow();
        if (laneRow.length < rows.rowCount()) {
            laneRow = new int[Math.max(rows.rowCount(), laneRow.length * 2)];
        }
        Arrays.fill(laneRow, 0, rows.rowCount(), -1);
        boolean queue = f.firstLaneRow > 0 && first == 0;
        boolean any = queue;
        for (int row = Math.max(first, f.firstLaneRow); row <= last && !any; row++) {
            any = BarPainter.laneIsProfile(f, row - f.firstLaneRow);
        }
        if (!any) {
            return false;
        }
        begin(f);
        for (int row = first; row <= last; row++) {
            if (row < f.firstLaneRow ? row == 0 : BarPainter.laneIsProfile(f, row - f.firstLaneRow)) {
                laneRow[row] = bandOf(f, row);
            }
        }
        addTasks(f, first, last);
        finish(f, rows.rowsPerDevicePixel());
        return true;
    }

    /** The device row that counts a row's tasks; a profile's band also spans the row's other pixel rows. */
    private int bandOf(Frame f, int row) {
        RowLayout rows = f.rows;
        double top = (rows.rowTop(row) - f.plotTop) * f.scale;
        int y0 = (int) Math.floor(top);
        boolean queue = row < f.firstLaneRow;
        if (rows.isDense() && !queue) {
            return y0;
        }
        // The "waiting" row: its profile spans its rows, several among lanes thinner than a pixel (ChartPainter).
        double toDevice = rows.rowHeight() * f.scale * (queue ? f.firstLaneRow : 1);
        int inset = (int) Math.round(toDevice * 0.08);
        int start = Math.max(0, y0 + inset);
        int end = (int) Math.floor(top + toDevice) - inset;
        Palette p = f.palette;
        if (queue) {
            raster.profile(start, end, p.waiting().argb(), p.waiting().inkArgb(), ChartPaint.Pattern.HATCH);
        } else {
            int lane = p.argb(ChartColor.lane(row - f.firstLaneRow));
            int ink = f.computing() ? Palette.mix(lane, p.argb(ChartColor.BACKGROUND), 0.5) : lane;
            raster.profile(start, end, lane, ink, ChartPaint.Pattern.STRIPES);
        }
        return start;
    }

    /** Counts each task in its lane's row while it runs, and in the queue row while it waits. */
    private void addTasks(Frame f, int first, int last) {
        TaskTimeline tl = f.timeline;
        int queueRow = f.firstLaneRow > 0 ? laneRow[0] : -1;
        int n = tl.size();
        for (int task = 0; task < n; task++) {
            long st = f.asOfNow(tl.startedNanos(task));
            if (queueRow >= 0) {
                long sub = f.asOfNow(tl.submittedNanos(task));
                long waitEnd = st == TaskTimeline.NOT_YET ? f.now : st;
                if (sub != TaskTimeline.NOT_YET && waitEnd > sub) {
                    raster.addRun(queueRow, col(f, sub, false), col(f, waitEnd, true));
                }
            }
            int row = f.rowOfLane(tl.lane(task));
            if (st == TaskTimeline.NOT_YET || row < first || row > last || laneRow[row] < 0) {
                continue;
            }
            long fi = f.asOfNow(tl.finishedNanos(task));
            raster.addRun(laneRow[row], col(f, st, false), col(f, fi == TaskTimeline.NOT_YET ? f.now : fi, true));
        }
    }

    private void begin(Frame f) {
        begin(f, 0);
    }

    private void begin(Frame f, int layers) {
        raster.begin((int) Math.round(f.plotWidth * f.scale), (int) Math.round(f.plotHeight * f.scale), layers);
        slope = f.scale / f.axis.nanosPerPoint();
        offset = (f.axis.timeToX(0) - f.plotLeft) * f.scale;
        lastColumn = raster.width() + 1;
    }

    private void finish(Frame f, double norm) {
        finish(f, norm, null);
    }

    private void finish(Frame f, double norm, ChartPaint[] marked) {
        int tile = (int) Math.round(ChartPaint.TILE * f.scale);
        raster.render(f.palette, f.computing(), norm, (int) Math.round(f.plotLeft * f.scale),
                (int) Math.round(f.plotTop * f.scale), tile, marked);
        f.surface.pixels(f.plotLeft, f.plotTop, raster.width() / f.scale, raster.height() / f.scale,
                raster.pixels(), raster.width(), raster.height());
    }

    /** The device column of an instant, rounded down for a start and up for an end. */
    private int col(Frame f, long nanos, boolean end) {
        double c = nanos * slope + offset;
        if (c < -1) {
            return -1;
        }
        double clamped = Math.min(c, lastColumn);
        return (int) (end ? Math.ceil(clamped) : Math.floor(clamped));
    }
}
