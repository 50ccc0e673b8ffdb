package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings form by keyboard where it scrolls (formkeys14): at 22 px in a 1024×768 window the open form shows
 * two or three of its five rows. Tab and Shift+Tab bring each field into view with its name above its box (JavaFX
 * showed the box alone); ↑ / ↓ in a field move its caret as in every text field of the window, and a click on a field's
 * name leaves the focus in the field typed in, so that they never scroll the form. At the designed text size the
 * form does not scroll and stays as it was. The window is in a stage of its own, so that the keys reach it.
 */
@ExtendWith(ApplicationExtension.class)
class FormByKeyboardTest {
    /**
     * A text size at which the form scrolls at 1024×768 with the bars in place (they step aside from 24 px since
     * lesson15, from 28 px before: the test ran at 24 px).
     */
    private static final int LARGE_TEXT = 22;
    /** The nodes Tab walks through in the form in its first mode (the workers, for a pool only, disabled). */
    private static final int FORM_STOPS = 10;
    /** The smallest projector's window. */
    private static final Dimension2D WINDOW = new Dimension2D(1024, 768);

    /** The window under test, in a stage of its own. */
    private MainWindow window;
    private Stage own;

    @Start
    void start(Stage stage) {
        // TestFX's shared stage stays as it is: each test opens a window of its own
    }

    @AfterEach
    void close() throws Exception {
        if (own != null) {
            FxTurns.run(own::close);
        }
    }

    /** The window in {@code language} at {@code text} px, 1024×768, as it opens: the settings form open. */
    private ScrollPane open(String language, int text) throws Exception {
        window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        own = FxTurns.call(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Group(), WINDOW.getWidth(), WINDOW.getHeight()));
            window.model().look().textSizeProperty().set(text);
            window.show(stage);
            stage.requestFocus();
            return stage;
        });
        FxTurns.layOut(window.root());
        FxTurns.settle();
        return FxTurns.call(() -> (ScrollPane) window.root().lookup("#fieldsScroll"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void tabAndShiftTabShowEachFieldWithItsNameWhereTheFormScrolls(String language, FxRobot robot) throws Exception {
        // given the form at a large text, taller than it shows, the focus on the settings line's toggle
        ScrollPane form = open(language, LARGE_TEXT);
        assertThat(FxTurns.call(() -> scrolls(form))).as("the form scrolls").isTrue();
        robot.interact(() -> window.root().lookup("#settingsToggle").requestFocus());

        // when the teacher tabs through the whole form, then back
        List<String> hidden = new ArrayList<>();
        int stops = 0;
        for (KeyCode[] keys : List.of(new KeyCode[] {KeyCode.TAB}, new KeyCode[] {KeyCode.SHIFT, KeyCode.TAB})) {
            for (int press = 0; press < FORM_STOPS + 4; press++) {
                robot.push(keys);
                String problem = FxTurns.call(() -> hiddenProblem(form));
                stops += problem == null ? 0 : 1;
                if (problem != null && !problem.isEmpty()) {
                    hidden.add(problem);
                }
            }
        }

        // then every field it stopped at showed whole, its name above it
        assertThat(stops).as("stops in the form").isGreaterThanOrEqualTo(2 * FORM_STOPS);
        assertThat(hidden).isEmpty();
    }

    @Test
    void upAndDownInAFieldMoveItsCaretAndAClickOnItsNameLeavesThemThere(FxRobot robot) throws Exception {
        // given the number of tasks reached by Tab in the scrolling form, "10" in it
        ScrollPane form = open("en", LARGE_TEXT);
        TextField tasks = FxTurns.call(() -> (TextField) window.root().lookup("#tasksField"));
        robot.interact(() -> window.root().lookup("#kind-io").requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(FxTurns.call(tasks::isFocused)).isTrue();
        double where = FxTurns.call(form::getVvalue);

        // when ↑, then ↓
        robot.type(KeyCode.UP);
        int up = FxTurns.call(tasks::getCaretPosition);
        robot.type(KeyCode.DOWN);

        // then the caret went to the start, then the end, as in the guess field; the form stayed
        assertThat(up).isZero();
        assertThat(FxTurns.call(tasks::getCaretPosition)).isEqualTo(FxTurns.call(() -> tasks.getText().length()));
        assertThat(FxTurns.call(form::getVvalue)).isEqualTo(where);

        // and a click on the field's name ("Tasks"), scrolled to the top of the form, leaves the focus in the field:
        // ↓ and ↑ still move its caret
        Node name = FxTurns.call(() -> tasks.getParent().getChildrenUnmodifiable().get(0));
        robot.interact(() -> {
            Parent fields = (Parent) form.getContent();
            double range = fields.getLayoutBounds().getHeight() - form.getViewportBounds().getHeight();
            form.setVvalue(fields.sceneToLocal(name.localToScene(name.getLayoutBounds())).getMinY() / range);
        });
        where = FxTurns.call(form::getVvalue);
        robot.clickOn(name);
        assertThat(FxTurns.call(() -> own.getScene().getFocusOwner())).isSameAs(tasks);
        robot.type(KeyCode.UP);
        assertThat(FxTurns.call(tasks::getCaretPosition)).isZero();
        assertThat(FxTurns.call(form::getVvalue)).isEqualTo(where);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kind-io", "tasksField", "maxDelayField"})
    void aFieldTypedOutOfRangeStaysInViewWhenTheLineUnderTheFormTakesItsHeight(String before, FxRobot robot)
            throws Exception {
        // given the form at a large text for a pool (its workers editable), the focus tabbed into the field after one
        ScrollPane form = open("en", LARGE_TEXT);
        robot.interact(() -> window.model().settings().setMode(Mode.POOL));
        robot.interact(() -> window.root().lookup("#" + before).requestFocus());
        robot.type(KeyCode.TAB);
        Node typed = FxTurns.call(() -> own.getScene().getFocusOwner());

        // when the teacher types a letter into it: the line that names what is out of range shows under the form
        robot.type(KeyCode.X);
        FxTurns.layOut(window.root());
        assertThat(FxTurns.call(() -> window.root().lookup(".al-settings-error").isVisible())).isTrue();

        // then the field typed in and its name are still in view
        assertThat(FxTurns.call(() -> own.getScene().getFocusOwner())).isSameAs(typed);
        assertThat(FxTurns.call(() -> hiddenProblem(form))).isEmpty();
    }

    @Test
    void atTheDesignedTextSizeTheFormNeitherScrollsNorMovesUnderTab(FxRobot robot) throws Exception {
        // given the form at 14 px, whole
        ScrollPane form = open("en", 14);
        assertThat(FxTurns.call(() -> scrolls(form))).isFalse();
        robot.interact(() -> window.root().lookup("#settingsToggle").requestFocus());
        double top = FxTurns.call(() -> form.localToScene(form.getLayoutBounds()).getMinY());

        // when the teacher tabs through it
        for (int press = 0; press < FORM_STOPS + 3; press++) {
            robot.type(KeyCode.TAB);
            // then nothing moves
            assertThat(FxTurns.call(form::getVvalue)).isZero();
            assertThat(FxTurns.call(() -> form.localToScene(form.getLayoutBounds()).getMinY())).isEqualTo(top);
        }

        // and a click on a field's name leaves the focus where it was, as before the form had a scroll pane (the pane
        // took it: a digit typed next picked a mode instead of going into the field)
        TextField tasks = FxTurns.call(() -> (TextField) window.root().lookup("#tasksField"));
        robot.interact(tasks::requestFocus);
        robot.clickOn(FxTurns.call(() -> tasks.getParent().getChildrenUnmodifiable().get(0)));
        assertThat(FxTurns.call(() -> own.getScene().getFocusOwner())).isSameAs(tasks);
    }

    private static boolean scrolls(ScrollPane form) {
        return form.getContent().getLayoutBounds().getHeight() > form.getViewportBounds().getHeight() + 0.5;
    }

    /**
     * Null when the focus is outside the form; empty when the focused node and its field's name are whole in its
     * view; else what is hidden.
     */
    private String hiddenProblem(ScrollPane form) {
        Node focus = own.getScene().getFocusOwner();
        Node field = focus;
        while (field != null && field.getParent() != form.getContent()) {
            field = field.getParent();
        }
        if (field == null) {
            return null;
        }
        Node name = ((Parent) field).getChildrenUnmodifiable().get(0);
        Bounds view = form.localToScene(form.getLayoutBounds());
        String problem = "";
        for (Node node : List.of(focus, name)) {
            Bounds box = node.localToScene(node.getLayoutBounds());
            if (box.getMinY() < view.getMinY() - 0.5 || box.getMaxY() > view.getMaxY() + 0.5) {
                problem += node + " at " + Math.round(box.getMinY()) + "–" + Math.round(box.getMaxY()) + " in "
                        + Math.round(view.getMinY()) + "–" + Math.round(view.getMaxY()) + "; ";
            }
        }
        return problem;
    }
}
