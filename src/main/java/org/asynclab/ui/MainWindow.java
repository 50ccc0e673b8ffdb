package org.asynclab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.asynclab.ui.chart.ChartPane;
import org.asynclab.ui.chart.Charts;
import org.asynclab.ui.run.RunLauncher;

/**
 * Builds the window: loads MainView.fxml with the bundle, gives its controller the view model, and puts it on a
 * stage. The app and the UI tests build it the same way, the tests with their own launcher.
 */
public final class MainWindow {
    /** Width of a new window: fits a 1280×800 projector with room for the task bar. */
    public static final double WIDTH = 1280;
    /** Height of a new window. */
    public static final double HEIGHT = 760;

    private final MainViewModel model;
    private final MainController controller;
    private final Parent root;

    private MainWindow(MainViewModel model, MainController controller, Parent root) {
        this.model = model;
        this.controller = controller;
        this.root = root;
    }

    /**
     * Loads the window's nodes.
     *
     * @param text     the words (English or French)
     * @param launcher starts runs
     * @param fxThread where the engine's results are handed over ({@code Platform::runLater})
     */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread) {
        return load(text, launcher, fxThread, () -> Charts.create(text));
    }

    /** Loads the window's nodes with another chart control. */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread,
                                  Supplier<ChartPane> charts) {
        MainViewModel model = new MainViewModel(text, launcher, fxThread);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainView.fxml"), text.bundle());
        loader.setControllerFactory(type -> new MainController(model, charts));
        try {
            Parent root = loader.load();
            return new MainWindow(model, loader.getController(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("MainView.fxml could not be loaded", e);
        }
    }

    /** Shows the window on {@code stage}; closing it stops any run. */
    public void show(Stage stage) {
        stage.setTitle(model.text().get("app.title"));
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.setOnHidden(e -> close());
        stage.show();
    }

    /** Stops any run and the chart clock: the window goes away. */
    public void close() {
        model.reset();
        controller.dispose();
    }

    /** The window's state, for start-up options and tests. */
    public MainViewModel model() {
        return model;
    }

    /** The root node. */
    public Parent root() {
        return root;
    }
}
