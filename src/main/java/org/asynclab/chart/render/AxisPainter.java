package org.asynclab.chart.render;

import org.asynclab.chart.ChartView;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.chart.geometry.TimeTicks;

/**
 * The frame of the plot: row shading, time grid and tick labels below the plot, and the row labels left of it
 * (task numbers and delays, or thread names). Labels are drawn only where they fit; rows too thin for a label each
 * get "nice" row ticks instead (#0, #250,000, …).
 */
final class AxisPainter {
    /** Rows at least this tall (points) get a label each, in {@link ChartFont#LABEL}. */
    static final double LABEL_ROW = 24;
    /** Rows at least this tall get a label each, in {@link ChartFont#SMALL}. */
    static final double SMALL_ROW = 16;
    /**
     * Up to this many rows, every row is labelled even when thinner than {@link #SMALL_ROW}: "#0, #1" beat ticks.
     * Only bare numbers: names ("Task-2 wait_random", "pool-1-worker-2") on rows that thin run into each other.
     */
    static final int FEW_ROWS = 30;
    /** The thinnest row that still gets its own label when there are few rows. */
    static final double FEW_ROW = 11;
    /** Least room between two time ticks, in points: a label such as "12.5 s" and a gap. */
    private static final double TICK_SPACING = 110;
    /** Least room between two row ticks, in points. */
    private static final double ROW_TICK_SPACING = 48;

    private final TimeTicks ticks = new TimeTicks();
    private final int[] rowTickRows = new int[64];

    /** Shades every other row (or lane) and separates lanes, where rows are tall enough to see it. */
    void paintRows(Frame f) {
        RowLayout rows = f.rows;
        ChartSurface s = f.surface;
        s.fillRect(f.plotLeft, f.plotTop, f.plotWidth, f.plotHeight, f.palette.of(ChartColor.PLOT));
        if (rows.rowHeight() * f.scale < 6) {
            return;
        }
        int last = rows.lastVisibleRow();
        for (int row = rows.firstVisibleRow(); row <= last; row++) {
            double top = Math.max(f.plotTop, f.snap(rows.rowTop(row)));
            double bottom = Math.min(f.plotBottom(), f.snap(rows.rowTop(row + 1)));
            if (row % 2 == 1 && bottom > top) {
                s.fillRect(f.plotLeft, top, f.plotWidth, bottom - top, f.palette.rowShade());
            }
            if (f.view == ChartView.THREADS && row > 0 && top > f.plotTop) {
                s.fillRect(f.plotLeft, top, f.plotWidth, 1 / f.scale, f.palette.of(ChartColor.GRID));
            }
        }
    }

    /** Vertical grid lines at the ticks, the plot's base line, and the tick labels under it. */
    void paintTimeAxis(Frame f) {
        ticks.setDecimalSeparator(f.words.decimalSeparator());
        ticks.update(f.axis, TICK_SPACING);
        ChartSurface s = f.surface;
        ChartPaint grid = f.palette.of(ChartColor.GRID);
        ChartPaint text = f.palette.of(ChartColor.TEXT);
        double baseline = f.plotBottom() + 8 + ChartFont.LABEL.size();
        for (int i = 0; i < ticks.count(); i++) {
            double x = f.snap(f.axis.axisTimeToX(ticks.time(i)));
            if (x < f.plotLeft - 0.5 || x > f.plotRight() + 0.5) {
                continue;
            }
            s.fillRect(x, f.plotTop, 1 / f.scale, f.plotHeight, grid);
            if (!f.timeLabels) {
                continue;
            }
            s.fillRect(x, f.plotBottom(), 1 / f.scale, 6, text);
            String label = ticks.label(i);
            double half = s.textWidth(label, ChartFont.LABEL) / 2;
            double cx = Math.max(f.plotLeft - 8 + half, Math.min(s.width() - 4 - half, x));
            s.text(label, cx, baseline, ChartFont.LABEL, text, ChartSurface.Anchor.MIDDLE);
        }
        s.fillRect(f.plotLeft, f.snap(f.plotBottom()), f.plotWidth, Math.max(1, f.scale) / f.scale, text);
    }

    /** Row labels in the column left of the plot. */
    void paintRowLabels(Frame f) {
        RowLayout rows = f.rows;
        double rowH = rows.rowHeight();
        if (rowH >= SMALL_ROW || rows.rowCount() <= FEW_ROWS && rowH >= FEW_ROW && f.rowLabelsAreNumbers()) {
            ChartFont font = rowH >= LABEL_ROW ? ChartFont.LABEL : ChartFont.SMALL;
            // A label may reach half a row beyond its row's middle, never past the plot's edge.
            double margin = Math.min(font.size(), rowH) / 2 - 0.5;
            int last = rows.lastVisibleRow();
            for (int row = rows.firstVisibleRow(); row <= last; row++) {
                double centre = rows.rowTop(row) + rowH / 2;
                if (centre > f.plotTop + margin && centre < f.plotBottom() - margin + 2) {
                    rowLabel(f, row, centre, font);
                }
            }
            return;
        }
        paintRowTicks(f);
    }

    private void rowLabel(Frame f, int row, double centre, ChartFont font) {
        String label = f.rowLabel(row);
        f.surface.text(label, f.plotLeft - 12, centre + font.centreToBaseline(), font,
                f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.END);
    }

    /** For thin rows: a label at every "nice" row number, with a short tick. */
    private void paintRowTicks(Frame f) {
        RowLayout rows = f.rows;
        double step = Math.max(1, TimeTicks.niceStep(rows.visibleRows(), f.plotHeight, ROW_TICK_SPACING));
        int n = 0;
        // Task numbers start at 0, so the nice numbers #0, #250,000 … are the rows of those indices.
        long k = rows.scroll() < 0.5 ? 0 : (long) Math.ceil(rows.scroll() / step);
        for (; n < rowTickRows.length; k++) {
            long row = Math.round(k * step);
            if (row > rows.lastVisibleRow()) {
                break;
            }
            if (n > 0 && (row - rowTickRows[n - 1]) * rows.rowHeight() < ROW_TICK_SPACING * 0.6) {
                continue;
            }
            rowTickRows[n] = (int) row;
            n++;
        }
        ChartPaint text = f.palette.of(ChartColor.TEXT);
        for (int i = 0; i < n; i++) {
            int row = rowTickRows[i];
            double y = Math.max(f.plotTop, rows.rowTop(row));
            f.surface.fillRect(f.plotLeft - 6, f.snap(y), 6, 1 / f.scale * Math.max(1, f.scale), text);
            String label = f.rowLabel(row);
            // Centred on its tick, but never above the plot: "#0" on the plot's top edge reached into the title line.
            double centre = Math.max(y, f.plotTop + ChartFont.SMALL.size() / 2);
            double baseline = Math.min(f.plotBottom(), centre + ChartFont.SMALL.centreToBaseline());
            f.surface.text(label, f.plotLeft - 10, baseline, ChartFont.SMALL, text, ChartSurface.Anchor.END);
        }
    }

    /** The delay written on (or after) each bar of the tasks view, where it fits. */
    void paintDelays(Frame f) {
        RowLayout rows = f.rows;
        if (f.view != ChartView.TASKS || rows.rowHeight() < SMALL_ROW || rows.isDense()) {
            return;
        }
        ChartSurface s = f.surface;
        ChartFont font = ChartFont.SMALL;
        int last = rows.lastVisibleRow();
        for (int task = rows.firstVisibleRow(); task <= last; task++) {
            long st = f.asOfNow(f.timeline.startedNanos(task));
            long fi = st < 0 ? -1 : f.asOfNow(f.timeline.finishedNanos(task));
            if (fi < 0) {
                continue;
            }
            double centre = rows.rowTop(task) + rows.rowHeight() / 2;
            if (centre < f.plotTop + font.size() / 2 || centre > f.plotBottom() - font.size() / 2) {
                continue;
            }
            String label = f.labels.delay(task);
            double w = s.textWidth(label, font);
            double x0 = Math.max(f.plotLeft, f.axis.timeToX(st));
            double x1 = f.axis.timeToX(fi);
            double baseline = centre + font.centreToBaseline();
            if (x1 - x0 >= w + 16 && x1 <= f.plotRight()) {
                BarPainter.labelOnBar(f, label, x1 - 8 - w, centre, rows.rowHeight() * 0.72, task);
            } else if (x1 + 8 + w <= f.plotRight() && x1 >= f.plotLeft) {
                if (f.crossesMarker(x1 + 4, x1 + 12 + w)) {
                    // A halo of the row's own colour: the ideal's or the total's line must not cut the digits.
                    ChartPaint row = rows.rowHeight() * f.scale >= 6 && task % 2 == 1 ? f.palette.rowShade()
                            : f.palette.of(ChartColor.PLOT);
                    double h = Math.min(rows.rowHeight(), font.size() + 6);
                    s.fillRect(f.snap(x1 + 4), f.snap(centre - h / 2), f.snap(w + 8), f.snap(h), row);
                }
                s.text(label, x1 + 8, baseline, font, f.palette.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.START);
            }
        }
    }
}
