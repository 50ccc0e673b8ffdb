package org.asynclab.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookOnRoot;

/**
 * Closing the window, or opening another Python file, with the Python program edited and not saved asks first. The
 * code panel is where a class writes its Python, and either lost what was typed without a word; a program as it was
 * opened, saved or generated goes as before.
 */
final class UnsavedProgram {
    private UnsavedProgram() {
    }

    /**
     * Makes closing {@code stage} ask while {@code model}'s program has unsaved edits, then run {@code exit}
     * (unless the teacher goes back to the program).
     *
     * @param model the window's model now (the window is loaded again when the language changes)
     */
    static void askOnClose(Stage stage, Supplier<MainViewModel> model, Runnable exit) {
        stage.setOnCloseRequest(e -> {
            MainViewModel now = model.get();
            if (now.code().isModified() && !goAnyway(stage, now, "close.unsaved.text", "close.unsaved.close")) {
                e.consume();
            } else {
                exit.run();
            }
        });
    }

    /** Runs {@code open} (Lesson ▸ Open Python file…), after asking while the program has unsaved edits. */
    static void beforeOpening(Window owner, MainViewModel model, Runnable open) {
        if (!model.code().isModified() || goAnyway(owner, model, "open.unsaved.text", "open.unsaved.open")) {
            open.run();
        }
    }

    private static boolean goAnyway(Window owner, MainViewModel model, String words, String go) {
        UiText text = model.text();
        Alert alert = LookOnRoot.alert(Alert.AlertType.CONFIRMATION, model.look());
        ButtonType anyway = new ButtonType(text.get(go), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(text.get("close.unsaved.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(back, anyway);
        // Return goes back to the program: a key pressed by habit loses nothing.
        ((Button) alert.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(back)).setDefaultButton(true);
        alert.setTitle(text.get("close.unsaved.title"));
        alert.setHeaderText(text.get("close.unsaved.title"));
        alert.setContentText(text.format(words, model.python().nameProperty().get()));
        alert.initOwner(owner);
        return alert.showAndWait().filter(anyway::equals).isPresent();
    }
}
