package org.asynclab.ui.run;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.OwnRow;
import org.asynclab.ui.common.FoldedLine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.common.WholeWords;
import org.asynclab.ui.settings.SettingsForm;
import org.asynclab.ui.settings.SettingsSummary;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The controller of RunBar.fxml: the one-line settings (a toggle that opens the form), the guess and the run
 * buttons, all one click away whether the form is open or folded.
 */
public final class RunBarController {
    private static final PseudoClass REQUIRED = PseudoClass.getPseudoClass("required");
    /**
     * Most lines the settings line takes beside the buttons; more, it takes a row of its own above them: in French
     * at 1024×768 the race lesson's line had some 220 px there and ended in "…" on its fourth line.
     */
    private static final int LINES_BESIDE = 2;

    @FXML private VBox bar;
    @FXML private HBox row;
    @FXML private HBox extras;
    @FXML private HBox actions;
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
        settingsToggle.textProperty().bind(FoldedLine.of(summary.lineBinding(), summary.openProperty()));
        // The line keeps to two lines beside the buttons, else takes a row of its own; its tooltip has it whole.
        OwnRow.of(bar, row, settingsToggle, this::tooManyLinesBeside).follow(settingsToggle.textProperty())
                .follow(settingsToggle.fontProperty());
        // The guess and the Python toggle go above the buttons when the three rows' widest would not fit beside them.
        OwnRow.of(bar, row, extras, beside -> extrasTooWide());
        // Its help, and the tooltip made from it after the first frames, has the line whole.
        settingsToggle.accessibleHelpProperty().bind(Bindings.concat(summary.lineBinding(), "\n",
                text.get("tooltip.settings.toggle")));
        new SettingsForm(settings, text).bindField(guessField, guess.guessProperty(), guess.problemProperty());
        // The field says what it is for in its prompt: the run bar stays one line on a small screen. Required,
        // it is outlined (CSS :required) and the status bar says why Run waits: "guess (s): required" was cut.
        guessField.promptTextProperty().bind(Bindings.when(guess.requiredProperty())
                .then(text.get("guess.prompt.field")).otherwise(text.get("label.guess")));
        // Outlined, the field looks as if it had the focus: it takes it, so that the class's guess typed at once
        // ("2.5", Return) lands there and runs, instead of 2 and 5 picking modes and Return opening the settings.
        // The next scenario asks for none: the focus it took goes back to the window, or Space, → and P were typed
        // into the field for every scenario after io-vs-cpu until the teacher clicked elsewhere.
        guess.requiredProperty().subscribe(on -> {
            guessField.pseudoClassStateChanged(REQUIRED, on);
            if (on) {
                guessField.requestFocus();
            } else if (guessField.isFocused() && guessField.getScene() != null) {
                guessField.getScene().getRoot().requestFocus();
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

    /** Whether the guess and the Python toggle leave the buttons too little room in the bar's width. */
    private boolean extrasTooWide() {
        double room = bar.getWidth() - bar.getInsets().getLeft() - bar.getInsets().getRight();
        return extras.prefWidth(-1) + row.getSpacing() + actions.prefWidth(-1) > room;
    }

    /**
     * Whether the settings line would take more than {@link #LINES_BESIDE} lines in {@code width}, or break a word
     * there: a Python program's name read "trap-forgotten-await.p / y" beside the French buttons at 1024×768. Its
     * own row gives it the bar's whole width; its least width is not raised instead, for that would widen the bar
     * past the window at the largest text.
     */
    private boolean tooManyLinesBeside(double width) {
        if (width < WholeWords.leastWidth(settingsToggle)) {
            return true;
        }
        double padding = settingsToggle.getInsets().getTop() + settingsToggle.getInsets().getBottom();
        double oneLine = settingsToggle.prefHeight(-1) - padding;
        double there = settingsToggle.prefHeight(Math.max(1, width)) - padding;
        return oneLine > 0 && there > oneLine * (LINES_BESIDE + 0.5);
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
