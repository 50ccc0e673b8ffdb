package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's size when it shows: its own on a stage that held something else, the size it had after a language
 * switch. JUnit's stage, shared by the test classes, once held a 1000×500 panel, and the next class's window opened
 * that size: short for its text, its run bar stepped aside, the Run button not there to click (four classes failed).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowSizeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aStageThatHeldSomethingElseGivesTheWindowItsOwnSizeALanguageSwitchKeepsItsSize() throws Exception {
        // given the window's own size, shown on an empty stage
        double[] own = FxTurns.call(() -> {
            stage.setScene(null);
            MainWindow window = window();
            window.show(stage);
            return new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()};
        });

        // when a stage that holds a small panel shows the window
        double[] afterPanel = FxTurns.call(() -> {
            stage.setScene(new Scene(new StackPane(), 1000, 500));
            window().show(stage);
            return new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()};
        });
        // then the window has its own size
        assertThat(afterPanel).containsExactly(own);

        // and when the teacher made the window 1100×650 and switched the language (a new window on the same stage)
        FxTurns.run(() -> {
            stage.setWidth(1100);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> FxTurns.call(() -> stage.getScene().getWidth() != own[0]));
        double[] afterSwitch = FxTurns.call(() -> {
            double[] made = {stage.getScene().getWidth(), stage.getScene().getHeight()};
            window().show(stage);
            assertThat(new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()}).containsExactly(made);
            return made;
        });
        // then it kept the size the teacher gave it, not its own
        assertThat(afterSwitch).isNotEqualTo(own);
    }

    private static MainWindow window() {
        return MainWindow.load(UiText.forLocale(Locale.ENGLISH), new RunEngine()::start, Platform::runLater);
    }
}
