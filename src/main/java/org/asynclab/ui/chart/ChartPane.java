package org.asynclab.ui.chart;

import javafx.scene.Node;
import org.asynclab.model.TaskTimeline;

/**
 * What the window asks of a Gantt chart: draw a timeline once per pulse, a title, the total and ideal markers,
 * a time span shared with another chart (a comparison), and zoom. The window knows the chart only through this,
 * so the control that draws it can be swapped in one line of {@link Charts}.
 */
public interface ChartPane {

    /** The node to place in the window. */
    Node node();

    /** Draws {@code timeline} as it is now; called at most once per pulse, on the FX thread. */
    void show(TaskTimeline timeline);

    /** Forgets the timeline: an empty chart. */
    void clear();

    /** The chart's title, e.g. the mode ("Event loop"); empty for none. */
    void setTitle(String title);

    /** Marks the total and the ideal on the time axis, in seconds; NaN hides a marker. */
    void setMarkers(double totalSeconds, double idealSeconds);

    /**
     * Fixes the end of the time axis at {@code nanos} (at least), so that two charts share one scale; 0 lets
     * the chart fit its own timeline.
     */
    void setSharedSpan(long nanos);

    /** One row per thread (lane) instead of one per task. */
    void setRowsPerThread(boolean perThread);

    /** The dark colour theme instead of the light one. */
    void setDark(boolean dark);

    /** Zooms the time axis in one step. */
    void zoomIn();

    /** Zooms the time axis out one step. */
    void zoomOut();

    /** Fits the whole run in the width. */
    void fit();
}
