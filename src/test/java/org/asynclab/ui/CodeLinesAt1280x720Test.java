package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The code panel on the most common projector (1280×720) in presenter text size (Ctrl + twice, 20 px), the
 * settings folded to their line: beside the chart, it shows at least 25 lines of the program of each course sample
 * whole, none of them wrapped and no horizontal scroll bar (the panel is as wide as a course line), with its
 * header's words uncut, in English and in French. A line of the program counts once: rows of a wrapped line would
 * not be lines of the program.
 */
@ExtendWith(ApplicationExtension.class)
class CodeLinesAt1280x720Test {
    /** The presenter text size: the designed 16 px, Ctrl + twice. */
    static final int PRESENTER_TEXT_SIZE = 20;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    private static final int LINES = 25;
    private static final long TIMEOUT_S = 30;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void inEnglishEverySampleShows25LinesBesideTheChart(FxRobot robot) throws Exception {
        assertTheCodeAt1280x720(robot, Locale.ENGLISH);
    }

    @Test
    void inFrenchEverySampleShows25LinesBesideTheChart(FxRobot robot) throws Exception {
        assertTheCodeAt1280x720(robot, Locale.FRENCH);
    }

    private void assertTheCodeAt1280x720(FxRobot robot, Locale locale) throws Exception {
        // given the window at 1280×720 in presenter text size, its code panel open, the settings folded to their
        // line (as once a run started or a lesson shows)
        MainWindow window = onFx(() -> {
            MainWindow loaded = MainWindow.load(UiText.forLocale(locale), new ScriptedLauncher(), Platform::runLater);
            loaded.show(stage);
            stage.getScene().setRoot(new Group());
            new Scene(loaded.root(), WIDTH, HEIGHT);
            loaded.model().look().textSizeProperty().set(PRESENTER_TEXT_SIZE);
            loaded.model().look().codeVisibleProperty().set(true);
            loaded.model().summary().fold();
            return loaded;
        });
        MainViewModel model = window.model();
        CodeArea python = onFx(() -> (CodeArea) window.root().lookup("#pythonEditor .styled-text-area"));

        for (Mode mode : Mode.values()) {
            // when the course's sample of each mode is shown
            robot.interact(() -> model.settings().setMode(mode));
            settle(robot, window);

            // then the code is beside the chart, with the room of a chart still
            Bounds chart = onFx(() -> bounds(window.root().lookup("#chartStage")));
            Bounds code = onFx(() -> bounds(window.root().lookup("#pythonEditor")));
            assertThat(code.getMinX()).as("the code is right of the chart").isGreaterThanOrEqualTo(chart.getMaxX());
            assertThat(code.getMinY()).as("beside it, not under it").isLessThan(chart.getMaxY() / 2);
            assertThat(chart.getWidth()).as("the chart's width").isGreaterThanOrEqualTo(250);
            // and at least 25 lines of the program are shown whole, none wrapped, no horizontal scroll bar
            List<Bounds> lines = onFx(() -> wholeLines(python));
            double row = lines.stream().mapToDouble(Bounds::getHeight).min().orElse(1);
            assertThat(lines).as(mode.id() + ": lines of the program shown whole").hasSizeGreaterThanOrEqualTo(LINES);
            assertThat(lines).as(mode.id() + ": lines wrapped onto a second row")
                    .allSatisfy(line -> assertThat(line.getHeight()).isLessThan(row * 1.5));
            assertThat(onFx(() -> shownHorizontalBars(window.root().lookup("#pythonEditor")))).as(mode.id()).isZero();
        }
        // and no word of the panel's header is cut, nor pushed out of the panel
        Bounds panel = onFx(() -> bounds(window.root().lookup(".al-code")));
        for (String id : List.of("#pythonTab", "#javaTab", "#runProgramButton")) {
            ButtonBase button = onFx(() -> (ButtonBase) window.root().lookup(id));
            assertThat(onFx(() -> button.getWidth() + 0.5)).as(id).isGreaterThanOrEqualTo(
                    onFx(() -> button.prefWidth(-1)));
            assertThat(onFx(() -> bounds(button).getMaxX())).as(id).isLessThanOrEqualTo(panel.getMaxX());
        }
    }

    /** CSS and layout until the editor's virtual flow has placed its lines (it lays out over several passes). */
    private static void settle(FxRobot robot, MainWindow window) {
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                window.root().applyCss();
                window.root().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The lines of the program (paragraphs) that lie wholly inside the area's viewport, as shown. */
    static List<Bounds> wholeLines(CodeArea area) {
        double top = area.localToScene(area.getLayoutBounds()).getMinY();
        double bottom = top + area.getHeight();
        List<Bounds> whole = new ArrayList<>();
        for (Node box : area.lookupAll(".paragraph-box")) {
            Bounds shown = bounds(box);
            if (box.isVisible() && shown.getHeight() > 0 && shown.getMinY() >= top - 0.5
                    && shown.getMaxY() <= bottom + 0.5) {
                whole.add(shown);
            }
        }
        return whole;
    }

    private static long shownHorizontalBars(Node editor) {
        return editor.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()).count();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
