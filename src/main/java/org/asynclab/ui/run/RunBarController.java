package org.asynclab.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsForm;
import org.asynclab.ui.settings.SettingsSummary;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The controller of RunBar.fxml: the one-line settings (a toggle that opens the form), the guess and the run
 * buttons, all one click away whether the form is open or folded.
 */
public final class RunBarController {
    private static final String OPEN_MARK = " ▴";
    private static final String FOLDED_MARK = " ▾";
    private static final PseudoClass REQUIRED = PseudoClass.getPseudoClass("required");

    @FXML private ToggleButton settingsToggle;
    @FXML private TextField guessField;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private Button resetButton;

    private final SettingsViewModel settings;
    private final SettingsSummary summary;
    private final GuessViewModel guess;
    private final RunControls controls;
    private final UiText text;

    /** Binds the bar to the settings' summary, the guess and the run cycle's {@code controls}. */
    public RunBarController(SettingsViewModel settings, SettingsSummary summary, GuessViewModel guess,
                            RunControls controls, UiText text) {
        this.settings = settings;
        this.summary = summary;
        this.guess = guess;
        this.controls = controls;
        this.text = text;
    }

    @FXML
    private void initialize() {
        settingsToggle.selectedProperty().bindBidirectional(summary.openProperty());
        settingsToggle.textProperty().bind(Bindings.concat(summary.lineBinding(),
                Bindings.when(summary.openProperty()).then(OPEN_MARK).otherwise(FOLDED_MARK)));
        // The line keeps to two lines on a small screen; its tooltip has it whole.
        settingsToggle.getTooltip().textProperty().bind(Bindings.concat(summary.lineBinding(), "\n",
                text.get("tooltip.settings.toggle")));
        new SettingsForm(settings, text).bindField(guessField, guess.guessProperty(), guess.problemProperty());
        // The field says what it is for in its prompt: the run bar stays one line on a small screen. Required,
        // it is outlined (CSS :required) and the status bar says why Run waits: "guess (s): required" was cut.
        guessField.promptTextProperty().bind(Bindings.when(guess.requiredProperty())
                .then(text.get("guess.prompt.field")).otherwise(text.get("label.guess")));
        // Outlined, the field looks as if it had the focus: it takes it, so that the class's guess typed at once
        // ("2.5", Return) lands there and runs, instead of 2 and 5 picking modes and Return opening the settings.
        guess.requiredProperty().subscribe(on -> {
            guessField.pseudoClassStateChanged(REQUIRED, on);
            if (on) {
                guessField.requestFocus();
            }
        });
        // Return runs; a run started, the field hands the focus back so that Space, P, C… work again.
        guessField.setOnAction(e -> {
            boolean runs = controls.canRun().get();
            controls.run().run();
            if (runs && guessField.getScene() != null) {
                guessField.getScene().getRoot().requestFocus();
            }
        });
        runButton.disableProperty().bind(BooleanExpression.booleanExpression(controls.canRun()).not());
        stopButton.disableProperty().bind(BooleanExpression.booleanExpression(controls.running()).not());
        resetButton.disableProperty().bind(BooleanExpression.booleanExpression(controls.idle()));
    }

    @FXML
    private void onRun() {
        controls.run().run();
    }

    @FXML
    private void onStop() {
        controls.stop().run();
    }

    @FXML
    private void onReset() {
        controls.reset().run();
    }
}
