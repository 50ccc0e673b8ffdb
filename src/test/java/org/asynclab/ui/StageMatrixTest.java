package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.GanttChart;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10's screenshot matrix as a test: the two runs of its "Done when" (the pool-4-workers lesson's comparison,
 * and 8 tasks, max delay 2 s, event loop, seed 7, lesson closed), each run once per language, a single-run lesson
 * and a comparison without a lesson (a pool of 4 against a thread per task), then laid out at
 * every classroom size (1024×768 … 1920×1080), in the light and projector themes, with the code panel closed
 * and open. At each: every label the window shows is whole (no "…") and inside the window (a panel that does not
 * fit runs past its edge rather than cut), and every chart draws each of its rows (a bar per row, every chart
 * inside the stage).
 *
 * <p>Each theme and code-panel state gets a scene of its own at the smallest size, then the window grows through
 * the other sizes as a teacher's window does when dragged or maximised: the same scene, its root resized. A scene
 * per size made JavaFX match every style again 120 times, a quarter of the class's CPU time.
 */
@ExtendWith(ApplicationExtension.class)
class StageMatrixTest {
    private static final long TIMEOUT_S = 60;
    private static final int[][] SIZES = {{1024, 768}, {1280, 720}, {1366, 768}, {1600, 900}, {1920, 1080}};
    /** A bar per row, each a class can tell from the next. */
    private static final double MIN_ROW_PX = 3;

    /** The "largest text size" (Ctrl + up to 32 px). */
    private static final int LARGEST_TEXT_PX = 32;
    /** The screens where the largest text (32 px) crowds the charts most (layout11). */
    private static final int[][] LARGEST_TEXT_SIZES = {{1024, 768}, {1280, 720}};
    /** The charts' least share of the window's width and height at the largest text. */
    private static final double LEAST_CHART_WIDTH_SHARE = 0.9;
    private static final double LEAST_CHART_HEIGHT_SHARE = 0.45;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void thePoolLessonsComparisonFitsEveryClassroomSize(String language, FxRobot robot) throws Exception {
        assertTheLessonFits(robot, language, "pool-4-workers", 2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void eightEventLoopTasksFitEveryClassroomSize(String language, FxRobot robot) throws Exception {
        MainWindow window = open(robot, language);
        robot.interact(() -> window.model().settings().applyComparison(
                new RunConfig(8, 2, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L), null));

        runToTheEnd(robot, window);

        assertEveryLayout(window, 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void aSingleRunLessonFitsEveryClassroomSize(String language, FxRobot robot) throws Exception {
        assertTheLessonFits(robot, language, "wait-n-10-0", 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr"})
    void aComparisonWithoutALessonFitsEveryClassroomSize(String language, FxRobot robot) throws Exception {
        MainWindow window = open(robot, language);
        robot.interact(() -> window.model().settings().applyComparison(
                new RunConfig(20, 1, Mode.POOL, 4, TaskKind.IO, 1L), new RunConfig(20, 1, Mode.EVENT_LOOP, 0,
                        TaskKind.IO, 1L)));

        runToTheEnd(robot, window);

        assertEveryLayout(window, 2);
    }

    /**
     * Layout11: at the largest text size (32 px) on the smallest screens the pool lesson's two charts keep a usable
     * share of the window, every label whole and inside it. At 1024×768 the results column, the run bar and the
     * lesson left them 214 × 0 px in English, 505 × 145 in French in a window run 350 px past its right edge; the
     * results now fold to the strip under the chart, the menu and run bars step aside, the lesson keeps its title.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void thePoolLessonsChartsKeepTheRoomAtTheLargestText(String language, FxRobot robot) throws Exception {
        MainWindow window = open(robot, language);
        robot.interact(() -> assertThat(window.model().lesson().goTo("pool-4-workers")).isTrue());
        runToTheEnd(robot, window);

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < LARGEST_TEXT_SIZES.length; i++) {
            int[] size = LARGEST_TEXT_SIZES[i];
            boolean first = i == 0;
            layOut(window, size, first, () -> window.model().look().textSizeProperty().set(LARGEST_TEXT_PX));
            problems.addAll(FxTurns.call(() -> chartRoomProblems(window.root(), size)));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A Python program's name in the settings line stays whole ("trap-forgotten-await.p / y" in French at 1024×768,
     * fix12): the line takes a row of its own when the name does not fit beside the buttons at the normal text size,
     * and the run bar never asks more than the window's width for it, at the largest text size either.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void aLongProgramNameInTheSettingsLineStaysWholeAndInTheWindow(String language, FxRobot robot) throws Exception {
        MainWindow window = open(robot, language);
        robot.interact(() -> {
            window.model().python().activeProperty().set(true);
            window.model().summary().programProperty().set(
                    window.model().text().format("settings.summary.program", "trap-forgotten-await.py"));
            window.model().summary().fold();
        });

        List<String> problems = new ArrayList<>();
        int[][] sizes = {{1024, 768}, {1280, 720}, {1024, 768}, {1280, 720}};
        for (int i = 0; i < sizes.length; i++) {
            int[] size = sizes[i];
            int text = i < 2 ? 0 : LARGEST_TEXT_PX;
            layOut(window, size, i % 2 == 0, () -> {
                if (text > 0) {
                    window.model().look().textSizeProperty().set(text);
                }
            });
            problems.addAll(FxTurns.call(() -> runBarProblems(window.root(), size, text > 0,
                    (text > 0 ? text + " px " : "") + size[0] + "x" + size[1])));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The settings line breaking a word, or the run bar asking for more than the window's width: a least width raised
     * to the program's name would widen it past the window at the largest text, where the bars step aside
     * ({@code presenting}: only the least width is checked, the line is not shown).
     */
    private static List<String> runBarProblems(Parent root, int[] size, boolean presenting, String where) {
        List<String> problems = new ArrayList<>();
        Region bar = (Region) root.lookup("#bar");
        if (!presenting) {
            collectCutLabels(bar.lookup("#settingsToggle"), problems, where);
        }
        if (bar.minWidth(-1) > size[0]) {
            problems.add(where + ": the run bar needs " + Math.round(bar.minWidth(-1)) + " px");
        }
        return problems;
    }

    /** Charts narrower or lower than their least share of the window; labels cut or out of it. */
    private static List<String> chartRoomProblems(Parent root, int[] size) {
        List<String> problems = new ArrayList<>();
        String where = "32 px " + size[0] + "x" + size[1];
        Region stack = (Region) root.lookup("#chartStack");
        javafx.geometry.Bounds charts = stack.localToScene(stack.getLayoutBounds());
        if (charts.getWidth() < size[0] * LEAST_CHART_WIDTH_SHARE
                || charts.getHeight() < size[1] * LEAST_CHART_HEIGHT_SHARE) {
            problems.add(where + ": the charts have " + Math.round(charts.getWidth()) + " × "
                    + Math.round(charts.getHeight()) + " px");
        }
        collectCutLabels(root, problems, where);
        return problems;
    }

    private void assertTheLessonFits(FxRobot robot, String language, String lesson, int charts) throws Exception {
        MainWindow window = open(robot, language);
        robot.interact(() -> assertThat(window.model().lesson().goTo(lesson)).isTrue());

        runToTheEnd(robot, window);

        assertEveryLayout(window, charts);
    }

    private MainWindow open(FxRobot robot, String language) throws Exception {
        RunEngine engine = new RunEngine();
        MainWindow window = onFx(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                engine::start, Platform::runLater));
        robot.interact(() -> window.show(stage));
        return window;
    }

    private static void runToTheEnd(FxRobot robot, MainWindow window) throws Exception {
        robot.interact(window.model()::runOrIgnore);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(() ->
                window.model().run().getState() == RunState.DONE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEveryLayout(MainWindow window, int charts) throws Exception {
        List<String> problems = new ArrayList<>();
        // light and projector, the two; dark differs from light in its colours only
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.PROJECTOR)) {
            for (boolean code : new boolean[] {false, true}) {
                for (int i = 0; i < SIZES.length; i++) {
                    int[] size = SIZES[i];
                    boolean first = i == 0;
                    String where = theme + (code ? " code " : " ") + size[0] + "x" + size[1];
                    layOut(window, size, first, () -> {
                        window.model().look().themeProperty().set(theme);
                        window.model().look().codeVisibleProperty().set(code);
                    });
                    problems.addAll(FxTurns.call(() -> problemsOf(window.root(), size, charts, code, where)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Lays the window out at {@code size}: the {@code first} time in a scene of its own after {@code look} (theme,
     * code panel, text size), then as a teacher's window dragged to the next size: same scene, its root resized.
     */
    private static void layOut(MainWindow window, int[] size, boolean first, Runnable look) throws Exception {
        FxTurns.run(() -> {
            Parent root = window.root();
            if (first) {
                look.run();
                root.getScene().setRoot(new Group());
                new Scene(root, size[0], size[1]);
            } else {
                root.resize(size[0], size[1]);
            }
        });
        settle(window);
    }

    /** Two passes of CSS and layout, each followed by what they posted (the scene is off screen: no pulse). */
    private static void settle(MainWindow window) throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            FxTurns.run(() -> {
                window.root().applyCss();
                window.root().layout();
            });
            FxTurns.settle();
        }
    }

    /** What is wrong with the window as laid out: cut labels, rows not drawn, charts outside the stage. */
    private static List<String> problemsOf(Parent root, int[] size, int charts, boolean code, String where) {
        List<String> problems = new ArrayList<>();
        Region window = (Region) root;
        if (window.getWidth() != size[0] || window.getHeight() != size[1]) {
            problems.add(where + ": the window laid out at " + window.getWidth() + "x" + window.getHeight());
        }
        collectCutLabels(root, problems, where);
        assertFiguresInView(root, charts, code, where, problems);
        Region stack = (Region) root.lookup("#chartStack");
        List<Node> shown = stack.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        if (shown.size() != charts) {
            problems.add(where + ": " + shown.size() + " charts shown, not " + charts);
        }
        double stackBottom = stack.localToScene(stack.getLayoutBounds()).getMaxY();
        for (Node node : shown) {
            GanttChart chart = (GanttChart) node;
            if (chart.rowPixels() < MIN_ROW_PX) {
                problems.add(where + ": rows of " + chart.getTitle() + " " + chart.rowPixels() + " px");
            }
            if (chart.localToScene(chart.getLayoutBounds()).getMaxY() > stackBottom + 0.5) {
                problems.add(where + ": " + chart.getTitle() + " runs below the stage");
            }
        }
        return problems;
    }

    /**
     * Cut labels anywhere, and labels past the window's edge outside the results' scroll pane: the results may
     * scroll (their list of the order of completion, under a lesson, at 1280×720), so long as the figures the class
     * reads first stay in view ({@link #assertFiguresInView}). {@link TextSizesTest} checks with it too.
     */
    static void collectCutLabels(Node node, List<String> problems, String where) {
        collectCutLabels(node, problems, where, null);
    }

    /**
     * A label is cut when it ends in an "…" of JavaFX's, runs out of the window (or, in a scroll pane, out of its
     * width: the panes scroll down, not across), or wraps inside a word: the French table's "d’évén / ement / s".
     */
    private static void collectCutLabels(Node node, List<String> problems, String where, ScrollPane scroll) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled label && label.getText() != null && !label.getText().isBlank()) {
            String shown = StageLayoutTest.shownText(label);
            if (shown.endsWith("…") && !label.getText().strip().endsWith("…")) {
                problems.add(where + ": \"" + label.getText() + "\" shows as \"" + shown + "\"");
            }
            javafx.geometry.Bounds box = label.localToScene(label.getLayoutBounds());
            Region window = (Region) label.getScene().getRoot();
            if (scroll == null && (box.getMaxX() > window.getWidth() + 1 || box.getMaxY() > window.getHeight() + 1)) {
                problems.add(where + ": \"" + label.getText() + "\" runs out of the window, to "
                        + Math.round(box.getMaxX()) + ", " + Math.round(box.getMaxY()));
            }
            if (scroll != null) {
                // what shows of the pane: its viewport, left of the vertical scroll bar when there is one
                Node viewport = scroll.lookup(".viewport");
                Node visible = viewport != null ? viewport : scroll;
                javafx.geometry.Bounds view = visible.localToScene(visible.getLayoutBounds());
                if (box.getMaxX() > view.getMaxX() + 1) {
                    problems.add(where + ": \"" + label.getText() + "\" runs out of its panel's width, to "
                            + Math.round(box.getMaxX()) + " past " + Math.round(view.getMaxX()));
                }
            }
            if (label.isWrapText()) {
                double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
                javafx.scene.text.Text word = new javafx.scene.text.Text();
                word.setFont(label.getFont());
                for (String w : org.asynclab.ui.common.WholeWords.words(label.getText())) {
                    word.setText(w);
                    if (word.getLayoutBounds().getWidth() > room + 1) {
                        problems.add(where + ": \"" + label.getText() + "\" breaks the word \"" + w + "\"");
                        break;
                    }
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCutLabels(child, problems, where, node instanceof ScrollPane pane ? pane : scroll);
            }
        }
    }

    /**
     * The results' first figures in view, above the bottom of their panel: a single run's total, average and order of
     * completion, or a comparison's whole table; beside the code, the strip under the chart that gives them.
     */
    private static void assertFiguresInView(Parent root, int charts, boolean code, String where,
                                            List<String> problems) {
        // A single event-loop run's order of completion is the wait_n lesson's point: in view without scrolling
        // (its last line was cut at 1280×720, and it was out of view in French at 1024×768).
        List<String> ids = code ? List.of("#resultsStrip")
                : charts == 1 ? List.of("#totalValue", "#averageValue", "#orderValue") : List.of("#comparisonTable");
        Region scroll = (Region) root.lookup("#resultsScroll");
        double bottom = Math.min(((Region) root).getHeight(), scroll.localToScene(scroll.getLayoutBounds()).getMaxY());
        for (String id : ids) {
            Region figure = (Region) root.lookup(id);
            if (figure == null) {
                problems.add(where + ": no " + id);
                continue;
            }
            javafx.geometry.Bounds box = figure.localToScene(figure.getLayoutBounds());
            if (!figure.isVisible() || box.getHeight() <= 0 || box.getMaxY() > bottom + 1) {
                problems.add(where + ": " + id + " out of view (to " + Math.round(box.getMaxY()) + ")");
            }
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
