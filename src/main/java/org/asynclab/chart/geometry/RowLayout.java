package org.asynclab.chart.geometry;

import org.asynclab.model.TaskTimeline;

/**
 * The vertical layout of the plot: how tall a row is, which rows are visible, whether rows are scrolled, and
 * whether they are so thin that they must be merged into density bands. A row is a task (tasks view) or a lane
 * (threads view). Pure arithmetic; the painter, the control's scroll bar and the hit test read it.
 *
 * <p>By default every row fits the plot ({@code rowZoom} 1): a few rows are tall (up to the preferred height),
 * many rows are thin, and more rows than device pixels become density bands. A vertical zoom makes rows taller
 * than the fit; then they no longer fit and scroll.
 */
public final class RowLayout {
    /** Rows thinner than this many device pixels are merged into density bands. */
    public static final double MIN_ROW_DEVICE_PX = 1.0;
    /** How far from a bar, in points, the mouse still points at it. */
    public static final double HIT_TOLERANCE = 4;
    /** Tallest vertical zoom, relative to the fitted row height. */
    public static final double MAX_ROW_ZOOM = 4096;

    private int rowCount;
    private double top;
    private double height = 1;
    private double scale = 1;
    private double preferredRowHeight = 40;
    private double rowZoom = 1;
    private double scroll;
    private double rowHeight = 1;

    /**
     * Lays out {@code rows} rows in the plot {@code [plotTop, plotTop + plotHeight)} on a surface of
     * {@code deviceScale} device pixels per point; a row is at most {@code preferred} points tall when fitted.
     */
    public void update(int rows, double plotTop, double plotHeight, double deviceScale, double preferred) {
        this.rowCount = Math.max(0, rows);
        this.top = plotTop;
        this.height = Math.max(1, plotHeight);
        this.scale = deviceScale > 0 ? deviceScale : 1;
        this.preferredRowHeight = Math.max(1, preferred);
        double fit = fitRowHeight();
        rowHeight = Math.min(fit * rowZoom, Math.max(fit, height));
        setScroll(scroll);
    }

    private double fitRowHeight() {
        return rowCount == 0 ? preferredRowHeight : Math.min(preferredRowHeight, height / rowCount);
    }

    /**
     * How many rows a band of its own takes above {@code others} rows in {@code plotDevicePx} device pixels: one where
     * rows are at least a pixel tall, otherwise enough rows for about {@code bandPx} pixels (at most half the plot).
     * The threads view's "waiting" row: one row among thousands of thin lanes shared its pixel with the first lanes.
     */
    public static int rowsForBand(int others, double plotDevicePx, double bandPx) {
        if (others + 1 <= plotDevicePx / MIN_ROW_DEVICE_PX) {
            return 1;
        }
        double band = Math.min(bandPx, plotDevicePx / 2);
        return (int) Math.max(1, Math.ceil(band * others / Math.max(1, plotDevicePx - band)));
    }

    /** Height of one row in points. */
    public double rowHeight() {
        return rowHeight;
    }

    /** Number of rows. */
    public int rowCount() {
        return rowCount;
    }

    /** Whether rows are thinner than a device pixel and must be drawn as density bands. */
    public boolean isDense() {
        return rowHeight * scale < MIN_ROW_DEVICE_PX;
    }

    /** Rows that share one device pixel row in dense mode (1 or more). */
    public double rowsPerDevicePixel() {
        return Math.max(1, 1 / (rowHeight * scale));
    }

    /** Whether the rows are taller than the plot together, so a scroll bar is needed. */
    public boolean isScrollable() {
        return maxScroll() > 1e-9;
    }

    /** The first visible row position, in rows (fractional while scrolling smoothly). */
    public double scroll() {
        return scroll;
    }

    /** Greatest scroll position: the last row touches the plot's bottom. */
    public double maxScroll() {
        return Math.max(0, rowCount - height / rowHeight);
    }

    /** Rows visible at once (fractional). */
    public double visibleRows() {
        return Math.min(rowCount, height / rowHeight);
    }

    /** Scrolls to {@code rows}, clamped to {@code [0, maxScroll]}. */
    public void setScroll(double rows) {
        double s = Double.isFinite(rows) ? rows : 0;
        scroll = Math.max(0, Math.min(maxScroll(), s));
    }

    /** Scrolls by {@code dy} points (positive shows later rows). */
    public void scrollBy(double dy) {
        setScroll(scroll + dy / rowHeight);
    }

    /** The vertical zoom: 1 fits all rows, more makes rows taller (and scrollable). */
    public double rowZoom() {
        return rowZoom;
    }

    /** Zooms rows by {@code factor} keeping the row under {@code anchorY} in place. */
    public void zoomRows(double factor, double anchorY) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            return;
        }
        double anchorRow = scroll + (anchorY - top) / rowHeight;
        rowZoom = Math.max(1, Math.min(MAX_ROW_ZOOM, rowZoom * factor));
        double fit = fitRowHeight();
        rowHeight = Math.min(fit * rowZoom, Math.max(fit, height));
        setScroll(anchorRow - (anchorY - top) / rowHeight);
    }

    /** Back to all rows fitting the plot. */
    public void fitRows() {
        rowZoom = 1;
        scroll = 0;
        rowHeight = fitRowHeight();
    }

    /** Index of the first row that is at least partly visible. */
    public int firstVisibleRow() {
        return (int) Math.floor(scroll);
    }

    /** Index of the last row that is at least partly visible, or −1 when there are no rows. */
    public int lastVisibleRow() {
        if (rowCount == 0) {
            return -1;
        }
        return (int) Math.min(rowCount - 1, Math.ceil(scroll + height / rowHeight) - 1);
    }

    /** The top of row {@code row} in points (may lie above the plot when scrolled). */
    public double rowTop(int row) {
        return top + (row - scroll) * rowHeight;
    }

    /** The row at {@code y}, or −1 outside the rows. */
    public int rowAt(double y) {
        if (y < top || y >= top + height || rowCount == 0) {
            return -1;
        }
        int row = (int) Math.floor(scroll + (y - top) / rowHeight);
        return row < rowCount ? row : -1;
    }

    /**
     * The task whose bar is at (x, y), or −1: in the tasks view ({@code slots == null}) the task of the row under
     * y, in the threads view the task of the lane and sub-row under y (lane 0 is row {@code firstLaneRow}); in both
     * only if its bar (waiting part included in the tasks view) lies within {@link #HIT_TOLERANCE} points of x, as
     * of {@code now}.
     */
    public int taskAt(double x, double y, TimeAxis axis, TaskTimeline timeline, long now, LaneSlots slots,
                      int firstLaneRow) {
        int hitRow = rowAt(y);
        if (hitRow < firstLaneRow) {
            return -1;
        }
        int row = hitRow - firstLaneRow;
        double t = axis.xToTime(x);
        double tolerance = HIT_TOLERANCE * axis.nanosPerPoint();
        if (slots == null) {
            return covers(timeline, row, t, tolerance, now, true) ? row : -1;
        }
        boolean profile = slots.isDense(row);
        int slot = profile ? -1 : (int) ((y - rowTop(hitRow)) / (rowHeight / slots.slotCount(row)));
        int best = -1;
        long bestStart = Long.MIN_VALUE;
        int n = timeline.size();
        for (int task = 0; task < n; task++) {
            if (timeline.lane(task) == row && (profile || slots.slot(task) == slot)
                    && covers(timeline, task, t, tolerance, now, false)
                    && timeline.startedNanos(task) > bestStart) {
                best = task;
                bestStart = timeline.startedNanos(task);
            }
        }
        return best;
    }

    private static boolean covers(TaskTimeline tl, int task, double t, double tolerance, long now,
                                  boolean withWaiting) {
        long from = withWaiting ? tl.submittedNanos(task) : tl.startedNanos(task);
        if (from == TaskTimeline.NOT_YET || from > now) {
            return false;
        }
        long end = tl.finishedNanos(task);
        if (end == TaskTimeline.NOT_YET || end > now) {
            end = now;
        }
        return t >= from - tolerance && t <= end + tolerance;
    }

    /** The plot's top in points. */
    public double top() {
        return top;
    }

    /** The plot's height in points. */
    public double height() {
        return height;
    }

    /** Device pixels per point. */
    public double deviceScale() {
        return scale;
    }

    /** A fingerprint of the layout, to tell whether a frame must be redrawn. */
    public long stamp() {
        long h = Double.doubleToLongBits(rowHeight);
        h = 31 * h + Double.doubleToLongBits(scroll);
        h = 31 * h + Double.doubleToLongBits(top);
        return 31 * h + rowCount;
    }
}
