package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.asynclab.chart.GanttChart;
import org.asynclab.engine.RunEngine;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.CounterTally;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The course in the window (issue 12): the race lesson run for real, and both bundled lessons in the menu. */
@ExtendWith(ApplicationExtension.class)
class CourseWindowTest {
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        MainWindow window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), new RunEngine()::start,
                Platform::runLater);
        model = window.model();
        window.show(stage);
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void theRaceScenarioRunsAndTheTableShowsBothFinalCounts(FxRobot robot) throws Exception {
        assertThat(fx(() -> model.lesson().goTo("race-await-vs-lock"))).isTrue();
        // the first run's counter, then the second run's as the lesson makes it (the form alone said "vs Event loop")
        assertThat(fx(() -> model.summary().lineBinding().get()))
                .endsWith(" · shared counter, await · vs shared counter, lock");

        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> fx(model.run()::getState) == RunState.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        CounterTally racing = fx(() -> model.run().firstProperty().get().counterTally());
        CounterTally locked = fx(() -> model.run().secondProperty().get().counterTally());
        assertThat(locked.finalCount()).isEqualTo(500);
        List<String> cells = fx(() -> robot.lookup("#comparisonTable").queryAs(GridPane.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
        assertThat(cells).contains("Final count", racing.finalCount() + " of 500", "500 of 500");
        // The chart is handed the recording itself, phases included, for the phase painter to draw.
        RunResult shown = fx(() -> (RunResult) robot.lookup(".gantt-chart").queryAllAs(GanttChart.class).stream()
                .map(GanttChart::getTimeline).filter(t -> t == model.run().secondProperty().get())
                .findFirst().orElseThrow());
        assertThat(shown.phaseTimeline()).isNotNull();
    }

    @Test
    void theLessonMenuOffersBothLessonsAndOpensJavasAnswerOnItsFirstScenario(FxRobot robot) throws Exception {
        List<Lesson> lessons = ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu lessonMenu = fx(() -> bar.getMenus().stream().filter(m -> "lessonMenu".equals(m.getId()))
                .findFirst().orElseThrow());
        List<String> titles = fx(() -> lessonMenu.getItems().stream().filter(i -> i instanceof Menu)
                .map(MenuItem::getText).toList());
        assertThat(titles).containsExactly(lessons.get(0).title().en(), lessons.get(1).title().en(),
                ScenarioLibrary.bundledPython().lesson().title().en());
        // side by side, the Python lesson among the others, not among the files to open below them
        List<Integer> at = fx(() -> lessonMenu.getItems().stream().filter(i -> i instanceof Menu)
                .map(lessonMenu.getItems()::indexOf).toList());
        assertThat(at.get(2) - at.get(0)).as("positions of the lessons' submenus %s", at).isEqualTo(2);

        fx(() -> {
            Menu java = (Menu) lessonMenu.getItems().stream().filter(i -> "lessonMenu1".equals(i.getId()))
                    .findFirst().orElseThrow();
            java.getItems().get(0).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Lesson java = lessons.get(1);
        assertThat(fx(() -> model.lesson().currentProperty().get().id())).isEqualTo(java.scenarios().get(0).id());
        assertThat(fx(() -> robot.lookup("#lessonTitle").queryAs(Label.class).getText()))
                .isEqualTo(java.scenarios().get(0).title().en());
        assertThat(fx(() -> robot.lookup("#lessonName").queryAs(Label.class).getText()))
                .isEqualTo(java.title().en());
        assertThat(fx(() -> robot.lookup("#lessonPosition").queryAs(Label.class).getText()))
                .isEqualTo("Scenario 1 of " + java.size());
    }

    @Test
    void aPythonLessonNamesItselfAboveItsPositionThoughItsCodeShows(FxRobot robot) throws Exception {
        ScenarioLibrary python = ScenarioLibrary.bundledPython();
        fx(() -> {
            model.lesson().showOutsideLesson(python.find("greet").orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label name = robot.lookup("#lessonName").queryAs(Label.class);
        assertThat(fx(() -> model.look().codeVisibleProperty().get())).as("the lesson stands brief").isTrue();
        assertThat(fx(name::getText)).isEqualTo(python.lesson().title().en());
        assertThat(fx(name::isVisible)).isTrue();
        assertThat(fx(() -> robot.lookup("#lessonPosition").queryAs(Label.class).getText()))
                .isEqualTo("Scenario 1 of " + python.scenarios().size());
        assertThat(fx(() -> robot.lookup("#pythonEditor .styled-text-area").queryAs(CodeArea.class).getText()))
                .as("the English window shows the program as it is").isEqualTo(Files.readString(
                        Path.of("resources", "scenarios-python", "greet.py")));
    }

    @Test
    void thePythonLessonIsASubmenuOfItsScenariosAndOpensTheOneChosen(FxRobot robot) throws Exception {
        // given the Lesson menu's Python lesson
        Lesson python = ScenarioLibrary.bundledPython().lesson();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu sub = fx(() -> bar.getMenus().stream().filter(m -> "lessonMenu".equals(m.getId())).findFirst()
                .orElseThrow().getItems().stream().filter(i -> "pythonLessonMenu".equals(i.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow());

        // then it is a submenu of its scenarios in order, as README's "Lesson > Python asyncio > Same delays"
        List<String> entries = fx(() -> sub.getItems().stream().map(MenuItem::getText).toList());
        assertThat(entries).hasSize(python.size());
        int twoWorlds = python.scenarios().indexOf(python.scenarios().stream()
                .filter(s -> s.id().equals("two-worlds")).findFirst().orElseThrow());
        assertThat(entries.get(twoWorlds)).isEqualTo((twoWorlds + 1) + ". "
                + python.scenarios().get(twoWorlds).title().en());

        // when its two-worlds entry is chosen, then that scenario opens at once, with its code beside
        fx(() -> {
            sub.getItems().get(twoWorlds).fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> model.lesson().currentProperty().get().id())).isEqualTo("two-worlds");
        assertThat(fx(() -> model.look().codeVisibleProperty().get())).isTrue();
        assertThat(fx(() -> robot.lookup("#lessonPosition").queryAs(Label.class).getText()))
                .isEqualTo("Scenario " + (twoWorlds + 1) + " of " + python.size());
        assertThat(fx(() -> robot.lookup("#lessonName").queryAs(Label.class).getText()))
                .isEqualTo(python.title().en());
    }
}
