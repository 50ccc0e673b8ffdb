package org.asynclab.ui.chart;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.Node;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.GanttChart;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.ui.common.StyleClasses;

/**
 * The window's chart: the chart branch's {@link GanttChart} seen through {@link ChartPane}. Live frames go
 * through one {@link FrameView} so that a zoom chosen during a run holds; a recording or a replay is handed
 * over as it is (the chart fits it once, then redraws as the replay cursor moves).
 */
public final class GanttChartPane implements ChartPane {
    private static final double MIN_WIDTH = 200;
    /** Title, legend, axis and at least two readable rows: a comparison's two charts never shrink below it. */
    private static final double MIN_HEIGHT = 200;
    /** The height a chart saves when its time axis writes no labels (the painter's axis room, less its ticks). */
    private static final double UNLABELLED_AXIS_SAVES = 24;

    private final GanttChart chart = new GanttChart();
    private final FrameView live = new FrameView();

    /** Creates an empty chart. */
    public GanttChartPane() {
        chart.getStyleClass().add(StyleClasses.CHART);
        // The chart asks for the width of its whole run; in the window it takes the room left by the panels.
        chart.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        chart.setPrefSize(MIN_WIDTH, MIN_HEIGHT);
    }

    @Override
    public Node node() {
        return chart;
    }

    @Override
    public void show(TaskTimeline timeline) {
        if (timeline instanceof TimelineSnapshot) {
            live.show(timeline);
            if (chart.getTimeline() != live) {
                chart.setTimeline(live);
            }
        } else if (chart.getTimeline() != timeline) {
            chart.setTimeline(timeline);
        }
        chart.refresh();
    }

    @Override
    public void clear() {
        chart.setTimeline(null);
        chart.setIdealSeconds(Double.NaN);
    }

    @Override
    public void setTitle(String title) {
        chart.setTitle(title);
    }

    @Override
    public void setMode(Mode mode) {
        chart.setMode(mode);
    }

    @Override
    public void setSharedLegend(boolean shared, boolean timeLabels) {
        chart.setOwnLegend(!shared);
        chart.setTimeLabels(timeLabels);
        // The chart without time labels asks for that much less, so that both charts' plots get the same height.
        chart.setPrefHeight(timeLabels ? MIN_HEIGHT : MIN_HEIGHT - UNLABELLED_AXIS_SAVES);
    }

    @Override
    public ReadOnlyLongProperty legendEntriesProperty() {
        return chart.legendEntriesProperty();
    }

    @Override
    public void setMarkers(double totalSeconds, double idealSeconds) {
        // The chart marks the total itself (the last finish); the ideal is the caller's to give.
        chart.setIdealSeconds(idealSeconds);
    }

    @Override
    public void setSpanSeconds(double seconds) {
        chart.setSpanSeconds(seconds);
    }

    @Override
    public void setSharedTime(SharedTime time) {
        chart.setSharedTime(time);
    }

    @Override
    public void setRowsPerThread(boolean perThread) {
        chart.setView(perThread ? ChartView.THREADS : ChartView.TASKS);
    }

    @Override
    public void setTheme(ChartTheme theme) {
        chart.setTheme(theme);
    }

    @Override
    public void setLabels(ChartLabels labels) {
        chart.setLabels(labels);
    }

    @Override
    public void setTextScale(double scale) {
        chart.setTextScale(scale);
    }

    /** The chart control itself (tests measure its axis). */
    public GanttChart chart() {
        return chart;
    }

    @Override
    public void zoomIn() {
        chart.zoomIn();
    }

    @Override
    public void zoomOut() {
        chart.zoomOut();
    }

    @Override
    public void fit() {
        chart.fit();
    }
}
