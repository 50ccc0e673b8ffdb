package org.asynclab.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.asynclab.ui.common.UiText;

/**
 * The controller of ExportDialog.fxml: binds the fields to {@link ExportForm}, and closes the dialog once the file
 * is written; a failure (a read-only folder, a full disk) stays in the dialog, in words, for another try.
 */
public final class ExportDialogController {
    @FXML private VBox root;
    @FXML private GridPane formGrid;
    @FXML private ComboBox<ExportFormat> formatBox;
    @FXML private Label sizeLabel;
    @FXML private Node sizeRow;
    @FXML private TextField widthField;
    @FXML private TextField heightField;
    @FXML private Label scaleLabel;
    @FXML private Node scaleRow;
    @FXML private TextField scaleField;
    @FXML private Label includeLabel;
    @FXML private Node includeRow;
    @FXML private CheckBox titleBox;
    @FXML private CheckBox idealBox;
    @FXML private Label runsLabel;
    @FXML private ComboBox<ExportForm.Runs> runsBox;
    @FXML private TextField fileField;
    @FXML private Label problemLabel;
    @FXML private Button exportButton;

    private final ExportForm form;
    private final ExportViewModel export;
    private final UiText text;
    private final Runnable close;
    /** Why this dialog's last export failed, or empty: an earlier export's failure is not this one's. */
    private final StringProperty failure = new SimpleStringProperty(this, "failure", "");
    private boolean waiting;
    /** The form's rows in order, each its name and its field: the ones shown are {@link #restack restacked}. */
    private List<List<Node>> rows;

    /** Binds the dialog to {@code form}, writing through {@code export}; {@code close} closes its window. */
    public ExportDialogController(ExportForm form, ExportViewModel export, UiText text, Runnable close) {
        this.form = form;
        this.export = export;
        this.text = text;
        this.close = close;
    }

    @FXML
    private void initialize() {
        Map<Integer, List<Node>> byRow = new TreeMap<>();
        formGrid.getChildren().forEach(node -> byRow.computeIfAbsent(GridPane.getRowIndex(node),
                row -> new ArrayList<>()).add(node));
        rows = List.copyOf(byRow.values());
        formatBox.getItems().setAll(ExportFormat.values());
        formatBox.setConverter(words(format -> text.get(key(format)).replace("…", "")));
        formatBox.valueProperty().bindBidirectional(form.formatProperty());
        widthField.textProperty().bindBidirectional(form.widthProperty());
        heightField.textProperty().bindBidirectional(form.heightProperty());
        scaleField.textProperty().bindBidirectional(form.scaleProperty());
        titleBox.selectedProperty().bindBidirectional(form.titleProperty());
        idealBox.selectedProperty().bindBidirectional(form.idealProperty());
        showWhen(form.pictureBinding().get(), sizeLabel, sizeRow, includeLabel, includeRow);
        form.pictureBinding().subscribe(on -> showWhen(on, sizeLabel, sizeRow, includeLabel, includeRow));
        form.pngBinding().subscribe(on -> showWhen(on, scaleLabel, scaleRow));
        runsBox.getItems().setAll(ExportForm.Runs.values());
        runsBox.valueProperty().bindBidirectional(form.runsProperty());
        // the words follow the format ("one picture each", "in one file"): a new converter redraws the cells
        form.formatProperty().subscribe(format -> runsBox.setConverter(words(form::runsWords)));
        showWhen(form.comparison(), runsLabel, runsBox);
        fileField.textProperty().bindBidirectional(form.fileProperty());
        problemLabel.textProperty().bind(Bindings.when(form.problemBinding().isEmpty()).then(failure)
                .otherwise(form.problemBinding()));
        problemLabel.visibleProperty().bind(problemLabel.textProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.textProperty().subscribe(this::fitHeight);
        exportButton.disableProperty().bind(form.problemBinding().isNotEmpty().or(export.busyProperty()));
        export.busyProperty().subscribe((was, busy) -> {
            if (waiting && !busy) {
                waiting = false;
                if (export.failedProperty().get()) {
                    failure.set(export.messageProperty().get());
                } else {
                    close.run();
                }
            }
        });
    }

    private static String key(ExportFormat format) {
        return switch (format) {
            case PNG_1X -> "export.png1";
            case PNG_2X -> "export.png2";
            case SLIDE_PNG -> "export.slide";
            case SVG -> "export.svg";
            case JSON -> "export.json";
            case CSV -> "export.csv";
            case PERFETTO -> "export.perfetto";
        };
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> say) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : say.apply(value);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }

    private void showWhen(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
        restack();
    }

    /**
     * Numbers the rows shown one after the other: the grid's gap follows every row index, an empty one too (a JSON
     * export, with no size, scale or content to choose, had four gaps' blank where those rows were).
     */
    private void restack() {
        int next = 0;
        for (List<Node> row : rows) {
            boolean shown = row.getFirst().isManaged();
            for (Node node : row) {
                GridPane.setRowIndex(node, shown ? next : rows.size());
            }
            next += shown ? 1 : 0;
        }
        fitHeight();
    }

    /**
     * Makes the dialog as tall as its rows, its problem line and its buttons, at the width it has: it kept the
     * height of the format it opened with, so JSON then PNG hid the file's row and Export under its bottom edge.
     * (The window's own {@code setHeight} left its scene as it was on GTK without a window manager; sizing to the
     * scene does not, and the width kept as the room's preferred one wraps a long problem instead of widening it.)
     */
    private void fitHeight() {
        Scene scene = root.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return; // before it shows: the scene is made at the room's own size
        }
        root.setPrefWidth(scene.getWidth());
        window.sizeToScene();
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("export.choose"));
        ExportFormat format = form.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get(key(format)).replace("…", ""),
                "*." + format.extension()));
        Path typed = Path.of(form.fileProperty().get().strip().isEmpty() ? "." : form.fileProperty().get().strip());
        Path folder = typed.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        } else {
            export.initialFolder().ifPresent(last -> chooser.setInitialDirectory(last.toFile()));
        }
        if (typed.getFileName() != null) {
            chooser.setInitialFileName(typed.getFileName().toString());
        }
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            form.fileProperty().set(file.getPath());
        }
    }

    @FXML
    private void onExport() {
        failure.set("");
        waiting = form.export();
    }

    @FXML
    private void onCancel() {
        close.run();
    }
}
