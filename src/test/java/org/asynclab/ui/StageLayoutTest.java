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
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asynclab.chart.ChartLegend;
import org.asynclab.chart.GanttChart;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a stage on the screens classrooms have: in a lesson comparison (the pool-4-workers scenario, run
 * for real) the charts get at least half of the window's height, no lesson line is cut with "…", and the results
 * show a column per run. The runs are ten times shorter than the lesson's ({@link QuickRuns}: 0.26 s and 0.1 s):
 * what is checked is where things are, and at full length the seven cases waited 25 s on the sequential thread
 * the suite waits for.
 */
@ExtendWith(ApplicationExtension.class)
class StageLayoutTest {
    private static final long TIMEOUT_S = 30;
    private static final String LESSON = "pool-4-workers";
    /** Rows of 8 px: bars with a gap between them, at the most common laptop screen. */
    private static final double MIN_ROW_PX = 8;
    /** At 1280×720 the lesson's four lines take their share: rows of at least 6 px, still one bar each. */
    private static final double MIN_ROW_PX_1280 = 6;
    /** Beside the code, at 1280×720, the lesson's lines and the results strip take theirs: still a bar a row. */
    private static final double MIN_ROW_PX_BESIDE_CODE = 4;
    /** In presenter size at 1024×768 the charts' titles and the legend are larger: rows of 3 px, still a bar each. */
    private static final double MIN_ROW_PX_PRESENTER_1024 = 3;

    private MainWindow window;
    private Stage stage;
    private MainViewModel model;
    private Scene sized;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), QuickRuns.on(new RunEngine(), 0.1),
                Platform::runLater);
        model = window.model();
        this.stage = stage;
        window.show(stage);
    }

    @Test
    void aLessonComparisonAt1024x768GivesTheChartsTheStage(FxRobot robot) throws Exception {
        runTheLessonAt(robot, 1024, 768);

        assertTheStage(robot, 768);
    }

    @Test
    void aLessonComparisonAt1920x1080GivesTheChartsTheStage(FxRobot robot) throws Exception {
        runTheLessonAt(robot, 1920, 1080);

        assertTheStage(robot, 1080);
    }

    @Test
    void aLessonComparisonAt1280x720GivesEveryRowItsHeight(FxRobot robot) throws Exception {
        runTheLessonAt(robot, 1280, 720);

        assertTheStage(robot, 720);
        assertRowsOfBothCharts(robot, MIN_ROW_PX_1280);
    }

    @Test
    void aLessonComparisonAt1366x768GivesEveryRowItsHeight(FxRobot robot) throws Exception {
        runTheLessonAt(robot, 1366, 768);

        assertTheStage(robot, 768);
        assertRowsOfBothCharts(robot, MIN_ROW_PX);
    }

    @Test
    void withTheCodeBesideTheResultsFoldUnderTheChartAt1280x720(FxRobot robot) throws Exception {
        // given the code panel open beside the chart
        robot.interact(() -> model.look().codeVisibleProperty().set(true));

        // when the lesson's comparison is run at 1280×720
        runTheLessonAt(robot, 1280, 720);
        settle(robot);

        // then the code is beside the chart and the results panel gives up the side of the window
        Region chartStage = (Region) window.root().lookup("#chartStage");
        Region code = (Region) window.root().lookup("#pythonEditor");
        assertThat(onFx(() -> bounds(code).getMinX())).as("the code right of the chart")
                .isGreaterThanOrEqualTo(onFx(() -> bounds(chartStage).getMaxX()));
        assertThat(onFx(() -> window.root().lookup("#resultsColumn").isVisible())).as("the results panel shown")
                .isFalse();
        // and the chart stage (charts, their legend, the replay bar) keeps at least half of the window's height,
        // its rows still a bar each
        assertThat(onFx(chartStage::getHeight)).as("height of the chart stage").isGreaterThanOrEqualTo(720 / 2.0);
        assertRowsOfBothCharts(robot, MIN_ROW_PX_BESIDE_CODE);
        // and the strip under the chart reads both runs' totals and averages, whole
        Label strip = (Label) window.root().lookup("#resultsStrip");
        assertThat(onFx(strip::isVisible)).isTrue();
        String text = onFx(strip::getText);
        assertThat(text).contains("Total: Pool ", " · Threads ", "Average: Pool ").doesNotContain("—");
        assertThat(onFx(() -> shownText(strip))).isEqualTo(text.replace('\n', ' '));
    }

    /**
     * With the code beside the chart, the strip is the results the class sees: the guess typed before the run is
     * revealed there. It was only in the results panel, which the code hides: at 1024×768 in French the class typed
     * 3,5 and pressed Return, and nothing on screen ever answered the guess.
     */
    @Test
    void withTheCodeBesideTheStripRevealsTheGuess(FxRobot robot) throws Exception {
        // given the code open
        robot.interact(() -> model.look().codeVisibleProperty().set(true));

        // when the lesson's comparison is run at 1024×768 with a guess of 2 s
        runTheLessonAt(robot, 1024, 768, () -> model.guess().guessProperty().set("2"));
        settle(robot);

        // then the strip's last line is the reveal, whole on screen
        Label strip = (Label) window.root().lookup("#resultsStrip");
        assertThat(onFx(strip::isVisible)).isTrue();
        String text = onFx(strip::getText);
        assertThat(text.substring(text.lastIndexOf('\n') + 1)).startsWith("Pool: guess 2.000\u00a0s · measured ")
                .isEqualTo(onFx(() -> model.guess().revealProperty().get()));
        assertThat(onFx(() -> shownText(strip))).isEqualTo(text.replace('\n', ' '));
    }

    @Test
    void inPresenterModeAndSizeTheLessonComparisonAndTheCodeFitAt1280x720(FxRobot robot) throws Exception {
        // given presenter text size (20 px), the code open, and presenter mode's bars stepped aside (F11 hides the
        // menu bar, the run bar and the settings: PresenterMode)
        robot.interact(() -> {
            model.look().textSizeProperty().set(CodeLinesAt1280x720Test.PRESENTER_TEXT_SIZE);
            model.look().codeVisibleProperty().set(true);
        });

        // when the lesson's comparison is run at 1280×720
        runTheLessonAt(robot, 1280, 720);
        // (the bars stepped aside at that size: a window short for its text size before it, left by an earlier
        // test, has PresenterMode bring them back when it grows — layout11)
        robot.interact(() -> {
            for (Node bar : ((Parent) window.root().lookup(".al-top")).getChildrenUnmodifiable()) {
                if (!bar.getStyleClass().contains("al-lesson")) {
                    bar.setVisible(false);
                    bar.setManaged(false);
                }
            }
        });
        settle(robot);

        // then the code shows at least 25 lines of the program, whole
        CodeArea python = onFx(() -> (CodeArea) window.root().lookup("#pythonEditor .styled-text-area"));
        assertThat(onFx(() -> CodeLinesAt1280x720Test.wholeLines(python))).as("lines of the program shown whole")
                .hasSizeGreaterThanOrEqualTo(25);
        // and the lesson keeps its title, position and "look at" line whole, its explanation behind "more"
        for (String id : List.of("#lessonPosition", "#lessonTitle", "#lessonLookAt")) {
            Labeled label = (Labeled) window.root().lookup(id);
            assertThat(onFx(() -> shownText(label))).as(id + " as shown").isEqualTo(onFx(label::getText));
        }
        assertThat(onFx(() -> window.root().lookup("#lessonExplanation").isVisible())).isFalse();
        assertThat(onFx(() -> window.root().lookup("#moreLink").isVisible())).as("more").isTrue();
        // and both charts draw every row, their time labels above the shared legend, not under it
        assertRowsOfBothCharts(robot, MIN_ROW_PX_BESIDE_CODE);
        // and the replay bar's time and speed box are whole, inside the chart's column (the time without its end
        // when the bar is short, to keep the cursor long: ReplayCursorTest; each by the durations' rule)
        Labeled position = (Labeled) window.root().lookup("#replayPosition");
        assertThat(onFx(() -> shownText(position))).isEqualTo(onFx(position::getText))
                .matches("\\d[\\d.]*[ \u00a0][µm]?s( / \\d[\\d.]*[ \u00a0][µm]?s)?");
        Region bar = (Region) window.root().lookup("#replayBar");
        assertThat(onFx(() -> bounds(window.root().lookup("#speedBox")).getMaxX())).as("right of the speed box")
                .isLessThanOrEqualTo(onFx(() -> bounds(bar).getMaxX()) + 0.5);
        // and the results strip reads both totals and averages, whole
        Label strip = (Label) window.root().lookup("#resultsStrip");
        assertThat(onFx(() -> shownText(strip))).isEqualTo(onFx(strip::getText).replace('\n', ' '));
    }

    @Test
    void inPresenterSizeAt1024x768TheLessonStandsBriefAndBothChartsKeepTheirRows(FxRobot robot) throws Exception {
        // given presenter text size (20 px), the code closed
        robot.interact(() -> model.look().textSizeProperty().set(CodeLinesAt1280x720Test.PRESENTER_TEXT_SIZE));

        // when the lesson's comparison is run at 1024×768 (the whole lesson left the second chart a strip)
        runTheLessonAt(robot, 1024, 768);
        settle(robot);

        // then the lesson keeps its title, position and "look at" whole, its explanation behind "more"
        for (String id : List.of("#lessonPosition", "#lessonTitle", "#lessonLookAt")) {
            Labeled label = (Labeled) window.root().lookup(id);
            assertThat(onFx(() -> shownText(label))).as(id + " as shown").isEqualTo(onFx(label::getText));
        }
        assertThat(onFx(() -> window.root().lookup("#lessonExplanation").isVisible())).isFalse();
        // and both charts draw every row above the shared legend
        assertRowsOfBothCharts(robot, MIN_ROW_PX_PRESENTER_1024);
    }

    private void settle(FxRobot robot) throws Exception {
        for (int pass = 0; pass < 3; pass++) {
            FxTurns.run(() -> {
                window.root().applyCss();
                window.root().layout();
            });
            FxTurns.settle();
        }
    }

    private static javafx.geometry.Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /**
     * Both charts of the comparison draw each of their 20 rows at least {@code least} pixels tall (bars a class
     * tells apart, not one smeared band), with one shared legend under them instead of a legend line each.
     */
    private void assertRowsOfBothCharts(FxRobot robot, double least) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Region charts = (Region) window.root().lookup("#chartStack");
        for (Node node : onFx(charts::getChildrenUnmodifiable)) {
            GanttChart chart = (GanttChart) node;
            assertThat(onFx(() -> chart.getTimeline().size())).isEqualTo(20);
            assertThat(onFx(chart::isOwnLegend)).as("each chart's own legend").isFalse();
            assertThat(onFx(chart::rowPixels)).as("pixels per row of " + chart.getTitle())
                    .isGreaterThanOrEqualTo(least);
            // within the stage: a chart that overflowed it would draw its time labels under the shared legend
            assertThat(onFx(() -> bounds(chart).getMaxY())).as("bottom of " + chart.getTitle())
                    .isLessThanOrEqualTo(onFx(() -> bounds(charts).getMaxY()) + 0.5);
        }
        ChartLegend legend = (ChartLegend) window.root().lookup("#sharedLegend");
        assertThat(onFx(legend::isVisible)).as("the shared legend").isTrue();
        assertThat(onFx(legend::getEntries)).as("the shared legend's entries").isNotZero();
    }

    private void runTheLessonAt(FxRobot robot, double width, double height) throws Exception {
        runTheLessonAt(robot, width, height, () -> { });
    }

    /** Runs the lesson at this size, after {@code beforeRun} (on the FX thread, once the scenario is on screen). */
    private void runTheLessonAt(FxRobot robot, double width, double height, Runnable beforeRun) throws Exception {
        // given the window at this size, in the lesson's comparison of a pool and a thread per task
        // (its nodes in a scene of that size off screen: the headless screen is smaller than 1920×1080)
        robot.interact(() -> {
            stage.getScene().setRoot(new Group());
            sized = new Scene(window.root(), width, height);
            assertThat(model.lesson().goTo(LESSON)).isTrue();
            beforeRun.run();
        });
        // when it is run to its end
        robot.interact(model::runOrIgnore);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(() ->
                model.run().getState() == RunState.DONE && model.run().secondProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
        assertThat(onFx(() -> window.root().getLayoutBounds().getHeight())).isEqualTo(height);
        assertThat(sized.getRoot()).isSameAs(window.root());
    }

    private void assertTheStage(FxRobot robot, double height) throws Exception {
        robot.interact(() -> {
            sized.getRoot().applyCss();
            sized.getRoot().layout();
        });
        // then the two charts have at least half of the window's height
        Region charts = (Region) window.root().lookup("#chartStack");
        assertThat(onFx(() -> charts.getChildrenUnmodifiable().size())).isEqualTo(2);
        // (the stage: the charts and, in a comparison, the one legend line that explains both)
        Region legend = (Region) window.root().lookup("#sharedLegend");
        assertThat(onFx(() -> charts.getHeight() + legend.getHeight())).as("height of the chart stage")
                .isGreaterThanOrEqualTo(height / 2);
        // and no line of the lesson is cut
        for (String id : List.of("#lessonPosition", "#lessonTitle", "#lessonExplanation", "#lessonLookAt")) {
            Labeled label = (Labeled) window.root().lookup(id);
            assertThat(onFx(label::getText)).as(id).isNotEmpty();
            assertThat(onFx(() -> shownText(label))).as(id + " as shown").isEqualTo(onFx(label::getText));
        }
        // and the results have a column per run, then their ratio
        GridPane table = (GridPane) window.root().lookup("#comparisonTable");
        assertThat(onFx(table::isVisible)).isTrue();
        assertThat(onFx(() -> headings(table))).containsExactly("Pool", "Threads", "left\n÷ right");
    }

    /** What a label really draws: its skin's text, which ends with "…" when the label is cut. */
    static String shownText(Labeled label) {
        StringBuilder shown = new StringBuilder();
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                shown.append(text.getText());
            }
        }
        return shown.toString().replace('\n', ' ').replaceAll(" +", " ").trim();
    }

    private static List<String> headings(GridPane table) {
        List<String> out = new ArrayList<>();
        for (Node cell : table.getChildren()) {
            Integer row = GridPane.getRowIndex(cell);
            if ((row == null || row == 0) && cell instanceof Label label) {
                out.add(label.getText());
            }
        }
        return out;
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
