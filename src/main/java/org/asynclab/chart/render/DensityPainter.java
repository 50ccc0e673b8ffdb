package org.asynclab.chart.render;

import java.util.Arrays;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.model.TaskTimeline;

/**
 * Draws what is too dense for bars as one image: in the tasks view, rows merged into one band per device pixel
 * row, coloured by how many of the band's tasks run (or wait) at each moment; in the threads view, a lane whose
 * tasks overlap too much (the event loop with thousands of waiting tasks) as the profile of its concurrency, and
 * lanes merged into bands when there are more lanes than pixels. Cost per frame: four array writes per task and
 * one write per pixel, so a million tasks still draw at frame rate.
 */
final class DensityPainter {
    private final DensityRaster raster = new DensityRaster();
    /** Device columns per nanosecond and the column of time 0, set by {@link #begin}: x = t · slope + offset. */
    private double slope;
    private double offset;
    private double lastColumn;
    private int[] laneRow = new int[0];

    /** Draws the visible rows of the tasks view as density bands. */
    void paintTaskBands(Frame f) {
        begin(f);
        TaskTimeline tl = f.timeline;
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
        }
        finish(f, rows.rowsPerDevicePixel());
    }

    /** Draws the lanes of the threads view that are not drawn bar by bar. Returns false when there are none. */
    boolean paintLaneProfiles(Frame f) {
        RowLayout rows = f.rows;
        int first = rows.firstVisibleRow();
        int last = rows.lastVisibleRow();
        if (laneRow.length < rows.rowCount()) {
            laneRow = new int[Math.max(rows.rowCount(), laneRow.length * 2)];
        }
        Arrays.fill(laneRow, 0, rows.rowCount(), -1);
        boolean any = false;
        for (int lane = Math.max(0, first); lane <= last; lane++) {
            any |= BarPainter.laneIsProfile(f, lane);
        }
        if (!any) {
            return false;
        }
        begin(f);
        double toDevice = rows.rowHeight() * f.scale;
        for (int lane = Math.max(0, first); lane <= last; lane++) {
            if (!BarPainter.laneIsProfile(f, lane)) {
                continue;
            }
            double top = (rows.rowTop(lane) - f.plotTop) * f.scale;
            int y0 = (int) Math.floor(top);
            laneRow[lane] = y0;
            if (!rows.isDense()) {
                int inset = (int) Math.round(toDevice * 0.08);
                laneRow[lane] = Math.max(0, y0 + inset);
                int lanePaint = f.palette.argb(ChartColor.lane(lane));
                int ink = Palette.mix(lanePaint, f.palette.argb(ChartColor.BACKGROUND), 0.5);
                raster.profile(laneRow[lane], (int) Math.floor(top + toDevice) - inset, lanePaint, ink);
            }
        }
        TaskTimeline tl = f.timeline;
        int n = tl.size();
        for (int task = 0; task < n; task++) {
            int lane = tl.lane(task);
            if (lane < first || lane > last || laneRow[lane] < 0) {
                continue;
            }
            long st = f.asOfNow(tl.startedNanos(task));
            if (st != TaskTimeline.NOT_YET) {
                long fi = f.asOfNow(tl.finishedNanos(task));
                raster.addRun(laneRow[lane], col(f, st, false), col(f, fi == TaskTimeline.NOT_YET ? f.now : fi, true));
            }
        }
        finish(f, rows.rowsPerDevicePixel());
        return true;
    }

    private void begin(Frame f) {
        raster.begin((int) Math.round(f.plotWidth * f.scale), (int) Math.round(f.plotHeight * f.scale));
        slope = f.scale / f.axis.nanosPerPoint();
        offset = (f.axis.timeToX(0) - f.plotLeft) * f.scale;
        lastColumn = raster.width() + 1;
    }

    private void finish(Frame f, double norm) {
        int tile = (int) Math.round(ChartPaint.TILE * f.scale);
        raster.render(f.palette, f.computing(), norm, (int) Math.round(f.plotLeft * f.scale),
                (int) Math.round(f.plotTop * f.scale), tile);
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
