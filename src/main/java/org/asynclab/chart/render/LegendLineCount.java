package org.asynclab.chart.render;

/**
 * How many lines a chart's own legend needs under its title, counted again only when the entries, the words or the
 * width changed: a live run lays the chart out at every pulse, on the FX thread, and its legend stays as it was.
 */
final class LegendLineCount {
    private int lines = 1;
    private long entries = -1;
    private double width = -1;
    private double scale = -1;
    private ChartLabels words;

    /** The lines {@code legend}'s entries take from {@code x0} across {@code f}'s surface. */
    int of(Frame f, long legend, double x0) {
        ChartSurface surface = f.surface;
        if (legend != entries || surface.width() != width || surface.deviceScale() != scale || f.words != words) {
            lines = LegendPainter.linesFrom(f, legend, x0, surface.width());
            entries = legend;
            width = surface.width();
            scale = surface.deviceScale();
            words = f.words;
        }
        return lines;
    }
}
