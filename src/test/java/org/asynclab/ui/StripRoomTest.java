package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The deadline lesson's comparison (its results strip 3–6 lines: the cancelled tasks, the totals, the averages) at
 * every text size, at 1024×768 and 1280×720, the code panel closed and open, in both languages (strip14): every chart
 * whole inside the stage, nothing drawn over it, and the strip whole between the stage and the status line. At 32 px
 * the strip took its full height and left the stage less than the charts' least height: the lower chart ran 40–150 px
 * under the shared legend and the replay bar (its time labels at 1280×720, its title too at 1024×768). And the
 * charts keep a quarter of the window's height (lesson15): at 18–24 px the bars and the lesson's lines left them
 * 37–177 px (LessonRoom).
 */
@ExtendWith(ApplicationExtension.class)
class StripRoomTest {
    private static final int[][] SIZES = {{1024, 768}, {1280, 720}};
    /**
     * The least share of the window's height the charts' stack keeps (lesson15: at 20–24 px in 1024×768 the lesson's
     * lines and the bars left it 50 px, then none).
     */
    private static final double LEAST_CHARTS_SHARE = 0.25;

    private Stage stage;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void theDeadlineLessonsChartsStayWholeAboveTheStripAtEveryTextSize(String language) throws Exception {
        MainWindow window = finishedDeadlineLesson(language);

        List<String> problems = new ArrayList<>();
        List<String> crowded = new ArrayList<>();
        boolean first = true;
        for (int[] size : SIZES) {
            for (boolean code : new boolean[] {false, true}) {
                for (int text : LookViewModel.TEXT_SIZES) {
                    String where = size[0] + "x" + size[1] + " " + text + " px" + (code ? " code" : "");
                    layOut(window, size, text, code, first);
                    first = false;
                    if (FxTurns.call(() -> topTakesHalf(window.root()))) {
                        crowded.add(where);
                    } else {
                        problems.addAll(FxTurns.call(() -> problemsOf(window.root(), text, where)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // At 22 and 24 px the menu, the run bar and the lesson's lines took 380–515 px, and no strip could give the
        // charts room: there the lesson now stands with its title alone, and from 24 px at 768 the bars step aside.
        assertThat(crowded).isEmpty();
    }

    /** At the designed text size the strip wears the window's text: nothing moves there. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void atTheDesignedTextSizeTheStripKeepsTheWindowsText(String language) throws Exception {
        MainWindow window = finishedDeadlineLesson(language);

        for (int[] size : SIZES) {
            layOut(window, size, LookViewModel.DEFAULT_TEXT_SIZE, true, size == SIZES[0]);
            Label strip = (Label) window.root().lookup("#resultsStrip");
            assertThat(FxTurns.call(strip::isManaged)).isTrue();
            assertThat(FxTurns.call(() -> strip.getStyleClass().stream()
                    .noneMatch(c -> c.startsWith(StyleClasses.TEXT_SIZE_PREFIX)))).isTrue();
            assertThat(FxTurns.call(() -> strip.getFont().getSize())).isEqualTo(LookViewModel.DEFAULT_TEXT_SIZE);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The window in {@code language}, the deadline lesson's comparison run to its end (ten times shorter). */
    private MainWindow finishedDeadlineLesson(String language) throws Exception {
        MainWindow window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        FxTurns.run(() -> {
            window.show(stage);
            assertThat(window.model().lesson().goTo("wait-for-deadline")).isTrue();
            window.model().runOrIgnore();
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                window.model().run().getState() == RunState.DONE));
        return window;
    }

    /** Whether the bars and the lesson above the stage take half the window's height or more. */
    private static boolean topTakesHalf(Parent root) {
        Region top = (Region) ((BorderPane) root).getTop();
        return top.getHeight() >= ((Region) root).getHeight() / 2;
    }

    /** Charts run under the stage's bottom (the legend and replay bar drawn over them); the strip cut or pushed out. */
    private static List<String> problemsOf(Parent root, int text, String where) {
        List<String> problems = new ArrayList<>();
        Region stack = (Region) root.lookup("#chartStack");
        double stackBottom = bottom(stack);
        double height = ((Region) root).getHeight();
        if (stack.getHeight() < height * LEAST_CHARTS_SHARE) {
            problems.add(where + ": the charts have " + Math.round(stack.getHeight()) + " px of " + Math.round(height));
        }
        List<Node> charts = stack.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        if (charts.size() != 2) {
            problems.add(where + ": " + charts.size() + " charts shown, not 2");
        }
        for (Node chart : charts) {
            if (bottom(chart) > stackBottom + 0.5) {
                problems.add(where + ": a chart runs " + Math.round(bottom(chart) - stackBottom)
                        + " px under the legend and the replay bar");
            }
        }
        Label strip = (Label) root.lookup("#resultsStrip");
        if (strip.isManaged()) {
            Region stage = (Region) root.lookup("#chartStage");
            Region status = (Region) root.lookup(".al-status-bar");
            Bounds box = strip.localToScene(strip.getLayoutBounds());
            if (box.getMinY() < bottom(stage) - 0.5) {
                problems.add(where + ": the strip starts " + Math.round(bottom(stage) - box.getMinY())
                        + " px over the stage");
            }
            if (box.getMaxY() > status.localToScene(status.getLayoutBounds()).getMinY() + 0.5) {
                problems.add(where + ": the strip runs under the status line, to " + Math.round(box.getMaxY()));
            }
            StageMatrixTest.collectCutLabels(strip, problems, where);
            double least = Math.min(LookViewModel.DEFAULT_TEXT_SIZE, text);
            if (strip.getFont().getSize() < least) {
                problems.add(where + ": the strip's text is " + strip.getFont().getSize() + " px");
            }
        }
        return problems;
    }

    private static double bottom(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMaxY();
    }

    /**
     * The window at {@code size} and {@code text} px, the code shown or not: the {@code first} time in a scene of its
     * own, then the same scene, its root resized, as a teacher's window is (a scene each time had JavaFX match every
     * style again: 80 layouts, 74 s of the suite).
     */
    private static void layOut(MainWindow window, int[] size, int text, boolean code, boolean first)
            throws Exception {
        FxTurns.run(() -> {
            window.model().look().textSizeProperty().set(text);
            window.model().look().codeVisibleProperty().set(code);
            Parent root = window.root();
            if (first) {
                root.getScene().setRoot(new Group());
                new Scene(root, size[0], size[1]);
            } else {
                root.resize(size[0], size[1]);
            }
        });
        FxTurns.layOut(window.root());
    }
}
