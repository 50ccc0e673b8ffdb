package org.asynclab.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.chart.render.Palette;
import org.asynclab.chart.render.ThemeFile;

/**
 * The chart's colours as CSS properties, one per {@link ChartColor}, each named like its looked-up colour
 * ({@code -al-running}): a theme's style sheet sets them, and the chart's palette is built from them, again after
 * a change (a theme switched). Their initial values are the light theme's.
 */
final class ChartColorCss {
    /** The CSS properties of {@link GanttChart}: those of {@link Control} and one colour per {@link ChartColor}. */
    static final List<CssMetaData<? extends Styleable, ?>> META_DATA = metaData();

    /** One styleable colour per {@link ChartColor}, in order. */
    private final List<StyleableObjectProperty<Color>> colors = new ArrayList<>();
    /** Whether a colour changed since the last palette was made. */
    private boolean stale;

    /** One styleable colour per {@link ChartColor} for {@code chart}; {@code changed} runs on each change. */
    ChartColorCss(GanttChart chart, Runnable changed) {
        for (CssMetaData<? extends Styleable, ?> meta : META_DATA) {
            if (meta instanceof ColorMeta c) {
                StyleableObjectProperty<Color> p =
                        new SimpleStyleableObjectProperty<>(c, chart, c.color.cssName(), c.getInitialValue(chart));
                p.addListener((obs, was, now) -> {
                    stale = true;
                    changed.run();
                });
                colors.add(p);
            }
        }
    }

    /** The palette the painters draw with: the colours CSS gave, opaque. */
    Palette palette() {
        stale = false;
        int[] argb = new int[colors.size()];
        for (int i = 0; i < argb.length; i++) {
            Color c = colors.get(i).get();
            argb[i] = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return new Palette(argb);
    }

    /** A new palette when a colour changed since the last one was made; null when none did. */
    Palette changedPalette() {
        return stale ? palette() : null;
    }

    /** The styleable property of {@code color}, which CSS sets. */
    StyleableObjectProperty<Color> property(ChartColor color) {
        return colors.get(color.ordinal());
    }

    private static List<CssMetaData<? extends Styleable, ?>> metaData() {
        int[] light = ThemeFile.load(ChartTheme.LIGHT.resource());
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        for (ChartColor c : ChartColor.values()) {
            int argb = light[c.ordinal()];
            list.add(new ColorMeta(c, Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF)));
        }
        return Collections.unmodifiableList(list);
    }

    /** A colour of the chart as a CSS property named like its looked-up colour, e.g. {@code -al-running}. */
    private static final class ColorMeta extends CssMetaData<GanttChart, Color> {
        private final ChartColor color;

        ColorMeta(ChartColor color, Color initial) {
            super(color.cssName(), StyleConverter.getColorConverter(), initial);
            this.color = color;
        }

        @Override
        public boolean isSettable(GanttChart chart) {
            return !chart.styleableColor(color).isBound();
        }

        @Override
        public StyleableProperty<Color> getStyleableProperty(GanttChart chart) {
            return chart.styleableColor(color);
        }
    }
}
