package org.asynclab.chart.render;

import org.asynclab.chart.ChartView;
import org.asynclab.chart.geometry.LaneSlots;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.chart.geometry.TimeAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;

/**
 * What every painting step of one frame reads: the surface, the palette, the data at the frame's "now", and the
 * geometry. One instance lives as long as its painter and is refilled each frame, so a frame allocates nothing.
 */
final class Frame {
    final TimeAxis axis = new TimeAxis();
    final RowLayout rows = new RowLayout();
    final LaneSlots slots = new LaneSlots();
    final TimelineStats stats = new TimelineStats();
    final TaskLabels labels = new TaskLabels();

    ChartSurface surface;
    Palette palette;
    TaskTimeline timeline;
    /** The chart's words, in the window's language (English by default). */
    ChartLabels words = ChartLabels.ENGLISH;
    ChartView view = ChartView.TASKS;
    /** The run's mode, for the legend's and the tooltips' words (null: not known, general words). */
    Mode mode;
    long now;
    int hover = -1;
    /** Rows before the first lane in the threads view: 1 when a "waiting" row shows the queue, else 0. */
    int firstLaneRow;
    double scale = 1;
    /** The phase kinds recorded so far, a bit per {@link org.asynclab.model.Phase} ordinal (for the legend). */
    int phaseKinds;
    /** The outcomes of the tasks finished so far, a bit per {@link org.asynclab.model.TaskOutcome} ordinal. */
    int phaseOutcomes;
    /** Whether the time axis writes its tick labels (a comparison's upper chart leaves them to the lower one). */
    boolean timeLabels = true;
    double plotLeft;
    double plotTop;
    double plotWidth;
    double plotHeight;
    /** Where the ideal's and the total's lines are drawn this frame (NaN: not drawn): a label they cross is haloed. */
    double idealLineX = Double.NaN;
    double totalLineX = Double.NaN;
    /** A live run's or a replay's "now" line, or NaN when the run is over (its total's line stands instead). */
    double nowLineX = Double.NaN;

    /**
     * Whether the frame shows a run that was stopped, at its stop: its last line is where it stopped ("stop"), not a
     * live run's "now". A replay of it before that point still has a now.
     */
    boolean atStop() {
        long stop = timeline == null ? TaskTimeline.NOT_YET : timeline.stoppedNanos();
        return stop != TaskTimeline.NOT_YET && now >= stop;
    }

    /** Whether the tasks compute (cpu) rather than wait (io): their bars are striped. */
    boolean computing() {
        return timeline != null && timeline.kind() == TaskKind.CPU;
    }

    /** Whether {@code kind} is drawn as the bar under it ({@link LegendEntry#isComputation}). */
    boolean isComputation(Phase kind) {
        return timeline != null && LegendEntry.isComputation(kind, timeline.kind());
    }

    /** Number of tasks (0 without a timeline). */
    int size() {
        return timeline == null ? 0 : timeline.size();
    }

    /** The label of a row: the task's number, the thread's name, or "waiting" for the queue row. */
    String rowLabel(int row) {
        if (view == ChartView.TASKS) {
            return labels.number(row);
        }
        return row < firstLaneRow ? words.get(ChartLabels.Key.QUEUE_ROW) : timeline.laneName(row - firstLaneRow);
    }

    /** Whether every row label is a bare task number ({@code #7}): not a task's or a thread's name. */
    boolean rowLabelsAreNumbers() {
        return view == ChartView.TASKS && labels.bareNumbers();
    }

    /** The row of a lane in the threads view. */
    int rowOfLane(int lane) {
        return lane + firstLaneRow;
    }

    double plotRight() {
        return plotLeft + plotWidth;
    }

    double plotBottom() {
        return plotTop + plotHeight;
    }

    /**
     * Whether the ideal's, the total's or the now line runs through [x0, x1] (points, the line's width included): a
     * label there is written on a halo of what lies under it, so that the line does not cut its digits (the replay's
     * cursor crossed "121 ms" as "121 m|s").
     */
    boolean crossesMarker(double x0, double x1) {
        return crosses(idealLineX, x0, x1) || crosses(totalLineX, x0, x1) || crosses(nowLineX, x0, x1);
    }

    private static boolean crosses(double lineX, double x0, double x1) {
        return lineX >= x0 - 2 && lineX <= x1 + 2;
    }

    /** {@code v} moved to the nearest device pixel boundary, so bar edges are sharp at any scale. */
    double snap(double v) {
        return Math.round(v * scale) / scale;
    }

    /** An instant as it was at the frame's now: later instants have not happened yet. */
    long asOfNow(long instant) {
        return instant == TaskTimeline.NOT_YET || instant > now ? TaskTimeline.NOT_YET : instant;
    }

    /**
     * The instant the run's total counts from, the time axis' 0: its first task's submission (0 before there is
     * one). The summary's total is "first submit to last finish", so the total's marker and label agree.
     */
    long origin() {
        return Math.max(0, stats.firstSubmit());
    }
}
