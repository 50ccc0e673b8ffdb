package org.asynclab.chart.render;

import org.asynclab.model.Phase;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * What lies over and around the plot: the markers (ideal total, measured total, "now"), the legend and the title
 * line. Marker texts are made only when their value changes, so a steady frame allocates nothing.
 */
final class OverlayPainter {
    private static final double SWATCH_W = 30;
    private static final double SWATCH_H = 18;
    private static final Phase[] PHASES = Phase.values();

    private final CachedText idealText = new CachedText(ChartLabels.Key.IDEAL);
    private final CachedText totalText = new CachedText(ChartLabels.Key.TOTAL);
    private final CachedText nowText = new CachedText(ChartLabels.Key.NOW);
    private String status = "";
    private String fittedFrom;
    private String fittedTitle = "";
    private double fittedRoom;
    private ChartFont fittedFont;
    private int statusFinished = -1;
    private int statusSize = -1;
    private ChartLabels statusWords;
    /** While true the legend's items are measured, not drawn, and never cut at the surface's edge. */
    private boolean measuring;

    /** The ideal, total and now markers, with their labels in the strip above the plot. */
    void paintMarkers(Frame f, long idealNanos, double labelCentre) {
        int n = f.size();
        boolean done = f.stats.allFinished(n);
        double idealX = idealNanos >= 0 ? f.axis.timeToX(idealNanos) : Double.NaN;
        double otherX = Double.NaN;
        String otherLabel = null;
        ChartPaint otherPaint = null;
        if (done) {
            otherX = f.axis.timeToX(f.stats.lastFinish());
            otherLabel = totalText.of(f.words, f.stats.lastFinish() - Math.max(0, f.stats.firstSubmit()));
            otherPaint = f.palette.of(ChartColor.TOTAL);
            line(f, otherX, otherPaint, false, 2);
        } else if (n > 0) {
            otherX = f.axis.timeToX(f.now);
            otherLabel = nowText.of(f.words, f.now);
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
        double limit = s.width() - 4;
        if (rightText != null && visible(f, rightX)) {
            double w = s.textWidth(rightText, ChartFont.MARKER);
            double start = rightX + 6 + w <= limit ? rightX + 6 : rightX - 6 - w;
            s.text(rightText, start, baseline, ChartFont.MARKER, rightPaint, ChartSurface.Anchor.START);
            limit = Math.min(limit, start - 16);
        } else if (rightText == null && leftText != null && visible(f, leftX)) {
            double w = s.textWidth(leftText, ChartFont.MARKER);
            double start = leftX + 6 + w <= limit ? leftX + 6 : leftX - 6 - w;
            s.text(leftText, start, baseline, ChartFont.MARKER, leftPaint, ChartSurface.Anchor.START);
            return;
        }
        if (rightText != null && leftText != null && visible(f, leftX)) {
            double end = Math.min(leftX - 6, limit);
            s.text(leftText, end, baseline, ChartFont.MARKER, leftPaint, ChartSurface.Anchor.END);
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
    double inlineLegendX(Frame f, String title, double x, boolean ideal) {
        ChartSurface s = f.surface;
        double titleW = title.isEmpty() ? 0 : s.textWidth(title, ChartFont.TITLE) + 40;
        measuring = true;
        double legendW = paintLegend(f, 0, 0, ideal) - 28;
        measuring = false;
        double statusW = s.textWidth(status(f), ChartFont.LABEL);
        double start = x + titleW;
        return start + legendW + 40 + statusW <= s.width() - x ? start : Double.NaN;
    }

    /** The legend: what hatched, plain, striped and capped bars mean, and the marker lines; returns where it ends. */
    double paintLegend(Frame f, double x0, double centre, boolean ideal) {
        ChartSurface s = f.surface;
        Palette p = f.palette;
        double x = x0;
        double top = f.snap(centre - SWATCH_H / 2);
        x = item(f, x, centre, f.words.get(ChartLabels.Key.LEGEND_WAITING), p.waiting(), top);
        boolean gil = f.timeline != null && f.timeline.lockTimeline() != null;
        if (gil) {
            x = item(f, x, centre, f.words.get(ChartLabels.Key.LEGEND_LOCK_WAITING), p.lockWaiting(), top);
        }
        ChartPaint running = p.lane(0, f.computing());
        String runText = f.words.get(gil ? ChartLabels.Key.LEGEND_HOLDING_LOCK : f.computing()
                ? ChartLabels.Key.LEGEND_RUNNING_CPU : ChartLabels.Key.LEGEND_RUNNING_IO);
        if (f.phaseKinds == 0) {
            x = item(f, x, centre, runText, running, top);
        }
        double capX = f.snap(x + SWATCH_W - 4);
        double next = item(f, x, centre, f.words.get(ChartLabels.Key.LEGEND_DONE), running, top);
        if (next < s.width() && !measuring) {
            s.fillRect(capX, top, 4, SWATCH_H, p.of(ChartColor.DONE));
        }
        x = phaseItems(f, next, centre, top);
        if (f.phaseKinds == 0 && f.timeline != null && f.timeline.laneCount() > 1) {
            x = laneItem(f, x, centre, top);
        }
        boolean done = f.stats.allFinished(f.size());
        if (f.size() > 0 && !done) {
            x = lineItem(f, x, centre, f.words.get(ChartLabels.Key.NOW), p.of(ChartColor.NOW), false);
        }
        if (ideal) {
            x = lineItem(f, x, centre, f.words.get(ChartLabels.Key.IDEAL), p.of(ChartColor.IDEAL), true);
        }
        if (done) {
            x = lineItem(f, x, centre, f.words.get(ChartLabels.Key.TOTAL), p.of(ChartColor.TOTAL), false);
        }
        return x;
    }

    /** An item per phase kind recorded (their fills hide the lane colour), then one per bad outcome. */
    private double phaseItems(Frame f, double x0, double centre, double top) {
        double x = x0;
        for (Phase phase : PHASES) {
            if ((f.phaseKinds & 1 << phase.ordinal()) != 0) {
                x = item(f, x, centre, f.words.get(ChartLabels.Key.of(phase)), f.palette.phase(phase), top);
            }
        }
        x = outcomeItem(f, x, centre, top, TaskOutcome.CANCELLED, ChartLabels.Key.OUTCOME_CANCELLED);
        return outcomeItem(f, x, centre, top, TaskOutcome.FAILED, ChartLabels.Key.OUTCOME_FAILED);
    }

    private double outcomeItem(Frame f, double x, double centre, double top, TaskOutcome outcome,
                               ChartLabels.Key word) {
        if ((f.phaseOutcomes & 1 << outcome.ordinal()) == 0) {
            return x;
        }
        double capRight = f.snap(x + SWATCH_W);
        double next = item(f, x, centre, f.words.get(word), f.palette.phase(Phase.READ), top);
        if (next < f.surface.width() && !measuring) {
            PhasePainter.cap(f, outcome, capRight, top, top + SWATCH_H, x);
        }
        return next;
    }

    private double item(Frame f, double x, double centre, String text, ChartPaint swatch, double top) {
        ChartSurface s = f.surface;
        double w = s.textWidth(text, ChartFont.LABEL);
        if (measuring) {
            return x + SWATCH_W + 8 + w + 28;
        }
        if (x + SWATCH_W + 8 + w > s.width() - 8) {
            return s.width();
        }
        s.fillRect(f.snap(x), top, SWATCH_W, SWATCH_H, swatch);
        s.text(text, x + SWATCH_W + 8, centre + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL,
                f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        return x + SWATCH_W + 8 + w + 28;
    }

    private double laneItem(Frame f, double x, double centre, double top) {
        ChartSurface s = f.surface;
        String text = f.words.get(ChartLabels.Key.LEGEND_LANES);
        double w = s.textWidth(text, ChartFont.LABEL);
        if (measuring) {
            return x + SWATCH_W + 8 + w + 28;
        }
        if (x + SWATCH_W + 8 + w > s.width() - 8) {
            return s.width();
        }
        int lanes = Math.min(4, f.timeline.laneCount());
        double part = SWATCH_W / lanes;
        for (int i = 0; i < lanes; i++) {
            s.fillRect(f.snap(x + i * part), top, part, SWATCH_H, f.palette.lane(i, false));
        }
        s.text(text, x + SWATCH_W + 8, centre + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL,
                f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        return x + SWATCH_W + 8 + w + 28;
    }

    private double lineItem(Frame f, double x, double centre, String text, ChartPaint paint, boolean dashed) {
        ChartSurface s = f.surface;
        double w = s.textWidth(text, ChartFont.LABEL);
        if (measuring) {
            return x + SWATCH_W / 2 + 10 + w + 28;
        }
        if (x + SWATCH_W + 8 + w > s.width() - 8) {
            return s.width();
        }
        double lx = f.snap(x + SWATCH_W / 2);
        s.line(lx, centre - SWATCH_H / 2 - 2, lx, centre + SWATCH_H / 2 + 2, 3, paint, dashed);
        s.text(text, x + SWATCH_W / 2 + 10, centre + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL,
                f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        return x + SWATCH_W / 2 + 10 + w + 28;
    }

    /** The caller's title on the left and, on the right, how many tasks are done. */
    void paintTitle(Frame f, String title, double x, double baseline) {
        ChartSurface s = f.surface;
        ChartPaint text = f.palette.of(ChartColor.TEXT);
        String right = status(f);
        double rightW = s.textWidth(right, ChartFont.LABEL);
        double room = s.width() - x - rightW - 40;
        if (!title.isEmpty()) {
            ChartFont font = s.textWidth(title, ChartFont.TITLE) <= room ? ChartFont.TITLE : ChartFont.MARKER;
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

    private String status(Frame f) {
        int n = f.size();
        int finished = f.stats.finished();
        if (finished != statusFinished || n != statusSize || f.words != statusWords) {
            statusFinished = finished;
            statusSize = n;
            statusWords = f.words;
            // An empty chart says "no run yet" once, in the middle of its plot: not again in the corner.
            status = n == 0 ? ""
                    : f.words.format(ChartLabels.Key.TASKS_DONE, f.words.integer(finished), f.words.integer(n));
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
