package org.asynclab.ui.sweep;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.render.SweepPainter;
import org.asynclab.export.ExportException;
import org.asynclab.export.SweepCsv;
import org.asynclab.export.SweepExport;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SweepResult;
import org.asynclab.ui.common.UiText;

/**
 * Run ▸ Sweep…: a window of its own where a class sees how each mode scales with n. The task counts and modes are
 * chosen here; the other settings are the main window's. The plot is redrawn after each step, so the lines grow
 * while the sweep goes on; it can be saved as PNG, SVG or CSV once there are points.
 */
public final class SweepWindow {
    private final SweepViewModel model;
    private final UiText text;
    private final ChartTheme theme;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas);
    private final SweepPainter painter;
    private final Label message = new Label();

    /**
     * Builds the window.
     *
     * @param base  the main window's settings when it was opened: max delay, kind, seed, pool size, lock
     * @param owner the main window
     */
    public SweepWindow(SweepViewModel model, UiText text, ChartTheme theme, RunConfig base, Window owner) {
        this.model = model;
        this.text = text;
        this.theme = theme;
        this.painter = new SweepPainter(theme.palette());
        stage.initOwner(owner);
        stage.setTitle(text.get("sweep.title"));
        stage.setScene(new Scene(layout(base), 900, 600));
        stage.setOnHidden(e -> model.cancel());
        model.resultProperty().addListener(o -> redraw());
        model.currentProperty().addListener(o -> redraw());
    }

    private VBox layout(RunConfig base) {
        TextField sizes = new TextField();
        sizes.textProperty().bindBidirectional(model.sizesProperty());
        sizes.setPrefColumnCount(18);
        FlowPane modes = new FlowPane(8, 4);
        for (Mode mode : Mode.values()) {
            CheckBox box = new CheckBox(text.get("mode." + mode.id()));
            box.selectedProperty().bindBidirectional(model.modeProperty(mode));
            box.disableProperty().bind(model.runningProperty());
            modes.getChildren().add(box);
        }
        sizes.disableProperty().bind(model.runningProperty());
        Button start = new Button(text.get("sweep.start"));
        start.setOnAction(e -> model.start(base));
        start.disableProperty().bind(model.runningProperty());
        Button cancel = new Button(text.get("sweep.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(200);
        Label step = new Label();
        step.textProperty().bind(model.stepProperty());
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.getStyleClass().add("al-settings-error");
        HBox exports = new HBox(8, button("sweep.export.png", "png"), button("sweep.export.svg", "svg"),
                button("sweep.export.csv", "csv"), message);
        Pane plot = new Pane(canvas);
        canvas.widthProperty().bind(plot.widthProperty());
        canvas.heightProperty().bind(plot.heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
        VBox.setVgrow(plot, Priority.ALWAYS);
        HBox top = new HBox(8, new Label(text.get("sweep.sizes")), sizes, start, cancel, bar, step);
        VBox root = new VBox(8, top, modes, problem, plot, exports);
        root.setPadding(new Insets(10));
        return root;
    }

    private Button button(String key, String format) {
        Button button = new Button(text.get(key));
        button.disableProperty().bind(model.resultProperty().isNull().or(model.runningProperty()));
        button.setOnAction(e -> export(format, button.getText()));
        return button;
    }

    private void redraw() {
        SweepResult result = model.resultProperty().get();
        if (result == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        surface.setDeviceScale(stage.getOutputScaleX());
        painter.setResult(result);
        painter.setTitle(SweepPainter.defaultTitle(result.plan()));
        painter.setCurrent(model.currentProperty().get());
        painter.paint(surface);
    }

    private void export(String format, String title) {
        SweepResult result = model.resultProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName("sweep." + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(title, "*." + format));
        File file = chooser.showSaveDialog(stage);
        if (file == null || result == null) {
            return;
        }
        message.setText(write(result, format, file.toPath()));
    }

    /** Writes the sweep; the words to show: where it went, or why it could not. */
    String write(SweepResult result, String format, Path target) {
        ChartSpec spec = ChartSpec.defaults().withTheme(theme);
        try {
            switch (format) {
                case "png" -> SweepExport.png(result, spec, target, 2);
                case "svg" -> SweepExport.svg(result, spec, target);
                default -> SweepCsv.write(target, result);
            }
            return text.format("sweep.saved", target.getFileName());
        } catch (ExportException e) {
            return text.format("sweep.saveFailed", e.getMessage());
        }
    }

    /** Shows the window. */
    public void show() {
        stage.show();
    }

    /** The window's stage (for tests). */
    public Stage stage() {
        return stage;
    }
}
