package org.asynclab.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;

/**
 * The classroom menu items {@link WindowActions} gives actions to, injected by fx:id into {@link MainController}.
 * Each one is required: an item renamed or removed in MainView.fxml stops the window from loading instead of
 * leaving a menu entry that silently does nothing.
 */
record WindowMenus(MenuItem biggerText, MenuItem smallerText, MenuItem resetText, MenuItem fullScreen,
                   MenuItem resetDefaults, MenuItem shortcuts, CheckMenuItem code, List<RadioMenuItem> themes,
                   List<RadioMenuItem> languages, Menu lessonMenu, MenuItem lessonNext, MenuItem lessonPrevious,
                   MenuItem lessonClose, MenuItem lessonListStart, MenuItem lessonOpen) {
    WindowMenus {
        require(biggerText, "biggerTextItem");
        require(smallerText, "smallerTextItem");
        require(resetText, "resetTextItem");
        require(fullScreen, "fullScreenItem");
        require(resetDefaults, "resetDefaultsItem");
        require(shortcuts, "shortcutsItem");
        require(code, "codeItem");
        themes.forEach(item -> require(item, "themeLight/themeDark/themeProjector"));
        languages.forEach(item -> require(item, "languageEn/languageFr"));
        require(lessonMenu, "lessonMenu");
        require(lessonNext, "lessonNextItem");
        require(lessonPrevious, "lessonPreviousItem");
        require(lessonClose, "lessonCloseItem");
        require(lessonListStart, "lessonListStart");
        require(lessonOpen, "lessonOpenItem");
        themes = List.copyOf(themes);
        languages = List.copyOf(languages);
    }

    private static void require(Object item, String fxId) {
        Objects.requireNonNull(item, () -> "MainView.fxml has no menu item fx:id=\"" + fxId + "\"");
    }
}
