package org.asynclab.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookOnRoot;

/**
 * Closing the window with the Python program edited and not saved asks first. The code panel is where a class
 * writes its Python, and closing the window lost what was typed without a word; a program as it was opened, saved
 * or generated closes as before.
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
            if (now.code().isModified() && !closeAnyway(stage, now)) {
                e.consume();
            } else {
                exit.run();
            }
        });
    }

    private static boolean closeAnyway(Stage stage, MainViewModel model) {
        UiText text = model.text();
        Alert alert = LookOnRoot.alert(Alert.AlertType.CONFIRMATION, model.look());
        ButtonType close = new ButtonType(text.get("close.unsaved.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(text.get("close.unsaved.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(back, close);
        // Return goes back to the program: a key pressed by habit loses nothing.
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(back)).setDefaultButton(true);
        alert.setTitle(text.get("close.unsaved.title"));
        alert.setHeaderText(text.get("close.unsaved.title"));
        alert.setContentText(text.format("close.unsaved.text", model.python().nameProperty().get()));
        alert.initOwner(stage);
        return alert.showAndWait().filter(close::equals).isPresent();
    }
}
