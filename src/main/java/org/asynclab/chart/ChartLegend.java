package org.asynclab.chart;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.chart.render.LegendEntry;

/**
 * One legend line for several {@link GanttChart}s (a comparison): the union of their entries, drawn with the
 * charts' swatches and words, so that neither chart spends a line of rows on a legend of its own.
 *
 * <pre>{@code
 * top.setOwnLegend(false);
 * bottom.setOwnLegend(false);
 * legend.entriesProperty().bind(Bindings.createLongBinding(
 *         () -> top.legendEntriesProperty().get() | bottom.legendEntriesProperty().get(),
 *         top.legendEntriesProperty(), bottom.legendEntriesProperty()));
 * }</pre>
 */
public final class ChartLegend extends Control {
    /** Style class of the legend. */
    public static final String STYLE_CLASS = "chart-legend";

    private final LongProperty entries = new SimpleLongProperty(this, "entries");
    private final ObjectProperty<ChartTheme> theme = new SimpleObjectProperty<>(this, "theme", ChartTheme.LIGHT);
    private final ObjectProperty<ChartLabels> labels = new SimpleObjectProperty<>(this, "labels", ChartLabels.ENGLISH);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);

    /** An empty legend in the light theme. */
    public ChartLegend() {
        getStyleClass().add(STYLE_CLASS);
    }

    /** Its height depends on its width: entries that do not fit on one line take a second. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChartLegendSkin(this);
    }

    /** The entries shown, as {@link LegendEntry#bit()}s (a chart's {@code legendEntries}, or several or-ed). */
    public LongProperty entriesProperty() {
        return entries;
    }

    public long getEntries() {
        return entries.get();
    }

    public void setEntries(long value) {
        entries.set(value);
    }

    /** The colour theme: the same as the charts'. */
    public ObjectProperty<ChartTheme> themeProperty() {
        return theme;
    }

    public ChartTheme getTheme() {
        return Objects.requireNonNullElse(theme.get(), ChartTheme.LIGHT);
    }

    public void setTheme(ChartTheme value) {
        theme.set(value);
    }

    /** The words, in the window's language. */
    public ObjectProperty<ChartLabels> labelsProperty() {
        return labels;
    }

    public ChartLabels getLabels() {
        return Objects.requireNonNullElse(labels.get(), ChartLabels.ENGLISH);
    }

    public void setLabels(ChartLabels value) {
        labels.set(value);
    }

    /** How much larger than designed the legend is drawn: the charts' text scale. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public double getTextScale() {
        return textScale.get();
    }

    public void setTextScale(double value) {
        textScale.set(value);
    }
}
