package org.asynclab.chart;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Window;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.chart.render.ChartPainter;

/**
 * The nodes of a {@link GanttChart}: a canvas the size of the viewport (never as tall as all rows), a vertical
 * scroll bar for rows that do not fit, and a tooltip. Draws at most once per pulse, in the scene's post-layout
 * pulse listener, and only when something changed (the dirty flag); {@link #dispose()} removes every listener.
 */
final class GanttChartSkin extends SkinBase<GanttChart> {
    private static final double WHEEL_ZOOM_BASE = 1.0025;

    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final FxSurface surface = new FxSurface(canvas);
    private final Tooltip tooltip = new Tooltip();
    private final Runnable pulseListener = this::drawIfDirty;
    private final ChangeListener<Scene> sceneListener = (obs, was, now) -> listenTo(was, now);
    private final ChangeListener<Number> scrollListener = (obs, was, now) -> onScrollBar(now.doubleValue());
    private final EventHandler<ScrollEvent> onScroll = this::onScroll;
    private final EventHandler<ZoomEvent> onZoom = this::onZoom;
    private final EventHandler<MouseEvent> onPress = this::onPress;
    private final EventHandler<MouseEvent> onDrag = this::onDrag;
    private final EventHandler<MouseEvent> onMove = this::onMove;
    private final EventHandler<MouseEvent> onExit = e -> hover(-1, e);
    private boolean dirty = true;
    private boolean syncing;
    private double lastX;
    private double lastY;

    GanttChartSkin(GanttChart chart) {
        super(chart);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setVisible(false);
        tooltip.getStyleClass().add(GanttChart.TOOLTIP_STYLE_CLASS);
        getChildren().addAll(canvas, scrollBar);
        scrollBar.valueProperty().addListener(scrollListener);
        chart.sceneProperty().addListener(sceneListener);
        listenTo(null, chart.getScene());
        canvas.addEventHandler(ScrollEvent.SCROLL, onScroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, onZoom);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        chart.setRedraw(this::markDirty);
    }

    private void listenTo(Scene was, Scene now) {
        if (was != null) {
            was.removePostLayoutPulseListener(pulseListener);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(pulseListener);
            markDirty();
        }
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    // The canvas follows the control's size, never the other way round: its size must not feed back into the
    // control's own minimum or preferred size, or every layout pass would make the chart a little larger.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 240 + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 1200 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 700 + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double bar = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        if (canvas.getWidth() != w - bar || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w - bar));
            canvas.setHeight(Math.max(0, h));
            dirty = true;
        }
        canvas.relocate(x, y);
        RowLayout rows = getSkinnable().painter().rows();
        double zoom = surface.zoom();
        scrollBar.resizeRelocate(x + w - bar, rows.top() * zoom, bar, Math.max(0, rows.height() * zoom));
        drawIfDirty();
    }

    /** Draws the frame if anything changed since the last one. */
    void drawIfDirty() {
        if (!dirty || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        dirty = false;
        ChartPainter painter = getSkinnable().painter();
        Window window = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        surface.setDeviceScale(window == null ? 1 : window.getRenderScaleX(), getSkinnable().getTextScale());
        painter.paint(surface);
        getSkinnable().painted();
        syncScrollBar(painter.rows());
        int hovered = getSkinnable().getHoveredTask();
        if (hovered >= 0 && tooltip.isShowing()) {
            // During a live run the task under a still mouse starts and finishes: keep its times current.
            tooltip.setText(painter.describe(hovered));
        }
    }

    private void syncScrollBar(RowLayout rows) {
        boolean needed = rows.isScrollable();
        syncing = true;
        scrollBar.setMin(0);
        scrollBar.setMax(Math.max(0, rows.maxScroll()));
        scrollBar.setVisibleAmount(rows.visibleRows() * rows.maxScroll() / Math.max(1, rows.rowCount()));
        scrollBar.setUnitIncrement(1);
        scrollBar.setBlockIncrement(Math.max(1, rows.visibleRows() * 0.9));
        scrollBar.setValue(rows.scroll());
        syncing = false;
        if (needed != scrollBar.isVisible()) {
            scrollBar.setVisible(needed);
            getSkinnable().requestLayout();
        }
    }

    private void onScrollBar(double value) {
        if (!syncing) {
            getSkinnable().painter().rows().setScroll(value);
            markDirty();
        }
    }

    private void onScroll(ScrollEvent e) {
        ChartPainter painter = getSkinnable().painter();
        double dy = e.getDeltaY();
        double dx = e.getDeltaX();
        double zoom = surface.zoom();
        if (e.isControlDown() && e.isShiftDown()) {
            painter.rows().zoomRows(Math.pow(WHEEL_ZOOM_BASE, dy != 0 ? dy : dx), e.getY() / zoom);
        } else if (e.isControlDown()) {
            painter.axis().zoom(Math.pow(WHEEL_ZOOM_BASE, dy), e.getX() / zoom);
        } else if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            painter.axis().pan((dx != 0 ? dx : dy) / zoom);
        } else if (painter.rows().isScrollable()) {
            painter.rows().scrollBy(-dy / zoom);
        } else {
            painter.axis().pan(dy / zoom);
        }
        tooltip.hide();
        markDirty();
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        getSkinnable().painter().axis().zoom(e.getZoomFactor(), e.getX() / surface.zoom());
        markDirty();
        e.consume();
    }

    private void onPress(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        getSkinnable().requestFocus();
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            getSkinnable().fit();
        }
    }

    private void onDrag(MouseEvent e) {
        ChartPainter painter = getSkinnable().painter();
        painter.axis().pan((e.getX() - lastX) / surface.zoom());
        painter.rows().scrollBy((lastY - e.getY()) / surface.zoom());
        lastX = e.getX();
        lastY = e.getY();
        tooltip.hide();
        markDirty();
    }

    private void onMove(MouseEvent e) {
        hover(getSkinnable().painter().taskAt(e.getX() / surface.zoom(), e.getY() / surface.zoom()), e);
    }

    private void hover(int task, MouseEvent e) {
        GanttChart chart = getSkinnable();
        if (task != chart.getHoveredTask()) {
            chart.setHoveredTask(task);
            chart.painter().setHover(task);
            markDirty();
        }
        if (task < 0) {
            tooltip.hide();
            return;
        }
        tooltip.setText(chart.painter().describe(task));
        if (e.getEventType() != MouseEvent.MOUSE_EXITED) {
            tooltip.show(canvas, e.getScreenX() + 16, e.getScreenY() + 16);
        }
    }

    @Override
    public void dispose() {
        GanttChart chart = getSkinnable();
        if (chart == null) {
            return;
        }
        tooltip.hide();
        chart.setRedraw(null);
        chart.sceneProperty().removeListener(sceneListener);
        listenTo(chart.getScene(), null);
        scrollBar.valueProperty().removeListener(scrollListener);
        canvas.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        canvas.removeEventHandler(ZoomEvent.ZOOM, onZoom);
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
        super.dispose();
    }
}
