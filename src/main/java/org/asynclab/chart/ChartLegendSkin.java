package org.asynclab.chart;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.stage.Window;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.render.LegendStrip;

/**
 * The canvas of a {@link ChartLegend}: as tall as one legend line at the text scale, as wide as it is given, drawn
 * again only when the entries, the words, the theme, the scale or the size changed.
 */
final class ChartLegendSkin extends SkinBase<ChartLegend> {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas);
    private final LegendStrip strip;
    private final InvalidationListener redraw = o -> relayout();
    private final InvalidationListener rethemed = o -> {
        strip().setPalette(getSkinnable().getTheme().palette());
        getSkinnable().requestLayout();
    };

    ChartLegendSkin(ChartLegend legend) {
        super(legend);
        strip = new LegendStrip(legend.getTheme().palette());
        getChildren().add(canvas);
        legend.entriesProperty().addListener(redraw);
        legend.labelsProperty().addListener(redraw);
        legend.textScaleProperty().addListener(redraw);
        legend.themeProperty().addListener(rethemed);
    }

    /**
     * Lays the strip out again for new entries. They change while a chart paints, inside its parent's layout pass,
     * where a child's request for layout does not reach that parent: the strip kept its old number of lines (one,
     * its entries cut, when a comparison's legend grew to three). Asked again once the pass is over, it is heard.
     */
    private void relayout() {
        ChartLegend legend = getSkinnable();
        legend.requestLayout();
        Platform.runLater(legend::requestLayout);
    }

    private LegendStrip strip() {
        return strip;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + strip.width(surface, getSkinnable().getEntries()) * getSkinnable().getTextScale();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double scale = getSkinnable().getTextScale();
        double room = width < 0 ? Double.MAX_VALUE : (width - left - right) / scale;
        int lines = strip.lines(surface, getSkinnable().getEntries(), room);
        return top + bottom + Math.ceil(lines * LegendStrip.lineHeight() * scale);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.setWidth(Math.max(0, w));
        canvas.setHeight(Math.max(0, h));
        canvas.relocate(x, y);
        ChartLegend legend = getSkinnable();
        Window window = legend.getScene() == null ? null : legend.getScene().getWindow();
        surface.setDeviceScale(window == null ? 1 : window.getRenderScaleX(), legend.getTextScale());
        strip.setLabels(legend.getLabels());
        if (w >= 1 && h >= 1) {
            strip.paint(surface, legend.getEntries());
        }
    }

    @Override
    public void dispose() {
        ChartLegend legend = getSkinnable();
        if (legend == null) {
            return;
        }
        legend.entriesProperty().removeListener(redraw);
        legend.labelsProperty().removeListener(redraw);
        legend.textScaleProperty().removeListener(redraw);
        legend.themeProperty().removeListener(rethemed);
        super.dispose();
    }
}
