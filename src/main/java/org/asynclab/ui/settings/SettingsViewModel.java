package org.asynclab.ui.settings;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;

/**
 * The settings form without its nodes: what is typed in each field, the mode and kind chosen, the problem with
 * each field in words (empty when it is fine), and whether the whole can be run. The fields are text so that a
 * half-typed value is kept as typed and marked, never silently replaced.
 */
public final class SettingsViewModel {
    private final StringProperty tasks = new SimpleStringProperty(this, "tasks", "10");
    private final StringProperty maxDelay = new SimpleStringProperty(this, "maxDelay", "1");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.EVENT_LOOP);
    private final StringProperty workers = new SimpleStringProperty(this, "workers",
            String.valueOf(Limits.DEFAULT_WORKERS));
    private final ObjectProperty<TaskKind> kind = new SimpleObjectProperty<>(this, "kind", TaskKind.IO);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    /** The mode of the second run of a comparison, or null for a single run. */
    private final ObjectProperty<Mode> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    /** Simulate CPython's GIL: one lock around every task's computation (cpu tasks on threads only). */
    private final BooleanProperty globalLock = new SimpleBooleanProperty(this, "globalLock");
    private final ReadOnlyBooleanWrapper globalLockEnabled = new ReadOnlyBooleanWrapper(this, "globalLockEnabled");
    /** A Python program is the run (the code panel's), not a Java mode: see {@link #programProperty()}. */
    private final BooleanProperty program = new SimpleBooleanProperty(this, "program");
    private final ReadOnlyBooleanWrapper kindEnabled = new ReadOnlyBooleanWrapper(this, "kindEnabled", true);

    private final ReadOnlyStringWrapper tasksProblem = new ReadOnlyStringWrapper(this, "tasksProblem", "");
    private final ReadOnlyStringWrapper maxDelayProblem = new ReadOnlyStringWrapper(this, "maxDelayProblem", "");
    private final ReadOnlyStringWrapper workersProblem = new ReadOnlyStringWrapper(this, "workersProblem", "");
    private final ReadOnlyStringWrapper seedProblem = new ReadOnlyStringWrapper(this, "seedProblem", "");
    private final ReadOnlyStringWrapper firstProblem = new ReadOnlyStringWrapper(this, "firstProblem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper workersEnabled = new ReadOnlyBooleanWrapper(this, "workersEnabled");

    private final UiText text;
    private final SettingsInput input;
    private final LongSupplier seeds;
    private final CourseSettings course;

    /** Creates the form with the classroom defaults and random new seeds. */
    public SettingsViewModel(UiText text) {
        this(text, new Random()::nextLong);
    }

    /** Creates the form; {@code seeds} gives the "new seed" button its values (fixed in tests). */
    public SettingsViewModel(UiText text, LongSupplier seeds) {
        this.text = text;
        this.input = new SettingsInput(text);
        this.seeds = seeds;
        this.course = new CourseSettings(text, input);
        for (Observable o : new Observable[] {tasks, maxDelay, mode, workers, kind, seed, compareWith, program}) {
            o.addListener(x -> check());
        }
        for (Observable o : course.observables()) {
            o.addListener(x -> check());
        }
        check();
    }

    private void check() {
        Mode m = getMode();
        Optional<String> tasksWrong = input.tasksProblem(tasks.get(), m);
        Mode other = compareWith.get();
        if (tasksWrong.isEmpty() && other != null) {
            // A comparison runs the same tasks in the second mode too: threads has the lower ceiling.
            tasksWrong = input.tasksProblem(tasks.get(), other);
        }
        tasksProblem.set(tasksWrong.orElse(""));
        maxDelayProblem.set(input.maxDelayProblem(maxDelay.get()).orElse(""));
        workersProblem.set(usesPool() ? input.workersProblem(workers.get(), Mode.POOL).orElse("") : "");
        seedProblem.set(input.seedProblem(seed.get()).orElse(""));
        workersEnabled.set(usesPool());
        globalLockEnabled.set(!program.get() && (locks(m) || locks(compareWith.get())));
        kindEnabled.set(!program.get());
        course.check(m, compareWith.get(), program.get());
        firstProblem.set(first("field.tasks", tasksProblem.get(), "field.maxDelay", maxDelayProblem.get(),
                "field.workers", workersProblem.get(), "field.seed", seedProblem.get(),
                "field.counterGap", course.counterGapProblemProperty().get(),
                "field.semaphore", course.semaphoreProblemProperty().get(),
                "field.deadline", course.deadlineProblemProperty().get()));
        valid.set(firstProblem.get().isEmpty());
    }

    private boolean usesPool() {
        return getMode() == Mode.POOL || compareWith.get() == Mode.POOL;
    }

    /** Whether the simulated global lock means anything: computation on several threads. */
    private boolean locks(Mode m) {
        return getKind() == TaskKind.CPU && (m == Mode.THREADS || m == Mode.POOL || m == Mode.VIRTUAL);
    }

    private String first(String... labelsAndProblems) {
        for (int i = 0; i < labelsAndProblems.length; i += 2) {
            if (!labelsAndProblems[i + 1].isEmpty()) {
                return text.format("error.field", text.get(labelsAndProblems[i]), labelsAndProblems[i + 1]);
            }
        }
        return "";
    }

    /**
     * The settings as a run's config in the chosen mode.
     *
     * @throws IllegalStateException when a field is invalid (Run is disabled then, so this is a programming error)
     */
    public RunConfig toConfig() {
        return toConfig(getMode());
    }

    /**
     * The second run of a comparison of {@code first} with {@code other}: a lesson's own when it has one ({@code own},
     * {@code LessonViewModel#compareFor}: its semaphore, its counter), else these settings in that mode. What Run
     * runs, the settings line names and the code panel shows.
     */
    public RunConfig toSecondConfig(RunConfig first, Mode other, BiFunction<RunConfig, Mode, Optional<RunConfig>> own) {
        return own.apply(first, other).orElseGet(() -> toConfig(other));
    }

    /** The same settings in another mode: the second run of a comparison, with the same seed and delays. */
    public RunConfig toConfig(Mode runMode) {
        if (!isValid()) {
            throw new IllegalStateException("settings are invalid: " + firstProblem.get());
        }
        int n = (int) SettingsInput.parseWhole(tasks.get()).orElseThrow();
        double delay = SettingsInput.parseDecimal(maxDelay.get()).orElseThrow();
        int pool = runMode == Mode.POOL ? (int) SettingsInput.parseWhole(workers.get()).orElseThrow() : 0;
        long s = SettingsInput.parseWhole(seed.get()).orElseThrow();
        if (program.get()) {
            // The Java side of "same delays, two worlds": a plain run of the delays served to the program.
            return new RunConfig(n, delay, runMode, pool, TaskKind.IO, s);
        }
        // RunConfig drops the lock where it means nothing (I/O tasks, one thread), so it can be passed as ticked.
        return new RunConfig(n, delay, runMode, pool, getKind(), s, globalLock.get(), course.toCoordination());
    }

    /** Fills the form from a config (start-up options), its decimals in the window's language. */
    public void apply(RunConfig config) {
        tasks.set(String.valueOf(config.tasks()));
        maxDelay.set(input.shown(config.maxDelaySeconds()));
        mode.set(config.mode());
        if (config.mode() == Mode.POOL) {
            workers.set(String.valueOf(config.workers()));
        }
        kind.set(config.kind());
        seed.set(String.valueOf(config.seed()));
        globalLock.set(config.globalLock());
        course.apply(config.coordination());
    }

    /**
     * Fills the form for a run and, if {@code second} is not null, a comparison with it: its pool size (if it is
     * the pool) under the first run's settings; null clears the comparison.
     */
    public void applyComparison(RunConfig first, RunConfig second) {
        if (second != null) {
            apply(second);
        }
        apply(first);
        if (second != null && second.coordination().semaphore() > 0 && first.coordination().semaphore() == 0) {
            // The semaphore belongs to the event loop: a scenario comparing a pool with the loop keeps the loop's.
            course.semaphoreProperty().set(String.valueOf(second.coordination().semaphore()));
        }
        compareWith.set(second == null ? null : second.mode());
    }

    /**
     * Draws a new seed: new delays for the next run. Not while the settings are a run's ({@link #editableProperty}):
     * Run ▸ New seed mid-run had the settings line name a seed the run on screen did not use.
     */
    public void newSeed() {
        if (editable.get()) {
            seed.set(String.valueOf(seeds.getAsLong()));
        }
    }

    /** The course's settings: the shared counter and its gap, the semaphore, the deadline. */
    public CourseSettings course() {
        return course;
    }

    /** Typed number of tasks. */
    public StringProperty tasksProperty() {
        return tasks;
    }

    /**
     * A decimal typed in either language with this window's decimal mark ("0,5" becomes "0.5" in English), any other
     * text as it is: a setting remembered from a French session reads as the English window writes it.
     */
    public String inThisLanguage(String typed) {
        OptionalDouble value = SettingsInput.parseDecimal(typed);
        return value.isPresent() ? input.shown(value.getAsDouble()) : typed;
    }

    /** Typed max delay in seconds. */
    public StringProperty maxDelayProperty() {
        return maxDelay;
    }

    /** The chosen mode. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The chosen mode. */
    public Mode getMode() {
        return mode.get();
    }

    /** Sets the mode. */
    public void setMode(Mode value) {
        mode.set(value);
    }

    /** Typed pool size. */
    public StringProperty workersProperty() {
        return workers;
    }

    /** I/O or CPU tasks. */
    public ObjectProperty<TaskKind> kindProperty() {
        return kind;
    }

    /** I/O or CPU tasks. */
    public TaskKind getKind() {
        return kind.get();
    }

    /** Typed seed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** The mode of the comparison's second run, or null for a single run. */
    public ObjectProperty<Mode> compareWithProperty() {
        return compareWith;
    }

    /** False while a run goes on: settings then describe the run on screen and stay put. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Whether cpu tasks on threads run under one global lock, like CPython's GIL (a simulation). */
    public BooleanProperty globalLockProperty() {
        return globalLock;
    }

    /**
     * Whether a Python program of its own is the run (a lesson's, a file's, one edited) rather than a Java mode or
     * the settings' own program. It decides what its tasks do, how long they may take and what they share, as with
     * {@code --python} on the command line: the kind, the simulated GIL and the course's counter, semaphore and
     * deadline do not apply, and a comparison's Java run is a plain one of the same delays (until 2 Dec 2026 a
     * deadline left in the form cut the Java side alone). The settings' own program, unedited, does what they say.
     */
    public BooleanProperty programProperty() {
        return program;
    }

    /** Whether the kind of task can be chosen: for a Java mode, not for a Python program. */
    public ReadOnlyBooleanProperty kindEnabledProperty() {
        return kindEnabled.getReadOnlyProperty();
    }

    /** Whether the global lock can be chosen: cpu tasks in threads, pool or virtual (or compared with one). */
    public ReadOnlyBooleanProperty globalLockEnabledProperty() {
        return globalLockEnabled.getReadOnlyProperty();
    }

    /** What is wrong with the task count, or empty. */
    public ReadOnlyStringProperty tasksProblemProperty() {
        return tasksProblem.getReadOnlyProperty();
    }

    /** What is wrong with the max delay, or empty. */
    public ReadOnlyStringProperty maxDelayProblemProperty() {
        return maxDelayProblem.getReadOnlyProperty();
    }

    /** What is wrong with the pool size, or empty. */
    public ReadOnlyStringProperty workersProblemProperty() {
        return workersProblem.getReadOnlyProperty();
    }

    /** What is wrong with the seed, or empty. */
    public ReadOnlyStringProperty seedProblemProperty() {
        return seedProblem.getReadOnlyProperty();
    }

    /** The first problem of the form, naming its field ("Tasks: must be …"), or empty. */
    public ReadOnlyStringProperty firstProblemProperty() {
        return firstProblem.getReadOnlyProperty();
    }

    /** Whether every field is valid. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether every field is valid. */
    public boolean isValid() {
        return valid.get();
    }

    /** Whether the pool size means anything: only in mode pool (or when comparing with it). */
    public ReadOnlyBooleanProperty workersEnabledProperty() {
        return workersEnabled.getReadOnlyProperty();
    }
}
