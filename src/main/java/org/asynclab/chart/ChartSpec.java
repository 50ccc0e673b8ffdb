package org.asynclab.chart;

import java.util.Objects;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.InvalidSettingException;

/**
 * What an exported picture shows and how large it is. Sizes are in points; a PNG is {@code scale} device pixels
 * per point, an SVG is sized in points. A value that exists is valid.
 *
 * @param width        width in points, 320 … 8000 (default 1600)
 * @param height       height in points, 240 … 8000 (default 900)
 * @param view         one row per task or per thread
 * @param theme        colours
 * @param title        the title line (mode, n, max delay, seed, total, average), written by the caller; may be empty
 * @param idealSeconds the mode's ideal total, drawn as a marker; {@code NaN} for none
 * @param words        the language of every word and number the picture writes (legend, status, markers, axis,
 *                     bars): the one home of a picture's language, so that its title, written by the caller in the
 *                     same language, is not the only French line of an English picture
 */
public record ChartSpec(double width, double height, ChartView view, ChartTheme theme, String title,
                        double idealSeconds, ChartLabels words) {
    /** Narrowest picture. */
    public static final double MIN_WIDTH = 320;
    /** Lowest picture. */
    public static final double MIN_HEIGHT = 240;
    /** Widest and highest picture. */
    public static final double MAX_SIZE = 8000;

    /** Checks every field; see the parameters for the ranges. */
    public ChartSpec {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(words, "words");
        title = title == null ? "" : title;
        if (!(width >= MIN_WIDTH && width <= MAX_SIZE)) {
            throw new InvalidSettingException("width", "width must be a number of points from 320 to 8000 (got "
                    + width + ")");
        }
        if (!(height >= MIN_HEIGHT && height <= MAX_SIZE)) {
            throw new InvalidSettingException("height", "height must be a number of points from 240 to 8000 (got "
                    + height + ")");
        }
        if (!Double.isNaN(idealSeconds) && !(idealSeconds >= 0 && Double.isFinite(idealSeconds))) {
            throw new InvalidSettingException("ideal", "the ideal total must be a number of seconds from 0 up (got "
                    + idealSeconds + ")");
        }
    }

    /** A picture in English (the command line's language). */
    public ChartSpec(double width, double height, ChartView view, ChartTheme theme, String title,
                     double idealSeconds) {
        this(width, height, view, theme, title, idealSeconds, ChartLabels.ENGLISH);
    }

    /** 1600 × 900, tasks view, light theme, no title, no ideal marker, in English. */
    public static ChartSpec defaults() {
        return new ChartSpec(1600, 900, ChartView.TASKS, ChartTheme.LIGHT, "", Double.NaN);
    }

    /** This spec with another size in points. */
    public ChartSpec withSize(double newWidth, double newHeight) {
        return new ChartSpec(newWidth, newHeight, view, theme, title, idealSeconds, words);
    }

    /** This spec with another view. */
    public ChartSpec withView(ChartView newView) {
        return new ChartSpec(width, height, newView, theme, title, idealSeconds, words);
    }

    /** This spec with another theme. */
    public ChartSpec withTheme(ChartTheme newTheme) {
        return new ChartSpec(width, height, view, newTheme, title, idealSeconds, words);
    }

    /** This spec with another title line. */
    public ChartSpec withTitle(String newTitle) {
        return new ChartSpec(width, height, view, theme, newTitle, idealSeconds, words);
    }

    /** This spec with an ideal marker at {@code seconds} ({@code NaN} for none). */
    public ChartSpec withIdealSeconds(double seconds) {
        return new ChartSpec(width, height, view, theme, title, seconds, words);
    }

    /** This spec in the language of {@code newWords}: the title given with it must be in the same language. */
    public ChartSpec withWords(ChartLabels newWords) {
        return new ChartSpec(width, height, view, theme, title, idealSeconds, newWords);
    }
}
