package org.asynclab.ui.sweep;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.util.Subscription;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.chart.render.SweepPainter;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;

/**
 * The sweep's plot in the window: a canvas that fills its pane, redrawn by {@link SweepPainter} after each step, at
 * a new size, theme or text size. The plot is drawn larger on a large window (up to {@link #MAX_FIT} times its
 * design size, times the text size), so its labels read from the back of the room on 1920×1080 as on 1024×768.
 */
final class SweepPlot {
    /** The plot's design size in points: below it, the plot is drawn at the text size alone. */
    static final double DESIGN_WIDTH = 1000;
    static final double DESIGN_HEIGHT = 560;
    /** The most a large window enlarges the plot. */
    static final double MAX_FIT = 1.6;

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas);
    private final SweepPainter painter;
    private final SweepViewModel model;
    private final LookViewModel look;
    private final UiText text;
    private final Subscription following;

    SweepPlot(SweepViewModel model, LookViewModel look, UiText text, Pane pane) {
        this.model = model;
        this.look = look;
        this.text = text;
        this.painter = new SweepPainter(look.themeProperty().get().palette());
        painter.setLabels(ChartLabels.from(text.bundle()), text::modeName);
        pane.getChildren().add(canvas);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        following = Subscription.combine(List.of(
                model.resultProperty().subscribe(this::redraw),
                model.currentProperty().subscribe(this::redraw),
                canvas.widthProperty().subscribe(this::redraw),
                canvas.heightProperty().subscribe(this::redraw),
                look.textSizeProperty().subscribe(this::redraw),
                look.themeProperty().subscribe(theme -> {
                    painter.setPalette(theme.palette());
                    redraw();
                })).toArray(Subscription[]::new));
    }

    /** How much larger than its design size the plot is drawn in a {@code width} × {@code height} pane. */
    static double zoom(double width, double height, double textScale) {
        double fit = Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
        return textScale * Math.max(1, Math.min(MAX_FIT, fit));
    }

    private void redraw() {
        SweepResult result = model.resultProperty().get();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width < 1 || height < 1) {
            return;
        }
        double output = canvas.getScene() != null && canvas.getScene().getWindow() != null
                ? canvas.getScene().getWindow().getOutputScaleX() : 1;
        surface.setDeviceScale(output, zoom(width, height, look.textScaleBinding().get()));
        painter.setResult(result);
        painter.setTitle(result == null ? "" : title(result.plan()));
        painter.setCurrent(model.currentProperty().get());
        painter.paint(surface);
    }

    /** "1 to 100 tasks · I/O (waits) · max delay 1 s · seed 7" (the window says "Sweep"), in its language. */
    private String title(SweepPlan plan) {
        List<Integer> sizes = plan.sizes();
        String kind = text.get("kind." + plan.kind().id());
        String title = text.format("sweep.plot.title", text.integer(sizes.get(0)),
                text.integer(sizes.get(sizes.size() - 1)), kind, plan.maxDelaySeconds(), String.valueOf(plan.seed()));
        return plan.globalLock() ? title + " · " + text.get("settings.summary.gil") : title;
    }

    /** Stops following the sweep and the look. */
    void dispose() {
        following.unsubscribe();
    }
}
