package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.asynclab.chart.geometry.PlotAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;

/**
 * One panel of a sweep's plot: one figure (total or average) against n, one line and marker per mode, on a
 * logarithmic n axis. Drawn in small steps: heading, axes and grid, reference lines, lines, markers, the value of
 * each line's last point, and the step being measured.
 */
final class SweepPanel {
    /** The figure a panel shows. */
    enum Figure {
        /** First submit to last finish. */
        TOTAL,
        /** Total / n. */
        AVERAGE
    }

    private static final double HEADING_ROOM = 44;
    private static final double X_LABEL_ROOM = 62;
    private static final double END_LABEL_ROOM = 118;
    private static final double X_TICK_SPACING = 64;
    private static final double Y_TICK_SPACING = 44;
    private static final double LINEAR_TICK_SPACING = 64;
    /** From a line's last point to its value's text. */
    private static final double END_LABEL_GAP = 16;
    /**
     * The least distance between two values' centres, in px: the bold value's height and a clear gap. At 22 px (the
     * label's size + 4) "106 ms" sat right on "102 ms" (event loop and virtual threads at 1024x768), read as one.
     */
    private static final double VALUE_PITCH = ChartFont.MARKER.size() + 8;
    /** How far a value may be pushed from its point before a leader line joins them. */
    private static final double LEADER_FROM = 6;
    /** The steps, in px, in which a value's place is tried ({@link #centres}). */
    private static final double CENTRE_STEP = 2;
    /** How much farther than the values' stack needs a value may move to leave a dashed line, in px. */
    private static final double CENTRE_REACH = 24;
    /** What a value crossed by a dashed line costs, in squared px: more than any move within reach. */
    private static final double CROSSED = 1e6;
    /** What two values nearer than a line apart cost: worse than any crossing. */
    private static final double OVERLAPPED = 1e9;

    private final Figure figure;
    private final PlotAxis x = new PlotAxis(PlotAxis.Scale.LOG);
    private final PlotAxis y = new PlotAxis(PlotAxis.Scale.LOG);
    private ChartSurface s;
    private Palette p;
    private ChartLabels words = ChartLabels.ENGLISH;
    private BiFunction<Mode, Integer, String> modeNames = Mode::englishName;
    private double left;
    private double top;
    private double right;
    private double bottom;

    SweepPanel(Figure figure) {
        this.figure = figure;
    }

    /** Writes the panel's words from {@code labels} and its modes' names with {@code names} (English by default). */
    void setLabels(ChartLabels labels, BiFunction<Mode, Integer, String> names) {
        words = labels;
        modeNames = names;
    }

    /** Whether {@code figure}'s values span at least two decades, where a log scale shows them better. */
    static boolean spansDecades(SweepResult result, Figure figure) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (SweepPoint point : result.points()) {
            double v = value(point, figure);
            if (v > 0 && Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > 0 && max / min >= 100;
    }

    private static double value(SweepPoint point, Figure figure) {
        return figure == Figure.TOTAL ? point.totalSeconds() : point.averageSeconds();
    }

    /**
     * Paints the panel into the rectangle (px, py, pw, ph), with dashed lines through {@code ideals}; {@code current}
     * is the step measured now, or null.
     */
    void paint(ChartSurface surface, Palette palette, SweepResult result, SweepReferences.Ideals ideals, double[] rect,
               PlotAxis.Scale yScale, SweepPlan.Step current) {
        this.s = surface;
        this.p = palette;

        fit(result, yScale);
        layout(rect);
        paintHeading(rect[0]);
        paintGrid();
        List<List<Shown>> lines = shown(result);
        double[] plot = {left, top, right, bottom};
        List<double[]> dashed = new SweepReferences(s, p, x, y, plot, List.of(), List.of())
                .lines(ideals, figure == Figure.TOTAL);
        List<EndLabel> ends = endLabels(lines, dashed);
        new SweepReferences(s, p, x, y, plot, taken(lines, ends), segments(lines, ends))
                .paint(ideals, figure == Figure.TOTAL, words);
        paintSeries(lines, ends);
        if (current != null && x.shows(current.tasks())) {
            paintCurrent(current, result.plan().workers());
        }
    }

    private void fit(SweepResult result, PlotAxis.Scale yScale) {
        List<Integer> sizes = result.plan().sizes();
        x.fit(sizes.get(0), sizes.get(sizes.size() - 1));
        double min = Double.NaN;
        double max = Double.NaN;
        for (SweepPoint point : result.points()) {
            double v = value(point, figure);
            if (v > 0 && Double.isFinite(v)) {
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
            }
        }
        y.setScale(yScale);
        y.fit(min, max);
    }

    private void layout(double[] rect) {
        top = rect[1] + HEADING_ROOM;
        bottom = rect[1] + rect[3] - X_LABEL_ROOM;
        y.place(bottom, top);
        double widest = 0;
        for (double tick : y.ticks(ySpacing())) {
            widest = Math.max(widest, s.textWidth(PlotAxis.secondsLabel(tick), ChartFont.LABEL));
        }
        left = rect[0] + widest + 16;
        right = rect[0] + rect[2] - END_LABEL_ROOM;
        x.place(left, right);
    }

    private double ySpacing() {
        return y.scale() == PlotAxis.Scale.LOG ? Y_TICK_SPACING : LINEAR_TICK_SPACING;
    }

    private void paintHeading(double panelLeft) {
        String name = words.get(figure == Figure.TOTAL ? ChartLabels.Key.SWEEP_TOTAL : ChartLabels.Key.SWEEP_AVERAGE);
        String detail = words.get(figure == Figure.TOTAL ? ChartLabels.Key.SWEEP_TOTAL_DETAIL
                : ChartLabels.Key.SWEEP_AVERAGE_DETAIL);
        if (y.scale() == PlotAxis.Scale.LOG) {
            detail = words.format(ChartLabels.Key.SWEEP_LOG, detail);
        }
        double baseline = top - HEADING_ROOM + 22;
        s.text(name, panelLeft, baseline, ChartFont.TITLE, p.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        double after = panelLeft + s.textWidth(name, ChartFont.TITLE) + 12;
        // The detail only where it fits whole beside the name: a narrow panel keeps its name, never a cut word.
        if (after + s.textWidth(detail, ChartFont.LABEL) <= right + END_LABEL_ROOM) {
            s.text(detail, after, baseline, ChartFont.LABEL, p.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.START);
        }
    }

    private void paintGrid() {
        ChartPaint grid = p.of(ChartColor.GRID);
        ChartPaint ink = p.of(ChartColor.TEXT);
        s.fillRect(left, top, right - left, bottom - top, p.of(ChartColor.PLOT));
        for (double v : x.minorTicks()) {
            s.fillRect(x.position(v), top, 1, bottom - top, p.rowShade());
        }
        for (double v : y.minorTicks()) {
            s.fillRect(left, y.position(v), right - left, 1, p.rowShade());
        }
        double labelBaseline = bottom + 8 + ChartFont.LABEL.size();
        for (double v : x.ticks(X_TICK_SPACING)) {
            double px = Math.round(x.position(v));
            s.fillRect(px, top, 1, bottom - top, grid);
            s.fillRect(px, bottom, 1, 6, ink);
            s.text(PlotAxis.countLabel(v), px, labelBaseline, ChartFont.LABEL, ink, ChartSurface.Anchor.MIDDLE);
        }
        for (double v : y.ticks(ySpacing())) {
            double py = Math.round(y.position(v));
            s.fillRect(left, py, right - left, 1, grid);
            s.fillRect(left - 6, py, 6, 1, ink);
            s.text(PlotAxis.secondsLabel(v), left - 10, py + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL, ink,
                    ChartSurface.Anchor.END);
        }
        s.fillRect(left, bottom, right - left, 2, ink);
        s.fillRect(left - 1, top, 2, bottom - top, ink);
        double axisBaseline = bottom + 12 + 2 * ChartFont.LABEL.size() + 6;
        s.text(words.get(ChartLabels.Key.SWEEP_N_AXIS), (left + right) / 2, axisBaseline,
                ChartFont.LABEL, p.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.MIDDLE);
    }

    /** A measured point in the plot: its mode, where it is drawn and its value in seconds. */
    private record Shown(Mode mode, double x, double y, double seconds) {
    }

    /** Each mode's points that the y axis shows, in order of n: a line per mode. */
    private List<List<Shown>> shown(SweepResult result) {
        List<List<Shown>> lines = new ArrayList<>();
        for (Mode mode : result.plan().modes()) {
            List<Shown> line = new ArrayList<>();
            for (SweepPoint point : result.pointsOf(mode)) {
                double v = value(point, figure);
                if (y.shows(v)) {
                    line.add(new Shown(mode, x.position(point.tasks()), y.position(v), v));
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /**
     * Each line's last point, with the place of its value right of it: values that would overlap are pushed apart,
     * and a value a dashed line of {@code dashed} would run through ("51.6 ms" on "max delay / 2") moves off it.
     */
    private List<EndLabel> endLabels(List<List<Shown>> lines, List<double[]> dashed) {
        List<EndLabel> ends = new ArrayList<>();
        for (List<Shown> line : lines) {
            if (!line.isEmpty()) {
                Shown last = line.get(line.size() - 1);
                ends.add(new EndLabel(last.mode(), last.x(), last.y(), words.duration(last.seconds() * 1e9), last.y()));
            }
        }
        ends.sort(Comparator.comparingDouble(EndLabel::y));
        double[] ys = centres(ends, VALUE_PITCH, dashed);
        List<EndLabel> placed = new ArrayList<>();
        for (int i = 0; i < ys.length; i++) {
            placed.add(ends.get(i).at(ys[i]));
        }
        return placed;
    }

    /**
     * Where each value of {@code ends} (in order of y) centres, chosen together: in the plot, in their order, each
     * at least {@code gap} below the one before, off every dashed line where a place within reach is, and as near
     * its point as that leaves (least squared distance). Chosen one at a time, 1.94 ms beside 1.97 ms on a falling
     * max delay / n had no place off it: the one above stood in the way, and both had to move up together. The
     * places are steps of {@link #CENTRE_STEP} px, up to {@link #CENTRE_REACH} px more than the values' stack.
     */
    private double[] centres(List<EndLabel> ends, double gap, List<double[]> dashed) {
        int count = ends.size();
        int steps = (int) Math.ceil((Math.max(0, count - 1) * gap + CENTRE_REACH) / CENTRE_STEP);
        int places = 2 * steps + 1;
        double[][] at = new double[count][places];
        double[][] cost = new double[count][places];
        int[][] after = new int[count][places];
        for (int i = 0; i < count; i++) {
            EndLabel end = ends.get(i);
            for (int k = 0; k < places; k++) {
                double centre = Math.max(top, Math.min(bottom, end.y() + (k - steps) * CENTRE_STEP));
                at[i][k] = centre;
                double own = (centre - end.y()) * (centre - end.y()) + (clear(end, centre, dashed) ? 0 : CROSSED);
                if (i == 0) {
                    cost[i][k] = own;
                    continue;
                }
                cost[i][k] = Double.POSITIVE_INFINITY;
                for (int j = 0; j < places; j++) {
                    double crowded = centre - at[i - 1][j] < gap ? OVERLAPPED : 0;
                    if (cost[i - 1][j] + crowded + own < cost[i][k]) {
                        cost[i][k] = cost[i - 1][j] + crowded + own;
                        after[i][k] = j;
                    }
                }
            }
        }
        double[] ys = new double[count];
        int k = 0;
        for (int j = 1; count > 0 && j < places; j++) {
            k = cost[count - 1][j] < cost[count - 1][k] ? j : k;
        }
        for (int i = count - 1; i >= 0; i--) {
            ys[i] = at[i][k];
            k = after[i][k];
        }
        return ys;
    }

    private boolean clear(EndLabel end, double centre, List<double[]> dashed) {
        double lx = end.x() + END_LABEL_GAP;
        double half = ChartFont.MARKER.size() / 2 + 1;
        double[] box = {lx, centre - half, lx + s.textWidth(end.text(), ChartFont.MARKER), centre + half};
        for (double[] line : dashed) {
            if (SweepReferences.crosses(box, line)) {
                return false;
            }
        }
        return true;
    }

    /** The boxes of every marker and every value written: what a reference line's label goes around. */
    private List<double[]> taken(List<List<Shown>> lines, List<EndLabel> ends) {
        List<double[]> boxes = new ArrayList<>();
        double half = SweepMarks.SIZE / 2 + 2;
        for (List<Shown> line : lines) {
            for (Shown point : line) {
                boxes.add(new double[] {point.x() - half, point.y() - half, point.x() + half, point.y() + half});
            }
        }
        for (EndLabel end : ends) {
            double lx = end.x() + END_LABEL_GAP;
            boxes.add(new double[] {lx, end.labelY() - ChartFont.MARKER.size(), lx
                    + s.textWidth(end.text(), ChartFont.MARKER), end.labelY() + ChartFont.MARKER.size()});
        }
        return boxes;
    }

    /** Every line the series draw, {x0, y0, x1, y1}: between points, and from a pushed value to its point. */
    private static List<double[]> segments(List<List<Shown>> lines, List<EndLabel> ends) {
        List<double[]> segments = new ArrayList<>();
        for (List<Shown> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                segments.add(new double[] {line.get(i - 1).x(), line.get(i - 1).y(), line.get(i).x(), line.get(i).y()});
            }
        }
        for (EndLabel end : ends) {
            if (Math.abs(end.labelY() - end.y()) > LEADER_FROM) {
                segments.add(new double[] {end.x() + SweepMarks.SIZE / 2, end.y(), end.x() + END_LABEL_GAP - 3,
                    end.labelY()});
            }
        }
        return segments;
    }

    private void paintSeries(List<List<Shown>> lines, List<EndLabel> ends) {
        for (List<Shown> line : lines) {
            for (int i = 1; i < line.size(); i++) {
                Shown from = line.get(i - 1);
                Shown to = line.get(i);
                s.line(from.x(), from.y(), to.x(), to.y(), SweepMarks.LINE, p.of(ChartColor.mode(to.mode())), false);
            }
        }
        for (List<Shown> line : lines) {
            for (Shown point : line) {
                SweepMarks.draw(s, point.mode(), point.x(), point.y(), p.of(ChartColor.mode(point.mode())));
            }
        }
        for (EndLabel end : ends) {
            if (Math.abs(end.labelY() - end.y()) > LEADER_FROM) {
                // Pushed away from its point by the others: a thin line in the mode's colour says whose it is.
                s.line(end.x() + SweepMarks.SIZE / 2, end.y(), end.x() + END_LABEL_GAP - 3, end.labelY(), 1,
                        p.of(ChartColor.mode(end.mode())), false);
            }
            s.text(end.text(), end.x() + END_LABEL_GAP, end.labelY() + ChartFont.LABEL.centreToBaseline(),
                    ChartFont.MARKER, p.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        }
    }

    /** The value of {@code mode}'s last point (x, y), written right of it, centred at {@code labelY}. */
    private record EndLabel(Mode mode, double x, double y, String text, double labelY) {
        EndLabel at(double centre) {
            return new EndLabel(mode, x, y, text, centre);
        }
    }

    private void paintCurrent(SweepPlan.Step current, int workers) {
        ChartPaint now = p.of(ChartColor.NOW);
        double cx = Math.round(x.position(current.tasks()));
        s.line(cx, top, cx, bottom, 2, now, true);
        String text = words.format(ChartLabels.Key.SWEEP_MEASURING, modeNames.apply(current.mode(), workers));
        double w = s.textWidth(text, ChartFont.MARKER);
        double tx = cx + 8 + w <= right ? cx + 8 : cx - 8 - w;
        s.text(text, tx, top + ChartFont.MARKER.size() + 4, ChartFont.MARKER, now, ChartSurface.Anchor.START);
    }
}
