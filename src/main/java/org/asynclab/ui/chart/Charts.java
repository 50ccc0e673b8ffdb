package org.asynclab.ui.chart;

/** Makes the window's charts: the one place that names the chart control. */
public final class Charts {
    private Charts() {
    }

    /** A new, empty chart. */
    public static ChartPane create() {
        return new GanttChartPane();
    }
}
