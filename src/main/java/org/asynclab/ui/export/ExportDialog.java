package org.asynclab.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;

/**
 * Export ▸ …: the export room, a dialog over the main window in its look (theme, text size, language), made anew
 * each time it opens (ExportDialog.fxml, {@link ExportDialogController}, {@link ExportForm}).
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportForm form;

    private ExportDialog(Window owner, ExportForm form, ExportViewModel export, LookViewModel look, UiText text) {
        this.form = form;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(text.get("export.dialog.title"));
        FXMLLoader loader = new FXMLLoader(ExportDialog.class.getResource("/org/asynclab/ui/ExportDialog.fxml"),
                text.bundle());
        loader.setControllerFactory(type -> new ExportDialogController(form, export, text, stage::close));
        try {
            Parent root = loader.load();
            Subscription following = LookOnRoot.follow(root, look);
            stage.setOnHidden(e -> following.unsubscribe());
            stage.setScene(new Scene(root));
        } catch (IOException e) {
            throw new UncheckedIOException("ExportDialog.fxml could not be loaded", e);
        }
    }

    /**
     * Opens the dialog over {@code owner} to write {@code finished} (a run, or a comparison's two), {@code format}
     * chosen first.
     */
    public static ExportDialog open(Window owner, ExportViewModel export, List<RunResult> finished,
                                    ExportFormat format, LookViewModel look, UiText text) {
        ExportDialog dialog = new ExportDialog(owner, new ExportForm(export, finished, format, text), export, look,
                text);
        dialog.stage.show();
        return dialog;
    }

    /** The dialog's state (for tests). */
    public ExportForm form() {
        return form;
    }

    /** The dialog's window (for tests). */
    public Stage stage() {
        return stage;
    }
}
