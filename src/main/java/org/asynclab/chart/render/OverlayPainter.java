package org.asynclab.chart.render;

import org.asynclab.model.TaskEnds;
import org.asynclab.model.TaskTimeline;

/**
 * What lies over and around the plot: the markers (ideal total, measured total, "now"), the legend and the title
 * line. Marker texts are made only when their value changes, so a steady frame allocates nothing.
 */
final class OverlayPainter {
    /** Between the parts of a title (RunTitles' and the picture title's separator): where a long one may break. */
    private static final String SEPARATOR = " · ";

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
    /** Where {@link #pairAt} puts two labels side by side. */
    private final double[] pair = new double[2];
    /** The marker lines left unnamed so far, and the timeline that is true of. */
    private long unlabelledSoFar;
    private TaskTimeline unlabelledOf;
    private String shortStatus = "";
    /** The stretch of the line the markers' labels may use (a compact title line: between title and status). */
    private double labelFrom;
    private double labelTo;
    private String fittedFrom;
    private String fittedTitle = "";
    private double fittedRoom;
    private ChartFont fittedFont;
    /** Where the title breaks onto a second line (layout11): the title, room and font it was found for. */
    private String brokenFrom;
    private double brokenRoom = -1;
    private ChartLabels brokenWords;
    private int breakAt = -1;
    /** Whether the broken title needs the short status ("8/8") beside its first line. */
    private boolean brokenShort;
    private String firstLine = "";
    private String secondLine = "";
    private int statusFinished = -1;
    private int statusSize = -1;
    private ChartLabels statusWords;
    private TaskTimeline statusTimeline;

    /**
     * Places the markers (ideal total, measured total or now) and their labels in the strip centred at
     * {@code labelCentre}, between {@code from} and {@code to}, so that no label overlaps another or the title line's
     * words. Returns the {@link LegendEntry} bits of the ideal's and the total's lines that are drawn but could not be
     * labelled there, in this frame or an earlier one of the same timeline: a line the class cannot name must then be
     * named by the legend, and stay there (a live run's now label moving past the ideal's must not make the legend's
     * entry come and go). Only while {@code rowsToSpare}: a legend line more comes out of the rows, and rows already
     * thin (the pool lesson's 20 at 1024×768) matter more than the name of a line the results also give.
     */
    long placeMarkers(Frame f, long idealNanos, double labelCentre, double from, double to, boolean rowsToSpare) {
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
        f.nowLineX = !done && n > 0 && visible(f, otherX) ? f.snap(otherX) : Double.NaN;
        place(f, idealX, otherX);
        if (Double.isNaN(idealStart) && !Double.isNaN(f.idealLineX)
                || Double.isNaN(otherStart) && !Double.isNaN(f.totalLineX)) {
            // No room for the values beside the lines (a narrow chart): their words alone name them, the results
            // give the values; only when even those find no room does the legend name the lines.
            String fullIdeal = idealLabel;
            String fullOther = otherLabel;
            double fullIdealStart = idealStart;
            double fullOtherStart = otherStart;
            String idealWord = f.words.get(ChartLabels.Key.IDEAL);
            String otherWord = f.words.get(done ? ChartLabels.Key.TOTAL : ChartLabels.Key.NOW);
            // The unnamed line's word first, the other keeping its value; then both words.
            idealLabel = idealLabel == null || !Double.isNaN(fullIdealStart) ? idealLabel : idealWord;
            otherLabel = otherLabel == null || !Double.isNaN(fullOtherStart) ? otherLabel : otherWord;
            place(f, idealX, otherX);
            if (named(f) <= named(f, fullIdealStart, fullOtherStart)) {
                idealLabel = idealLabel == null ? null : idealWord;
                otherLabel = otherLabel == null ? null : otherWord;
                place(f, idealX, otherX);
            }
            if (named(f) <= named(f, fullIdealStart, fullOtherStart)) {
                idealLabel = fullIdeal;
                otherLabel = fullOther;
                idealStart = fullIdealStart;
                otherStart = fullOtherStart;
            }
        }
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

    /** How many of the lines drawn are named as placed now. */
    private int named(Frame f) {
        return named(f, idealStart, otherStart);
    }

    private static int named(Frame f, double idealAt, double otherAt) {
        return (!Double.isNaN(f.idealLineX) && !Double.isNaN(idealAt) ? 1 : 0)
                + (!Double.isNaN(f.totalLineX) && !Double.isNaN(otherAt) ? 1 : 0);
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
     * right line's label stood), the left line's first, as the lines stand. Returns their starts, or NaNs when the
     * pair does not fit before {@code limit}.
     */
    private double[] pairAt(ChartSurface s, double start, String left, String right, double limit) {
        double second = start + s.textWidth(left, ChartFont.MARKER) + 16;
        boolean fits = second + s.textWidth(right, ChartFont.MARKER) <= limit;
        pair[0] = fits ? start : Double.NaN;
        pair[1] = fits ? second : Double.NaN;
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
     * Whether a picture's title too wide for its line takes two, broken after one of its " · " (layout11: a slide of
     * 1280 × 720 in French ended "graine 1 · sémaphore 4 · total 2,636 s · mo…"). False when it fits on one line,
     * or has no break that lets its first line fit; then it is drawn on one line as before.
     */
    boolean titleBreaks(Frame f, String title, double x) {
        double room = titleRoom(f, x);
        if (!title.equals(brokenFrom) || room != brokenRoom || f.words != brokenWords) {
            brokenFrom = title;
            brokenRoom = room;
            brokenWords = f.words;
            ChartSurface s = f.surface;
            // "8/8" for the status comes first, as on one line; then two lines, the status in words if it leaves room.
            double shortRoom = s.width() - x - s.textWidth(shortStatus(f), ChartFont.LABEL) - 40;
            boolean fits = title.isEmpty() || s.textWidth(title, ChartFont.MARKER) <= shortRoom;
            breakAt = fits ? -1 : breakFor(s, title, room);
            brokenShort = !fits && breakAt <= 0;
            if (brokenShort) {
                breakAt = breakFor(s, title, shortRoom);
            }
            firstLine = breakAt > 0 ? title.substring(0, breakAt) : "";
            secondLine = breakAt > 0 ? title.substring(breakAt + SEPARATOR.length()) : "";
        }
        return breakAt > 0;
    }

    /** The last " · " of {@code title} before which its first line fits {@code room}; −1 if none. */
    private static int breakFor(ChartSurface s, String title, double room) {
        int at = title.lastIndexOf(SEPARATOR);
        while (at > 0 && s.textWidth(title.substring(0, at), ChartFont.MARKER) > room) {
            at = title.lastIndexOf(SEPARATOR, at - 1);
        }
        return at;
    }

    /**
     * A picture's title on two lines, as {@link #titleBreaks} found them (it must have answered true for this
     * title), the status on the first line's right; the second line has the whole width.
     */
    void paintTitle(Frame f, String title, double x, double baseline, double lineGap) {
        ChartSurface s = f.surface;
        titleBreaks(f, title, x);
        s.text(firstLine, x, baseline, ChartFont.MARKER, f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        s.text(fitted(s, secondLine, ChartFont.MARKER, s.width() - 2 * x), x, baseline + lineGap, ChartFont.MARKER,
                f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        s.text(brokenShort ? shortStatus(f) : status(f), s.width() - x, baseline, ChartFont.LABEL,
                f.palette.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.END);
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
        if (finished != statusFinished || n != statusSize || f.words != statusWords || f.timeline != statusTimeline) {
            statusFinished = finished;
            statusSize = n;
            statusWords = f.words;
            statusTimeline = f.timeline;
            // An empty chart says "no run yet" once, in the middle of its plot: not again in the corner. A task
            // cancelled or failed is not "done" (the outcomes are read only when a task has ended since).
            status = n == 0 ? "" : f.timeline.phaseTimeline() == null
                    ? f.words.formatCount(ChartLabels.Key.TASKS_DONE, finished, n)
                    : f.words.tasksEnded(TaskEnds.of(f.timeline, f.now), n, ChartLabels.Key.TASKS_DONE);
            shortStatus = n == 0 ? ""
                    : f.words.format(ChartLabels.Key.TASKS_DONE_SHORT, f.words.integer(finished), f.words.integer(n));
        }
        return status;
    }
}
