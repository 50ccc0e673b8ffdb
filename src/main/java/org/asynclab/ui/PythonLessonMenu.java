package org.asynclab.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.ui.run.RunState;

/**
 * The Lesson menu's Python lesson, a submenu of its scenarios as every bundled lesson is ("1. …", "2. …"): each
 * opens the lesson on that scenario, its code beside, and PageDown then moves within it.
 */
final class PythonLessonMenu {
    private PythonLessonMenu() {
    }

    /** Fills {@code menu} with the bundled Python lesson's scenarios; a lesson that cannot be read is said. */
    static void fill(Menu menu, MainViewModel model, Consumer<String> problem) {
        Lesson python;
        try {
            python = ScenarioLibrary.bundledPython().lesson();
        } catch (ScenarioException e) {
            menu.setDisable(true);
            problem.accept(e.getMessage());
            return;
        }
        menu.setMnemonicParsing(false);
        List<Scenario> scenarios = python.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            MenuItem entry = new MenuItem((i + 1) + ". " + scenarios.get(i).title().in(model.text().locale()));
            entry.setId("pythonLesson-" + scenarios.get(i).id());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> open(model, python, index));
            menu.getItems().add(entry);
        }
    }

    private static void open(MainViewModel model, Lesson python, int index) {
        if (model.run().getState() == RunState.RUNNING) {
            return;
        }
        model.reset();
        model.lesson().openLesson(python, index);
        model.look().codeVisibleProperty().set(true);
    }
}
