package org.asynclab.ui.settings;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.asynclab.model.SharedCounter;
import org.asynclab.ui.common.FocusInView;
import org.asynclab.ui.common.UiText;
import org.controlsfx.control.SegmentedButton;

/**
 * The controller of SettingsPanel.fxml: the whole settings form, shown while {@link SettingsSummary} is open, and
 * the line that says what is out of range (shown whatever the fold). Enter in a field runs.
 */
public final class SettingsPanelController {
    @FXML private ScrollPane fieldsScroll;
    @FXML private FlowPane fields;
    @FXML private SegmentedButton modeButtons;
    @FXML private ToggleButton modeSequential;
    @FXML private ToggleButton modeEventLoop;
    @FXML private ToggleButton modeThreads;
    @FXML private ToggleButton modePool;
    @FXML private ToggleButton modeVirtual;
    @FXML private SegmentedButton kindButtons;
    @FXML private CheckBox globalLockBox;
    @FXML private TextField workersField;
    @FXML private TextField tasksField;
    @FXML private TextField maxDelayField;
    @FXML private TextField seedField;
    @FXML private Button newSeedButton;
    @FXML private ComboBox<SettingsForm.CompareChoice> compareBox;
    @FXML private Label settingsError;
    @FXML private ComboBox<SharedCounter> counterBox;
    @FXML private TextField counterGapField;
    @FXML private TextField semaphoreField;
    @FXML private TextField deadlineField;

    private final SettingsViewModel settings;
    private final SettingsSummary summary;
    private final UiText text;
    private final Runnable run;

    /**
     * Binds the form to {@code settings}.
     *
     * @param summary whether the form is open
     * @param run     what Enter in a field does (runs, when Run can be pressed)
     */
    public SettingsPanelController(SettingsViewModel settings, SettingsSummary summary, UiText text, Runnable run) {
        this.settings = settings;
        this.summary = summary;
        this.text = text;
        this.run = run;
    }

    @FXML
    private void initialize() {
        fieldsScroll.visibleProperty().bind(summary.openProperty());
        fieldsScroll.managedProperty().bind(summary.openProperty());
        FocusInView.keep(fieldsScroll);
        SettingsForm form = new SettingsForm(settings, text);
        form.bindField(tasksField, settings.tasksProperty(), settings.tasksProblemProperty());
        form.bindField(maxDelayField, settings.maxDelayProperty(), settings.maxDelayProblemProperty());
        form.bindField(seedField, settings.seedProperty(), settings.seedProblemProperty());
        form.bindWorkers(workersField);
        form.bindModes(modeButtons, List.of(modeSequential, modeEventLoop, modeThreads, modePool, modeVirtual));
        form.bindKinds(kindButtons);
        form.bindCourse(counterBox, counterGapField, semaphoreField, deadlineField);
        form.bindCompare(compareBox);
        form.bindGlobalLock(globalLockBox);
        newSeedButton.disableProperty().bind(settings.editableProperty().not());
        settingsError.textProperty().bind(settings.firstProblemProperty());
        settingsError.visibleProperty().bind(settings.firstProblemProperty().isNotEmpty());
        settingsError.managedProperty().bind(settingsError.visibleProperty());
        for (TextField field : List.of(tasksField, maxDelayField, seedField, workersField, counterGapField,
                semaphoreField, deadlineField)) {
            field.setOnAction(e -> run.run());
        }
    }

    @FXML
    private void onNewSeed() {
        settings.newSeed();
    }
}
