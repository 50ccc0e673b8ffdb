package org.asynclab.chart.render;

/**
 * What the painter draws on: a canvas of {@link #width()} × {@link #height()} points, {@link #deviceScale()}
 * device pixels per point. Three back-ends (JavaFX canvas, Java2D image, SVG) implement it, so the screen, the PNG
 * and the SVG are the same picture from the same painter. Deliberately small: rectangles, lines, text and an
 * image of pixels; no paths, clips or effects, which are slow per bar and do not exist in every back-end.
 */
public interface ChartSurface {

    /** Where a text's x lies relative to the text. */
    enum Anchor {
        /** x is the text's left edge. */
        START,
        /** x is the text's centre. */
        MIDDLE,
        /** x is the text's right edge. */
        END
    }

    /** Width in points. */
    double width();

    /** Height in points. */
    double height();

    /** Device pixels per point: 1 on a plain screen, 2 on HiDPI or for a 2× export. */
    double deviceScale();

    /** Starts a frame: forgets everything drawn before and fills the whole surface with {@code background}. */
    void clear(ChartPaint background);

    /** Fills a rectangle; its pattern tiles start at (0, 0) of the surface. */
    void fillRect(double x, double y, double w, double h, ChartPaint paint);

    /** Draws a straight line {@code lineWidth} points wide, dashed or not. */
    void line(double x1, double y1, double x2, double y2, double lineWidth, ChartPaint paint, boolean dashed);

    /** Draws {@code text} with its baseline at {@code y}. */
    void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor);

    /** The width {@code text} takes in {@code font}, in points. */
    double textWidth(String text, ChartFont font);

    /**
     * Draws an image of {@code pixelWidth} × {@code pixelHeight} premultiplied ARGB pixels (row after row,
     * {@code pixelWidth} a row) into the rectangle (x, y, w, h) points; transparent pixels show what is under them.
     */
    void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight);

    /** Whether this back-end groups each task's shapes ({@link #beginTask}); describing a task costs text. */
    default boolean groupsTasks() {
        return false;
    }

    /** Marks the start of one task's shapes; a vector back-end groups and describes them. */
    default void beginTask(int task, String description) {
    }

    /** Marks the end of one task's shapes. */
    default void endTask() {
    }
}
