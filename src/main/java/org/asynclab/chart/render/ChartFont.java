package org.asynclab.chart.render;

/** The text styles of the chart, sized to be read from the back of a classroom at 1600 × 900. */
public enum ChartFont {
    /** The title line. */
    TITLE(26, true),
    /** Tick labels, row labels, legend and markers. */
    LABEL(18, false),
    /** Marker labels, in bold so they stand out from the grid. */
    MARKER(18, true),
    /** Text inside bars (a task's delay). */
    SMALL(15, false);

    private final double size;
    private final boolean bold;

    ChartFont(double size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    /** Size in points. */
    public double size() {
        return size;
    }

    /** Whether the style is bold. */
    public boolean bold() {
        return bold;
    }

    /** How far below a line's vertical centre its baseline lies, so text can be centred in a row. */
    public double centreToBaseline() {
        return size * 0.36;
    }
}
