package org.asynclab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.ui.chart.ChartPane;
import org.asynclab.ui.chart.Charts;
import org.asynclab.ui.code.CodePanelController;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.lesson.LessonPanelController;
import org.asynclab.ui.replay.ReplayBarController;
import org.asynclab.ui.chart.ChartStageController;
import org.asynclab.ui.chart.ChartStageViewModel;
import org.asynclab.ui.results.ResultsPanelController;
import org.asynclab.ui.run.RunBarController;
import org.asynclab.ui.settings.SettingsPanelController;
import org.asynclab.ui.sweep.SweepWindow;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunLauncher;

/**
 * Builds the window: loads MainView.fxml with the bundle, gives its controller the view model, and puts it on a
 * stage. The app and the UI tests build it the same way, the tests with their own launcher.
 */
public final class MainWindow {
    /** Largest width of a new window: a 1600-wide screen nearly filled. */
    public static final double WIDTH = 1500;
    /** Largest height of a new window. */
    public static final double HEIGHT = 920;
    /** Share of the screen a new window takes at most, leaving the task bar and a margin. */
    private static final double SCREEN_SHARE = 0.94;
    private static final List<String> ICONS = List.of("icon-256.png", "icon-32.png");

    private final MainViewModel model;
    private final MainController controller;
    private final Parent root;
    private final List<ExecutorService> threads;

    private MainWindow(MainViewModel model, MainController controller, Parent root, List<ExecutorService> threads) {
        this.model = model;
        this.controller = controller;
        this.root = root;
        this.threads = threads;
    }

    /** A daemon thread for work that must not run on the FX thread: it never keeps the app alive. */
    static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Loads the window's nodes.
     *
     * @param text     the words (English or French)
     * @param launcher starts runs
     * @param fxThread where the engine's results are handed over ({@code Platform::runLater})
     */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread) {
        return load(text, launcher, fxThread, Charts::create);
    }

    /** Loads the window's nodes with another chart control. */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread,
                                  Supplier<ChartPane> charts) {
        return load(text, launcher, fxThread, charts, new LookViewModel());
    }

    /**
     * Loads the window's nodes with {@code look} (theme, text size, code panel), which outlives them: a change of
     * language loads new nodes with the same look.
     */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread,
                                  Supplier<ChartPane> charts, LookViewModel look) {
        return load(text, launcher, fxThread, charts, look,
                new SweepWindow(look, new SweepRunner(new RunEngine())::start, fxThread));
    }

    /**
     * Loads the window's nodes with {@code look} and the {@code sweep} window, which both outlive them: a change of
     * language loads new nodes that find the same sweep window (open or not, a sweep going on or not).
     */
    public static MainWindow load(UiText text, RunLauncher launcher, Executor fxThread,
                                  Supplier<ChartPane> charts, LookViewModel look, SweepWindow sweep) {
        ExecutorService starter = daemonThread("asynclab-start");
        ExecutorService copier = daemonThread("asynclab-frames");
        ExecutorService writer = daemonThread("asynclab-export");
        ExportViewModel export = new ExportViewModel(text, writer, fxThread, new LastFolder());
        MainViewModel model = new MainViewModel(text, launcher, fxThread, starter, export, look, ReadAhead.lessons());
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainView.fxml"), text.bundle());
        loader.setControllerFactory(type -> {
            if (type == LessonPanelController.class) {
                ScenarioMoves moves = model.scenarios();
                return new LessonPanelController(model.lesson(), text, moves::previous, moves::next, moves::close,
                        model.runningBinding());
            }
            if (type == SettingsPanelController.class) {
                return new SettingsPanelController(model.settings(), model.summary(), text, model::runOrIgnore);
            }
            if (type == RunBarController.class) {
                return new RunBarController(model.settings(), model.summary(), model.guess(), model.controls(), text);
            }
            if (type == ResultsPanelController.class) {
                return new ResultsPanelController(model.results(), model.comparisonTable(),
                        model.guess().revealProperty(), model.comparisonTextProperty());
            }
            if (type == ReplayBarController.class) {
                return new ReplayBarController(model.replay(), text);
            }
            if (type == CodePanelController.class) {
                CodePanelController panel = new CodePanelController(model.code(), look.codeVisibleProperty());
                panel.setOnRunProgram(model::runProgram, model.canRunBinding());
                return panel;
            }
            if (type == ChartStageController.class) {
                return new ChartStageController(new ChartStageViewModel(model.run()), text, model.run(),
                        model.replay(), model.results(), charts, copier,
                        place -> new RoomLoader(loader).inPlaceOf(place, "ReplayBar.fxml").getRoot());
            }
            return new MainController(model, sweep, new RoomLoader(loader));
        });
        try {
            Parent root = loader.load();
            return new MainWindow(model, loader.getController(), root, List.of(starter, copier, writer));
        } catch (IOException e) {
            throw new UncheckedIOException("MainView.fxml could not be loaded", e);
        }
    }

    /** Shows the window on {@code stage}; closing it stops any run. */
    public void show(Stage stage) {
        stage.setTitle(model.text().get("app.title"));
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().addAll(icons());
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth() * SCREEN_SHARE);
        double height = Math.min(HEIGHT, screen.getHeight() * SCREEN_SHARE);
        Scene before = stage.getScene();
        boolean full = stage.isFullScreen();
        // Another language: new nodes (and a new scene, so the old keys go with the old nodes) at the same size. A
        // stage that held something else (JUnit's shared stage after a 1000×500 panel) gets the window's own size:
        // kept, that size opened the window short for its text, its run bar stepped aside.
        boolean again = before != null && before.getProperties().containsKey(MainWindow.class);
        Scene scene = again ? new Scene(root, before.getWidth(), before.getHeight()) : new Scene(root, width, height);
        scene.getProperties().put(MainWindow.class, Boolean.TRUE);
        stage.setScene(scene);
        // JavaFX's own hint ("Press ESC to exit full-screen mode", in English) covered the chart for seconds on
        // the projector; F1 and the View menu say that F11 and Escape leave full screen.
        stage.setFullScreenExitHint("");
        stage.setFullScreen(full);
        stage.setOnHidden(e -> close());
        stage.show();
        LateTooltips.afterFirstFrames(root);
    }

    /**
     * The packaged icon at two sizes, so the title bar and the task switcher each pick a sharp one; none if they
     * are missing from the build (a window without an icon is still a window).
     */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (String name : ICONS) {
            URL url = MainWindow.class.getResource(name);
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    /** Stops any run and the chart clock: the window goes away. */
    public void close() {
        model.reset();
        controller.dispose();
        threads.forEach(ExecutorService::shutdown);
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
