package org.asynclab.ui;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window in {@code stage} that has run a comparison without a lesson, 10 tasks on a thread each against a pool of
 * 4 (seed 7), ten times shorter than asked ({@link QuickRuns}): for the tests that lay its results out.
 */
final class FinishedComparison {
    private FinishedComparison() {
    }

    /** The window in {@code language} ("en", "fr"), its comparison done. */
    static MainWindow open(Stage stage, String language) throws Exception {
        MainWindow shown = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        FxTurns.run(() -> {
            shown.show(stage);
            shown.model().settings().applyComparison(new RunConfig(10, 1, Mode.THREADS, 0, TaskKind.IO, 7L),
                    new RunConfig(10, 1, Mode.POOL, 4, TaskKind.IO, 7L));
            shown.model().runOrIgnore();
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                shown.model().run().getState() == RunState.DONE));
        return shown;
    }
}
