package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in French at 1280×720, the most common projector mode, in the race lesson's comparison (two
 * event-loop runs whose names are long): the results table keeps to its panel, the folded settings line is whole
 * on up to three lines (at 1024×768 too; four for 100 000 tasks and a six-digit seed in the projector theme), and
 * the guess's prompt is read whole.
 */
@ExtendWith(ApplicationExtension.class)
class FrenchStageTest {
    private static final long TIMEOUT_S = 60;
    private static final String LESSON = "race-await-vs-lock";

    private MainWindow window;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        RunEngine engine = new RunEngine();
        window = MainWindow.load(UiText.forLocale(Locale.FRENCH), engine::start, Platform::runLater);
        model = window.model();
        this.stage = stage;
        window.show(stage);
    }

    @Test
    void theRaceComparisonFitsA1280x720ScreenInFrench(FxRobot robot) throws Exception {
        // given the French window at 1280×720 in the race lesson, run to its end
        robot.interact(() -> {
            stage.getScene().setRoot(new Group());
            new Scene(window.root(), 1280, 720);
            assertThat(model.lesson().goTo(LESSON)).isTrue();
        });
        robot.interact(model::runOrIgnore);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(() ->
                model.run().getState() == RunState.DONE && model.run().secondProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });

        // then the table with a column per run keeps within the results panel
        ScrollPane results = (ScrollPane) window.root().lookup("#resultsScroll");
        GridPane table = (GridPane) window.root().lookup("#comparisonTable");
        assertThat(onFx(table::isVisible)).isTrue();
        double room = onFx(() -> results.getViewportBounds().getWidth()
                - ((Region) results.getContent()).getPadding().getRight());
        assertThat(onFx(() -> table.getBoundsInParent().getMaxX())).as("right edge of the table")
                .isLessThanOrEqualTo(room + 0.5);
        assertThat(onFx(() -> table.minWidth(-1))).as("least width the table needs (names wrapped)")
                .isLessThanOrEqualTo(onFx(table::getWidth) + 0.5);
        for (Node cell : onFx(table::getChildrenUnmodifiable)) {
            if (cell instanceof Label label) {
                assertThat(onFx(() -> shown(label))).as("a cell of the table as shown").doesNotContain("…");
                if (label.getStyleClass().contains("al-table-run-heading") && !label.getText().contains(" ")) {
                    // a one-word run name ("verrou") is never broken inside the word
                    assertThat(onFx(label::getWidth)).as("width of the heading " + label.getText())
                            .isGreaterThanOrEqualTo(onFx(() -> label.prefWidth(-1)) - 0.5);
                }
            }
        }
        // and the folded settings line (the race lesson's is long) is whole on up to three lines, and in its tooltip
        ToggleButton line = (ToggleButton) window.root().lookup(".al-summary");
        assertSettingsLineWhole(line, 3);
        assertThat(onFx(() -> line.getTooltip().getText())).startsWith(onFx(() -> model.summary().lineBinding().get()));
        // and the guess's prompt is not cut
        TextField guess = (TextField) window.root().lookup("#guessField");
        assertThat(onFx(() -> textWidth(guess.getPromptText(), guess))).as("width of the prompt")
                .isLessThanOrEqualTo(onFx(() -> guess.getWidth() - guess.getPadding().getLeft()
                        - guess.getPadding().getRight()));
    }

    @Test
    void theFoldedSettingsLineIsWholeAt1024x768InFrench(FxRobot robot) throws Exception {
        // given the French window at 1024×768 in the pool lesson, whose line names a pool, a seed and a comparison
        robot.interact(() -> {
            stage.getScene().setRoot(new Group());
            new Scene(window.root(), 1024, 768);
            assertThat(model.lesson().goTo("pool-4-workers")).isTrue();
            window.root().applyCss();
            window.root().layout();
        });

        // then it takes up to three lines rather than end in "…"
        assertSettingsLineWhole((ToggleButton) window.root().lookup(".al-summary"), 3);

        // and so does an event-loop run's, whose mode is one long word pair ("Boucle d’événements")
        robot.interact(() -> {
            model.lesson().close();
            set(Mode.EVENT_LOOP, "8", "2", "7");
        });
        assertSettingsLineWhole((ToggleButton) window.root().lookup(".al-summary"), 3);
    }

    @Test
    void theRaceLessonsSettingsLineIsWholeAt1024x768InFrench(FxRobot robot) throws Exception {
        // given the French window at 1024×768 in the race lesson: a comparison and a shared counter on the line
        robot.interact(() -> {
            stage.getScene().setRoot(new Group());
            new Scene(window.root(), 1024, 768);
            assertThat(model.lesson().goTo(LESSON)).isTrue();
            window.root().applyCss();
            window.root().layout();
        });
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });

        // then the line is whole on a row of its own, in two lines at most, and the buttons keep their words
        ToggleButton line = (ToggleButton) window.root().lookup(".al-summary");
        assertSettingsLineWhole(line, 2);
        for (String button : new String[] {"#runButton", "#stopButton", "#resetButton", "#pythonToggle"}) {
            Labeled labeled = (Labeled) window.root().lookup(button);
            assertThat(onFx(() -> shown(labeled))).as(button).isEqualTo(onFx(labeled::getText));
        }
    }

    @Test
    void aLongSettingsLineIsWholeAt1024x768InFrenchInTheProjectorTheme(FxRobot robot) throws Exception {
        // given the French window at 1024×768 in the projector theme, 100 000 virtual threads, a six-digit seed
        robot.interact(() -> {
            stage.getScene().setRoot(new Group());
            new Scene(window.root(), 1024, 768);
            model.look().themeProperty().set(ChartTheme.PROJECTOR);
            set(Mode.VIRTUAL, "100000", "1", "156614");
        });

        // then the line takes a fourth line rather than end in "…"
        assertSettingsLineWhole((ToggleButton) window.root().lookup(".al-summary"), 4);
    }

    /** Sets a single run's settings as typed, and lays the window out; on the FX thread. */
    private void set(Mode mode, String tasks, String maxDelay, String seed) {
        model.settings().modeProperty().set(mode);
        model.settings().compareWithProperty().set(null);
        model.settings().tasksProperty().set(tasks);
        model.settings().maxDelayProperty().set(maxDelay);
        model.settings().seedProperty().set(seed);
        window.root().applyCss();
        window.root().layout();
    }

    /** The settings line as shown is not cut, and takes at most {@code lines} lines. */
    private static void assertSettingsLineWhole(ToggleButton line, int lines) throws Exception {
        // The run bar settles in a second layout (OwnRow gives the line a row of its own once it has seen its width
        // squeezed): measured after one, the line read four lines at 220 px when this class ran alone.
        for (int pass = 0; pass < 2; pass++) {
            FxTurns.run(() -> {
                line.getScene().getRoot().applyCss();
                line.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        double lineHeight = onFx(() -> lineHeight(line));
        Insets padding = onFx(line::getPadding);
        assertThat(onFx(() -> shown(line))).as("the settings line as shown").isEqualTo(onFx(line::getText));
        assertThat(onFx(line::getHeight)).as("height of the settings line")
                .isLessThan(padding.getTop() + padding.getBottom() + (lines + 1) * lineHeight);
    }

    private static String shown(Labeled label) {
        StringBuilder out = new StringBuilder();
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                out.append(text.getText());
            }
        }
        return out.toString();
    }

    private static double lineHeight(Labeled labeled) {
        Text text = new Text("Ég");
        text.setFont(labeled.getFont());
        return text.getLayoutBounds().getHeight();
    }

    private static double textWidth(String value, TextField field) {
        Text text = new Text(value);
        text.setFont(field.getFont());
        return text.getLayoutBounds().getWidth();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
