package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every way to another scenario keeps one rule: the lesson bar's ◀ ▶ as the keys and the Lesson menu. Nothing moves
 * while a run goes on; a move resets the old scenario's run; on the lesson's last scenario ▶ is greyed and → leaves
 * the run on screen. The language, which loads the window again, waits for a run as the lesson does.
 */
@ExtendWith(ApplicationExtension.class)
class LessonMovesTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), launcher, Platform::runLater,
                RecordingChart::new, new LookViewModel());
        model = window.model();
        window.show(stage);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The item {@code id} of one of the window's menus (a submenu such as Language counts as an item). */
    private static MenuItem menuItem(FxRobot robot, String id) throws Exception {
        return onFx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow());
    }

    private Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    /** Ends the run going on, started as the first one (its second run too when the scenario compares). */
    private void finishRuns() throws Exception {
        for (int k = 1; onFx(() -> model.run().getState()) == RunState.RUNNING; k++) {
            launcher.awaitRun(k).finish(Recordings.eventLoop(0.1, 0.3));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(onFx(() -> model.run().getState())).isEqualTo(RunState.DONE);
    }

    @Test
    void theBarsButtonsStayWhileARunGoesOnAndThenMoveAsTheKeysDo(FxRobot robot) throws Exception {
        // given the lesson's first scenario, running
        robot.interact(() -> model.lesson().goTo(0, 0));
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);

        // then neither button can be pressed: the run's settings are the scenario's
        assertThat(onFx(() -> button(robot, "#nextButton").isDisabled())).as("▶ while running").isTrue();
        assertThat(onFx(() -> button(robot, "#previousButton").isDisabled())).as("◀ on the first").isTrue();
        robot.interact(() -> button(robot, "#nextButton").fire());
        assertThat(onFx(() -> model.lesson().index())).isZero();

        // when the run has ended and ▶ is clicked
        finishRuns();
        assertThat(onFx(() -> button(robot, "#nextButton").isDisabled())).as("▶ after the run").isFalse();
        robot.interact(() -> button(robot, "#nextButton").fire());

        // then the second scenario shows without the first one's run
        assertThat(onFx(() -> model.lesson().index())).isEqualTo(1);
        assertThat(onFx(() -> model.run().getState())).as("the old run reset").isEqualTo(RunState.IDLE);
        assertThat(onFx(() -> button(robot, "#previousButton").isDisabled())).isFalse();
    }

    /**
     * The window is loaded again in another language, and a run going on stops with the old one: switched in the
     * second run of a comparison, the first run's chart went too, and the window said "Ready". The language waits
     * for the run, as the lesson does.
     */
    @Test
    void theLanguageMenuIsGreyedWhileARunGoesOn(FxRobot robot) throws Exception {
        // given a run going on
        Menu language = (Menu) menuItem(robot, "languageMenu");
        assertThat(onFx(language::isDisable)).as("before the run").isFalse();
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);

        // then the language cannot be changed until it ends
        assertThat(onFx(language::isDisable)).as("while it runs").isTrue();
        finishRuns();
        assertThat(onFx(language::isDisable)).as("after it").isFalse();
    }

    /**
     * The settings are the run's while it goes on: Run ▸ New seed drew a new seed mid-run, and the settings line
     * named a seed the run on screen did not use. It is greyed as the form's own button is.
     */
    @Test
    void newSeedIsGreyedWhileARunGoesOn(FxRobot robot) throws Exception {
        // given a run going on
        MenuItem newSeed = menuItem(robot, "newSeedItem");
        String seed = onFx(() -> model.settings().seedProperty().get());
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);

        // then New seed cannot be chosen, and the seed stays the run's
        assertThat(onFx(newSeed::isDisable)).as("while it runs").isTrue();
        robot.interact(newSeed::fire);
        assertThat(onFx(() -> model.settings().seedProperty().get())).isEqualTo(seed);
        finishRuns();
        assertThat(onFx(newSeed::isDisable)).as("after it").isFalse();
    }

    /**
     * Closed mid-run, io-vs-cpu's settings line said "max delay 1.5 s · … · vs Event loop" over a run of fixed delays
     * against CPU: × and Lesson ▸ Close wait for the run, and afterwards close the lesson with the run kept.
     */
    @Test
    void theLessonClosesOnlyOnceTheRunHasEndedAndKeepsItOnScreen(FxRobot robot) throws Exception {
        // given a scenario of the lesson, running
        robot.interact(() -> model.lesson().goTo(0, 0));
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);
        MenuItem close = menuItem(robot, "lessonCloseItem");

        // then × and the menu item are greyed, and closing does nothing
        assertThat(onFx(() -> button(robot, "#closeButton").isDisabled())).as("× while running").isTrue();
        assertThat(onFx(close::isDisable)).as("Lesson ▸ Close while running").isTrue();
        robot.interact(() -> model.scenarios().close());
        assertThat(onFx(() -> model.lesson().showingProperty().get())).as("closed mid-run").isTrue();

        // when the run has ended and × is clicked
        finishRuns();
        robot.interact(() -> button(robot, "#closeButton").fire());

        // then the lesson is closed and its run stays on screen
        assertThat(onFx(() -> model.lesson().showingProperty().get())).isFalse();
        assertThat(onFx(() -> model.run().getState())).isEqualTo(RunState.DONE);
    }

    /**
     * "Run this program" during a Java run turned the window to Python mode: the settings line named the program
     * over the Java run on screen. It follows Run's rule, greyed as Run is.
     */
    @Test
    void runThisProgramWaitsForTheRunAsRunDoes(FxRobot robot) throws Exception {
        // given the code shown and a Java run going on
        robot.interact(() -> model.look().codeVisibleProperty().set(true));
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> window.root().lookup("#runProgramButton") != null));

        // then "Run this program" is greyed and does nothing
        assertThat(onFx(() -> button(robot, "#runProgramButton").isDisabled())).as("while it runs").isTrue();
        robot.interact(model::runProgram);
        assertThat(onFx(() -> model.python().activeProperty().get())).as("Python mode mid-run").isFalse();
        finishRuns();
        assertThat(onFx(() -> button(robot, "#runProgramButton").isDisabled())).as("after it").isFalse();
    }

    @Test
    void onTheLastScenarioNextIsGreyedAndTheKeyLeavesTheRunOnScreen(FxRobot robot) throws Exception {
        // given the lesson's last scenario, run to its end
        Lesson lesson = ScenarioLibrary.bundled().lesson();
        int last = lesson.size() - 1;
        robot.interact(() -> model.lesson().goTo(0, last));
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1);
        finishRuns();

        // when the teacher presses PageDown (the remote's "next")
        robot.interact(() -> window.root().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);

        // then the scenario and its run stay; ▶ is greyed
        assertThat(onFx(() -> model.lesson().index())).isEqualTo(last);
        assertThat(onFx(() -> model.run().getState())).as("the run kept").isEqualTo(RunState.DONE);
        assertThat(onFx(() -> button(robot, "#nextButton").isDisabled())).as("▶ on the last").isTrue();
    }
}
