package org.asynclab.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.chart.ChartPane;

/** A chart that draws nothing and remembers what it was asked: the tests read what the window told it. */
public final class RecordingChart implements ChartPane {
    private final Region node = new Region();
    private TaskTimeline shown;
    /** The shown timeline's now when it was handed over: what a chart told to draw it "as it is now" draws. */
    private long shownNow = TaskTimeline.NOT_YET;
    /** The now of the first timeline handed over with a row in it ({@link TaskTimeline#NOT_YET} before). */
    private long firstRowNow = TaskTimeline.NOT_YET;
    private SharedTime sharedTime;
    private ChartTheme theme = ChartTheme.LIGHT;
    private ChartLabels labels = ChartLabels.ENGLISH;
    private String title = "";
    private final java.util.List<String> titles = new java.util.ArrayList<>();
    /** The rows of each timeline handed over, read when it was (a live frame is refilled afterwards). */
    private final java.util.List<Integer> sizes = new java.util.ArrayList<>();
    private double total = Double.NaN;
    private double span = Double.NaN;
    private int zoom;
    private int frames;
    private Mode mode;
    private boolean sharedLegend;
    private final ReadOnlyLongWrapper legendEntries = new ReadOnlyLongWrapper(this, "legendEntries");

    /** The English window on the real engine, each of its charts a recording one added to {@code charts}. */
    static MainWindow englishWindow(java.util.List<RecordingChart> charts) {
        org.asynclab.engine.RunEngine engine = new org.asynclab.engine.RunEngine();
        return MainWindow.load(org.asynclab.ui.common.UiText.forLocale(java.util.Locale.ENGLISH), engine::start,
                javafx.application.Platform::runLater, () -> {
                    RecordingChart chart = new RecordingChart();
                    charts.add(chart);
                    return chart;
                });
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void show(TaskTimeline timeline) {
        shown = timeline;
        shownNow = timeline.nowNanos();
        sizes.add(timeline.size());
        if (firstRowNow == TaskTimeline.NOT_YET && timeline.size() > 0) {
            firstRowNow = shownNow;
        }
        frames++;
    }

    @Override
    public void clear() {
        shown = null;
    }

    @Override
    public void setTitle(String newTitle) {
        title = newTitle;
        titles.add(newTitle);
    }

    @Override
    public void setMode(Mode newMode) {
        mode = newMode;
    }

    @Override
    public void setSharedLegend(boolean shared, boolean timeLabels) {
        sharedLegend = shared;
    }

    @Override
    public ReadOnlyLongProperty legendEntriesProperty() {
        return legendEntries.getReadOnlyProperty();
    }

    /** The mode last given. */
    public Mode mode() {
        return mode;
    }

    /** Whether the legend was last said to be shared. */
    public boolean sharedLegend() {
        return sharedLegend;
    }

    @Override
    public void setMarkers(double totalSeconds, double idealSeconds) {
        total = totalSeconds;
    }

    @Override
    public void setSpanSeconds(double seconds) {
        span = seconds;
    }

    /** The least span of the axis last asked for, in seconds (NaN: none). */
    public double span() {
        return span;
    }

    @Override
    public void setSharedTime(SharedTime time) {
        sharedTime = time;
    }

    @Override
    public void setRowsPerThread(boolean perThread) {
    }

    @Override
    public void setTheme(ChartTheme newTheme) {
        theme = newTheme;
    }

    @Override
    public void setLabels(ChartLabels newLabels) {
        labels = newLabels;
    }

    @Override
    public void setTextScale(double scale) {
    }

    @Override
    public void zoomIn() {
        zoom++;
    }

    @Override
    public void zoomOut() {
        zoom--;
    }

    @Override
    public void fit() {
        zoom = 0;
    }

    /** The timeline drawn last, or null. */
    public TaskTimeline shown() {
        return shown;
    }

    /** The now of the timeline drawn last, read when it was handed over ({@link TaskTimeline#NOT_YET} before). */
    public long shownNow() {
        return shownNow;
    }

    /**
     * The clock of the first timeline handed over that had a row, read when it was (a live frame is refilled
     * afterwards), or {@link TaskTimeline#NOT_YET}.
     */
    public long firstRowNow() {
        return firstRowNow;
    }

    /** The shared time axis set last, or null. */
    public SharedTime sharedTime() {
        return sharedTime;
    }

    /** The theme set last. */
    public ChartTheme theme() {
        return theme;
    }

    /** The words set last. */
    public ChartLabels labels() {
        return labels;
    }

    /** The title set last. */
    public String title() {
        return title;
    }

    /** The rows of every timeline handed over, in order, each read when it was. */
    public java.util.List<Integer> sizes() {
        return java.util.List.copyOf(sizes);
    }

    /** Every title set, in order. */
    public java.util.List<String> titles() {
        return java.util.List.copyOf(titles);
    }

    /** The total marker set last. */
    public double total() {
        return total;
    }

    /** Zoom steps in minus steps out since the last fit. */
    public int zoom() {
        return zoom;
    }

    /** How many times it was asked to draw. */
    public int frames() {
        return frames;
    }
}
