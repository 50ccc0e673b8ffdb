package org.asynclab.ui.run;

import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsInput;

/**
 * Predict, then reveal: the class types how long it thinks the run will take before pressing Run, and the
 * results then show that guess beside the measured total and the mode's ideal. A wrong guess said aloud teaches
 * more than a right answer read off the screen, so a scenario that {@link Scenario#requiresGuess() requires a
 * guess} keeps Run disabled until one is typed.
 *
 * <p>The guess is taken when Run is pressed (typing during the run changes nothing) and compared with the first
 * run's total: the run the settings describe, named in a comparison (its column's heading), where the table beside
 * shows two totals. A new scenario empties the field: its guess is a new question.
 */
public final class GuessViewModel {
    private final StringProperty guess = new SimpleStringProperty(this, "guess", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper required = new ReadOnlyBooleanWrapper(this, "required");
    private final ReadOnlyStringWrapper reveal = new ReadOnlyStringWrapper(this, "reveal", "");
    private final BooleanBinding ready;

    private final UiText text;
    private OptionalDouble taken = OptionalDouble.empty();

    /**
     * Creates the field.
     *
     * @param scenario the scenario on screen (null outside a lesson): it says whether a guess is required
     */
    public GuessViewModel(UiText text, ObservableValue<Scenario> scenario) {
        this.text = text;
        guess.addListener(o -> check());
        scenario.addListener((o, was, now) -> {
            required.set(now != null && now.requiresGuess());
            guess.set("");
        });
        required.set(scenario.getValue() != null && scenario.getValue().requiresGuess());
        ready = Bindings.createBooleanBinding(() -> problem.get().isEmpty()
                && (!required.get() || !guess.get().isBlank()), problem, required, guess);
    }

    private void check() {
        problem.set(guess.get().isBlank() || parse().isPresent() ? "" : text.get("error.guess"));
    }

    private OptionalDouble parse() {
        OptionalDouble seconds = SettingsInput.parseDecimal(guess.get().strip());
        return seconds.isPresent() && seconds.getAsDouble() >= 0 && Double.isFinite(seconds.getAsDouble())
                ? seconds : OptionalDouble.empty();
    }

    /** Run was pressed: the guess typed now is the one revealed at the end (none when the field is blank). */
    public void take() {
        taken = parse();
        reveal.set("");
    }

    /**
     * A run ended: shows the guess taken beside its measured total and its ideal; nothing without a guess. A run
     * with no ideal (a traced program) shows the total alone, a stopped one when it stopped: "ideal NaN s" before.
     *
     * @param run the run's name in a comparison, its column's heading ("I/O: guess … · measured …": beside a table of
     *            two totals, the reveal said which one it measured), or empty for a single run
     */
    public void reveal(RunResult result, String run) {
        if (taken.isEmpty() || result == null) {
            reveal.set("");
            return;
        }
        RunSummary s = result.summary();
        String guessed = text.seconds(taken.getAsDouble());
        String total = text.seconds(s.totalSeconds());
        String said = result.cancelled() ? text.format("guess.reveal.stopped", guessed, total)
                : Double.isFinite(s.idealSeconds()) ? text.format("guess.reveal", guessed, total,
                text.seconds(s.idealSeconds())) : text.format("guess.reveal.noIdeal", guessed, total);
        reveal.set(run.isBlank() ? said : text.format("guess.reveal.ofRun", run, said));
    }

    /** The window was emptied: nothing to reveal any more. */
    public void clear() {
        taken = OptionalDouble.empty();
        reveal.set("");
    }

    /** The guess as typed, in seconds. */
    public StringProperty guessProperty() {
        return guess;
    }

    /** What is wrong with the typed guess, or empty (a blank guess is no problem unless one is required). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the scenario on screen requires a guess before it runs. */
    public ReadOnlyBooleanProperty requiredProperty() {
        return required.getReadOnlyProperty();
    }

    /** Whether the guess lets Run be pressed: readable, and typed when the scenario requires one. */
    public BooleanBinding readyBinding() {
        return ready;
    }

    /** "guess 2.000 s · measured 1.000 s · ideal 1.000 s" after a run with a guess; empty otherwise. */
    public ReadOnlyStringProperty revealProperty() {
        return reveal.getReadOnlyProperty();
    }
}
