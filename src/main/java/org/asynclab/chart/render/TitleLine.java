package org.asynclab.chart.render;

import org.asynclab.model.TaskEnds;
import org.asynclab.model.TaskTimeline;

/**
 * The chart's title line: the caller's title on the left, how many tasks are done on the right and, on a compact
 * line (a comparison's charts), the markers' labels between them. When the line is short of room the status gives
 * way first, step by step ({@link #FULL} → {@link #PARTS} → {@link #SHORT} → {@link #NONE}), so that the markers'
 * figures keep their place: they are what the teacher points at. Texts are made once per change.
 */
final class TitleLine {
    /** Between the parts of a title (RunTitles' and the picture title's separator): where a long one may break. */
    private static final String SEPARATOR = " · ";
    /** "20 of 20 tasks done", "20 of 20 tasks ended: 16 done, 4 cancelled". */
    static final int FULL = 0;
    /** "16 done, 4 cancelled": the parts alone (the same as {@link #SHORT} when every task ran to its end). */
    static final int PARTS = 1;
    /** "16/20": the tasks done, of all. */
    static final int SHORT = 2;
    /**
     * No status: only once every task has ended, which the total's label then says; "3/10" said no more than the
     * cancelled bars and the results beside them, and cost the deadline lesson its "ideal 500 ms".
     */
    static final int NONE = 3;

    /** The status at each step, made when the count changes. */
    private final String[] statuses = {"", "", "", ""};
    private int statusFinished = -1;
    private int statusSize = -1;
    private ChartLabels statusWords;
    private TaskTimeline statusTimeline;
    /** The step of the compact line, and what it holds for: it only shortens while they stay (no flicker). */
    private int level;
    private TaskTimeline levelTimeline;
    private double levelWidth = -1;
    private ChartLabels levelWords;
    private String levelTitle;
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

    /**
     * Lays out a compact title line (its legend shared): the markers' labels between {@code title} and the status,
     * with the longest status that leaves every line drawn named, or else the one that names most. A step once taken
     * stays for the timeline, width, words and title: a live run's status does not flip as its now label moves.
     */
    void fitCompact(Frame f, String title, double x, OverlayPainter overlay, long idealNanos, double centre) {
        status(f, FULL);
        if (f.timeline != levelTimeline || f.surface.width() != levelWidth || f.words != levelWords
                || !title.equals(levelTitle)) {
            levelTimeline = f.timeline;
            levelWidth = f.surface.width();
            levelWords = f.words;
            levelTitle = title;
            level = FULL;
        }
        level = stepForTitle(f, title, x, ChartFont.MARKER, level);
        int best = level;
        int fewest = Integer.MAX_VALUE;
        int placed = -1;
        for (int step = level; step <= NONE && fewest > 0; step++) {
            if (step > level && statuses[step].equals(statuses[step - 1])) {
                continue;
            }
            int unnamed = overlay.placeMarkers(f, idealNanos, centre, afterTitle(f, title, x, step),
                    beforeStatus(f, x, step));
            placed = step;
            if (unnamed < fewest) {
                fewest = unnamed;
                best = step;
            }
        }
        level = best;
        if (placed != best) {
            overlay.placeMarkers(f, idealNanos, centre, afterTitle(f, title, x, best), beforeStatus(f, x, best));
        }
    }

    /**
     * Where the legend starts when it fits on the title line, between the title and the status, or NaN when it
     * needs a line of its own. Asked every layout: the answer moves the plot up by a whole line.
     */
    double inlineLegendX(Frame f, String title, double x, long legend) {
        ChartSurface s = f.surface;
        double titleW = title.isEmpty() ? 0 : s.textWidth(title, ChartFont.TITLE) + 40;
        double legendW = LegendPainter.width(f, legend) - 28;
        double statusW = s.textWidth(status(f, FULL), ChartFont.LABEL);
        double start = x + titleW;
        return start + legendW + 40 + statusW <= s.width() - x ? start : Double.NaN;
    }

    /** Where the markers' labels may start on a compact title line: after the title as drawn, and a gap. */
    private double afterTitle(Frame f, String title, double x, int step) {
        return title.isEmpty() ? x
                : x + Math.min(f.surface.textWidth(title, ChartFont.MARKER), titleRoom(f, x, step)) + 24;
    }

    /** Where the markers' labels must end on a compact title line: before the status, and a gap. */
    private double beforeStatus(Frame f, double x, int step) {
        String status = status(f, step);
        return f.surface.width() - x - (status.isEmpty() ? 0 : f.surface.textWidth(status, ChartFont.LABEL) + 24);
    }

    /** The width the title may take beside the status at {@code step}. */
    private double titleRoom(Frame f, double x, int step) {
        String status = status(f, step);
        return f.surface.width() - x - (status.isEmpty() ? x : f.surface.textWidth(status, ChartFont.LABEL) + 40);
    }

    /**
     * The first step from {@code step} on whose status leaves {@code title} its width, or the last: the mode's name
     * matters more than "20/20" (a single chart at 1280 × 720 in the largest text read "Pool de 4 · E/S…   20/20").
     */
    private int stepForTitle(Frame f, String title, double x, ChartFont font, int step) {
        int at = step;
        while (at < NONE && !title.isEmpty() && f.surface.textWidth(title, font) > titleRoom(f, x, at)) {
            at++;
        }
        return at;
    }

    /**
     * Whether a picture's title too wide for its line takes two, broken after one of its " · " (layout11: a slide of
     * 1280 × 720 in French ended "graine 1 · sémaphore 4 · total 2,636 s · mo…"). False when it fits on one line,
     * or has no break that lets its first line fit; then it is drawn on one line as before.
     */
    boolean titleBreaks(Frame f, String title, double x) {
        double room = titleRoom(f, x, FULL);
        if (!title.equals(brokenFrom) || room != brokenRoom || f.words != brokenWords) {
            brokenFrom = title;
            brokenRoom = room;
            brokenWords = f.words;
            ChartSurface s = f.surface;
            // "8/8" for the status comes first, as on one line; then two lines, the status in words if it leaves room.
            double shortRoom = titleRoom(f, x, SHORT);
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
        s.text(status(f, brokenShort ? SHORT : FULL), s.width() - x, baseline, ChartFont.LABEL,
                f.palette.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.END);
    }

    /**
     * The caller's title on the left and, on the right, how many tasks are done: in words, or shorter when the
     * words would leave the title too little room (a narrow chart beside the code, in French). A compact line
     * writes the status {@link #fitCompact} chose.
     */
    void paintTitle(Frame f, String title, double x, double baseline, boolean compact) {
        ChartSurface s = f.surface;
        int step = compact ? level : FULL;
        if (!title.isEmpty()) {
            ChartFont font = !compact && s.textWidth(title, ChartFont.TITLE) <= titleRoom(f, x, step)
                    ? ChartFont.TITLE : ChartFont.MARKER;
            step = compact ? step : stepForTitle(f, title, x, font, step);
            s.text(fitted(s, title, font, titleRoom(f, x, step)), x, baseline, font, f.palette.of(ChartColor.TEXT),
                    ChartSurface.Anchor.START);
        }
        s.text(status(f, step), s.width() - x, baseline, ChartFont.LABEL, f.palette.of(ChartColor.TEXT_MUTED),
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

    /** The status at {@code step}; formatted once per change of the count. */
    private String status(Frame f, int step) {
        int n = f.size();
        int finished = f.stats.finished();
        if (finished != statusFinished || n != statusSize || f.words != statusWords || f.timeline != statusTimeline) {
            statusFinished = finished;
            statusSize = n;
            statusWords = f.words;
            statusTimeline = f.timeline;
            // An empty chart says "no run yet" once, in the middle of its plot: not again in the corner. A task
            // cancelled or failed is not "done" (the outcomes are read only when a task has ended since).
            TaskEnds ends = n == 0 || f.timeline.phaseTimeline() == null ? new TaskEnds(finished, 0, 0)
                    : TaskEnds.of(f.timeline, f.now);
            ChartLabels w = f.words;
            statuses[FULL] = n == 0 ? "" : ends.allDone() ? w.formatCount(ChartLabels.Key.TASKS_DONE, finished, n)
                    : w.tasksEnded(ends, n, ChartLabels.Key.TASKS_DONE);
            // The short count counts done tasks while a run goes on. Once every task has ended, some not done, it
            // is not written: "3/10" read as a run still going (the deadline lesson at 1024 × 768), "10/10" would
            // call the cancelled done; the bars and the results say how they ended.
            boolean overNotAllDone = ends.finished() == n && !ends.allDone();
            statuses[SHORT] = n == 0 || overNotAllDone ? ""
                    : w.format(ChartLabels.Key.TASKS_DONE_SHORT, w.integer(ends.done()), w.integer(n));
            statuses[PARTS] = n == 0 || ends.allDone() ? statuses[SHORT] : w.endedParts(ends);
            statuses[NONE] = f.stats.allFinished(n) ? "" : statuses[SHORT];
        }
        return statuses[step];
    }
}
