package org.asynclab.ui.look;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.asynclab.ui.common.KeyNames;
import org.asynclab.ui.common.UiText;

/**
 * The keyboard shortcuts (F1) of a window, the main one or the sweep's: a key and what it does on each line, in two
 * aligned columns, in the window's theme and text size. As one text with tabs, its columns were ragged and it stayed
 * light on a projector's dark room.
 */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    /**
     * The dialog for {@code text}'s shortcuts under {@code listKey} ({@code help.shortcuts.text} for the main
     * window: "key\twhat it does" per line, the keys that have a name in the window's language written
     * {@code {SPACE}}, named as the menus name them).
     */
    public static Alert of(UiText text, LookViewModel look, String listKey) {
        Alert alert = LookOnRoot.alert(Alert.AlertType.INFORMATION, look);
        alert.setTitle(text.get("help.shortcuts"));
        alert.setHeaderText(text.get("help.shortcuts"));
        GridPane keys = new GridPane();
        keys.getStyleClass().add("al-shortcuts");
        int row = 0;
        for (String line : new KeyNames(text).expand(text.get(listKey)).split("\n")) {
            String[] parts = line.split("\t", 2);
            Label key = new Label(parts[0]);
            key.getStyleClass().add("al-shortcut-key");
            keys.add(key, 0, row);
            if (parts.length > 1) {
                Label does = new Label(parts[1]);
                does.setWrapText(true);
                keys.add(does, 1, row);
            } else {
                GridPane.setColumnSpan(key, 2);
            }
            row++;
        }
        alert.getDialogPane().setContent(keys);
        return alert;
    }
}
