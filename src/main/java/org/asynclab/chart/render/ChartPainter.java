package org.asynclab.chart.render;

import java.util.Objects;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.geometry.TimeAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskTimeline;

/**
 * Paints a whole chart of a {@link TaskTimeline} on any {@link ChartSurface}, in small named steps: background,
 * rows, grid, bars (or density), labels, markers, now line, legend, title. The on-screen control, the PNG and the
 * SVG use this one painter and its one layout, so they show the same picture.
 *
 * <p>A painter keeps its arrays and texts from frame to frame: painting a frame allocates nothing once the
 * labels it shows have been made. It is not thread-safe: use it from one thread (the FX thread for the control).
 */
public final class ChartPainter {
    // The chart is often short (two stacked in a comparison, under a lesson's text): every fixed line it spends
    // on words is taken from the bars, so the lines are packed and the legend joins the title line when it fits.
    static final double PAD = 14;
    private static final double AXIS_ROOM = 34;
    /** A compact chart (its legend shared): the title line's top margin and its baseline. */
    private static final double COMPACT_PAD = 4;
    private static final double COMPACT_BASELINE = COMPACT_PAD + 18;
    /** Below a compact title line: the marker labels share it, so the plot starts right under it. */
    private static final double COMPACT_PLOT_TOP = COMPACT_BASELINE + 6;
    private static final double COMPACT_MARKER_CENTRE = COMPACT_BASELINE - ChartFont.MARKER.centreToBaseline();
    /** Below a plot whose time axis has no labels: the tick marks only. */
    private static final double BARE_AXIS_ROOM = 6;
    /** Below a compact chart's plot: the tick labels, without the margin a picture of its own keeps. */
    private static final double COMPACT_AXIS_ROOM = 32;
    /** Preferred height of a task row: a bar and its label readable from the back of a room. */
    private static final double TASK_ROW = 60;
    /** Preferred height of one sub-row (slot) of a lane in the threads view. */
    private static final double SLOT_ROW = 44;
    /** Preferred height of a lane row in the threads view. */
    private static final double LANE_ROW = 120;
    /** Shortest wait for a worker that earns the threads view a "waiting" row. */
    private static final long QUEUE_MIN_NANOS = 1_000_000;
    /** Device pixels the "waiting" row keeps among lanes thinner than a pixel. */
    private static final double QUEUE_BAND_PX = 10;

    private final Frame f = new Frame();
    private final AxisPainter axisPainter = new AxisPainter();
    private final BarPainter bars = new BarPainter();
    private final DensityPainter density = new DensityPainter();
    private final OverlayPainter overlay = new OverlayPainter();
    private final TitleLine titleLine = new TitleLine();
    private final ChartHeader header = new ChartHeader();
    private final LockPainter lock = new LockPainter();
    private final PhasePainter phases = new PhasePainter();
    private final Runnable overLaneBars = this::paintOverBars;
    private String title = "";
    private long idealNanos = -1;
    /** The least span of the axis when fitted (a replay's whole run), or −1. */
    private long spanNanos = -1;
    private boolean ownLegend = true;
    /** The legend's entries as of the last layout: this chart's own, or its share of a shared legend. */
    private long legend;
    private TaskTimeline scanned;
    private long scannedNow = Long.MIN_VALUE;
    private final RowLabelGutter rowLabels = new RowLabelGutter();
    private SharedTime shared;
    private long sharedStamp;
    /** Creates a painter with the colours of {@code palette}. */
    public ChartPainter(Palette palette) {
        f.palette = Objects.requireNonNull(palette, "palette");
    }

    /** Uses other colours from the next frame on. */
    public void setPalette(Palette palette) {
        f.palette = Objects.requireNonNull(palette, "palette");
    }

    /** The colours in use. */
    public Palette palette() {
        return f.palette;
    }

    /** Shows {@code timeline} (null for none). A new timeline is fitted if the axis follows the data. */
    public void setTimeline(TaskTimeline timeline) {
        f.timeline = timeline;
    }

    /** One row per task or per thread. */
    public void setView(ChartView view) {
        f.view = Objects.requireNonNull(view, "view");
    }

    /** The title line, written by the caller (mode, n, max delay, seed, total, average). */
    public void setTitle(String text) {
        title = text == null ? "" : text;
    }

    /** The words the chart writes; {@link ChartLabels#ENGLISH} unless the window gives its own. */
    public void setLabels(ChartLabels labels) {
        f.words = Objects.requireNonNull(labels, "labels");
    }

    /**
     * Shares the time axis with other painters (a comparison: same seconds per point, same span); null for a
     * time axis of its own. {@code redraw} is run when another member moves the shared axis.
     */
    public void setSharedTime(SharedTime time, Runnable redraw) {
        if (shared != null) {
            shared.leave(this);
        }
        shared = time;
        sharedStamp = 0;
        if (time != null) {
            time.join(this, redraw);
        }
    }

    /** The run's mode, for the legend's and the tooltips' words (null: not known, general words). */
    public void setMode(Mode mode) {
        f.mode = mode;
    }

    /**
     * Whether the chart draws its own legend (the default, and every exported picture) or leaves it to a
     * {@link LegendStrip} shared with another chart: then its title, markers and status share one compact line.
     */
    public void setOwnLegend(boolean own) {
        ownLegend = own;
    }

    /** Whether the time axis writes its labels; false for the upper chart of two on one shared axis. */
    public void setTimeLabels(boolean shown) {
        f.timeLabels = shown;
    }

    /** The legend's entries as of the last layout ({@link LegendEntry#bit()}s): what a shared legend shows. */
    public long legendEntries() {
        return legend;
    }

    /** The ideal total's marker, in nanoseconds from the run's start; negative for none. */
    public void setIdealNanos(long nanos) {
        idealNanos = nanos;
    }

    /** The least time the axis spans when fitted, in ns (a replay's whole run, so its bars keep their places); −1. */
    public void setSpanNanos(long nanos) {
        spanNanos = nanos;
    }

    /** The task drawn highlighted (the one under the mouse), or −1. */
    public void setHover(int task) {
        f.hover = task;
    }

    /** The time axis: zoom and pan it, or {@link TimeAxis#fit fit} it. */
    public TimeAxis axis() {
        if (shared != null && sharedStamp != 0 && f.axis.windowStamp() == sharedStamp) {
            // Another member may have moved the shared window since this painter's last frame: start from it.
            shared.applyTo(f.axis);
            sharedStamp = f.axis.windowStamp();
        }
        return f.axis;
    }

    /** The row layout: scroll it and zoom its rows. */
    public RowLayout rows() {
        return f.rows;
    }

    /** Whether the data changed since the last frame (another timeline, or its now moved). */
    public boolean dataChanged() {
        return f.timeline != scanned || f.timeline != null && f.timeline.nowNanos() != scannedNow;
    }

    /**
     * Lays the chart out for a surface of {@code width} × {@code height} points at {@code deviceScale}, reading
     * the data as of its now. {@link #paint} does this itself; the control calls it to answer hit tests and size
     * its scroll bar between frames.
     */
    public void layout(ChartSurface surface) {
        f.surface = surface;
        f.scale = surface.deviceScale();
        refreshData();
        f.axis.setOrigin(f.origin());
        phases.survey(f);
        f.labels.use(f.timeline, f.words);
        double gutter = rowLabels.width(f, surface);
        legend = LegendPainter.entries(f, f.mode, idealNanos >= 0, extent());
        if (!ownLegend) {
            // The compact title line names the markers beside their lines: the shared legend leaves them out.
            legend &= ~(LegendEntry.NOW.bit() | LegendEntry.STOPPED.bit() | LegendEntry.IDEAL.bit()
                    | LegendEntry.TOTAL.bit());
        }
        if (shared == null) {
            f.plotLeft = f.snap(PAD + gutter + 14);
            f.plotWidth = f.snap(Math.max(40, surface.width() - PAD - 12 - f.plotLeft));
            f.axis.setPlot(f.plotLeft, f.plotWidth);
            f.axis.follow(extent());
        } else {
            layoutShared(surface, gutter);
        }
        layoutRows(surface, legend, false);
        long shown = LegendPainter.asRowsShow(f, legend);
        if (ownLegend && shown != legend) {
            // The lines of the entries density bands leave out go to the bands (a 100,000-task chart kept a blank
            // line under its legend), unless the taller plot fits its rows again: then they are bars with caps.
            layoutRows(surface, shown, true);
            if (!f.rows.isDense()) {
                layoutRows(surface, legend, false);
            }
        }
        legend = shown;
        // A compact title line names the markers beside their lines where it has room; a line it cannot name there
        // is named by the shared legend, or the class sees a line nobody can name.
        if (ownLegend) {
            overlay.placeMarkers(f, idealNanos, header.markerCentre(), 0, surface.width());
        } else {
            titleLine.fitCompact(f, title, PAD, overlay, idealNanos, COMPACT_MARKER_CENTRE);
            legend |= overlay.unnamedLines(f, f.rows.rowHeight() >= AxisPainter.SMALL_ROW);
        }
    }

    /**
     * The plot's top and height under a header of the {@code entries} legend ({@code shown}: as laid-out rows
     * show them), and its rows.
     */
    private void layoutRows(ChartSurface surface, long entries, boolean shown) {
        double below = !f.timeLabels ? BARE_AXIS_ROOM : ownLegend ? AXIS_ROOM + PAD / 2 : COMPACT_AXIS_ROOM;
        double preferred = f.view == ChartView.TASKS ? TASK_ROW
                : Math.max(LANE_ROW, Math.min(f.slots.maxSlots(), 16) * SLOT_ROW);
        // What the rows want at their preferred height (the threads view's "waiting" row counted as one): a header
        // above them may take the rest.
        double rowsWant = (f.view == ChartView.TASKS ? f.size() : laneCount() + (hasQueue() ? 1 : 0)) * preferred;
        f.plotTop = f.snap(ownLegend ? header.layout(f, titleLine, title, entries, shown,
                surface.height() - below - rowsWant) : COMPACT_PLOT_TOP);
        f.plotHeight = f.snap(Math.max(20, surface.height() - below - f.plotTop));
        // The "waiting" row keeps a band of its own among more lanes than pixels (QUEUE_BAND_PX, not a lane's pixel).
        f.firstLaneRow = f.view != ChartView.THREADS || !hasQueue() ? 0
                : RowLayout.rowsForBand(laneCount(), f.plotHeight * f.scale, QUEUE_BAND_PX);
        int rowCount = f.view == ChartView.TASKS ? f.size() : laneCount() + f.firstLaneRow;
        f.rows.update(rowCount, f.plotTop, f.plotHeight, f.scale, preferred);
    }

    /** The plot and the time window of a chart that shares its axis: the widest labels, the narrowest plot. */
    private void layoutShared(ChartSurface surface, double gutter) {
        if (sharedStamp != 0 && f.axis.windowStamp() != sharedStamp) {
            shared.adopt(this, f.axis);  // zoomed, panned or fitted here since the last frame: the others follow
        }
        shared.report(this, extent(), gutter, surface.width() - PAD - 12);
        f.plotLeft = f.snap(PAD + shared.gutter() + 14);
        f.plotWidth = f.snap(Math.max(40, shared.plotRight() - f.plotLeft));
        f.axis.setPlot(f.plotLeft, f.plotWidth);
        shared.applyTo(f.axis);
        f.axis.follow(shared.extent());
        sharedStamp = f.axis.windowStamp();
    }

    private void refreshData() {
        TaskTimeline tl = f.timeline;
        if (tl == null) {
            f.now = 0;
            f.stats.scan(EmptyTimeline.INSTANCE, 0);
            scanned = null;
            return;
        }
        long now = tl.nowNanos();
        if (tl != scanned || now != scannedNow) {
            f.now = now;
            f.stats.scan(tl, now);
            scanned = tl;
            scannedNow = now;
        }
        if (f.view == ChartView.THREADS) {
            f.slots.update(tl);
        }
    }

    /**
     * The span the axis fits, from its origin: everything that happened, the now of a live run, the ideal total,
     * and a replay's whole run.
     */
    public double extent() {
        double e = f.stats.latest();
        if (f.timeline != null && !f.stats.allFinished(f.size())) {
            e = Math.max(e, f.now);
        }
        return Math.max(Math.max(e - f.origin(), idealNanos), spanNanos);
    }

    /**
     * Whether tasks waited for a worker long enough to show in the threads view: then a "waiting" row above the
     * threads shows how many waited at each moment (a pool's queue); an event loop's instant hand-overs do not.
     */
    private boolean hasQueue() {
        long wait = f.stats.longestWait();
        return wait >= QUEUE_MIN_NANOS && wait >= extent() / 100;
    }

    private int laneCount() {
        return f.timeline == null ? 0 : f.timeline.laneCount();
    }

    /** Paints one whole frame. */
    public void paint(ChartSurface surface) {
        layout(surface);
        paintBackground();
        axisPainter.paintRows(f);
        axisPainter.paintTimeAxis(f);
        if (f.timeline != null) {
            paintTasks();
            // The labels after the markers' lines, so that a line never cuts a bar's label (it gets a halo instead).
            axisPainter.paintRowLabels(f);
            axisPainter.paintDelays(f);
        } else {
            overlay.paintMarkerLines(f);
            surface.text(f.words.get(ChartLabels.Key.NO_RUN), f.plotLeft + f.plotWidth / 2,
                    f.plotTop + f.plotHeight / 2,
                    ChartFont.TITLE, f.palette.of(ChartColor.TEXT_MUTED), ChartSurface.Anchor.MIDDLE);
        }
        overlay.paintMarkerLabels(f);
        if (ownLegend) {
            header.paint(f, titleLine, title, legend);
        } else {
            // One line: the title, the markers' labels where they do not cover it (placed by the layout), the status.
            titleLine.paintTitle(f, title, PAD, COMPACT_BASELINE, true);
        }
    }

    private void paintBackground() {
        f.surface.clear(f.palette.of(ChartColor.BACKGROUND));
    }

    private void paintTasks() {
        if (f.view == ChartView.TASKS) {
            if (f.rows.isDense()) {
                density.paintTaskBands(f);
                overlay.paintMarkerLines(f);
            } else {
                bars.paintTaskRows(f);
                paintOverBars();
            }
        } else {
            density.paintLaneProfiles(f);
            if (!f.rows.isDense()) {
                bars.paintLaneRows(f, overLaneBars);
            } else {
                overlay.paintMarkerLines(f);
            }
        }
    }

    /** What goes over the bars, under their labels: the GIL's holds, the phases inside tasks, the markers' lines. */
    private void paintOverBars() {
        lock.paintHolds(f);
        phases.paintPhases(f);
        overlay.paintMarkerLines(f);
    }

    /** The task drawn at (x, y) points, within a few points of its bar, or −1. */
    public int taskAt(double x, double y) {
        if (f.timeline == null || x < f.plotLeft || x > f.plotRight()) {
            return -1;
        }
        if (f.view == ChartView.TASKS) {
            return f.rows.taskAt(x, y, f.axis, f.timeline, f.now, null, 0);
        }
        return f.rows.taskAt(x, y, f.axis, f.timeline, f.now, f.slots, f.firstLaneRow);
    }

    /** The tooltip text of {@code task} as of the last frame's now. */
    public String describe(int task) {
        return TaskLabels.describe(f.timeline, task, f.now, f.origin(), f.words, f.mode);
    }
}
