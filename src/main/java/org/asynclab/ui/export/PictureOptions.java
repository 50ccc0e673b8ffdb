package org.asynclab.ui.export;

/**
 * How an exported picture is made: its size in points, its pixels per point (PNG only) and what it shows beside
 * the bars (the title line, the ideal-total marker). Each format has its own defaults ({@link #of}); the export
 * dialog lets the teacher change them within {@link org.asynclab.chart.ChartSpec}'s and the PNG's ranges.
 *
 * @param width  width in points, 320 … 8000
 * @param height height in points, 240 … 8000
 * @param scale  PNG pixels per point, 1 … 4 (ignored by SVG and traces)
 * @param title  whether the title line (mode, n, max delay, seed, total, average) is drawn
 * @param ideal  whether the mode's ideal total is marked
 */
public record PictureOptions(double width, double height, double scale, boolean title, boolean ideal) {
    /** The size of a picture when nothing else is asked. */
    static final double WIDTH = 1600;
    static final double HEIGHT = 900;
    /** A slide's size in points: 16:9, smaller than the default picture so its text reads larger on a slide. */
    static final double SLIDE_WIDTH = 1280;
    static final double SLIDE_HEIGHT = 720;
    private static final double SHARP = 2;

    /** The defaults of {@code format}: 1600 × 900 (a slide 1280 × 720), 2 pixels per point for the sharp PNGs. */
    public static PictureOptions of(ExportFormat format) {
        return switch (format) {
            case PNG_2X -> new PictureOptions(WIDTH, HEIGHT, SHARP, true, true);
            case SLIDE_PNG -> new PictureOptions(SLIDE_WIDTH, SLIDE_HEIGHT, SHARP, true, true);
            default -> new PictureOptions(WIDTH, HEIGHT, 1, true, true);
        };
    }
}
