package org.asynclab.chart.render;

import org.asynclab.model.Mode;

/**
 * The marker of each mode in a sweep's plot: a shape as well as a colour, so the lines stay apart in greyscale
 * and for people who do not tell the colours apart. Drawn with rectangles and lines only, like every shape of the
 * chart, so each back-end draws it alike.
 */
final class SweepMarks {
    /** Width and height of a marker, in points. */
    static final double SIZE = 14;
    /** Width of a plot's lines, in points. */
    static final double LINE = 3;

    private SweepMarks() {
    }

    /** The shape of {@code mode}'s markers. */
    enum Shape {
        /** A filled square. */
        SQUARE,
        /** A filled diamond. */
        DIAMOND,
        /** A filled triangle, point up. */
        TRIANGLE,
        /** A thick plus. */
        PLUS,
        /** A thick cross. */
        CROSS
    }

    /** The shape of a mode, fixed so that a mode looks the same in every plot. */
    static Shape shapeOf(Mode mode) {
        return switch (mode) {
            case SEQUENTIAL -> Shape.SQUARE;
            case EVENT_LOOP -> Shape.DIAMOND;
            case THREADS -> Shape.TRIANGLE;
            case POOL -> Shape.PLUS;
            case VIRTUAL -> Shape.CROSS;
        };
    }

    /** Draws {@code mode}'s marker centred on (x, y). */
    static void draw(ChartSurface s, Mode mode, double x, double y, ChartPaint paint) {
        double h = SIZE / 2;
        switch (shapeOf(mode)) {
            case SQUARE -> s.fillRect(x - h + 1, y - h + 1, SIZE - 2, SIZE - 2, paint);
            case DIAMOND -> rows(s, x, y, paint, true);
            case TRIANGLE -> rows(s, x, y, paint, false);
            case PLUS -> {
                s.fillRect(x - h, y - 2, SIZE, 4, paint);
                s.fillRect(x - 2, y - h, 4, SIZE, paint);
            }
            case CROSS -> {
                s.line(x - h + 1, y - h + 1, x + h - 1, y + h - 1, 4, paint, false);
                s.line(x - h + 1, y + h - 1, x + h - 1, y - h + 1, 4, paint, false);
            }
            default -> throw new IllegalStateException("no such shape");
        }
    }

    /** A diamond or a triangle as a stack of 2-point rows, each as wide as the shape is there. */
    private static void rows(ChartSurface s, double x, double y, ChartPaint paint, boolean diamond) {
        double h = SIZE / 2 + 1;
        for (double dy = -h; dy < h; dy += 2) {
            double middle = dy + 1;
            double half = diamond ? h - Math.abs(middle) : (middle + h) / 2;
            if (half > 0.5) {
                s.fillRect(x - half, y + dy, 2 * half, 2, paint);
            }
        }
    }

    /** A legend's swatch: a short line of {@code mode}'s colour with its marker in the middle; returns its width. */
    /** The width of a legend's swatch. */
    static final double SWATCH_W = 44;

    static double swatch(ChartSurface s, Mode mode, double x, double centre, ChartPaint paint) {
        double w = SWATCH_W;
        s.line(x, centre, x + w, centre, LINE, paint, false);
        draw(s, mode, x + w / 2, centre, paint);
        return w;
    }
}
