package org.asynclab.chart.render;

/**
 * One way of filling or stroking: a colour, optionally with a pattern. Created once per theme by {@link Palette};
 * back-ends cache their native paint per {@link #id()}, so painting a frame creates no paint objects.
 *
 * @param id      index of this paint in its palette, for the back-ends' caches
 * @param argb    the colour, 0xAARRGGBB (not premultiplied)
 * @param pattern the pattern drawn over the colour
 * @param inkArgb the pattern's line colour
 */
public record ChartPaint(int id, int argb, Pattern pattern, int inkArgb) {

    /** Patterns that keep states apart in greyscale. */
    public enum Pattern {
        /** Plain colour. */
        SOLID,
        /** Thin rising diagonal lines: waiting. */
        HATCH,
        /** Broad falling diagonal stripes: a task that computes (cpu). */
        STRIPES,
        /** Thin lines in both diagonals: waiting for the simulated GIL (the waiting hatch, crossed). */
        CROSSHATCH
    }

    /** Size in points of one tile of a pattern; stripes line up across bars because tiles start at (0, 0). */
    public static final int TILE = 8;

    /** Red, 0 … 255. */
    public int red() {
        return argb >> 16 & 0xFF;
    }

    /** Green, 0 … 255. */
    public int green() {
        return argb >> 8 & 0xFF;
    }

    /** Blue, 0 … 255. */
    public int blue() {
        return argb & 0xFF;
    }

    /** Opacity, 0 … 1. */
    public double opacity() {
        return (argb >>> 24) / 255.0;
    }

    /**
     * Whether the pattern's ink covers pixel (x, y) of a tile of {@code size} pixels. Every back-end draws the
     * pattern from this one rule, so the PNG, the SVG and the screen show the same stripes.
     */
    public static boolean inkAt(Pattern pattern, int x, int y, int size) {
        int unit = Math.max(1, size / TILE);
        int d;
        if (pattern == Pattern.HATCH) {
            d = Math.floorMod(x + y, size);
            return d < unit;
        }
        if (pattern == Pattern.CROSSHATCH) {
            return Math.floorMod(x + y, size) < unit || Math.floorMod(x - y, size) < unit;
        }
        if (pattern == Pattern.STRIPES) {
            d = Math.floorMod(x - y, size);
            return d < 3 * unit;
        }
        return false;
    }
}
