package org.asynclab.chart.render;

import org.asynclab.model.TaskTimeline;

/**
 * The markers over the plot (ideal total, measured total, "now", or "stop" where a stopped run ended): their lines,
 * and their labels placed where they cover no other words ({@link TitleLine} writes the title line around them).
 * Marker texts are made only when their value changes, so a steady frame allocates nothing.
 */
final class OverlayPainter {
    private final CachedText idealText = new CachedText(ChartLabels.Key.IDEAL);
    private final CachedText totalText = new CachedText(ChartLabels.Key.TOTAL);
    private final CachedText nowText = new CachedText(ChartLabels.Key.NOW);
    private final CachedText stopText = new CachedText(ChartLabels.Key.STOPPED);
    /** The markers as last placed: their labels, paints and where the labels start (NaN: not written). */
    private String idealLabel;
    private String otherLabel;
    private ChartPaint otherPaint;
    private double idealStart = Double.NaN;
    private double otherStart = Double.NaN;
    private double baseline;
    /** Where {@link #pairAt} puts two labels side by side. */
    private final double[] pair = new double[2];
    /** The marker lines left unnamed so far, and the timeline that is true of. */
    private long unlabelledSoFar;
    private TaskTimeline unlabelledOf;
    /** The stretch of the line the markers' labels may use (a compact title line: between title and status). */
    private double labelFrom;
    private double labelTo;

    /**
     * Places the markers (ideal total, measured total or now) and their labels in the strip centred at
     * {@code labelCentre}, between {@code from} and {@code to}, so that no label overlaps another or the title line's
     * words. A label is the line's word and its value or nothing: a word without its figure names a line the teacher
     * cannot point at (title14: "Pool de 4   idéal   total" at 1024 × 768 in French). A live run's now label gives
     * way to the ideal's when both do not fit. Returns how many of the lines drawn are left unnamed: the
     * {@link TitleLine} shortens its status while that helps. Call {@link #unnamedLines} once the placing is final.
     */
    int placeMarkers(Frame f, long idealNanos, double labelCentre, double from, double to) {
        labelFrom = from;
        labelTo = to;
        baseline = labelCentre + ChartFont.MARKER.centreToBaseline();
        int n = f.size();
        boolean done = f.stats.allFinished(n);
        // The ideal is a duration from the instant the total counts from, the axis' origin, as the total's label is.
        double idealX = idealNanos >= 0 ? f.axis.axisTimeToX(idealNanos) : Double.NaN;
        idealLabel = Double.isNaN(idealX) ? null : idealText.of(f.words, idealNanos);
        double otherX = Double.NaN;
        otherLabel = null;
        if (done) {
            otherX = f.axis.timeToX(f.stats.lastFinish());
            otherLabel = totalText.of(f.words, f.stats.lastFinish() - f.origin());
            otherPaint = f.palette.of(ChartColor.TOTAL);
        } else if (n > 0) {
            otherX = f.axis.timeToX(f.now);
            otherLabel = (f.atStop() ? stopText : nowText).of(f.words, Math.max(0, f.now - f.origin()));
            otherPaint = f.palette.of(ChartColor.NOW);
        }
        f.idealLineX = idealLabel != null && visible(f, idealX) ? f.snap(idealX) : Double.NaN;
        f.totalLineX = done && visible(f, otherX) ? f.snap(otherX) : Double.NaN;
        f.nowLineX = !done && n > 0 && visible(f, otherX) ? f.snap(otherX) : Double.NaN;
        place(f, idealX, otherX);
        if (!done && !Double.isNaN(f.idealLineX) && Double.isNaN(idealStart) && !Double.isNaN(otherStart)) {
            // The ideal's figure is the one the class compares with; the now line moves on and the axis times it.
            String now = otherLabel;
            otherLabel = null;
            place(f, idealX, otherX);
            if (Double.isNaN(idealStart)) {
                otherLabel = now;
                place(f, idealX, otherX);
            }
        }
        return unnamed(f.idealLineX, idealStart) + unnamed(f.totalLineX, otherStart)
                + unnamed(f.nowLineX, otherStart);
    }

    private static int unnamed(double lineX, double labelStart) {
        return !Double.isNaN(lineX) && Double.isNaN(labelStart) ? 1 : 0;
    }

    /**
     * The {@link LegendEntry} bits of the ideal's and the total's lines that are drawn but were not labelled by
     * {@link #placeMarkers}, in this frame or an earlier one of the same timeline: a line the class cannot name must
     * then be named by the legend, and stay there (a live run's now label moving past the ideal's must not make the
     * legend's entry come and go). Only while {@code rowsToSpare}: a legend line more comes out of the rows, and rows
     * already thin (the pool lesson's 20 at 1024×768) matter more than the name of a line the results also give.
     */
    long unnamedLines(Frame f, boolean rowsToSpare) {
        long unlabelled = 0;
        if (!Double.isNaN(f.idealLineX) && Double.isNaN(idealStart)) {
            unlabelled |= LegendEntry.IDEAL.bit();
        }
        if (!Double.isNaN(f.totalLineX) && Double.isNaN(otherStart)) {
            unlabelled |= LegendEntry.TOTAL.bit();
        }
        if (f.timeline != unlabelledOf) {
            unlabelledOf = f.timeline;
            unlabelledSoFar = 0;
        }
        if (rowsToSpare) {
            unlabelledSoFar |= unlabelled;
        }
        return unlabelledSoFar;
    }

    /** Places the labels of the lines at {@code idealX} and {@code otherX} as they are worded now. */
    private void place(Frame f, double idealX, double otherX) {
        idealStart = Double.NaN;
        otherStart = Double.NaN;
        ChartSurface s = f.surface;
        double limit = Math.min(s.width() - 4, labelTo);
        boolean idealShown = idealLabel != null && visible(f, idealX);
        boolean otherShown = otherLabel != null && visible(f, otherX);
        // The right-hand label first, right of its line where there is room; the other one takes what is left of it.
        boolean idealRight = idealShown && (!otherShown || idealX > otherX);
        if (idealRight) {
            placeBoth(s, true, idealX, idealLabel, otherShown, otherX, otherLabel, limit);
        } else if (otherShown) {
            placeBoth(s, false, otherX, otherLabel, idealShown, idealX, idealLabel, limit);
        }
    }

    /**
     * Places the right-hand label, then the left-hand one if {@code leftShown}, into the starts of the ideal's and
     * the total's labels ({@code idealRight}: the ideal's is the right-hand one). Allocates nothing: every frame.
     */
    private void placeBoth(ChartSurface s, boolean idealRight, double rightX, String right, boolean leftShown,
                           double leftX, String left, double limit) {
        double rightStart = placeAlone(s, rightX, right, limit);
        double leftStart = Double.NaN;
        if (leftShown) {
            leftStart = placeLeftOf(s, leftX, left, Double.isNaN(rightStart) ? limit : rightStart - 16);
            if (Double.isNaN(leftStart) && !Double.isNaN(rightStart)) {
                double[] pair = pairAt(s, rightStart, left, right, limit);
                leftStart = pair[0];
                rightStart = Double.isNaN(pair[0]) ? rightStart : pair[1];
            }
        }
        idealStart = idealRight ? rightStart : leftStart;
        otherStart = idealRight ? leftStart : rightStart;
    }

    /**
     * Where the right-hand label of a line at {@code x} starts: right of its line, else left of it, else as near as
     * the room from {@link #labelFrom} to {@code limit} allows; NaN when it does not fit there at all.
     */
    private double placeAlone(ChartSurface s, double x, String text, double limit) {
        double w = s.textWidth(text, ChartFont.MARKER);
        double start = Math.max(labelFrom, Math.min(limit - w, x + 6 + w <= limit ? x + 6 : x - 6 - w));
        return start + w > limit ? Double.NaN : start;
    }

    /**
     * Where the label of the left-hand line at {@code x} starts when the other label begins after {@code limit}:
     * ending left of its line, else right of its line before the other label; NaN when neither has room.
     */
    private double placeLeftOf(ChartSurface s, double x, String text, double limit) {
        double w = s.textWidth(text, ChartFont.MARKER);
        double end = Math.min(x - 6, limit);
        if (end - w >= labelFrom) {
            return end - w;
        }
        double start = Math.max(labelFrom, x + 6);
        return start + w <= limit ? start : Double.NaN;
    }

    /**
     * Two lines too near each other for a label beside each: both labels side by side from {@code start} (where the
     * right line's label stood, or further left when they would pass {@code limit}), the left line's first, as the
     * lines stand. Returns their starts, or NaNs when the pair does not fit between the title and {@code limit}.
     */
    private double[] pairAt(ChartSurface s, double start, String left, String right, double limit) {
        double leftW = s.textWidth(left, ChartFont.MARKER);
        double width = leftW + 16 + s.textWidth(right, ChartFont.MARKER);
        // Moved left as far as the title allows when the pair would run past the limit (a narrow chart's end).
        double first = Math.max(labelFrom, Math.min(start, limit - width));
        boolean fits = first + width <= limit;
        pair[0] = fits ? first : Double.NaN;
        pair[1] = fits ? first + leftW + 16 : Double.NaN;
        return pair;
    }

    /**
     * The ideal's and the total's lines as placed, and a live run's or a replay's "now": drawn after the bars, before
     * the labels on and after them, which a line crossing them does not cut (they get a halo, {@link
     * Frame#crossesMarker}).
     */
    void paintMarkerLines(Frame f) {
        if (!Double.isNaN(f.totalLineX)) {
            f.surface.line(f.totalLineX, f.plotTop, f.totalLineX, f.plotBottom(), 2, f.palette.of(ChartColor.TOTAL),
                    false);
        }
        if (!Double.isNaN(f.idealLineX)) {
            f.surface.line(f.idealLineX, f.plotTop, f.idealLineX, f.plotBottom(), 3, f.palette.of(ChartColor.IDEAL),
                    true);
        }
        if (!Double.isNaN(f.nowLineX)) {
            f.surface.line(f.nowLineX, f.plotTop, f.nowLineX, f.plotBottom(), 3, f.palette.of(ChartColor.NOW), false);
        }
    }

    /** The markers' labels where {@link #placeMarkers} put them. */
    void paintMarkerLabels(Frame f) {
        ChartSurface s = f.surface;
        if (!Double.isNaN(otherStart)) {
            s.text(otherLabel, otherStart, baseline, ChartFont.MARKER, otherPaint, ChartSurface.Anchor.START);
        }
        if (!Double.isNaN(idealStart)) {
            s.text(idealLabel, idealStart, baseline, ChartFont.MARKER, f.palette.of(ChartColor.IDEAL),
                    ChartSurface.Anchor.START);
        }
    }

    private static boolean visible(Frame f, double x) {
        return x >= f.plotLeft && x <= f.plotRight();
    }
}
