package org.asynclab.ui;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.RunResult;
import org.asynclab.options.IdleOptions;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.chart.Charts;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.look.Memory;
import org.asynclab.ui.settings.SettingsViewModel;
import org.asynclab.ui.sweep.SweepWindow;

/**
 * The AsyncLab window. Start-up options are checked before JavaFX starts, so a mistyped option ends with one
 * line on stderr and status 2 instead of a window or a stack trace. The look (theme, text size, language) and
 * the last settings are remembered between sessions; switching the language loads the window's nodes again in
 * the same stage, with the same look and settings.
 */
public final class AsyncLabApp extends Application {
    /** The options {@link #launchWith} read, so that {@link #start} does not read them a second time. */
    private static volatile StartupOptions launchOptions;
    private final LookViewModel look = new LookViewModel();
    private final Memory memory = new Memory();
    private final RunEngine engine = new RunEngine();
    private final SweepWindow sweep = new SweepWindow(look, new SweepRunner(engine)::start, Platform::runLater);
    private MainWindow window;
    private Stage stage;

    /** Starts JavaFX with the command-line {@code args}, or exits 2 when they are wrong. */
    public static void launchWith(String[] args) {
        try {
            StartupOptions options = StartupOptions.parse(args);
            if (options.helpAsked()) {
                System.out.print(StartupOptions.usage());
                return;
            }
            if (!options.notes().isEmpty()) {
                // (only then: a bare start loads nothing of the command line's before its first frame)
                IdleOptions.say(options.notes(), new PrintWriter(System.err, true));
            }
            launchOptions = options;
        } catch (StartupOptions.BadOptionsException e) {
            System.err.println("asynclab: " + e.getMessage());
            System.exit(StartupOptions.BAD_OPTIONS);
        }
        if (NoDisplay.missing(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"))) {
            System.err.println(NoDisplay.MESSAGE);
            System.exit(NoDisplay.EXIT);
        }
        ReadAhead.start();
        try {
            Application.launch(AsyncLabApp.class, args);
        } catch (UnsupportedOperationException e) {
            if (!NoDisplay.isDisplayFailure(e)) {
                throw e;
            }
            System.err.println(NoDisplay.MESSAGE);
            System.exit(NoDisplay.EXIT);
        }
    }

    @Override
    public void start(Stage primary) throws StartupOptions.BadOptionsException {
        stage = primary;
        String[] args = getParameters().getRaw().toArray(String[]::new);
        StartupOptions options = launchOptions != null ? launchOptions : StartupOptions.parse(args);
        memory.restore(look);
        memory.showForSession(look, options.theme(), options.language());
        if (options.codeAtStart()) {
            look.codeVisibleProperty().set(true);
        }
        window = load();
        // Shown first: the mode buttons' skin, made when shown, must not see the form change under it.
        UnsavedProgram.askOnClose(stage, () -> window.model(), Platform::exit);
        fillScreen(stage);
        window.show(stage);
        AfterFirstFrames.then(SplashPicture::closeInTheBackground);
        SettingsViewModel settings = window.model().settings();
        memory.restore(settings);
        if (args.length > 0) {
            // Options on the command line say what to show now; the remembered settings are for a bare start.
            settings.applyComparison(options.config(), options.compareConfig());
        }
        Scenario scenario = options.scenario();
        if (scenario != null) {
            window.model().lesson().showOutsideLesson(scenario);
        }
        look.languageProperty().addListener((o, was, now) -> Platform.runLater(this::reload));
        // Closing the window ends the app even while tasks run: the run is cancelled, its threads are daemons.
        if (options.pythonFile() != null) {
            openProgram(options.pythonFile(), options.runAtStart());
        } else if (options.sweepWindow()) {
            openSweep(options.runAtStart());
        } else if (options.runAtStart()) {
            AfterFirstFrames.then(window.model()::runAtStart);
        }
    }

    /**
     * --python FILE: the program in the code panel, as Lesson ▸ Open Python file… opens it (read off the FX thread);
     * Run runs it, and with --run it runs once it is in the editor. A file that cannot be read says why in the panel.
     */
    private void openProgram(Path file, boolean run) {
        look.codeVisibleProperty().set(true);
        MainViewModel model = window.model();
        model.code().files().open(file, run ? () -> AfterFirstFrames.then(model::runProgram)
                : () -> model.python().activeProperty().set(true));
    }

    /** --sweep-window: the sweep window over the main one, with its settings; with --run, its sweep starts. */
    private void openSweep(boolean start) {
        Platform.runLater(() -> {
            sweep.open(stage, window.model().settings().toConfig());
            if (start) {
                sweep.model().start();
            }
        });
    }

    /**
     * Opens on the whole screen: a projector wants every pixel. The bounds are set as well as the maximized flag
     * because a desktop without a window manager ignores the flag.
     */
    public static void fillScreen(Stage stage) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        stage.setWidth(area.getWidth());
        stage.setHeight(area.getHeight());
        stage.setMaximized(true);
    }

    private MainWindow load() {
        return MainWindow.load(UiText.forLocale(look.languageProperty().get()), engine::start, Platform::runLater,
                Charts::create, look, sweep);
    }

    /** Loads the window again in the new language, keeping the settings and the lesson's place. */
    private void reload() {
        MainViewModel old = window.model();
        memory.save(old.settings(), look);
        // A run going on stops with its window; runs that ended come along in the new language.
        List<RunResult> ended = old.run().getState() == RunState.DONE ? old.finishedRuns() : List.of();
        window.close();
        window = load();
        window.show(stage);
        memory.restore(window.model().settings());
        boolean lessons = window.model().lesson().showAsBefore(old.lesson());
        if (!lessons && old.lesson().currentProperty().get() != null) {
            memory.restore(window.model().settings());  // a file's scenario, with the settings as the form had them
        }
        window.model().takeOverProgram(old);
        window.model().restoreRuns(ended);
    }

    @Override
    public void stop() {
        sweep.close();
        if (window != null) {
            // Python mode is not remembered: the settings are kept as the Java modes have them, with a comparison
            // that "Run this program" set aside for the program's Java twin back (it came back as mode vs itself).
            window.model().python().activeProperty().set(false);
            memory.save(window.model().settings(), look);
            window.close();
        }
    }
}
