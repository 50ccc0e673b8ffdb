package org.asynclab.chart.render;

import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.TaskOutcome;

/**
 * The legend: which {@link LegendEntry entries} a run's picture needs (only the states its bars really show, in the
 * words of its mode), and how a set of entries is drawn, a swatch and its words each, on one line. A chart draws
 * its own legend; a comparison's two charts share one line drawn by {@link LegendStrip} from the union of both.
 */
final class LegendPainter {
    static final double SWATCH_W = 30;
    static final double SWATCH_H = 18;
    private static final double GAP = 28;
    private static final double TEXT_GAP = 8;
    /** A wait narrower than this share of the run's span is a sliver nobody sees: no legend entry for it. */
    private static final double VISIBLE_WAIT = 1 / 200.0;
    private static final LegendEntry[] ENTRIES = LegendEntry.values();
    private static final Phase[] PHASES = Phase.values();
    /** The phases that paint over a task's body, a bit per ordinal: the bar's own fill is hidden under them. */
    private static final int BODY = 1 << Phase.RUNNING.ordinal() | 1 << Phase.WAITING.ordinal()
            | 1 << Phase.CONNECT.ordinal() | 1 << Phase.AWAIT_ANSWER.ordinal() | 1 << Phase.READ.ordinal();

    private LegendPainter() {
    }

    /**
     * The entries of {@code f}'s picture as of its now: the hatched part only when some task waited visibly, the
     * plain part in {@code mode}'s words unless phases paint over it, the done cap once a task ended well, the
     * phases and bad outcomes recorded, lane colours with more than one thread, and the marker lines shown.
     */
    static long entries(Frame f, Mode mode, boolean ideal, double extent) {
        if (f.timeline == null || f.size() == 0) {
            return ideal ? LegendEntry.IDEAL.bit() : 0;
        }
        long mask = 0;
        boolean gil = f.timeline.lockTimeline() != null;
        if (f.stats.longestWait() > 0 && f.stats.longestWait() >= extent * VISIBLE_WAIT) {
            mask |= LegendEntry.waitingIn(mode).bit();
        }
        if (gil) {
            mask |= LegendEntry.LOCK_WAITING.bit();
        }
        // The bars' own fill shows unless phases paint over the tasks' bodies (a computation is not painted over).
        boolean plain = (f.phaseKinds & BODY) == 0;
        if (plain && f.stats.started() > 0) {
            mask |= (gil ? LegendEntry.HOLDING_LOCK : f.computing() ? LegendEntry.RUNNING_CPU
                    : mode == Mode.EVENT_LOOP ? LegendEntry.SLEEPING : LegendEntry.RUNNING_IO).bit();
        }
        // The done cap for a task that ended well: boom.py's legend said "done" though its tasks all failed.
        if (f.timeline.phaseTimeline() == null ? f.stats.finished() > 0
                : (f.phaseOutcomes & 1 << TaskOutcome.DONE.ordinal()) != 0) {
            mask |= LegendEntry.DONE.bit();
        }
        for (Phase phase : PHASES) {
            if ((f.phaseKinds & 1 << phase.ordinal()) != 0) {
                mask |= LegendEntry.of(phase, mode, f.timeline.kind()).bit();
            }
        }
        if ((f.phaseOutcomes & 1 << TaskOutcome.CANCELLED.ordinal()) != 0) {
            mask |= LegendEntry.CANCELLED.bit();
        }
        if ((f.phaseOutcomes & 1 << TaskOutcome.FAILED.ordinal()) != 0) {
            mask |= LegendEntry.FAILED.bit();
        }
        if (plain && f.timeline.laneCount() > 1) {
            mask |= LegendEntry.LANES.bit();
        }
        boolean done = f.stats.allFinished(f.size());
        if (done) {
            mask |= LegendEntry.TOTAL.bit();
        } else {
            mask |= f.atStop() ? LegendEntry.STOPPED.bit() : LegendEntry.NOW.bit();
        }
        return ideal ? mask | LegendEntry.IDEAL.bit() : mask;
    }

    /**
     * {@code mask} as the laid-out rows show it: rows merged into density bands (a pixel row of many tasks, or of
     * many threads' lanes) have no end caps and no thread colours, and the 100,000-task comparison's legend named
     * "done" and "colour = thread" beside bands of one blue. Taken once the rows are laid out, which the legend's
     * own lines come before.
     */
    static long asRowsShow(Frame f, long mask) {
        return f.rows.isDense() ? mask & ~(LegendEntry.DONE.bit() | LegendEntry.LANES.bit()) : mask;
    }

    /**
     * What the "done" swatch is filled with: the wait a chart of phases draws its bars in (a program's awaiting, a
     * request's wait for its answer), whose bars end in the cap; else the first lane's colour. A Python chart's
     * legend showed a blue "done" bar beside bars of violet and green only.
     */
    private static ChartPaint doneFill(Frame f, long mask) {
        Palette p = f.palette;
        long waits = LegendEntry.PHASE_WAITING.bit() | LegendEntry.PHASE_BLOCKED.bit() | LegendEntry.PHASE_PARKED.bit();
        long answers = LegendEntry.PHASE_AWAIT_ANSWER.bit() | LegendEntry.PHASE_BLOCKED_ANSWER.bit()
                | LegendEntry.PHASE_PARKED_ANSWER.bit();
        if ((mask & waits) != 0) {
            return p.phase(Phase.WAITING);
        }
        if ((mask & answers) != 0) {
            return p.phase(Phase.AWAIT_ANSWER);
        }
        return p.lane(0, f.computing());
    }

    /**
     * What a finished bar's cap is drawn on, by the phases {@code mask} names: a counter's task ends in its
     * read-to-write window, a request in its read, a program's task in its last slice; else the swatch's {@code fill}
     * (a Java computation's phase is the bar's own fill, {@link LegendEntry#isComputation}). An http chart's bars
     * ended in a grey cap (on the dark read) beside a legend whose "done" ended in black.
     */
    private static ChartPaint doneEnd(Frame f, long mask, ChartPaint fill) {
        Palette p = f.palette;
        if (LegendEntry.PHASE_READ_WRITE.in(mask)) {
            return p.phase(Phase.READ_WRITE);
        }
        if (LegendEntry.PHASE_READ.in(mask)) {
            return p.phase(Phase.READ);
        }
        return LegendEntry.PHASE_RUNNING.in(mask) ? p.phase(Phase.RUNNING) : fill;
    }

    /** How wide the entries of {@code mask} are on one line, the gap after the last one included. */
    static double width(Frame f, long mask) {
        double x = 0;
        LegendEntry previous = null;
        for (LegendEntry entry : ENTRIES) {
            if (entry.in(mask)) {
                x += itemWidth(f, entry, previous);
                previous = entry;
            }
        }
        return x;
    }

    /**
     * How many lines {@link #paint(Frame, long, double, double, double)} draws the entries of {@code mask} on, from
     * {@code x0} on a surface {@code surfaceWidth} wide.
     */
    static int linesFrom(Frame f, long mask, double x0, double surfaceWidth) {
        return lines(f, mask, surfaceWidth - TEXT_GAP - x0);
    }

    /**
     * How many lines the entries of {@code mask} take in {@code width} points, each line as many whole items as
     * fit (an item is never cut, nor a group of entries that share a swatch).
     */
    static int lines(Frame f, long mask, double width) {
        int lines = 1;
        double x = 0;
        LegendEntry previous = null;
        for (LegendEntry entry : ENTRIES) {
            if (entry.in(mask)) {
                double w = itemWidth(f, entry, previous);
                boolean joined = sharesSwatch(entry, previous);
                if (x > 0 && x + (joined ? w : groupWidth(f, mask, entry)) - GAP > width) {
                    lines++;
                    x = 0;
                    w = itemWidth(f, entry, null); // as paint draws it: a swatch and its words of its own
                }
                x += w;
                previous = entry;
            }
        }
        return lines;
    }

    /**
     * How wide {@code first} and the entries of {@code mask} after it that share its swatch are: one group, kept on
     * one line. Two meanings of one picture (a thread blocked in its wait, a coroutine asleep in an await) under one
     * swatch name it; split over two lines, the same swatch twice with other words looked like two states.
     */
    private static double groupWidth(Frame f, long mask, LegendEntry first) {
        double w = itemWidth(f, first, null);
        LegendEntry previous = first;
        for (int i = first.ordinal() + 1; i < ENTRIES.length; i++) {
            LegendEntry next = ENTRIES[i];
            if (!next.in(mask)) {
                continue;
            }
            if (!sharesSwatch(next, previous)) {
                break;
            }
            w += itemWidth(f, next, previous);
            previous = next;
        }
        return w;
    }

    /**
     * An item's width; an entry with the same swatch as the one before it (two modes' words for the hatched part)
     * shares its swatch: " / " and its words only.
     */
    private static double itemWidth(Frame f, LegendEntry entry, LegendEntry previous) {
        double text = f.surface.textWidth(words(f, entry, previous), ChartFont.LABEL);
        return (sharesSwatch(entry, previous) ? -GAP : swatchWidth(entry) + TEXT_GAP) + text + GAP;
    }

    private static boolean sharesSwatch(LegendEntry entry, LegendEntry previous) {
        // phases: one swatch when one phase in two modes' words (a comparison's "awaiting / waiting (thread blocked)")
        return previous != null && previous.swatch() == entry.swatch()
                && (entry.swatch() != LegendEntry.Swatch.PHASE || entry.phase() == previous.phase());
    }

    /**
     * An entry's words; after one with the same swatch, " / " and what differs ("… its thread / a worker"), cut
     * where no parenthesis is left open ("en attente (thread bloqué) / (thread virtuel garé)", not "… / virtuel
     * garé)").
     */
    private static String words(Frame f, LegendEntry entry, LegendEntry previous) {
        String words = f.words.get(entry.words());
        if (!sharesSwatch(entry, previous)) {
            return words;
        }
        String before = f.words.get(previous.words());
        int same = 0;
        int open = 0;
        for (int i = 0; i < Math.min(before.length(), words.length()) && before.charAt(i) == words.charAt(i); i++) {
            char c = words.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ' ' && open == 0) {
                same = i + 1;
            }
        }
        return " / " + words.substring(same);
    }

    private static double swatchWidth(LegendEntry entry) {
        return switch (entry.swatch()) {
            case NOW_LINE, IDEAL_LINE, TOTAL_LINE -> SWATCH_W / 2 + 2;
            default -> SWATCH_W;
        };
    }

    /**
     * Draws the entries of {@code mask} from {@code x0} along the line centred at {@code centre}, stopping before
     * one that would not fit whole; returns where the next item would start.
     */
    static double paint(Frame f, long mask, double x0, double centre) {
        return paint(f, mask, x0, centre, 0);
    }

    /**
     * Draws the entries of {@code mask} from {@code x0} on lines {@code lineHeight} apart, the first centred at
     * {@code centre}, starting a new line when an item would not fit whole (0: one line, the rest left out);
     * returns where the next item would start on the last line.
     */
    static double paint(Frame f, long mask, double x0, double centre, double lineHeight) {
        return paint(f, mask, x0, centre, lineHeight, Integer.MAX_VALUE);
    }

    /** As {@link #paint(Frame, long, double, double, double)}, on {@code maxLines} lines at most: the rest left out. */
    static double paint(Frame f, long mask, double x0, double centre, double lineHeight, int maxLines) {
        ChartSurface s = f.surface;
        double x = x0;
        double y = centre;
        int line = 1;
        LegendEntry previous = null;
        for (LegendEntry entry : ENTRIES) {
            if (!entry.in(mask)) {
                continue;
            }
            double w = itemWidth(f, entry, previous);
            boolean joined = sharesSwatch(entry, previous);
            double right = s.width() - TEXT_GAP;
            if (x + (joined ? w : groupWidth(f, mask, entry)) - GAP > right) {
                // A group starts a line of its own; one wider than a whole line goes on over the next, the entry
                // that does not fit with its swatch again (an http comparison's legend, its two words of one wait
                // too wide for the stage at 1024 px, ended there: "read the answer" and the total left out).
                boolean fresh = x == x0;
                if (lineHeight <= 0 || fresh || line >= maxLines) {
                    if (!fresh && !joined || x + w - GAP > right) {
                        return s.width();
                    }
                } else {
                    line++;
                    x = x0;
                    y += lineHeight;
                    if (joined) {
                        previous = null;
                        w = itemWidth(f, entry, null);
                    }
                }
            }
            double textX = x;
            if (!sharesSwatch(entry, previous)) {
                swatch(f, entry, mask, x, f.snap(y - SWATCH_H / 2), y);
                textX = x + swatchWidth(entry) + TEXT_GAP;
            } else {
                textX = x - GAP;
            }
            s.text(words(f, entry, previous), textX, y + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL,
                    f.palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
            x += w;
            previous = entry;
        }
        return x;
    }

    private static void swatch(Frame f, LegendEntry entry, long mask, double x, double top, double centre) {
        ChartSurface s = f.surface;
        Palette p = f.palette;
        double left = f.snap(x);
        switch (entry.swatch()) {
            case WAITING -> s.fillRect(left, top, SWATCH_W, SWATCH_H, p.waiting());
            case LOCK_WAITING -> s.fillRect(left, top, SWATCH_W, SWATCH_H, p.lockWaiting());
            case RUNNING -> s.fillRect(left, top, SWATCH_W, SWATCH_H, p.lane(0, false));
            case RUNNING_CPU -> s.fillRect(left, top, SWATCH_W, SWATCH_H, p.lane(0, true));
            case DONE -> {
                // the end of a bar as the chart draws it: its fill, then the cap by the bars' rule (the theme's own
                // only where it shows on what the bar ends in)
                ChartPaint fill = doneFill(f, mask);
                s.fillRect(left, top, SWATCH_W, SWATCH_H, fill);
                s.fillRect(f.snap(x + SWATCH_W - 4), top, 4, SWATCH_H, p.doneCapOn(doneEnd(f, mask, fill)));
            }
            case PHASE -> s.fillRect(left, top, SWATCH_W, SWATCH_H, p.phase(entry.phase()));
            // The whole swatch in the cap's colour and shape: a 2 px cap on one navy swatch told them apart badly.
            case CANCELLED -> PhasePainter.cap(f, TaskOutcome.CANCELLED, f.snap(x + SWATCH_W), top, top + SWATCH_H,
                    x, SWATCH_W);
            case FAILED -> PhasePainter.cap(f, TaskOutcome.FAILED, f.snap(x + SWATCH_W), top, top + SWATCH_H, x,
                    SWATCH_W);
            case LANES -> {
                int lanes = f.timeline == null ? 4 : Math.max(2, Math.min(4, f.timeline.laneCount()));
                double part = SWATCH_W / lanes;
                for (int i = 0; i < lanes; i++) {
                    s.fillRect(f.snap(x + i * part), top, part, SWATCH_H, p.lane(i, false));
                }
            }
            case NOW_LINE -> line(f, x, centre, p.of(ChartColor.NOW), false);
            case IDEAL_LINE -> line(f, x, centre, p.of(ChartColor.IDEAL), true);
            case TOTAL_LINE -> line(f, x, centre, p.of(ChartColor.TOTAL), false);
            default -> throw new IllegalStateException(entry.toString());
        }
    }

    private static void line(Frame f, double x, double centre, ChartPaint paint, boolean dashed) {
        double lx = f.snap(x + SWATCH_W / 4);
        f.surface.line(lx, centre - SWATCH_H / 2 - 2, lx, centre + SWATCH_H / 2 + 2, 3, paint, dashed);
    }
}
