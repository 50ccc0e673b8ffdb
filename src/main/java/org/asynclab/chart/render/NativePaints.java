package org.asynclab.chart.render;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A back-end's cache of its own paint objects (a JavaFX {@code Color}, a Java2D {@code TexturePaint}, an SVG
 * pattern id), one per {@link ChartPaint}, made on first use. A paint of another palette with the same id is
 * told apart by identity, so switching themes needs no call to clear the cache.
 *
 * @param <T> the back-end's paint type
 */
public final class NativePaints<T> {
    private final Function<ChartPaint, T> maker;
    private ChartPaint[] from = new ChartPaint[0];
    private Object[] made = new Object[0];

    /** A cache that makes a missing paint with {@code maker}. */
    public NativePaints(Function<ChartPaint, T> maker) {
        this.maker = maker;
    }

    /** Forgets every paint made, e.g. when the device scale changes the size of pattern tiles. */
    public void clear() {
        Arrays.fill(from, null);
        Arrays.fill(made, null);
    }

    /** The native paint of {@code paint}. */
    @SuppressWarnings("unchecked")
    public T get(ChartPaint paint) {
        int id = paint.id();
        if (id >= from.length) {
            int size = Math.max(id + 1, from.length * 2);
            from = Arrays.copyOf(from, size);
            made = Arrays.copyOf(made, size);
        }
        if (from[id] != paint) {
            made[id] = maker.apply(paint);
            from[id] = paint;
        }
        return (T) made[id];
    }
}
