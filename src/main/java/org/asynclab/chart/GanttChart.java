package org.asynclab.chart;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.Palette;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskTimeline;

/**
 * A Gantt chart of a run: each task's life as a bar on a shared time axis (or one row per thread), drawn live.
 *
 * <pre>{@code
 * GanttChart chart = new GanttChart();
 * chart.setTimeline(run.timeline());          // a live view; its nowNanos() is the run's clock
 * chart.setTitle("event-loop · n = 10 · max delay 1.0 s · seed 42");
 * chart.setIdealSeconds(summary.idealSeconds());
 * AnimationTimer pulse = ...;                  // the app's one timer: chart.refresh() in handle(now)
 * chart.zoomIn(); chart.zoomOut(); chart.fit(); // for Ctrl +, Ctrl −, Ctrl 0
 * }</pre>
 *
 * <p>{@link #refresh()} is cheap: it redraws (at most once per pulse, after layout) only when the timeline's now
 * moved; a finished result is drawn once. Colours come from CSS looked-up colours ({@code -al-running} …), read
 * through styleable properties of the same names; {@link #themeProperty() theme} picks the theme's stylesheet.
 * Mouse: Ctrl + wheel zooms time, wheel scrolls rows (or pans time when all rows fit), Shift + wheel and drag
 * pan, Ctrl + Shift + wheel makes rows taller, double click fits; hovering a bar shows its task in a tooltip.
 */
public final class GanttChart extends Control {
    /** Style class of the chart. */
    public static final String STYLE_CLASS = "gantt-chart";
    /** Style class of its tooltip. */
    public static final String TOOLTIP_STYLE_CLASS = "gantt-chart-tooltip";
    /** Zoom step of {@link #zoomIn()} and {@link #zoomOut()}. */
    public static final double ZOOM_STEP = 1.25;

    private final ObjectProperty<TaskTimeline> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final ObjectProperty<ChartView> view = new SimpleObjectProperty<>(this, "view", ChartView.TASKS);
    private final ObjectProperty<ChartTheme> theme = new SimpleObjectProperty<>(this, "theme", ChartTheme.LIGHT);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final DoubleProperty idealSeconds = new SimpleDoubleProperty(this, "idealSeconds", Double.NaN);
    private final DoubleProperty spanSeconds = new SimpleDoubleProperty(this, "spanSeconds", Double.NaN);
    private final ObjectProperty<ChartLabels> labels = new SimpleObjectProperty<>(this, "labels", ChartLabels.ENGLISH);
    private final ObjectProperty<SharedTime> sharedTime = new SimpleObjectProperty<>(this, "sharedTime");
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);
    private final ReadOnlyIntegerWrapper hoveredTask = new ReadOnlyIntegerWrapper(this, "hoveredTask", -1);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode");
    private final BooleanProperty ownLegend = new SimpleBooleanProperty(this, "ownLegend", true);
    private final BooleanProperty timeLabels = new SimpleBooleanProperty(this, "timeLabels", true);
    private final ReadOnlyLongWrapper legendEntries = new ReadOnlyLongWrapper(this, "legendEntries");
    private final ChartColorCss colors;
    private final ChartPainter painter;
    private Runnable redraw = () -> { };

    /** An empty chart in the light theme. */
    public GanttChart() {
        getStyleClass().add(STYLE_CLASS);
        colors = new ChartColorCss(this, this::requestRedraw);
        painter = new ChartPainter(colors.palette());
        getStylesheets().add(theme.get().stylesheet());
        theme.addListener((obs, was, now) -> {
            getStylesheets().remove(was == null ? "" : was.stylesheet());
            getStylesheets().add(Objects.requireNonNullElse(now, ChartTheme.LIGHT).stylesheet());
        });
        // A new run fits; the same run seen at another moment keeps the zoom: the first step back in a replay (the
        // finished recording handed over for its replay) showed the whole run again.
        timeline.addListener((obs, was, now) -> {
            if (was == null || now == null || was.recording() != now.recording()) {
                fit();
            }
        });
        view.addListener((obs, was, now) -> fit());
        ChangeListener<Object> redrawn = (obs, was, now) -> requestRedraw();
        for (ObservableValue<?> drawn : List.of(title, idealSeconds, spanSeconds, labels, textScale, mode, ownLegend,
                timeLabels)) {
            drawn.addListener(redrawn);
        }
        sharedTime.addListener((obs, was, now) -> {
            painter.setSharedTime(now, this::requestRedraw);
            requestRedraw();
        });
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GanttChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(GanttChart.class.getResource("/org/asynclab/chart/chart.css")).toExternalForm();
    }

    /** Redraws in the next pulse if the timeline's now moved since the last frame. Call it once per pulse. */
    public void refresh() {
        if (painter.dataChanged()) {
            requestRedraw();
        }
    }

    /** Zooms the time axis in around the middle of the plot (Ctrl +). */
    public void zoomIn() {
        zoomAround(ZOOM_STEP);
    }

    /** Zooms the time axis out around the middle of the plot (Ctrl −). */
    public void zoomOut() {
        zoomAround(1 / ZOOM_STEP);
    }

    private void zoomAround(double factor) {
        painter.axis().zoom(factor, painter.axis().left() + painter.axis().width() / 2);
        requestRedraw();
    }

    /** Shows the whole run, all rows, and follows a live run as it grows (Ctrl 0, double click). */
    public void fit() {
        painter.axis().fit(painter.extent());
        painter.rows().fitRows();
        requestRedraw();
    }

    /** Makes rows taller ({@code factor} above 1) or shorter, down to all rows fitting; they scroll when taller. */
    public void zoomRows(double factor) {
        painter.rows().zoomRows(factor, painter.rows().top());
        requestRedraw();
    }

    /** Asks for a redraw in the next pulse. */
    public void requestRedraw() {
        redraw.run();
    }

    /** The painter, shared with the skin; package-private so that the control's state has one owner. */
    ChartPainter painter() {
        Palette changed = colors.changedPalette();
        if (changed != null) {
            painter.setPalette(changed);
        }
        painter.setTimeline(getTimeline());
        painter.setView(getView());
        painter.setTitle(getTitle());
        painter.setMode(mode.get());
        painter.setOwnLegend(ownLegend.get());
        painter.setTimeLabels(timeLabels.get());
        painter.setLabels(Objects.requireNonNullElse(labels.get(), ChartLabels.ENGLISH));
        painter.setIdealNanos(nanos(getIdealSeconds()));
        painter.setSpanNanos(nanos(getSpanSeconds()));
        return painter;
    }

    private static long nanos(double seconds) {
        return Double.isNaN(seconds) || seconds < 0 ? -1 : Math.round(seconds * 1e9);
    }

    void setRedraw(Runnable action) {
        redraw = action == null ? () -> { } : action;
    }

    /** Publishes the legend's entries of the frame just painted (a shared legend follows them). */
    void painted() {
        legendEntries.set(painter.legendEntries());
    }

    void setHoveredTask(int task) {
        hoveredTask.set(task);
    }

    /** The timeline shown: a live view during a run, a {@code RunResult} after it, or null. */
    public ObjectProperty<TaskTimeline> timelineProperty() {
        return timeline;
    }

    public TaskTimeline getTimeline() {
        return timeline.get();
    }

    public void setTimeline(TaskTimeline value) {
        timeline.set(value);
    }

    /** One row per task, or one per thread. */
    public ObjectProperty<ChartView> viewProperty() {
        return view;
    }

    public ChartView getView() {
        return Objects.requireNonNullElse(view.get(), ChartView.TASKS);
    }

    public void setView(ChartView value) {
        view.set(value);
    }

    /** The colour theme; its stylesheet is added to this control's stylesheets. */
    public ObjectProperty<ChartTheme> themeProperty() {
        return theme;
    }

    public ChartTheme getTheme() {
        return theme.get();
    }

    public void setTheme(ChartTheme value) {
        theme.set(value);
    }

    /** The title line: mode, n, max delay, seed, total and average, written by the caller. */
    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return Objects.requireNonNullElse(title.get(), "");
    }

    public void setTitle(String value) {
        title.set(value);
    }

    /** The mode's ideal total in seconds, drawn as a dashed marker; NaN for none. */
    public DoubleProperty idealSecondsProperty() {
        return idealSeconds;
    }

    public double getIdealSeconds() {
        return idealSeconds.get();
    }

    public void setIdealSeconds(double value) {
        idealSeconds.set(value);
    }

    /** The least span of the fitted axis, in s: a replay's whole run, so its bars keep their places; NaN: none. */
    public DoubleProperty spanSecondsProperty() {
        return spanSeconds;
    }

    public double getSpanSeconds() {
        return spanSeconds.get();
    }

    public void setSpanSeconds(double value) {
        spanSeconds.set(value);
    }

    /** The words the chart writes (legend, markers, tooltip) in the window's language; English by default. */
    public ObjectProperty<ChartLabels> labelsProperty() {
        return labels;
    }

    public ChartLabels getLabels() {
        return labels.get();
    }

    public void setLabels(ChartLabels value) {
        labels.set(value);
    }

    /**
     * A time axis shared with other charts (a comparison: the same seconds per point and the same span, zoomed and
     * panned together), or null for an axis of its own.
     */
    public ObjectProperty<SharedTime> sharedTimeProperty() {
        return sharedTime;
    }

    public SharedTime getSharedTime() {
        return sharedTime.get();
    }

    public void setSharedTime(SharedTime value) {
        sharedTime.set(value);
    }

    /**
     * How much larger than its design size the whole chart is drawn, text, rows and margins alike (1 = as
     * designed, 1.5 for a projector); the window ties it to its own text size.
     */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public double getTextScale() {
        return textScale.get();
    }

    public void setTextScale(double value) {
        textScale.set(value);
    }

    /** Points of the plot per second of run time at the current zoom, as last laid out (for tests and links). */
    public double pointsPerSecond() {
        return 1e9 / painter.axis().nanosPerPoint() * getTextScale();
    }

    /** Height of one row on screen, in pixels, as last laid out (for tests: rows a class can tell apart). */
    public double rowPixels() {
        return painter.rows().rowHeight() * getTextScale();
    }

    /** The run's mode: the legend says what the hatched and plain parts of a bar mean in it (null: not known). */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public Mode getMode() {
        return mode.get();
    }

    public void setMode(Mode value) {
        mode.set(value);
    }

    /**
     * Whether the chart draws its own legend (true by default); false when a {@link ChartLegend} shared with
     * another chart shows it, and the chart's title, markers and status share one compact line.
     */
    public BooleanProperty ownLegendProperty() {
        return ownLegend;
    }

    public boolean isOwnLegend() {
        return ownLegend.get();
    }

    public void setOwnLegend(boolean value) {
        ownLegend.set(value);
    }

    /** Whether the time axis writes its labels; false for the upper of two charts on one shared time axis. */
    public BooleanProperty timeLabelsProperty() {
        return timeLabels;
    }

    public boolean isTimeLabels() {
        return timeLabels.get();
    }

    public void setTimeLabels(boolean value) {
        timeLabels.set(value);
    }

    /** The entries of the legend of the last frame ({@code LegendEntry} bits), for a shared {@link ChartLegend}. */
    public ReadOnlyLongProperty legendEntriesProperty() {
        return legendEntries.getReadOnlyProperty();
    }

    /** The task under the mouse, or −1. */
    public ReadOnlyIntegerProperty hoveredTaskProperty() {
        return hoveredTask.getReadOnlyProperty();
    }

    public int getHoveredTask() {
        return hoveredTask.get();
    }

    /** The CSS properties of this class: those of {@link Control} and one colour per {@link ChartColor}. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return ChartColorCss.META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return ChartColorCss.META_DATA;
    }

    /** The styleable property of {@code color}, which CSS sets. */
    StyleableObjectProperty<Color> styleableColor(ChartColor color) {
        return colors.property(color);
    }
}
