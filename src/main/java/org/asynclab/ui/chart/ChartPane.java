package org.asynclab.ui.chart;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.Node;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.Mode;
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

    /** The run's mode, so that the legend says what a bar's parts mean in it; null when not known. */
    void setMode(Mode mode);

    /**
     * Whether the chart's legend is shared with another chart's (a comparison: the stage draws one legend line for
     * both, and each chart's title, markers and status share one compact line) or its own; {@code timeLabels}
     * false leaves the shared time axis's labels to the chart below.
     */
    void setSharedLegend(boolean shared, boolean timeLabels);

    /** The legend's entries of the chart's last frame ({@code LegendEntry} bits): what a shared legend shows. */
    ReadOnlyLongProperty legendEntriesProperty();

    /** Marks the total and the ideal on the time axis, in seconds; NaN hides a marker. */
    void setMarkers(double totalSeconds, double idealSeconds);

    /**
     * The least time the fitted axis spans, in seconds: a replay's whole run, so that stepping its cursor back moves
     * no bar; NaN for none (a live run's axis grows with it).
     */
    void setSpanSeconds(double seconds);
    /**
     * Shares one time axis with the other charts given the same {@code time}: the same seconds per pixel and the
     * same span, zoomed and panned together (a comparison); null for an axis of its own.
     */
    void setSharedTime(SharedTime time);

    /** One row per thread (lane) instead of one per task. */
    void setRowsPerThread(boolean perThread);

    /** The colour theme. */
    void setTheme(ChartTheme theme);

    /** The words the chart writes, in the window's language. */
    void setLabels(ChartLabels labels);

    /** Draws the whole chart {@code scale} times its design size (text size of the window / 16 px). */
    void setTextScale(double scale);

    /** Zooms the time axis in one step. */
    void zoomIn();

    /** Zooms the time axis out one step. */
    void zoomOut();

    /** Fits the whole run in the width. */
    void fit();
}
