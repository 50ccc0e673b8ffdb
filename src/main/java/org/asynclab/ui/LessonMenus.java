package org.asynclab.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioException;

/**
 * The Lesson menu's lessons, each a submenu of its scenarios ("1. …", "2. …"): the bundled ones ({@link
 * WindowActions}) and the Python lesson, whose entries open it with its code beside; PageDown then moves within the
 * lesson chosen. One rule for all of them, {@link ScenarioMoves}.
 */
final class LessonMenus {
    private LessonMenus() {
    }

    /** Adds an entry to {@code sub} for each scenario of {@code lesson}; choosing one calls {@code open}. */
    static void addScenarios(Menu sub, Lesson lesson, Locale locale, String idPrefix, IntConsumer open) {
        sub.setMnemonicParsing(false);
        List<Scenario> scenarios = lesson.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            MenuItem entry = new MenuItem((i + 1) + ". " + scenarios.get(i).title().in(locale));
            entry.setId(idPrefix + scenarios.get(i).id());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> open.accept(index));
            sub.getItems().add(entry);
        }
    }

    /** Fills {@code menu} with the bundled Python lesson's scenarios; a lesson that cannot be read is said. */
    static void fillPython(Menu menu, MainViewModel model, Consumer<String> problem) {
        Lesson python;
        try {
            python = ReadAhead.pythonLesson();
        } catch (ScenarioException e) {
            menu.setDisable(true);
            problem.accept(e.message(model.text().locale()));
            return;
        }
        addScenarios(menu, python, model.text().locale(), "pythonLesson-", index -> model.scenarios().show(() -> {
            model.lesson().openLesson(python, index);
            model.look().codeVisibleProperty().set(true);
        }));
    }
}
