package org.asynclab.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.asynclab.chart.render.Palette;
import org.asynclab.chart.render.ThemeFile;

/**
 * A colour theme: one CSS file of looked-up colours on {@code .root}. A new theme is a new constant here and a new
 * {@code theme-<id>.css} beside the others.
 */
public enum ChartTheme {
    /** Dark text on white: print, slides, bright rooms. */
    LIGHT("light"),
    /** Light text on near-black: dim rooms, dark desktops. */
    DARK("dark"),
    /** Black on white with saturated colours and no pale greys: a projector in a bright classroom. */
    PROJECTOR("projector");

    private final String id;

    ChartTheme(String id) {
        this.id = id;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    /** The class-path path of the theme's CSS file. */
    public String resource() {
        return "/org/asynclab/chart/theme-" + id + ".css";
    }

    /** The URL of the theme's stylesheet, for {@code getStylesheets()}. */
    public String stylesheet() {
        return Objects.requireNonNull(ChartTheme.class.getResource(resource()), resource()).toExternalForm();
    }

    /** The palette read from the theme's CSS file, without a JavaFX toolkit. */
    public Palette palette() {
        return new Palette(ThemeFile.load(resource()));
    }

    /**
     * Parses a theme's id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid values otherwise
     */
    public static ChartTheme fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ChartTheme t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        String valid = Arrays.stream(values()).map(ChartTheme::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown theme '" + id + "' (valid: " + valid + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
