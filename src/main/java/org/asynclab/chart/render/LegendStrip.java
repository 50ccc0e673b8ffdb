package org.asynclab.chart.render;

import java.util.Objects;

/**
 * A legend on a line of its own, for the charts that share it (a comparison: one line for both, so that neither
 * chart spends a line of rows on it). It draws the union of the charts' {@link LegendEntry entries} with the same
 * swatches and words as a chart's own legend. Not thread-safe; a frame allocates nothing.
 */
public final class LegendStrip {
    private static final double PAD = 14;
    private final Frame f = new Frame();

    /** A strip in {@code palette}'s colours. */
    public LegendStrip(Palette palette) {
        f.palette = Objects.requireNonNull(palette, "palette");
    }

    /** Uses other colours from the next frame on. */
    public void setPalette(Palette palette) {
        f.palette = Objects.requireNonNull(palette, "palette");
    }

    /** The words, in the window's language. */
    public void setLabels(ChartLabels labels) {
        f.words = Objects.requireNonNull(labels, "labels");
    }

    /** The height of one line of the strip, in points. */
    public static double lineHeight() {
        return LegendPainter.SWATCH_H + 8;
    }

    /** How many lines the entries of {@code mask} need in {@code width} points: one, unless they do not fit. */
    public int lines(ChartSurface surface, long mask, double width) {
        f.surface = surface;
        return LegendPainter.linesFrom(f, mask, PAD, width);
    }

    /** How wide the entries of {@code mask} are, in points, on {@code surface}. */
    public double width(ChartSurface surface, long mask) {
        f.surface = surface;
        return PAD + LegendPainter.width(f, mask);
    }

    /** Clears {@code surface} and draws the entries of {@code mask} on it, on as many lines as it is tall for. */
    public void paint(ChartSurface surface, long mask) {
        f.surface = surface;
        f.scale = surface.deviceScale();
        surface.clear(f.palette.of(ChartColor.BACKGROUND));
        LegendPainter.paint(f, mask, PAD, lineHeight() / 2, lineHeight());
    }
}
