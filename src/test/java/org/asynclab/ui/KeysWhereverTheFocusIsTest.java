package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys as a teacher at the projector presses them: a guess typed into the guess field stays a guess, text typed
 * into the Python editor stays text, and the keys F1 lists (the replay's steps, "Compare with") act elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class KeysWhereverTheFocusIsTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final LookViewModel look = new LookViewModel();
    private MainWindow window;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), launcher, Platform::runLater,
                RecordingChart::new, look);
        model = window.model();
        window.show(stage);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private Node focusOwner() throws Exception {
        return onFx(() -> stage.getScene().getFocusOwner());
    }

    @Test
    void aGuessTypedAtOnceInALessonThatAsksForOneIsTheGuessAndReturnRunsIt(FxRobot robot) throws Exception {
        // given the lesson that asks the class for a guess, shown as from the command line (--scenario io-vs-cpu)
        Scenario asks = ScenarioLibrary.bundled().find("io-vs-cpu").orElseThrow();
        robot.interact(() -> model.lesson().showOutsideLesson(asks));
        Mode mode = onFx(() -> model.settings().getMode());

        // when the teacher types the class's guess and Return
        robot.type(KeyCode.DIGIT2, KeyCode.PERIOD, KeyCode.DIGIT5);

        // then it is the guess, the mode is the lesson's, the settings stay folded
        assertThat(onFx(() -> robot.lookup("#guessField").queryAs(TextField.class).getText())).isEqualTo("2.5");
        assertThat(onFx(() -> model.settings().getMode())).isEqualTo(mode);
        robot.type(KeyCode.ENTER);
        assertThat(onFx(() -> model.summary().openProperty().get())).as("settings opened").isFalse();
        ScriptedLauncher.ScriptedRun run = launcher.awaitRun(1);
        assertThat(launcher.runs()).as("Return runs").containsExactly(run);
        // and the field gave the focus back: Space stops the run, as F1 says
        assertThat(focusOwner()).isNotInstanceOf(TextField.class);
        robot.type(KeyCode.SPACE);
        assertThat(run.cancelled()).as("Space stopped the run").isTrue();
    }

    @Test
    void leavingTheScenarioThatAskedForAGuessGivesTheKeysBackToTheWindow(FxRobot robot) throws Exception {
        // given the course lesson on io-vs-cpu, whose guess field took the focus for the class's prediction
        robot.interact(() -> {
            model.lesson().goTo(0, 0);
            model.lesson().goTo("io-vs-cpu");
        });
        assertThat(focusOwner()).as("the guess field waits for the class").isInstanceOf(TextField.class);

        // when the teacher moves on with PageDown, which asks for no guess, and presses Space
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(onFx(() -> model.guess().requiredProperty().get())).isFalse();
        robot.type(KeyCode.SPACE);

        // then Space runs it, as everywhere else: it was typed into the empty guess field
        assertThat(focusOwner()).isNotInstanceOf(TextField.class);
        launcher.awaitRun(1);
        assertThat(launcher.runs()).hasSize(1);
    }

    @Test
    void afterABadGuessEveryShortcutActsOnceNotTwice(FxRobot robot) throws Exception {
        // given the lesson that asks for a guess, and a guess the field refuses (its mark wraps the window's root)
        Scenario asks = ScenarioLibrary.bundled().find("io-vs-cpu").orElseThrow();
        robot.interact(() -> model.lesson().showOutsideLesson(asks));
        robot.type(KeyCode.A, KeyCode.B, KeyCode.C);
        // mended: the mark's pane stays
        robot.type(KeyCode.BACK_SPACE, 3).type(KeyCode.DIGIT2).type(KeyCode.ESCAPE);
        assertThat(focusOwner()).isNotInstanceOf(TextField.class);
        assertThat(onFx(() -> stage.getScene().getRoot())).as("the mark's pane wraps the root")
                .isNotSameAs(window.root());

        // when the teacher presses Space, then C
        robot.type(KeyCode.SPACE);
        ScriptedLauncher.ScriptedRun run = launcher.awaitRun(1);
        robot.type(KeyCode.C);

        // then Space started one run it did not stop at once, and C showed the code (not showed and hid it)
        assertThat(launcher.runs()).containsExactly(run);
        assertThat(run.cancelled()).as("the same Space stopped the run").isFalse();
        assertThat(look.codeVisibleProperty().get()).as("C showed the code once").isTrue();
    }

    @Test
    void keysTypedInThePythonEditorAreTextNotShortcuts(FxRobot robot) throws Exception {
        // given the code beside the chart, the caret at the start of the Python program
        robot.interact(() -> look.codeVisibleProperty().set(true));
        CodeArea editor = onFx(() -> robot.lookup("#pythonEditor .styled-text-area").queryAs(CodeArea.class));
        robot.clickOn(editor);
        robot.interact(() -> editor.moveTo(0));
        Mode mode = onFx(() -> model.settings().getMode());

        // when the teacher types "1 c" into it
        robot.type(KeyCode.DIGIT1, KeyCode.SPACE, KeyCode.C);

        // then the program has them, no mode was picked, nothing ran, the code stays
        assertThat(onFx(() -> editor.getText())).startsWith("1 c");
        assertThat(onFx(() -> model.settings().getMode())).isEqualTo(mode);
        assertThat(launcher.runs()).isEmpty();
        assertThat(look.codeVisibleProperty().get()).isTrue();

        // and Escape leaves the editor: C hides the code again
        robot.type(KeyCode.ESCAPE).type(KeyCode.C);
        assertThat(look.codeVisibleProperty().get()).isFalse();
    }

    @Test
    void afterF10TheArrowsWalkTheMenusAndMoveTheLessonOnlyOnceTheMenusAreLeft(FxRobot robot) throws Exception {
        // given the window with the focus on its stage, no lesson shown
        robot.interact(() -> window.root().requestFocus());
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu first = onFx(() -> bar.getMenus().get(0));

        // when F10 takes the menu bar, → goes to the next menu and ↓ opens it
        robot.type(KeyCode.F10).type(KeyCode.RIGHT).type(KeyCode.DOWN);

        // then that menu is open, not the first, and no scenario was opened
        List<Menu> open = onFx(() -> bar.getMenus().stream().filter(Menu::isShowing).toList());
        assertThat(open).as("the menu open after F10, →, ↓").hasSize(1).doesNotContain(first);
        assertThat(onFx(() -> model.lesson().showingProperty().get())).as("→ opened a scenario").isFalse();

        // and ← walks back while it is open, a plain key there is the menu's, not Run's
        robot.type(KeyCode.LEFT);
        assertThat(onFx(first::isShowing)).as("← went back to the first menu").isTrue();
        robot.type(KeyCode.R);
        assertThat(onFx(() -> model.lesson().showingProperty().get())).isFalse();

        // and once Escape has left the menus, → moves the lesson again
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> bar.getMenus().stream().noneMatch(Menu::isShowing)));
        robot.type(KeyCode.ESCAPE).type(KeyCode.RIGHT);
        assertThat(onFx(() -> model.lesson().showingProperty().get())).as("→ after the menus").isTrue();
    }

    @Test
    void aKeyTheMenusShowTypedInASettingIsTextAndFiresNoMenuItem(FxRobot robot) throws Exception {
        // given the number of tasks being typed (the menus show C for the code, F for fit); focused, not clicked: in
        // the window's first frames the settings form takes its height (FormRoom) and the field may move under the
        // mouse (at load 6, three test JVMs, the click went elsewhere and "cf" with it)
        robot.interact(() -> robot.lookup("#tasksField").query().requestFocus());

        robot.type(KeyCode.C, KeyCode.F);

        assertThat(onFx(() -> robot.lookup("#tasksField").queryAs(TextField.class).getText())).contains("cf");
        assertThat(look.codeVisibleProperty().get()).as("View ▸ Code fired").isFalse();
    }

    @Test
    void shiftArrowsStepTheReplayAndVChangesTheModeComparedWith(FxRobot robot) throws Exception {
        // given a finished run: the replay's cursor at its end
        robot.interact(() -> window.root().requestFocus());
        robot.interact(model::runOrIgnore);
        launcher.awaitRun(1).finish(Recordings.eventLoop(0.2, 0.5, 1.0));
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS,
                () -> onFx(() -> model.run().getState()) == RunState.DONE);
        assertThat(onFx(() -> model.replay().positionProperty().get())).isEqualTo(1.0);

        // when Shift+← twice, then Shift+→
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        double back = onFx(() -> model.replay().positionProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);

        // then the cursor went back to the finishes before, then forward to the next, as ◀ Step and Step ▶ do
        assertThat(back).isEqualTo(0.2, offset(1e-9));
        assertThat(onFx(() -> model.replay().positionProperty().get())).isEqualTo(0.5,
                offset(1e-9));
        assertThat(onFx(() -> model.lesson().showingProperty().get())).as("no scenario opened").isFalse();

        // and V goes through "Compare with": each mode in the order of 1–5, then nothing
        robot.interact(model::reset);
        for (Mode expected : Mode.values()) {
            robot.type(KeyCode.V);
            assertThat(onFx(() -> model.settings().compareWithProperty().get())).isEqualTo(expected);
        }
        robot.type(KeyCode.V);
        assertThat(onFx(() -> model.settings().compareWithProperty().get())).isNull();
    }

    @Test
    void f1NamesTheStepAndCompareKeysAndCtrlEAsTheExportDialogInBothLanguages() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            UiText text = UiText.forLocale(language);
            String keys = text.get("help.shortcuts.text");
            // the replay bar's own words for its step buttons, and the settings' "Compare with", each on a key's line
            assertThat(keys).as(language + " steps").contains("←").contains(text.get("replay.stepBack"))
                    .contains(text.get("replay.stepForward"));
            String compare = keys.lines().filter(line -> line.startsWith("V\t")).findFirst().orElseThrow();
            assertThat(compare.toLowerCase(language)).as(language + " compare")
                    .contains(text.get("label.compare").toLowerCase(language));
            assertThat(keys.lines().filter(line -> line.startsWith("Ctrl+E\t")).findFirst().orElseThrow())
                    .as(language + " Ctrl+E").doesNotContain("menu");
        }
    }
}
