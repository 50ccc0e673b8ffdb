package org.asynclab.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.Scenario;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.lesson.ScenarioLoader;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The lesson as a sequence of slides: the scenario on screen, its words in the window's language, and moving
 * through the lesson (→ / PageDown, ← / PageUp). Showing a scenario puts its settings and comparison in the form,
 * ready to run with Space; its explicit delays are used as long as the form still holds its settings.
 * A teacher's own file is opened here too; a bad file is a message in words, never a stack trace.
 */
public final class LessonViewModel {
    private final UiText text;
    private final SettingsViewModel settings;
    /** Every lesson offered (the course's, then "Java's answer"); {@link #lesson} is the one being taught. */
    private final List<Lesson> lessons;
    private Lesson lesson;
    private final ReadOnlyStringWrapper lessonName = new ReadOnlyStringWrapper(this, "lessonName", "");
    private final ReadOnlyObjectWrapper<Scenario> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper lookAt = new ReadOnlyStringWrapper(this, "lookAt", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    /** Whether the scenario on screen is one of the lesson's (false for a file opened by the teacher). */
    private boolean inLesson;

    /**
     * Creates the lesson mode.
     *
     * @param lesson the bundled lesson, or null when it could not be read (then only files can be opened)
     */
    public LessonViewModel(UiText text, SettingsViewModel settings, Lesson lesson) {
        this(text, settings, lesson == null ? List.of() : List.of(lesson));
    }

    /**
     * Creates the lesson mode over several lessons, in the order they are offered; the first is taught until
     * another is opened ({@link #openLesson}). Empty when none could be read (then only files can be opened).
     */
    public LessonViewModel(UiText text, SettingsViewModel settings, List<Lesson> lessons) {
        this.text = text;
        this.settings = settings;
        this.lessons = List.copyOf(lessons);
        this.lesson = this.lessons.isEmpty() ? null : this.lessons.get(0);
        followMoves();
    }

    /** Every lesson offered, in order. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Opens the lesson at {@code which} of {@link #lessons()} on its first scenario; false when there is none. */
    public boolean openLesson(int which) {
        return goTo(which, 0);
    }

    /** Shows the scenario at {@code index} of the lesson at {@code which}; PageDown then moves within that lesson. */
    public boolean goTo(int which, int index) {
        if (which < 0 || which >= lessons.size()) {
            return false;
        }
        Lesson wanted = lessons.get(which);
        if (index < 0 || index >= wanted.size()) {
            return false;
        }
        lesson = wanted;
        return goTo(index);
    }

    /** The lesson being taught (the one PageDown moves in), or −1 when there is none. */
    public int lessonIndex() {
        return lesson == null ? -1 : lessons.indexOf(lesson);
    }

    /** Moves through {@code other} (say, the Python lesson) from its first scenario; → and ← stay in it. */
    public boolean openLesson(Lesson other) {
        return openLesson(other, 0);
    }

    /** Moves through {@code other} from its scenario at {@code index}; false when it has none there. */
    public boolean openLesson(Lesson other, int index) {
        lesson = other;
        return goTo(index);
    }

    /** The bundled lesson's scenarios in teaching order (empty without a lesson). */
    public List<Scenario> scenarios() {
        return lessons.isEmpty() ? List.of() : lessons.get(0).scenarios();
    }

    /** Shows the first lesson's scenario at {@code index}, coming back to it from another lesson. */
    public boolean goHome(int index) {
        return goTo(0, index);
    }

    /** Shows the next scenario of the lesson (the first one if none is on screen); false on the last one. */
    public boolean next() {
        if (lesson == null) {
            return false;
        }
        if (!inLesson) {
            return goTo(lesson.index());
        }
        return lesson.next() && goTo(lesson.index());
    }

    /** Shows the previous scenario; false on the first one. */
    public boolean previous() {
        if (lesson == null) {
            return false;
        }
        if (!inLesson) {
            return goTo(lesson.index());
        }
        return lesson.previous() && goTo(lesson.index());
    }

    /** Shows the lesson's scenario at {@code index}. */
    public boolean goTo(int index) {
        if (lesson == null || !lesson.goTo(index)) {
            return false;
        }
        inLesson = true;
        show(lesson.current());
        return true;
    }

    /** Shows the lesson's scenario with this id; false when there is none. */
    public boolean goTo(String id) {
        return lesson != null && lesson.jumpTo(id) && goTo(lesson.index());
    }

    /**
     * Opens a teacher's scenario file and shows it.
     *
     * @return the problem in words (naming the file and the field), or empty when it is on screen
     */
    public Optional<String> open(Path file) {
        try {
            Scenario scenario = ScenarioLoader.load(file);
            showOutsideLesson(scenario);
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(text.format("lesson.badFile", e.message(text.locale())));
        }
    }

    /**
     * Shows what {@code before} showed, the window this one replaces (loaded again in another language): the same
     * scenario at its place in its own lesson (Java's answer's, the Python lesson's: the number alone, read in the
     * first lesson, showed the course's scenario of that number), or the teacher's file.
     *
     * @return whether it is a lesson's scenario (a file's settings are the form's, which the caller restores)
     */
    public boolean showAsBefore(LessonViewModel before) {
        Scenario shown = before.current.get();
        if (shown == null) {
            return false;
        }
        if (before.index() < 0) {
            showOutsideLesson(shown);
            return false;
        }
        int which = before.lessonIndex();
        return which >= 0 ? goTo(which, before.index()) : openLesson(before.lesson, before.index());
    }

    /**
     * Shows a scenario from a file or the command line; one of the lesson's (by id) keeps its place in the lesson,
     * so → goes on from there.
     */
    public void showOutsideLesson(Scenario scenario) {
        for (Lesson each : lessons) {
            if (each.jumpTo(scenario.id())) {
                lesson = each;
                goTo(each.index());
                return;
            }
        }
        // One of the bundled Python lesson's (--scenario measure-time): its place in that lesson, not "Scenario file:
        // measure-time", and ◀ ▶ go on through it.
        Lesson python = scenario.python().isPresent() ? bundledPython() : null;
        if (python != null && python.jumpTo(scenario.id())) {
            lesson = python;
            goTo(python.index());
            return;
        }
        inLesson = false;
        show(scenario);
    }

    private static Lesson bundledPython() {
        try {
            return ScenarioLibrary.bundledPython().lesson();
        } catch (ScenarioException e) {
            return null;  // the lesson cannot be read: the scenario still shows, as a file's
        }
    }

    private void show(Scenario scenario) {
        settings.applyComparison(scenario.settings(), scenario.compare().orElse(null));
        // After the settings: a Python scenario's program, loaded on this change, outlives their change of mode.
        current.set(scenario);
        title.set(text.prose(scenario.title().in(text.locale())));
        explanation.set(text.prose(scenario.explanation().in(text.locale())));
        String look = text.prose(scenario.lookAt().in(text.locale()));
        lookAt.set(look.isBlank() ? "" : text.format("lesson.lookAt", look));
        position.set(inLesson ? text.format("lesson.position", lesson.index() + 1, lesson.size())
                : text.format("lesson.file", scenario.id()));
        lessonName.set(inLesson ? text.prose(lesson.title().in(text.locale())) : "");
        showing.set(true);
        followMoves();
    }

    /** Where → and ← can go: on from the lesson's scenario, or back to it from a file. */
    private void followMoves() {
        hasNext.set(lesson != null && (!inLesson || lesson.hasNext()));
        hasPrevious.set(lesson != null && (!inLesson || lesson.hasPrevious()));
    }

    /** Leaves lesson mode: the explanation goes away, the settings stay. */
    public void close() {
        current.set(null);
        showing.set(false);
        inLesson = false;
        followMoves();
    }

    /**
     * The delays for a run of {@code config}: the scenario's explicit ones while the form still holds the
     * scenario's tasks, max delay and seed, otherwise null (drawn from the seed).
     */
    public Workload delaysFor(RunConfig config) {
        Scenario scenario = current.get();
        if (scenario == null || scenario.explicitDelays().isEmpty()) {
            return null;
        }
        RunConfig own = scenario.settings();
        boolean same = config.tasks() == own.tasks() && config.seed() == own.seed()
                && config.maxDelaySeconds() == own.maxDelaySeconds();
        return same ? scenario.explicitDelays().get() : null;
    }

    /**
     * The scenario's own second run when the form still shows the scenario and compares with its mode: a scenario
     * may compare more than modes ({@code "compare": {"kind": "cpu"}} or {@code {"tasks": 50}}), which the form's
     * "compare with" choice cannot say. Empty when the teacher changed the settings or the comparison.
     */
    public Optional<RunConfig> compareFor(RunConfig config, Mode compareWith) {
        Scenario scenario = current.get();
        if (scenario == null || scenario.compare().isEmpty() || compareWith == null) {
            return Optional.empty();
        }
        RunConfig own = scenario.settings();
        RunConfig second = scenario.compare().get();
        boolean same = config.tasks() == own.tasks() && config.seed() == own.seed()
                && config.maxDelaySeconds() == own.maxDelaySeconds() && config.mode() == own.mode()
                && config.kind() == own.kind() && second.mode() == compareWith;
        return same ? Optional.of(second) : Optional.empty();
    }

    /** The position in the lesson (0-based), or −1 when a file or nothing is shown. */
    public int index() {
        return inLesson && lesson != null ? lesson.index() : -1;
    }

    /** The scenario on screen, or null. */
    public ReadOnlyObjectProperty<Scenario> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Its title in the window's language. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What it shows, two or three sentences. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "Look at: …", or empty. */
    public ReadOnlyStringProperty lookAtProperty() {
        return lookAt.getReadOnlyProperty();
    }

    /** "Scenario 2 of 7", or the file's name. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The title of the lesson the scenario on screen belongs to; empty for a file. */
    public ReadOnlyStringProperty lessonNameProperty() {
        return lessonName.getReadOnlyProperty();
    }

    /** Whether {@link #next()} has somewhere to go: false on the lesson's last scenario. */
    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** Whether {@link #previous()} has somewhere to go: false on the lesson's first scenario. */
    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** Whether a scenario is on screen. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
