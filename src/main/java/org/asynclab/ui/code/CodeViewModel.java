package org.asynclab.ui.code;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.lesson.CodeSamples;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The code beside the picture. The Python is an editor's text: it starts as the program of the current settings
 * (or a lesson's, or a file's), the teacher may edit it, and {@link #sourceProperty()} is what a Python run runs;
 * {@link #modifiedProperty()} says it differs from where it came from, {@link #revert()} goes back. The Java is
 * the code AsyncLab runs for the settings, read-only. While the teacher has not edited the Python, both follow
 * the form as it is typed (while a field is invalid the last valid code stays: the form says what is wrong).
 *
 * <p>In a comparison of two Java modes (a lesson's, or Compare with) the panel shows either run's code: {@link
 * #runsProperty()} names them as the results table does, {@link #shownRunProperty()} says which one shows, and the
 * second run's Python and Java are read-only ({@link #secondPythonProperty()}, {@link #secondJavaProperty()}): the
 * course's point is the two programs side by side, and the panel showed the first one only.
 *
 * <p>Beside the text: the problem of the last run ({@link #showProblem}), the lines tasks are paused on at the
 * chart's cursor ({@link #showPausedAt}), the program's output ({@link #output()}) and opening and saving files
 * ({@link CodeFiles}).
 */
public final class CodeViewModel {
    /** A problem of the program, on a 1-based line and column (0 when unknown), with what to show. */
    public record Problem(int line, int column, String message) {
    }

    private final SettingsViewModel settings;
    private final UiText text;
    private final Function<RunConfig, Workload> fixedDelays;
    private final BiFunction<RunConfig, Mode, Optional<RunConfig>> ownSecond;
    private final RunTitles titles;
    private final ReadOnlyObjectWrapper<List<String>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private final IntegerProperty shownRun = new SimpleIntegerProperty(this, "shownRun", 0);
    private final ReadOnlyStringWrapper secondPython = new ReadOnlyStringWrapper(this, "secondPython", "");
    private final ReadOnlyStringWrapper secondJava = new ReadOnlyStringWrapper(this, "secondJava", "");
    private final ReadOnlyStringWrapper python = new ReadOnlyStringWrapper(this, "python", "");
    private final ReadOnlyStringWrapper java = new ReadOnlyStringWrapper(this, "java", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ReadOnlyStringWrapper original = new ReadOnlyStringWrapper(this, "original", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final BooleanBinding modified = Bindings.notEqual(source, original);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<SortedMap<Integer, Integer>> pausedLines =
            new ReadOnlyObjectWrapper<>(this, "pausedLines", Collections.emptySortedMap());
    private final OutputViewModel output = new OutputViewModel();
    private final CodeFiles files;
    /** The Python came from a lesson or a file, not from the settings. */
    private final BooleanProperty fromFile = new SimpleBooleanProperty(this, "fromFile");
    private final BooleanBinding settingsCode = fromFile.not().and(modified.not());

    /**
     * Follows {@code settings} with a lesson's own delays ({@code fixedDelays}, null: drawn from the seed), its
     * comments and words in {@code text}'s language, files read and written on a thread of its own.
     */
    public CodeViewModel(SettingsViewModel settings, UiText text, Function<RunConfig, Workload> fixedDelays,
                         BiFunction<RunConfig, Mode, Optional<RunConfig>> ownSecond) {
        this(settings, text, fixedDelays, ownSecond, CodeFiles.ownThread(), Platform::runLater);
    }

    /** Follows {@code settings}, a comparison's second run being the settings in the other mode. */
    public CodeViewModel(SettingsViewModel settings, UiText text, Function<RunConfig, Workload> fixedDelays,
                         Executor background, Executor fxThread) {
        this(settings, text, fixedDelays, (first, other) -> Optional.empty(), background, fxThread);
    }

    /**
     * Follows {@code settings}.
     *
     * @param text        the window's words: the Python's comments are in its language
     * @param fixedDelays a lesson's own delays for a config (null: drawn from the seed), e.g.
     *                    {@code lesson::delaysFor}; the code is refreshed when the lesson changes through the
     *                    settings it applies
     * @param ownSecond   a lesson's own second run of a comparison ({@code LessonViewModel#compareFor})
     * @param background  where files are read and written
     * @param fxThread    where their results are handed over ({@code Platform::runLater} in the app)
     */
    public CodeViewModel(SettingsViewModel settings, UiText text, Function<RunConfig, Workload> fixedDelays,
                         BiFunction<RunConfig, Mode, Optional<RunConfig>> ownSecond, Executor background,
                         Executor fxThread) {
        this.settings = settings;
        this.text = text;
        this.fixedDelays = fixedDelays;
        this.ownSecond = ownSecond;
        this.titles = new RunTitles(text);
        this.files = new CodeFiles(this, text, background, fxThread);
        for (Observable o : new Observable[] {settings.validProperty(), settings.tasksProperty(),
            settings.maxDelayProperty(), settings.modeProperty(), settings.workersProperty(), settings.kindProperty(),
            settings.seedProperty(), settings.globalLockProperty(), settings.compareWithProperty(),
            // a course lesson's counter, semaphore and deadline change the code too
            settings.course().counterProperty(), settings.course().counterGapProperty(),
            settings.course().semaphoreProperty(), settings.course().deadlineProperty(),
            // a Python program of its own as the run: the Java tab shows the plain run compared with it
            settings.programProperty()}) {
            o.addListener(x -> update());
        }
        source.addListener((o, was, now) -> problem.set(null));
        update();
    }

    /** Generates the code of the current settings again (say, when a lesson with its own delays is shown). */
    public void update() {
        if (!settings.isValid()) {
            return;
        }
        RunConfig config = settings.toConfig();
        Workload delays = fixedDelays.apply(config);
        java.set(CodeSamples.java(config, delays, text.locale()));
        compared(config, delays);
        if (settings.programProperty().get()) {
            // A program of its own is in the editor (a file's, a lesson's, one edited): the Java beside it is the
            // plain run it is compared with, and the settings' own program stays as it was, to go back to.
            return;
        }
        python.set(CodeSamples.python(config, delays, text.locale()));
        if (!fromFile.get()) {
            follow(python.get(), text.get("code.origin.settings"));
        }
    }

    /**
     * The second run's code when the settings compare two Java modes; none otherwise (the first run's shows), nor
     * when the second run is the first again (the run-to-run noise: the same code twice).
     */
    private void compared(RunConfig config, Workload delays) {
        Mode other = settings.compareWithProperty().get();
        RunConfig second = other == null || settings.programProperty().get() ? null
                : settings.toSecondConfig(config, other, ownSecond);
        if (second == null || second.equals(config)) {
            runs.set(List.of());
            shownRun.set(0);
            return;
        }
        secondPython.set(CodeSamples.python(second, delays, text.locale()));
        secondJava.set(CodeSamples.java(second, delays, text.locale()));
        List<String> names = List.of(titles.columnInOrder(config, second, 1), titles.columnInOrder(second, config, 2));
        if (!names.equals(runs.get())) {
            shownRun.set(0);  // another comparison (the next scenario): its first run's code, the editor's, first
        }
        runs.set(names);
    }

    /** Shows {@code program} as the original Python (a lesson's .py, a file), named {@code name}. */
    public void load(String name, String program) {
        fromFile.set(true);
        follow(program, name);
        source.set(program);
    }

    /**
     * Takes the Python of the window this one replaces (loaded again in another language): a file's program and
     * the teacher's edits stay; a lesson's program this window loaded again keeps this language's text unless it
     * was edited, and so does the settings' own code. Switching to French lost the program opened or typed.
     */
    public void takeOver(CodeViewModel before) {
        boolean loadedAgain = fromFile.get() && origin.get().equals(before.origin.get());
        if (before.fromFile.get() && !loadedAgain) {
            load(before.origin.get(), before.original.get());
        }
        if (before.isModified()) {
            source.set(before.getSource());
        }
    }

    /** Goes back to the code of the current settings, forgetting a lesson's or file's program. */
    public void useSettingsCode() {
        fromFile.set(false);
        original.set("");
        update();
        source.set(python.get());
    }

    /** A new original; the source follows it unless the teacher has edited it. */
    private void follow(String program, String name) {
        boolean edited = isModified();
        original.set(program);
        origin.set(name);
        if (!edited) {
            source.set(program);
        }
    }

    /** Puts the original back, dropping the edits. */
    public void revert() {
        source.set(original.get());
    }

    /** Marks a problem of the program (a SyntaxError, an exception, a warning) on {@code line}. */
    public void showProblem(int line, int column, String message) {
        problem.set(new Problem(line, column, message));
    }

    /** Takes the problem mark away. */
    public void clearProblem() {
        problem.set(null);
    }

    /** Marks the lines tasks are paused on: line (1-based) → number of tasks; empty clears the marks. */
    public void setPausedLines(SortedMap<Integer, Integer> lines) {
        pausedLines.set(Collections.unmodifiableSortedMap(lines));
    }

    /** Marks the lines the run's tasks are paused on at {@code nowNanos} (the replay cursor, a live run's now). */
    public void showPausedAt(TaskTimeline timeline, long nowNanos) {
        SortedMap<Integer, Integer> lines = PausedLines.at(timeline, nowNanos);
        if (!lines.equals(pausedLines.get())) {
            setPausedLines(lines);
        }
    }

    /** The program's output pane. */
    public OutputViewModel output() {
        return output;
    }

    /** Opening and saving the Python. */
    public CodeFiles files() {
        return files;
    }

    /** The Python program of the current settings, as generated. */
    public ReadOnlyStringProperty pythonProperty() {
        return python.getReadOnlyProperty();
    }

    /** The Java program of the current settings. */
    public ReadOnlyStringProperty javaProperty() {
        return java.getReadOnlyProperty();
    }

    /**
     * The names of a comparison's two runs, as the results table heads them ("Sequential", "Event loop"; "await",
     * "lock"), or empty outside a comparison of two Java modes.
     */
    public ReadOnlyObjectProperty<List<String>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** Which run's code shows: 0 the first (the editor's), 1 the second; back to 0 when the comparison ends. */
    public IntegerProperty shownRunProperty() {
        return shownRun;
    }

    /** The Python of a comparison's second run, as generated (read-only: the editor is the first run's). */
    public ReadOnlyStringProperty secondPythonProperty() {
        return secondPython.getReadOnlyProperty();
    }

    /** The Java of a comparison's second run. */
    public ReadOnlyStringProperty secondJavaProperty() {
        return secondJava.getReadOnlyProperty();
    }

    /** The Python in the editor: what a Python run runs. */
    public StringProperty sourceProperty() {
        return source;
    }

    public String getSource() {
        return source.get();
    }

    public void setSource(String value) {
        source.set(value);
    }

    /** Where the Python came from before any edit. */
    public ReadOnlyStringProperty originalProperty() {
        return original.getReadOnlyProperty();
    }

    /** What the original is: "the settings", a lesson's or a file's name. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /**
     * Whether the Python is the settings' own program, unedited: run, it does what the settings say (their kind,
     * deadline, semaphore…), unlike a lesson's, a file's or an edited program, which decides for itself.
     */
    public BooleanBinding settingsCodeProperty() {
        return settingsCode;
    }

    /** True while the source differs from the original. */
    public BooleanBinding modifiedProperty() {
        return modified;
    }

    public boolean isModified() {
        return modified.get();
    }

    /** The problem marked, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The lines tasks are paused on, line → count. */
    public ReadOnlyObjectProperty<SortedMap<Integer, Integer>> pausedLinesProperty() {
        return pausedLines.getReadOnlyProperty();
    }
}
