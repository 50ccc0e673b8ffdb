package org.asynclab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The code panel alone: the editor feeds the view model, and the marks and output the run sends are shown. */
@ExtendWith(ApplicationExtension.class)
class CodePanelTest {
    private CodeViewModel code;
    private SettingsViewModel settings;
    private CodePanelController controller;

    @Start
    void start(Stage stage) throws Exception {
        UiText text = UiText.forLocale(Locale.ENGLISH);
        settings = new SettingsViewModel(text);
        code = new CodeViewModel(settings, text, config -> null, Runnable::run, Runnable::run);
        FXMLLoader loader = new FXMLLoader(CodePanelController.class.getResource("/org/asynclab/ui/CodePanel.fxml"),
                text.bundle());
        loader.setControllerFactory(type -> {
            controller = new CodePanelController(code, new SimpleBooleanProperty(true), Runnable::run);
            return controller;
        });
        Parent root = loader.load();
        Scene scene = new Scene(root, 1000, 500);
        scene.getStylesheets().add(CodePanelController.class.getResource("/org/asynclab/ui/MainView.css")
                .toExternalForm());
        scene.getStylesheets().add(ChartTheme.LIGHT.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static CodeArea python(FxRobot robot) {
        return onFx(() -> robot.lookup("#pythonEditor .styled-text-area").queryAs(CodeArea.class));
    }

    /**
     * A look-up on the FX thread: the editor's highlighting changes its paragraphs' nodes while a test runs, and a
     * scene graph walked from the test thread meanwhile can fail inside {@code Parent.lookupAll}.
     */
    private static <T> T onFx(Callable<T> lookup) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(lookup).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("look-up on the FX thread failed", e);
        }
    }

    @Test
    void aHiddenPanelMakesItsEditorsOnlyWhenFirstShownWithTheSettingsPython() throws Exception {
        UiText text = UiText.forLocale(Locale.ENGLISH);
        SimpleBooleanProperty visible = new SimpleBooleanProperty(false);
        FXMLLoader loader = new FXMLLoader(CodePanelController.class.getResource("/org/asynclab/ui/CodePanel.fxml"),
                text.bundle());
        loader.setControllerFactory(type -> new CodePanelController(code, visible, Runnable::run));
        Parent panel = onFx(() -> {
            Parent root = loader.load();
            new Scene(root, 800, 400);
            root.applyCss(); // the tab pane's skin: the tabs' contents become its children
            return root;
        });

        boolean beforeShown = onFx(() -> panel.lookup("#pythonEditor") != null);
        String afterShown = onFx(() -> {
            visible.set(true);
            panel.applyCss();
            return ((CodeEditor) panel.lookup("#pythonEditor")).area().getText();
        });

        assertThat(beforeShown).as("an editor made while the panel was hidden").isFalse();
        assertThat(afterShown).isEqualTo(code.getSource()).contains("async def wait_random");
        assertThat(onFx(() -> panel.lookup("#javaEditor"))).isNotNull();
    }

    @Test
    void theEditorStartsWithTheSettingsPythonAndItsColours(FxRobot robot) {
        CodeArea area = python(robot);

        assertThat(area.getText()).isEqualTo(code.getSource()).contains("async def wait_random");
        WaitForAsyncUtils.waitForFxEvents();
        int async = area.getText().indexOf("async def");
        assertThat(area.getStyleOfChar(async + 1)).containsExactly(Syntax.ASYNC);
        assertThat(code.isModified()).isFalse();
    }

    @Test
    void typingIntoTheEditorChangesTheSourceAndRevertPutsItBack(FxRobot robot) {
        String original = code.getSource();
        CodeArea area = python(robot);
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0));
        robot.type(KeyCode.X);

        assertThat(code.getSource()).isEqualTo("x" + original);
        assertThat(code.isModified()).isTrue();
        assertThat(onFx(() -> robot.lookup("#modifiedLabel").queryAs(Label.class).isVisible())).isTrue();

        robot.clickOn("#revertButton");

        assertThat(code.getSource()).isEqualTo(original);
        assertThat(area.getText()).isEqualTo(original);
        assertThat(code.isModified()).isFalse();
    }

    @Test
    void aProblemUnderlinesItsLineAndSaysWhyUnderTheEditor(FxRobot robot) {
        robot.interact(() -> code.showProblem(3, 1, "SyntaxError: invalid syntax"));

        CodeArea area = python(robot);
        assertThat(area.getParagraph(2).getParagraphStyle()).contains(CodeEditor.PROBLEM_LINE);
        Label strip = onFx(() -> robot.lookup("#problemStrip").queryAs(Label.class));
        assertThat(strip.isVisible()).isTrue();
        assertThat(strip.getText()).isEqualTo("Line 3: SyntaxError: invalid syntax");

        robot.interact(() -> code.clearProblem());

        assertThat(area.getParagraph(2).getParagraphStyle()).doesNotContain(CodeEditor.PROBLEM_LINE);
        assertThat(strip.isVisible()).isFalse();
    }

    @Test
    void theLinesTasksArePausedOnAreMarkedWithTheirCount(FxRobot robot) {
        ScriptedPhases phases = new ScriptedPhases();
        phases.task().run(0, 10).wait(10, 900, 14);
        phases.task().run(0, 10).wait(10, 900, 14);
        phases.task().run(0, 10).wait(10, 900, 21);

        robot.interact(() -> code.setPausedLines(PausedLines.at(phases, phases.size(), 500)));

        CodeArea area = python(robot);
        assertThat(area.getParagraph(13).getParagraphStyle()).contains(CodeEditor.PAUSED_LINE);
        assertThat(area.getParagraph(20).getParagraphStyle()).contains(CodeEditor.PAUSED_LINE);
        assertThat(area.getParagraph(14).getParagraphStyle()).doesNotContain(CodeEditor.PAUSED_LINE);
        List<HBox> badges = onFx(() -> robot.lookup("." + CodeEditor.PAUSED_BADGE).queryAllAs(HBox.class)
                .stream().filter(HBox::isVisible).toList());
        assertThat(onFx(() -> badges.stream().map(CodePanelTest::count).toList())).containsExactlyInAnyOrder("2", "1");
        for (HBox badge : badges) {
            // the pause sign is two drawn bars, filled, that no font can lack; the count's digits are drawn
            List<Region> bars = onFx(() -> badge.getChildren().stream().filter(n -> n.getStyleClass()
                    .contains(CodeEditor.PAUSED_BAR)).map(Region.class::cast).toList());
            assertThat(bars).hasSize(2).allSatisfy(bar -> {
                assertThat(bar.getWidth()).isPositive();
                assertThat(bar.getHeight()).isGreaterThan(bar.getWidth());
                assertThat(bar.getBackground().getFills()).isNotEmpty();
            });
            Text digits = onFx(() -> (Text) badge.lookup("." + CodeEditor.PAUSED_COUNT + " .text"));
            assertThat(onFx(() -> digits.getLayoutBounds().getWidth())).isPositive();
        }
        // and the badge takes the line number's place: every line's text starts at the same x
        List<Double> gutters = onFx(() -> robot.lookup("." + CodeEditor.GUTTER).queryAll().stream()
                .map(g -> g.getLayoutBounds().getWidth()).distinct().toList());
        assertThat(gutters).as("widths of the gutter").hasSize(1);

        robot.interact(() -> code.setPausedLines(new TreeMap<>()));

        assertThat(area.getParagraph(13).getParagraphStyle()).isEmpty();
    }

    private static String count(HBox badge) {
        return ((Label) badge.lookup("." + CodeEditor.PAUSED_COUNT)).getText();
    }

    @Test
    void theOutputPaneShowsEachPrintedLineWithItsTime(FxRobot robot) throws Exception {
        robot.interact(() -> {
            code.output().append("Bonjour", 503_000_000L);
            code.output().offer("Monde", 1_004_000_000L);  // as a live run would, from its own thread
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> code.output().lines().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        TitledPane pane = onFx(() -> robot.lookup("#outputPane").queryAs(TitledPane.class));
        assertThat(onFx(pane::isExpanded)).as("folded: the code keeps the height").isFalse();
        assertThat(onFx(pane::getText).replace('\u00a0', ' ').replace('\u202f', ' '))
                .as("the folded title shows the last line").isEqualTo("Output · 1.004 s  Monde");
        robot.clickOn(".al-code-output-pane > .title");
        ListView<?> output = onFx(() -> robot.lookup("#output").queryAs(ListView.class));
        assertThat(onFx(pane::isExpanded)).isTrue();
        assertThat(code.output().openedProperty().get()).as("the view model knows the pane's state").isTrue();
        assertThat(output.getItems()).hasSize(2);
        assertThat(cells(robot)).containsExactly("0.503 s  Bonjour", "1.004 s  Monde");

        robot.clickOn(".al-code-output-pane > .title");
        robot.interact(() -> code.output().runEnded());
        assertThat(onFx(pane::isExpanded)).as("folded by hand, a run's end leaves it folded").isFalse();

        robot.interact(() -> code.output().clear());

        assertThat(output.getItems()).isEmpty();
    }

    /** A line printed in pieces grows in its one row as the run offers it again: each piece used to add a row. */
    @Test
    void aLinePrintedInPiecesGrowsInItsRow(FxRobot robot) throws Exception {
        robot.interact(() -> code.output().append("0 ", 4_000_000L));
        robot.clickOn(".al-code-output-pane > .title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot)).containsExactly("0.004 s  0 ");

        code.output().offer(0, "0 1 2 done", 4_000_000L);  // grown, offered from the run's thread
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> code.output().lines().getFirst().text()).endsWith("done"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cells(robot)).containsExactly("0.004 s  0 1 2 done");

        // a progress line rewritten with carriage returns reads as a terminal shows it, not with every step
        code.output().offer(0, "0 1 2 done\rprogress 100%", 4_000_000L);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> code.output().lines().getFirst().text()).endsWith("%"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot)).containsExactly("0.004 s  progress 100%");
    }

    /**
     * A program that printed 200,000 lines showed line 189,734 at its end: the pane opened as the run ended, and the
     * lines the end flushed got no scroll. Opened, the pane shows its last line, however many came before.
     */
    @Test
    void theOutputShowsItsLastLineWhenItOpensAfterARun(FxRobot robot) throws Exception {
        for (int i = 0; i < 20_000; i++) {
            code.output().offer("line " + i, i * 1_000L);  // from the run's thread, the pane folded
        }
        robot.interact(() -> {
            code.output().runEnded();  // flushes the lines and opens the pane, as a run's end does
            code.output().openedProperty().set(true);
        });

        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> cells(robot).stream().anyMatch(cell -> cell.endsWith("line 19999")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot).getLast()).endsWith("line 19999");
    }

    private static List<String> cells(FxRobot robot) {
        return onFx(() -> robot.lookup(".al-code-output .list-cell").queryAll().stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(t -> t != null)
                .map(t -> t.replace('\u00a0', ' ').replace('\u202f', ' ')).toList());
    }

    @Test
    void aLongPrintedLineWrapsInsideThePaneInsteadOfRunningPastIt(FxRobot robot) throws Exception {
        String longLine = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "0." + i + "1")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));  // wait_n's list of 40 delays
        robot.interact(() -> {
            code.output().append(longLine, 503_000_000L);
            code.output().append("fin", 604_000_000L);
        });
        robot.clickOn(".al-code-output-pane > .title");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> output = onFx(() -> robot.lookup("#output").queryAs(ListView.class));
        List<ListCell<?>> cells = onFx(() -> robot.lookup(".al-code-output .list-cell").queryAll().stream()
                .<ListCell<?>>map(cell -> (ListCell<?>) cell).filter(cell -> cell.getText() != null).toList());
        ListCell<?> wrapped = cells.stream().filter(cell -> cell.getText().contains("[")).findFirst().orElseThrow();
        ListCell<?> shortOne = cells.stream().filter(cell -> cell.getText().endsWith("fin")).findFirst().orElseThrow();
        double listWidth = onFx(output::getWidth);

        assertThat(onFx(wrapped::getWidth)).as("the cell keeps to the list's width").isLessThanOrEqualTo(listWidth);
        assertThat(onFx(wrapped::getHeight)).as("the long line takes several rows")
                .isGreaterThan(2 * onFx(shortOne::getHeight));
        assertThat(onFx(() -> output.lookupAll(".scroll-bar").stream()
                .filter(bar -> bar instanceof javafx.scene.control.ScrollBar scroll
                        && scroll.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && scroll.isVisible())
                .count())).as("no sideways scrolling to read it").isZero();
    }

    @Test
    void theJavaTabShowsTheJavaReadOnly(FxRobot robot) {
        robot.clickOn("Java");
        CodeArea java = onFx(() -> robot.lookup("#javaEditor .styled-text-area").queryAs(CodeArea.class));

        assertThat(java.getText()).isEqualTo(code.javaProperty().get()).contains("new Random(");
        assertThat(java.isEditable()).isFalse();
    }

    /**
     * In a comparison the panel names both runs under the tabs; the second one chosen, its Python (read-only) and its
     * Java show, and Run this program, which runs the editor's (the first run's) program, is greyed.
     */
    @Test
    void aComparisonShowsEitherRunsCode(FxRobot robot) {
        robot.interact(() -> {
            controller.setOnRunProgram(() -> { }, new SimpleBooleanProperty(true));
            settings.modeProperty().set(Mode.SEQUENTIAL);
        });
        assertThat(onFx(() -> robot.lookup("#runsBar").queryAs(Node.class).isVisible())).as("no comparison, no runs")
                .isFalse();
        assertThat(onFx(() -> robot.lookup("#secondPythonEditor").tryQuery().isPresent()))
                .as("the second editor is made with the first comparison").isFalse();

        robot.interact(() -> settings.compareWithProperty().set(Mode.EVENT_LOOP));
        assertThat(onFx(() -> robot.lookup("#runsBar").queryAs(Node.class).isVisible())).isTrue();
        robot.clickOn("Event loop");

        CodeArea second = onFx(() -> robot.lookup("#secondPythonEditor .styled-text-area").queryAs(CodeArea.class));
        assertThat(onFx(() -> robot.lookup("#secondPythonEditor").queryAs(Node.class).isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#pythonEditor").queryAs(Node.class).isVisible())).isFalse();
        assertThat(onFx(() -> second.getText())).isEqualTo(code.secondPythonProperty().get()).contains("create_task");
        assertThat(second.isEditable()).isFalse();
        assertThat(onFx(() -> robot.lookup("#runProgramButton").queryAs(Node.class).isDisabled())).isTrue();
        robot.clickOn("Java");
        CodeArea java = onFx(() -> robot.lookup("#javaEditor .styled-text-area").queryAs(CodeArea.class));
        assertThat(onFx(() -> java.getText())).isEqualTo(code.secondJavaProperty().get());

        // and back to the first run: its Java, its editor, Run this program
        robot.clickOn("Sequential");
        assertThat(onFx(() -> java.getText())).isEqualTo(code.javaProperty().get());
        assertThat(onFx(() -> robot.lookup("#runProgramButton").queryAs(Node.class).isDisabled())).isFalse();
    }
}
