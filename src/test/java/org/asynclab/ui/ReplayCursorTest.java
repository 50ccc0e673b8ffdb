package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The replay's cursor keeps a usable length at every screen size and text size the window offers, in English and
 * in French: at 1280×720 with the text twice larger it had shrunk to its knob beside the buttons, its time cut and
 * the speed box pushed out of the bar.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayCursorTest {
    private static final double[][] SCREENS = {{1024, 768}, {1280, 720}, {1920, 1080}};
    /**
     * Four and a half ems of the bar's text: a cursor a hand can drag across a run on a projector (the bar asks
     * for five; the half is the pixels its neighbours' widths are rounded to).
     */
    private static final double CURSOR_EMS = 4.5;

    private MainWindow english;
    private MainWindow french;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        english = MainWindow.load(UiText.forLocale(Locale.ENGLISH), QuickRuns.on(new RunEngine(), 0.1),
                Platform::runLater);
        french = MainWindow.load(UiText.forLocale(Locale.FRENCH), QuickRuns.on(new RunEngine(), 0.1),
                Platform::runLater);
        stage.show();
    }

    @Test
    void theCursorKeepsAUsableLengthAtEverySizeAndTextSize(FxRobot robot) throws Exception {
        for (MainWindow window : new MainWindow[] {english, french}) {
            // given a run ended (the replay bar shows), a comparison of two modes
            MainViewModel model = window.model();
            FxTurns.run(() -> {
                window.show(stage);
                stage.getScene().setRoot(new Group());
                new Scene(window.root(), 1280, 720);
                model.settings().tasksProperty().set("5");
                model.settings().maxDelayProperty().set("1");
                model.settings().compareWithProperty().set(Mode.SEQUENTIAL);
                model.runOrIgnore();
            });
            WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                    model.run().getState() == RunState.DONE && model.run().secondProperty().get() != null));

            for (double[] screen : SCREENS) {
                for (int size : LookViewModel.TEXT_SIZES) {
                    // when the window is that size with that text
                    FxTurns.run(() -> {
                        window.root().getScene().setRoot(new Group());
                        new Scene(window.root(), screen[0], screen[1]);
                        model.look().textSizeProperty().set(size);
                    });
                    for (int pass = 0; pass < 3; pass++) {
                        FxTurns.run(() -> {
                            window.root().applyCss();
                            window.root().layout();
                        });
                    }
                    // then the cursor is at least 4.5 ems long, its time whole in the bar's size, the speed box inside
                    // the bar
                    String at = (int) screen[0] + "×" + (int) screen[1] + " text " + size + " px";
                    Slider cursor = (Slider) window.root().lookup("#replaySlider");
                    Labeled position = (Labeled) window.root().lookup("#replayPosition");
                    Labeled play = (Labeled) window.root().lookup("#playButton");
                    double em = FxTurns.call(() -> play.getFont().getSize());
                    assertThat(FxTurns.call(cursor::getWidth)).as("cursor at " + at)
                            .isGreaterThanOrEqualTo(CURSOR_EMS * em);
                    assertThat(FxTurns.call(() -> position.getFont().getSize())).as("size of the time at " + at)
                            .isEqualTo(em);
                    assertThat(FxTurns.call(() -> StageLayoutTest.shownText(position))).as("time at " + at)
                            .isEqualTo(FxTurns.call(position::getText));
                    Node bar = window.root().lookup("#replayBar");
                    assertThat(FxTurns.call(() -> bounds(window.root().lookup("#speedBox")).getMaxX()))
                            .as("right of the speed box at " + at)
                            .isLessThanOrEqualTo(FxTurns.call(() -> bounds(bar).getMaxX()) + 0.5);
                }
            }
        }
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
