package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom kit in a French window: the lesson driven by a remote's keys, the code panel, no English left. */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    private MainWindow window;
    private MainViewModel model;
    private final LookViewModel look = new LookViewModel();

    @Start
    void start(Stage stage) {
        look.languageProperty().set(Locale.FRENCH);
        window = MainWindow.load(UiText.forLocale(Locale.FRENCH), (config, workload) -> {
            throw new IllegalStateException("these tests never run");
        }, Platform::runLater, RecordingChart::new, look);
        model = window.model();
        window.show(stage);
    }


    private RunConfig config() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.settings().toConfig()).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText())
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private String area(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(CodeArea.class).getText())
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    private boolean showing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.lesson().showingProperty().get())
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void pageDownFromATextFieldLoadsTheNextScenarioAndItsExplanation(FxRobot robot) throws Exception {
        Lesson lesson = ScenarioLibrary.bundled().lesson();
        focusTasksField(robot);

        robot.type(KeyCode.PAGE_DOWN);
        Scenario first = lesson.scenarios().get(0);
        assertThat(config()).isEqualTo(first.settings());
        UiText french = UiText.forLocale(Locale.FRENCH);
        assertThat(text(robot, "#lessonTitle"))
                .isEqualTo(french.prose(first.title().fr()));

        robot.type(KeyCode.PAGE_DOWN);
        Scenario second = lesson.scenarios().get(1);
        assertThat(config()).isEqualTo(second.settings());
        // A long explanation shows its first sentences, and all of it after "more".
        String explanation = french.prose(second.explanation().fr());
        assertThat(explanation).startsWith(text(robot, "#lessonExplanation"));
        robot.interact(() -> robot.lookup("#moreLink").queryAs(Hyperlink.class).fire());
        assertThat(text(robot, "#lessonExplanation")).isEqualTo(explanation);
        assertThat(text(robot, "#lessonPosition"))
                .isEqualTo("Scénario 2 sur " + lesson.size());

        robot.type(KeyCode.PAGE_UP);
        assertThat(config()).isEqualTo(first.settings());
    }

    @Test
    void aScenarioGivenAtStartUpWinsOverTheOptionsDefaults(FxRobot robot) throws Exception {
        StartupOptions options = StartupOptions.parse("--scenario", "bonjour-monde", "--run");
        robot.interact(() -> {
            model.settings().applyComparison(options.config(), options.compareConfig());
            model.lesson().showOutsideLesson(options.scenario());
        });

        assertThat(config()).isEqualTo(options.scenario().settings());
    }

    @Test
    void arrowsMoveTheCaretInAFieldAndTheLessonElsewhere(FxRobot robot) throws Exception {
        focusTasksField(robot);
        robot.type(KeyCode.RIGHT);
        assertThat(showing()).isFalse();

        robot.type(KeyCode.ESCAPE).type(KeyCode.RIGHT);
        assertThat(showing()).isTrue();
    }

    @Test
    void theCodePanelShowsTheCurrentNumberOfTasks(FxRobot robot) throws Exception {
        robot.interact(() -> window.root().requestFocus());
        robot.type(KeyCode.C);
        robot.interact(() -> robot.lookup("#tasksField").queryAs(TextField.class).setText("37"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pythonEditor").query().isVisible()).isTrue();
        assertThat(area(robot, "#pythonEditor .styled-text-area")).contains("measure_time(37,").doesNotContain("{{");
        assertThat(area(robot, "#javaEditor .styled-text-area")).contains("37");
        assertThat(config().tasks()).isEqualTo(37);
    }

    @Test
    void thePythonLessonsProgramShowsItsFrenchDocstringsInTheCodePanel(FxRobot robot) throws Exception {
        // given the Python lesson's wait-n opened in the French window
        Scenario waitN = ScenarioLibrary.bundledPython().find("wait-n").orElseThrow();
        robot.interact(() -> model.lesson().showOutsideLesson(waitN));
        WaitForAsyncUtils.waitForFxEvents();

        // then the code panel shows the course's code with its docstrings in French, and Run runs that text
        String shown = area(robot, "#pythonEditor .styled-text-area");
        assertThat(shown).isEqualTo(waitN.python().orElseThrow().sourceIn(Locale.FRENCH))
                .contains("\"\"\"wait_n : n coroutines ensemble ; les délais reviennent croissants.\"\"\"")
                .contains("delays.append(await finished)").doesNotContain("Wait a random delay");
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.code().getSource()).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS))
                .isEqualTo(shown);
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.python().nameProperty().get() + " "
                + model.python().isActive()).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS)).isEqualTo("wait-n.py true");
    }

    @Test
    void theProjectorThemeRestylesTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> look.themeProperty().set(ChartTheme.PROJECTOR));

        assertThat(window.root().getStyleClass()).contains(StyleClasses.PROJECTOR);
    }

    @Test
    void noEnglishOnlyWordIsLeftInTheFrenchWindow(FxRobot robot) throws Exception {
        // given every English text that French says differently
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        Set<String> englishOnly = new HashSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!en.getProperty(key).equals(fr.getProperty(key))) {
                englishOnly.add(en.getProperty(key));
            }
        }
        robot.interact(() -> model.lesson().next());

        // when every label, button, text and menu item of the French window is read
        List<String> seen = WaitForAsyncUtils.asyncFx(() -> {
            List<String> all = new ArrayList<>();
            visit(window.root(), all);
            for (Menu menu : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
                items(menu, all);
            }
            return all;
        }).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);

        // then none of them is an English-only text
        assertThat(seen).isNotEmpty().noneMatch(englishOnly::contains);
        assertThat(seen).contains("Leçon", "Exécution");
    }

    private static void visit(Node node, List<String> out) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null) {
            out.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, out);
            }
        }
    }

    private static void items(Menu menu, List<String> out) {
        out.add(menu.getText());
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                items(sub, out);
            } else if (item.getText() != null) {
                out.add(item.getText());
            }
            if (item.getAccelerator() != null) {
                out.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void theFrenchMenusNameTheirKeysInFrenchAndTheKeysStillWork(FxRobot robot) throws Exception {
        // given the Run menu open in the French window
        Menu run = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0))
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        robot.interact(run::show);

        // then the keys drawn beside its items are French: Espace, not Space
        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".accelerator-text").queryAllAs(Label.class)
                .stream().map(Label::getText).toList()).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        assertThat(drawn).contains("Espace", "R").doesNotContain("Space");
        robot.interact(run::hide);

        // and the Lesson menu's keys, Page suivante, still take the teacher to the next scenario
        robot.interact(() -> window.root().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(showing()).isTrue();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(ClassroomWindowTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /**
     * Gives the tasks field the focus as a click would, without the pointer: in the window's first frames the settings
     * form takes its height a pass later and the field can move from under it (KeysWhereverTheFocusIsTest).
     */
    private static void focusTasksField(FxRobot robot) {
        robot.interact(() -> robot.lookup("#tasksField").query().requestFocus());
    }
}
