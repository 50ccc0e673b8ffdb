package org.asynclab.ui.chart;

import org.asynclab.ui.UiText;

/** Makes the window's charts: the one place that names the chart control. */
public final class Charts {
    private Charts() {
    }

    /** A new, empty chart. */
    public static ChartPane create(UiText text) {
        return new PlaceholderChart(text);
    }
}
