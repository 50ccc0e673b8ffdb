package org.asynclab.chart.render;

import org.asynclab.model.TaskTimeline;

/**
 * What lies over and around the plot: the markers (ideal total, measured total, "now"), the legend and the title
 * line. Marker texts are made only when their value changes, so a steady frame allocates nothing.
 */
final class OverlayPainter {

    private final CachedText idealText = new CachedText(ChartLabels.Key.IDEAL);
    private final CachedText totalText = new CachedText(ChartLabels.Key.TOTAL);
    private final CachedText nowText = new CachedText(ChartLabels.Key.NOW);
    private String status = "";
    /** The markers as last placed: their labels, paints and where the labels start (NaN: not written). */
    private String idealLabel;
    private String otherLabel;
    private ChartPaint otherPaint;
    private double idealStart = Double.NaN;
    private double otherStart = Double.NaN;
    private double baseline;
    private String shortStatus = "";
    /** The stretch of the line the markers' labels may use (a compact title line: between title and status). */
    private double labelFrom;
    private double labelTo;
    private String fittedFrom;
    private String fittedTitle = "";
    private double fittedRoom;
    private ChartFont fittedFont;
    private int statusFinished = -1;
    private int statusSize = -1;
    private ChartLabels statusWords;

    /**
     * Places the markers (ideal total, measured total or now) and their labels in the strip centred at
     * {@code labelCentre}, between {@code from} and {@code to}, so that no label overlaps another or the title line's
     * words. Returns the {@link LegendEntry} bits of the ideal's and the total's lines that are drawn but could not be
     * labelled there: a line the class cannot name must then be named by the legend.
     */
    long placeMarkers(Frame f, long idealNanos, double labelCentre, double from, double to) {
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
            otherLabel = nowText.of(f.words, Math.max(0, f.now - f.origin()));
            otherPaint = f.palette.of(ChartColor.NOW);
        }
        f.idealLineX = idealLabel != null && visible(f, idealX) ? f.snap(idealX) : Double.NaN;
        f.totalLineX = done && visible(f, otherX) ? f.snap(otherX) : Double.NaN;
        idealStart = Double.NaN;
        otherStart = Double.NaN;
        ChartSurface s = f.surface;
        double limit = Math.min(s.width() - 4, labelTo);
        boolean idealShown = idealLabel != null && visible(f, idealX);
        boolean otherShown = otherLabel != null && visible(f, otherX);
        // The right-hand label first, right of its line where there is room; the other one takes what is left of it.
        if (idealShown && (!otherShown || idealX > otherX)) {
            idealStart = placeAlone(s, idealX, idealLabel, limit);
            if (otherShown) {
                otherStart = placeLeftOf(s, otherX, otherLabel, Double.isNaN(idealStart) ? limit : idealStart - 16);
            }
        } else if (otherShown) {
            otherStart = placeAlone(s, otherX, otherLabel, limit);
            if (idealShown) {
                idealStart = placeLeftOf(s, idealX, idealLabel, Double.isNaN(otherStart) ? limit : otherStart - 16);
            }
        }
        long unlabelled = 0;
        if (!Double.isNaN(f.idealLineX) && Double.isNaN(idealStart)) {
            unlabelled |= LegendEntry.IDEAL.bit();
        }
        if (!Double.isNaN(f.totalLineX) && Double.isNaN(otherStart)) {
            unlabelled |= LegendEntry.TOTAL.bit();
        }
        return unlabelled;
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

    /** The ideal's and the total's lines as placed: drawn after the bars, before the labels on them. */
    void paintMarkerLines(Frame f) {
        if (!Double.isNaN(f.totalLineX)) {
            f.surface.line(f.totalLineX, f.plotTop, f.totalLineX, f.plotBottom(), 2, f.palette.of(ChartColor.TOTAL),
                    false);
        }
        if (!Double.isNaN(f.idealLineX)) {
            f.surface.line(f.idealLineX, f.plotTop, f.idealLineX, f.plotBottom(), 3, f.palette.of(ChartColor.IDEAL),
                    true);
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

    /** The "now" line of a live run, drawn last over the bars so it is never hidden. */
    void paintNowLine(Frame f) {
        if (f.size() > 0 && !f.stats.allFinished(f.size())) {
            line(f, f.axis.timeToX(f.now), f.palette.of(ChartColor.NOW), false, 3);
        }
    }

    private void line(Frame f, double x, ChartPaint paint, boolean dashed, double width) {
        if (x < f.plotLeft || x > f.plotRight()) {
            return;
        }
        double sx = f.snap(x);
        f.surface.line(sx, f.plotTop, sx, f.plotBottom(), width, paint, dashed);
    }

    /**
     * Where the legend starts when it fits on the title line, between the title and the status, or NaN when it
     * needs a line of its own. Asked every layout: the answer moves the plot up by a whole line.
     */
    double inlineLegendX(Frame f, String title, double x, long legend) {
        ChartSurface s = f.surface;
        double titleW = title.isEmpty() ? 0 : s.textWidth(title, ChartFont.TITLE) + 40;
        double legendW = LegendPainter.width(f, legend) - 28;
        double statusW = s.textWidth(status(f), ChartFont.LABEL);
        double start = x + titleW;
        return start + legendW + 40 + statusW <= s.width() - x ? start : Double.NaN;
    }

    /** Where the markers' labels may start on a compact title line: after the title as drawn, and a gap. */
    double afterTitle(Frame f, String title, double x, ChartFont font) {
        return title.isEmpty() ? x : x + Math.min(f.surface.textWidth(title, font), titleRoom(f, x)) + 24;
    }

    /** Where the markers' labels must end on a compact title line: before the status, and a gap. */
    double beforeStatus(Frame f, double x) {
        return f.surface.width() - x - f.surface.textWidth(status(f), ChartFont.LABEL) - 24;
    }

    private double titleRoom(Frame f, double x) {
        return f.surface.width() - x - f.surface.textWidth(status(f), ChartFont.LABEL) - 40;
    }

    /**
     * The caller's title on the left and, on the right, how many tasks are done: in words, or as "8/8" when the
     * words would leave the title too little room (a narrow chart beside the code, in French).
     */
    void paintTitle(Frame f, String title, double x, double baseline, boolean compact) {
        ChartSurface s = f.surface;
        ChartPaint text = f.palette.of(ChartColor.TEXT);
        String right = status(f);
        double room = titleRoom(f, x);
        if (!title.isEmpty()) {
            ChartFont font = !compact && s.textWidth(title, ChartFont.TITLE) <= room ? ChartFont.TITLE
                    : ChartFont.MARKER;
            if (s.textWidth(title, font) > room) {
                right = shortStatus(f);
                room = s.width() - x - s.textWidth(right, ChartFont.LABEL) - 40;
            }
            s.text(fitted(s, title, font, room), x, baseline, font, text, ChartSurface.Anchor.START);
        }
        s.text(right, s.width() - x, baseline, ChartFont.LABEL, f.palette.of(ChartColor.TEXT_MUTED),
                ChartSurface.Anchor.END);
    }

    /** {@code title}, cut with an ellipsis if it is wider than {@code room}; cut again only when either changes. */
    private String fitted(ChartSurface s, String title, ChartFont font, double room) {
        if (title.equals(fittedFrom) && room == fittedRoom && font == fittedFont) {
            return fittedTitle;
        }
        fittedFrom = title;
        fittedRoom = room;
        fittedFont = font;
        String cut = title;
        int keep = title.length();
        while (keep > 1 && s.textWidth(cut, font) > room) {
            keep = keep * 9 / 10;
            cut = title.substring(0, keep).stripTrailing() + "…";
        }
        fittedTitle = cut;
        return cut;
    }

    /** "8/8": the status when the words would cut the title; formatted with it, once per change. */
    private String shortStatus(Frame f) {
        status(f);
        return shortStatus;
    }

    private String status(Frame f) {
        int n = f.size();
        int finished = f.stats.finished();
        if (finished != statusFinished || n != statusSize || f.words != statusWords) {
            statusFinished = finished;
            statusSize = n;
            statusWords = f.words;
            // An empty chart says "no run yet" once, in the middle of its plot: not again in the corner.
            status = n == 0 ? ""
                    : f.words.formatCount(ChartLabels.Key.TASKS_DONE, finished, n);
            shortStatus = n == 0 ? ""
                    : f.words.format(ChartLabels.Key.TASKS_DONE_SHORT, f.words.integer(finished), f.words.integer(n));
        }
        return status;
    }

    /** A marker's word and a duration, formatted again only when either changes. */
    private static final class CachedText {
        private final ChartLabels.Key word;
        private long value = TaskTimeline.NOT_YET - 1;
        private ChartLabels words;
        private String text = "";

        CachedText(ChartLabels.Key word) {
            this.word = word;
        }

        String of(ChartLabels labels, long nanos) {
            if (nanos != value || labels != words) {
                value = nanos;
                words = labels;
                text = labels.get(word) + " " + labels.duration(nanos);
            }
            return text;
        }
    }
}
