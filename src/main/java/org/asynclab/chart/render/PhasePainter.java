package org.asynclab.chart.render;

import java.util.Arrays;
import org.asynclab.chart.ChartView;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Draws, over the bars of a run that records the inside of its tasks ({@link PhaseTimeline}: http requests, race
 * windows, Python traces), each visible task's phases inside its bar, one style per {@link Phase} from the
 * {@link Palette}, and marks how a task ended when it did not end well: a cancelled task's bar ends in a cut cap
 * (two short teeth, the middle left open), a failed one's in a solid cap twice as wide, in colours of their own.
 *
 * <p>Everything is clipped at the frame's now: a phase that began later is not drawn, one that lasts past it ends
 * there, and an outcome shows only once the task has ended as of now, so a replay shows what was known at its
 * moment. Only visible rows are read; a frame allocates nothing; bars are {@code fillRect}s. Rows merged into
 * density bands show no phases.
 */
final class PhasePainter {
    /** Width of the failed cap in points; the cancelled cap is half as wide. */
    private static final double MARK = 6;

    private final double[] bar = new double[2];
    private PhaseTimeline surveyed;
    private int[] seen = new int[0];
    private int kinds;
    private int outcomes;

    /**
     * Brings {@link Frame#phaseKinds} and {@link Frame#phaseOutcomes} up to date with the phases recorded so far,
     * for the legend: reads only the phases recorded since the last frame (a task's phases are only ever added); a
     * finished task without a bad outcome ended well ({@link TaskOutcome#DONE}).
     */
    void survey(Frame f) {
        PhaseTimeline phases = f.timeline == null ? null : f.timeline.phaseTimeline();
        if (phases != surveyed || phases != null && seen.length < f.size()) {
            surveyed = phases;
            kinds = 0;
            outcomes = 0;
            if (seen.length < f.size()) {
                seen = new int[f.size()];
            } else {
                Arrays.fill(seen, 0);
            }
        }
        if (phases != null) {
            for (int task = 0; task < f.size(); task++) {
                int count = phases.phaseCount(task);
                for (int p = seen[task]; p < count; p++) {
                    Phase kind = phases.phase(task, p);
                    kinds |= f.isComputation(kind) ? 0 : 1 << kind.ordinal();
                }
                seen[task] = count;
                TaskOutcome outcome = phases.outcome(task);
                if (outcome != null && outcome != TaskOutcome.DONE) {
                    outcomes |= 1 << outcome.ordinal();
                } else if (f.timeline.finishedNanos(task) != TaskTimeline.NOT_YET) {
                    outcomes |= 1 << TaskOutcome.DONE.ordinal();
                }
            }
        }
        f.phaseKinds = kinds;
        f.phaseOutcomes = outcomes;
    }

    /** Draws the phases and outcome marks of the visible tasks; nothing for runs without phases. */
    void paintPhases(Frame f) {
        TaskTimeline tl = f.timeline;
        PhaseTimeline phases = tl == null ? null : tl.phaseTimeline();
        if (phases == null || f.rows.isDense()) {
            return;
        }
        int first = f.rows.firstVisibleRow();
        int last = f.rows.lastVisibleRow();
        if (f.view == ChartView.TASKS) {
            for (int task = Math.max(0, first); task <= last && task < tl.size(); task++) {
                BarPainter.taskBar(f, task, bar);
                paintTask(f, phases, task);
            }
        } else {
            for (int task = 0; task < tl.size(); task++) {
                if (tl.lane(task) >= 0 && BarPainter.laneBar(f, task, first, last, bar)) {
                    paintTask(f, phases, task);
                }
            }
        }
    }

    private void paintTask(Frame f, PhaseTimeline phases, int task) {
        double y0 = Math.max(bar[0], f.plotTop);
        double y1 = Math.min(bar[0] + bar[1], f.plotBottom());
        if (y1 <= y0) {
            return;
        }
        y0 = f.snap(y0);
        y1 = Math.max(f.snap(y1), y0 + 1 / f.scale);
        long ended = phasesOf(f, phases, task, y0, y1, false);
        phasesOf(f, phases, task, y0, y1, true);
        TaskOutcome outcome = phases.outcome(task);
        if (outcome == TaskOutcome.FAILED || outcome == TaskOutcome.CANCELLED) {
            long finished = f.asOfNow(f.timeline.finishedNanos(task));
            long at = finished != TaskTimeline.NOT_YET ? finished : ended;
            if (at != TaskTimeline.NOT_YET) {
                mark(f, outcome, f.axis.timeToX(at), y0, y1);
            }
        } else {
            // the "done" cap the legend shows, over the phases (the last slice or the read would hide the bar's)
            long started = f.asOfNow(f.timeline.startedNanos(task));
            long finished = started == TaskTimeline.NOT_YET ? TaskTimeline.NOT_YET
                    : f.asOfNow(f.timeline.finishedNanos(task));
            if (finished != TaskTimeline.NOT_YET) {
                BarPainter.doneCapOverPhases(f, task, started, finished, y0, y1);
            }
        }
    }

    /**
     * Fills the phases of {@code task} begun as of now, the running ones ({@code running}) or the others; returns
     * the end of the last one begun (as of now). Running slices go over the waits: a slice shorter than a pixel
     * shares its pixel with the wait that follows it, and must still show (a 50 ms ticker's hundreds of slices).
     */
    private static long phasesOf(Frame f, PhaseTimeline phases, int task, double y0, double y1, boolean running) {
        int count = phases.phaseCount(task);
        long ended = TaskTimeline.NOT_YET;
        long finished = f.asOfNow(f.timeline.finishedNanos(task));
        for (int p = 0; p < count; p++) {
            long start = phases.phaseStartNanos(task, p);
            if (start > f.now) {
                break;
            }
            long end = f.asOfNow(phases.phaseEndNanos(task, p));
            Phase kind = phases.phase(task, p);
            if ((kind == Phase.RUNNING) == running && !f.isComputation(kind)) {
                long to = end == TaskTimeline.NOT_YET ? f.now : end;
                // A slice under a pixel is a tick across the bar's middle half: where ticks touch (a 50 ms ticker
                // over 30 s), the wait's hatch still shows above and below them, and the bar does not read "ran".
                double inset = running && (f.axis.timeToX(to) - f.axis.timeToX(start)) * f.scale < 1
                        ? f.snap((y1 - y0) / 4) : 0;
                fill(f, start, to, finished, y0 + inset, y1 - inset, f.palette.phase(kind));
            }
            ended = end;
        }
        return ended;
    }

    /**
     * Fills again, between {@code x0} and {@code x1} and from {@code y0} to {@code y1}, the running slices of
     * {@code task} begun as of now: a label's patch went over them there.
     */
    static void runningUnder(Frame f, int task, double x0, double x1, double y0, double y1) {
        PhaseTimeline phases = f.timeline.phaseTimeline();
        if (phases == null || f.rows.isDense() || f.isComputation(Phase.RUNNING)) {
            return;
        }
        ChartPaint running = f.palette.phase(Phase.RUNNING);
        long from = Math.round(f.axis.xToTime(x0));
        long to = Math.round(f.axis.xToTime(x1));
        int count = phases.phaseCount(task);
        for (int p = 0; p < count; p++) {
            long start = phases.phaseStartNanos(task, p);
            if (start > f.now || start > to) {
                break;
            }
            long end = f.asOfNow(phases.phaseEndNanos(task, p));
            end = end == TaskTimeline.NOT_YET ? f.now : end;
            if (phases.phase(task, p) == Phase.RUNNING && end >= from) {
                double a = f.snap(Math.max(f.axis.timeToX(start), x0));
                double b = Math.max(f.snap(Math.min(f.axis.timeToX(end), x1)), a + 1 / f.scale);
                f.surface.fillRect(a, y0, b - a, y1 - y0, running);
            }
        }
    }

    /**
     * Fills [from, to) of a bar, at least one device pixel wide, within the plot; a phase under a pixel at the end
     * of a task {@code finished} (or {@link TaskTimeline#NOT_YET}) takes the pixel before its end, not one past
     * it: a program's last slice (its {@code return}) stood out right of the bar's done cap, as if after the end.
     */
    private static void fill(Frame f, long from, long to, long finished, double y0, double y1, ChartPaint paint) {
        double x0 = f.axis.timeToX(from);
        double x1 = f.axis.timeToX(to);
        if (x1 < f.plotLeft || x0 > f.plotRight()) {
            return;
        }
        double px = 1 / f.scale;
        double a = f.snap(Math.max(x0, f.plotLeft));
        double b = Math.max(f.snap(Math.min(x1, f.plotRight())), a + px);
        double end = finished == TaskTimeline.NOT_YET ? Double.NaN : f.snap(f.axis.timeToX(finished));
        if (b > end && end - px >= f.plotLeft) {
            b = end;
            a = Math.min(a, b - px);
        }
        f.surface.fillRect(a, y0, b - a, y1 - y0, paint);
    }

    /** The end mark at {@code x}: a solid cap (failed) or two teeth with the middle cut away (cancelled). */
    private static void mark(Frame f, TaskOutcome outcome, double x, double y0, double y1) {
        if (x < f.plotLeft || x > f.plotRight() + MARK) {
            return;
        }
        cap(f, outcome, f.snap(x), y0, y1, f.plotLeft, outcome == TaskOutcome.FAILED ? MARK : MARK / 2);
    }

    /**
     * The cap of {@code outcome}, {@code width} wide, ending at {@code right}, never left of {@code minLeft}: a
     * bar's end, or the legend's swatch, as wide as the swatch.
     */
    static void cap(Frame f, TaskOutcome outcome, double right, double y0, double y1, double minLeft, double width) {
        ChartSurface s = f.surface;
        if (outcome == TaskOutcome.FAILED) {
            double left = Math.max(minLeft, right - width);
            s.fillRect(left, y0, right - left, y1 - y0, f.palette.of(ChartColor.OUTCOME_FAILED));
            return;
        }
        double left = Math.max(minLeft, right - width);
        double tooth = Math.max(1, Math.floor((y1 - y0) * f.scale / 3)) / f.scale;
        ChartPaint cut = f.palette.of(ChartColor.OUTCOME_CANCELLED);
        s.fillRect(left, y0, right - left, tooth, cut);
        s.fillRect(left, y1 - tooth, right - left, tooth, cut);
        if (y1 - y0 > 2 * tooth) {
            s.fillRect(left, y0 + tooth, right - left, y1 - y0 - 2 * tooth, f.palette.of(ChartColor.PLOT));
        }
    }
}
