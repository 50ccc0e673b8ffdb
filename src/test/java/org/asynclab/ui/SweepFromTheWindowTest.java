package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.sweep.SweepWindow;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run ▸ Sweep… opens the app's one sweep window, and Run waits while its sweep goes on, in the window that opened
 * it and in the one a language switch loads in its place.
 */
@ExtendWith(ApplicationExtension.class)
class SweepFromTheWindowTest {
    private final LookViewModel look = new LookViewModel();
    private SweepWindow sweep;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        stage = primary;
        look.languageProperty().set(Locale.ENGLISH);
        sweep = new SweepWindow(look, new SweepRunner(new RunEngine())::start, Platform::runLater);
        window = load(Locale.ENGLISH);
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(sweep::close).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private MainWindow load(Locale language) {
        return MainWindow.load(UiText.forLocale(language), (config, workload) -> {
            throw new IllegalStateException("this test runs sweeps only");
        }, Platform::runLater, RecordingChart::new, look, sweep);
    }

    private static MenuItem sweepItem(MainWindow window) {
        MenuBar bar = (MenuBar) window.root().lookup("#menuBar");
        return bar.getMenus().get(0).getItems().stream().filter(item -> "sweepItem".equals(item.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void runWaitsForTheSweepInTheWindowThatOpenedItAndInTheOneLoadedAfterALanguageSwitch(FxRobot robot)
            throws Exception {
        // given the sweep window opened from the Run menu, its sweep started on the window's settings (max delay 1 s)
        robot.interact(() -> sweepItem(window).fire());
        Stage opened = sweep.stage();
        assertThat(opened.isShowing()).isTrue();
        robot.interact(() -> sweep.model().start());
        assertThat(sweep.model().runningProperty().get()).isTrue();
        assertThat(window.model().canRunBinding().get()).isFalse();

        // when the language switches: the window's nodes are loaded again, in French, in the same stage
        robot.interact(() -> {
            window.close();
            look.languageProperty().set(Locale.FRENCH);
            window = load(Locale.FRENCH);
            window.show(stage);
        });

        // then the same sweep window is still open, in French, and Run still waits for its sweep
        assertThat(sweep.stage()).isSameAs(opened);
        assertThat(opened.isShowing()).isTrue();
        assertThat(opened.getTitle()).startsWith("AsyncLab — Balayage");
        assertThat(window.model().canRunBinding().get()).isFalse();
        assertThat(sweepItem(window).isDisable()).isTrue();

        // and once the sweep is cancelled, Run and Run ▸ Sweep… are offered again
        robot.interact(() -> sweep.model().cancel());
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !sweep.model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().canRunBinding().get()).isTrue();
        assertThat(sweepItem(window).isDisable()).isFalse();
        robot.interact(() -> sweepItem(window).fire());
        assertThat(sweep.stage()).isSameAs(opened);
    }
}
