package org.asynclab.ui.settings;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.SharedCounter;
import org.asynclab.ui.common.UiText;

/**
 * The course's part of the settings form (issue 12): the shared counter of the race lesson and its read-to-write
 * gap, the {@code asyncio.Semaphore(k)} of the event loop, and the {@code asyncio.wait_for} deadline. Like the rest
 * of the form, the numbers are kept as typed and each one's problem is worded with its range from
 * {@link Coordination}, the same range the command line checks. {@link SettingsViewModel} owns one and asks it.
 */
public final class CourseSettings {
    private final ObjectProperty<SharedCounter> counter = new SimpleObjectProperty<>(this, "counter",
            SharedCounter.OFF);
    private final StringProperty counterGap = new SimpleStringProperty(this, "counterGap");
    private final StringProperty semaphore = new SimpleStringProperty(this, "semaphore", "0");
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", "0");

    private final ReadOnlyStringWrapper counterGapProblem = new ReadOnlyStringWrapper(this, "counterGapProblem", "");
    private final ReadOnlyStringWrapper semaphoreProblem = new ReadOnlyStringWrapper(this, "semaphoreProblem", "");
    private final ReadOnlyStringWrapper deadlineProblem = new ReadOnlyStringWrapper(this, "deadlineProblem", "");
    private final ReadOnlyBooleanWrapper semaphoreEnabled = new ReadOnlyBooleanWrapper(this, "semaphoreEnabled");
    private final ReadOnlyBooleanWrapper counterGapEnabled = new ReadOnlyBooleanWrapper(this, "counterGapEnabled");
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", true);

    private final UiText text;
    private final SettingsInput input;

    CourseSettings(UiText text, SettingsInput input) {
        this.text = text;
        this.input = input;
        counterGap.set(input.shown(Coordination.DEFAULT_GAP));
    }

    /** What the form must check again when it changes. */
    Observable[] observables() {
        return new Observable[] {counter, counterGap, semaphore, deadline};
    }

    /**
     * Checks the fields for a run in {@code mode}, compared with {@code other} (or null). The semaphore belongs to
     * the event loop as the workers belong to the pool: elsewhere it is neither used nor checked. For a Python
     * {@code program} of its own none of the fields is: the program decides.
     */
    void check(Mode mode, Mode other, boolean program) {
        enabled.set(!program);
        boolean loop = !program && (mode == Mode.EVENT_LOOP || other == Mode.EVENT_LOOP);
        boolean counting = !program && counter.get() != SharedCounter.OFF;
        semaphoreEnabled.set(loop);
        counterGapEnabled.set(counting);
        counterGapProblem.set(counting ? input.counterGapProblem(counterGap.get()).orElse("") : "");
        semaphoreProblem.set(loop ? input.semaphoreProblem(semaphore.get()).orElse("") : "");
        String late = program ? "" : input.deadlineProblem(deadline.get()).orElse("");
        if (late.isEmpty() && counting && SettingsInput.parseDecimal(deadline.get()).orElse(0) > 0) {
            // A cancelled task would leave its update half done: the model refuses the pair, so does the form.
            late = text.get("error.deadline.counter");
        }
        deadlineProblem.set(late);
    }

    /** The fields as the model's value; only called when every field is valid. */
    Coordination toCoordination() {
        boolean counting = counter.get() != SharedCounter.OFF;
        double gap = counting ? SettingsInput.parseDecimal(counterGap.get()).orElseThrow() : Coordination.DEFAULT_GAP;
        int k = semaphoreEnabled.get() ? (int) SettingsInput.parseWhole(semaphore.get()).orElseThrow() : 0;
        double late = SettingsInput.parseDecimal(deadline.get()).orElseThrow();
        return new Coordination(counter.get(), gap, k, late);
    }

    /** Fills the fields from a run's (or a scenario's) settings. */
    void apply(Coordination rules) {
        counter.set(rules.counter());
        counterGap.set(input.shown(rules.counterGapSeconds()));
        semaphore.set(String.valueOf(rules.semaphore()));
        deadline.set(input.shown(rules.deadlineSeconds()));
    }

    /** Whether and how the tasks share a counter. */
    public ObjectProperty<SharedCounter> counterProperty() {
        return counter;
    }

    /** Typed read-to-write gap of the counter, in seconds. */
    public StringProperty counterGapProperty() {
        return counterGap;
    }

    /** Typed size of the event loop's semaphore (0 for none). */
    public StringProperty semaphoreProperty() {
        return semaphore;
    }

    /** Typed deadline in seconds (0 for none). */
    public StringProperty deadlineProperty() {
        return deadline;
    }

    /** What is wrong with the gap, or empty. */
    public ReadOnlyStringProperty counterGapProblemProperty() {
        return counterGapProblem.getReadOnlyProperty();
    }

    /** What is wrong with the semaphore, or empty. */
    public ReadOnlyStringProperty semaphoreProblemProperty() {
        return semaphoreProblem.getReadOnlyProperty();
    }

    /** What is wrong with the deadline, or empty. */
    public ReadOnlyStringProperty deadlineProblemProperty() {
        return deadlineProblem.getReadOnlyProperty();
    }

    /** Whether the counter and the deadline mean anything: not for a Python program of its own. */
    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** Whether the semaphore means anything: only on the event loop (or when comparing with it). */
    public ReadOnlyBooleanProperty semaphoreEnabledProperty() {
        return semaphoreEnabled.getReadOnlyProperty();
    }

    /** Whether the gap means anything: only with a shared counter. */
    public ReadOnlyBooleanProperty counterGapEnabledProperty() {
        return counterGapEnabled.getReadOnlyProperty();
    }

    /** The semaphore's size when it applies, otherwise 0. */
    int semaphoreInUse() {
        return semaphoreEnabled.get() ? (int) SettingsInput.parseWhole(semaphore.get()).orElse(0) : 0;
    }

    /** The deadline in seconds when it reads, otherwise 0. */
    double deadlineInUse() {
        return SettingsInput.parseDecimal(deadline.get()).orElse(0);
    }
}
