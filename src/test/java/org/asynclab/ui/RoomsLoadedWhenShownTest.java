package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.ScenarioLibrary;
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
 * The rooms hidden at start (the lesson panel, the code panel, the replay bar) are not in the window until they
 * first show, so a start neither parses nor styles them; shown, they work, and shown again they are the same nodes.
 */
@ExtendWith(ApplicationExtension.class)
class RoomsLoadedWhenShownTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), new RunEngine()::start, Platform::runLater);
        window.show(stage);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void theLessonPanelComesWhenALessonShowsAndStaysForTheNextOne(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#lessonTitle").tryQuery()).isEmpty();

        List<Lesson> lessons = ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList();
        assertThat(fx(() -> window.model().lesson().goTo(0))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#lessonTitle").queryAs(Label.class);
        assertThat(fx(title::getText)).isEqualTo(lessons.get(0).scenarios().get(0).title().en());
        assertThat(fx(() -> title.getParent().isVisible())).isTrue();
        // In the placeholder's place: under the settings, above the stage.
        Node panel = title.getParent();
        while (!panel.getStyleClass().contains("al-lesson")) {
            panel = panel.getParent();
        }
        Node lessonPanel = panel;
        assertThat(fx(() -> lessonPanel.getParent().getStyleClass())).contains("al-top");

        fx(() -> {
            window.model().lesson().close();
            return null;
        });
        assertThat(fx(lessonPanel::isVisible)).isFalse();
        assertThat(fx(() -> window.model().lesson().goTo(1))).isTrue();
        assertThat(fx(lessonPanel::isVisible)).isTrue();
        assertThat(robot.lookup("#lessonTitle").queryAll()).hasSize(1).containsExactly(title);
        assertThat(fx(title::getText)).isEqualTo(lessons.get(0).scenarios().get(1).title().en());
    }

    @Test
    void theCodePanelComesBesideTheChartWhenTheCodeShows(FxRobot robot) throws Exception {
        SplitPane stage = robot.lookup(".al-stage-split").queryAs(SplitPane.class);
        assertThat(robot.lookup("#pythonEditor").tryQuery()).isEmpty();
        assertThat(fx(() -> stage.getItems().size())).isEqualTo(1);

        fx(() -> {
            window.model().look().codeVisibleProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node code = fx(() -> stage.getItems().get(1));
        assertThat(fx(code::isVisible)).isTrue();
        assertThat(robot.lookup("#pythonEditor").tryQuery()).isPresent();

        fx(() -> {
            window.model().look().codeVisibleProperty().set(false);
            return null;
        });
        assertThat(fx(() -> stage.getItems().size())).isEqualTo(1);
        fx(() -> {
            window.model().look().codeVisibleProperty().set(true);
            return null;
        });
        assertThat(fx(() -> stage.getItems())).hasSize(2).element(1).isSameAs(code);
    }

    @Test
    void theReplayBarTakesTheHintsPlaceAfterTheFirstRun(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#playButton").tryQuery()).isEmpty();
        assertThat(robot.lookup("#chartHint").query().isVisible()).isTrue();

        fx(() -> {
            window.model().settings().tasksProperty().set("3");
            window.model().settings().maxDelayProperty().set("0.05");
            window.model().runOrIgnore();
            return null;
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> fx(window.model().run()::getState) == RunState.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        Node bar = robot.lookup("#replayBar").query();
        assertThat(robot.lookup("#replayBar #playButton").tryQuery()).isPresent();
        assertThat(fx(() -> bar.isVisible() && bar.isManaged())).isTrue();
        assertThat(fx(() -> bar.getParent().getStyleClass())).contains("al-stage");
        assertThat(robot.lookup("#chartHint").query().isVisible()).isFalse();
        assertThat(robot.lookup("#replayPosition").queryAll()).hasSize(1);
    }
}
