package org.asynclab.chart.render;

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

    /** The ideal, total and now markers, with their labels in the strip above the plot. */
    void paintMarkers(Frame f, long idealNanos, double labelCentre, double from, double to) {
        labelFrom = from;
        labelTo = to;
        int n = f.size();
        boolean done = f.stats.allFinished(n);
        // The ideal is a duration from the instant the total counts from, the axis' origin, as the total's label is.
        double idealX = idealNanos >= 0 ? f.axis.axisTimeToX(idealNanos) : Double.NaN;
        double otherX = Double.NaN;
        String otherLabel = null;
        ChartPaint otherPaint = null;
        if (done) {
            otherX = f.axis.timeToX(f.stats.lastFinish());
            otherLabel = totalText.of(f.words, f.stats.lastFinish() - f.origin());
            otherPaint = f.palette.of(ChartColor.TOTAL);
            line(f, otherX, otherPaint, false, 2);
        } else if (n > 0) {
            otherX = f.axis.timeToX(f.now);
            otherLabel = nowText.of(f.words, Math.max(0, f.now - f.origin()));
            otherPaint = f.palette.of(ChartColor.NOW);
        }
        String idealLabel = Double.isNaN(idealX) ? null : idealText.of(f.words, idealNanos);
        if (idealLabel != null) {
            line(f, idealX, f.palette.of(ChartColor.IDEAL), true, 3);
        }
        if (idealLabel == null || otherLabel == null) {
            labels(f, labelCentre, idealX, idealLabel, f.palette.of(ChartColor.IDEAL), Double.NaN, null, null);
            labels(f, labelCentre, otherX, otherLabel, otherPaint, Double.NaN, null, null);
        } else if (idealX <= otherX) {
            labels(f, labelCentre, idealX, idealLabel, f.palette.of(ChartColor.IDEAL), otherX, otherLabel, otherPaint);
        } else {
            labels(f, labelCentre, otherX, otherLabel, otherPaint, idealX, idealLabel, f.palette.of(ChartColor.IDEAL));
        }
    }

    /**
     * Writes the labels of one or two markers (left one first) so that they never overlap: the right one goes
     * right of its line where there is room, the left one ends left of its line and of the right label.
     */
    private void labels(Frame f, double centre, double leftX, String leftText, ChartPaint leftPaint,
                        double rightX, String rightText, ChartPaint rightPaint) {
        ChartSurface s = f.surface;
        double baseline = centre + ChartFont.MARKER.centreToBaseline();
        double limit = Math.min(s.width() - 4, labelTo);
        if (rightText != null && visible(f, rightX)) {
            double w = s.textWidth(rightText, ChartFont.MARKER);
            // Right of its line, else left of it, else as near as the title line's room allows.
            double start = Math.max(labelFrom, Math.min(limit - w, rightX + 6 + w <= limit ? rightX + 6
                    : rightX - 6 - w));
            if (start + w > limit) {
                return;  // no room beside the title: the results say it
            }
            s.text(rightText, start, baseline, ChartFont.MARKER, rightPaint, ChartSurface.Anchor.START);
            limit = Math.min(limit, start - 16);
        } else if (rightText == null && leftText != null && visible(f, leftX)) {
            double w = s.textWidth(leftText, ChartFont.MARKER);
            double start = Math.max(labelFrom, leftX + 6 + w <= limit ? leftX + 6 : leftX - 6 - w);
            if (start + w <= limit) {
                s.text(leftText, start, baseline, ChartFont.MARKER, leftPaint, ChartSurface.Anchor.START);
            }
            return;
        }
        if (rightText != null && leftText != null && visible(f, leftX)) {
            double end = Math.min(leftX - 6, limit);
            if (end - s.textWidth(leftText, ChartFont.MARKER) >= labelFrom) {
                s.text(leftText, end, baseline, ChartFont.MARKER, leftPaint, ChartSurface.Anchor.END);
            }
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
