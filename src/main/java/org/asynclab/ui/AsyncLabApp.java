package org.asynclab.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The AsyncLab window. Start-up options are checked before JavaFX starts, so a mistyped option ends with one
 * line on stderr and status 2 instead of a window or a stack trace.
 */
public final class AsyncLabApp extends Application {
    private MainWindow window;

    /** Starts JavaFX with the command-line {@code args}, or exits 2 when they are wrong. */
    public static void launchWith(String[] args) {
        try {
            StartupOptions options = StartupOptions.parse(args);
            if (options.helpAsked()) {
                System.out.print(StartupOptions.usage());
                return;
            }
        } catch (StartupOptions.BadOptionsException e) {
            System.err.println("asynclab: " + e.getMessage());
            System.exit(StartupOptions.BAD_OPTIONS);
        }
        Application.launch(AsyncLabApp.class, args);
    }

    @Override
    public void start(Stage stage) throws StartupOptions.BadOptionsException {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw().toArray(String[]::new));
        RunEngine engine = new RunEngine();
        window = MainWindow.load(UiText.forLocale(Locale.getDefault()), engine::start, Platform::runLater);
        SettingsViewModel settings = window.model().settings();
        settings.apply(options.config());
        RunConfig compare = options.compareConfig();
        if (compare != null) {
            settings.apply(compare);  // its pool size, if it is the pool …
            settings.apply(options.config());  // … under the first run's settings
            settings.compareWithProperty().set(compare.mode());
        }
        // Closing the window ends the app even while tasks run: the run is cancelled, its threads are daemons.
        stage.setOnCloseRequest(e -> Platform.exit());
        window.show(stage);
        if (options.runAtStart()) {
            Platform.runLater(window.model()::runOrIgnore);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
