package org.asynclab.ui.sweep;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import org.asynclab.model.Mode;
import org.asynclab.ui.common.FoldedLine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;

/**
 * The controller of SweepView.fxml: binds the one-line summary, the form, Start / Cancel, the progress and the save
 * buttons to {@link SweepViewModel}, and places the plot ({@link SweepPlot}) where the room is.
 */
public final class SweepController {

    @FXML private ToggleButton summaryToggle;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private FlowPane form;
    @FXML private TextField sizesField;
    @FXML private HBox modeBoxes;
    @FXML private Label problemLabel;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progressBar;
    @FXML private Label stepLabel;
    @FXML private Pane plotPane;
    @FXML private Button savePng;
    @FXML private Button saveSvg;
    @FXML private Button saveCsv;
    @FXML private Label savedLabel;

    private final SweepViewModel model;
    private final SweepSummary summary;
    private final LookViewModel look;
    private final UiText text;
    private SweepPlot plot;

    /** Binds the room to {@code model}, its line {@code summary}, drawn in {@code look}'s theme and text size. */
    public SweepController(SweepViewModel model, SweepSummary summary, LookViewModel look, UiText text) {
        this.model = model;
        this.summary = summary;
        this.look = look;
        this.text = text;
    }

    @FXML
    private void initialize() {
        summaryToggle.selectedProperty().bindBidirectional(summary.openProperty());
        summaryToggle.textProperty().bind(FoldedLine.of(summary.lineBinding(), summary.openProperty()));
        summaryToggle.setFocusTraversable(false);
        form.visibleProperty().bind(summary.openProperty());
        form.managedProperty().bind(form.visibleProperty());
        sizesField.textProperty().bindBidirectional(model.sizesProperty());
        sizesField.disableProperty().bind(model.runningProperty());
        sizesField.setOnAction(e -> onStart());
        for (Node node : modeBoxes.getChildren()) {
            CheckBox box = (CheckBox) node;
            box.selectedProperty().bindBidirectional(model.modeProperty(Mode.fromId((String) box.getUserData())));
            box.disableProperty().bind(model.runningProperty());
        }
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        startButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progressBar.progressProperty().bind(model.progressProperty());
        // An empty bar before any sweep read as something loading: the row shows from the first Start on, and
        // keeps its room meanwhile, so that the plot does not move when it appears.
        progressRow.visibleProperty().bind(model.runningProperty().or(model.resultProperty().isNotNull()));
        stepLabel.textProperty().bind(model.stepProperty());
        BooleanBinding nothingToSave = Bindings.createBooleanBinding(() -> model.resultProperty().get() == null
                || model.resultProperty().get().points().isEmpty(), model.resultProperty())
                .or(model.runningProperty());
        for (Button save : new Button[] {savePng, saveSvg, saveCsv}) {
            save.disableProperty().bind(nothingToSave);
        }
        savedLabel.textProperty().bind(model.savedProperty());
        plot = new SweepPlot(model, look, text, plotPane);
    }

    @FXML
    private void onStart() {
        model.start();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onSave(ActionEvent event) {
        Button button = (Button) event.getSource();
        String format = (String) button.getUserData();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(button.getText());
        chooser.setInitialFileName("sweep." + format);
        // The filter names the file type ("CSV tables (*.csv)"), not the button ("Save CSV…") a second time.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("sweep.fileType." + format),
                "*." + format));
        File file = chooser.showSaveDialog(plotPane.getScene().getWindow());
        if (file != null) {
            model.save(format, file.toPath(), look.themeProperty().get());
        }
    }

    /** Lets go of the look and the sweep: the room's nodes go away (a language change or the window closing). */
    void dispose() {
        plot.dispose();
    }
}
