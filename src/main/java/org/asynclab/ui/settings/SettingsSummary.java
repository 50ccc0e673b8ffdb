package org.asynclab.ui.settings;

import java.text.NumberFormat;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.FoldedLine;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;

/**
 * The settings folded to one line that reads like the course ("8 tasks · max delay 2 s · event loop · seed 7 ·
 * compared with threads"), and whether the full form is open below it. The picture gets the room; the form opens
 * for editing in place and folds again when a lesson shows or a run starts.
 */
public final class SettingsSummary {
    private static final String DOT = FoldedLine.SEPARATOR;
    /** A scenario's own delays are listed up to this many ("fixed delays 1 s, 1 s"); beyond, only said fixed. */
    private static final int LISTED_DELAYS = 4;

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", true);
    /** Issue 11: the line of a Python program's run, said instead of the Java settings it did not use. */
    private final StringProperty program = new SimpleStringProperty(this, "program", "");
    private final StringBinding line;
    private final SettingsViewModel settings;
    private final UiText text;
    private final RunTitles titles;
    private final BiFunction<RunConfig, Mode, Optional<RunConfig>> second;
    private final Function<RunConfig, Workload> delays;

    /** The line of {@code settings}, in the words of {@code text}, its comparison and delays the form's alone. */
    public SettingsSummary(SettingsViewModel settings, UiText text) {
        this(settings, text, (first, other) -> Optional.empty(), config -> null, new SimpleBooleanProperty());
    }

    /**
     * The line of {@code settings}, in the words of {@code text}.
     *
     * @param second  the second run a Run would make of the first and the mode compared with, when it is not the
     *                form's own (a lesson's: {@code LessonViewModel#compareFor}); empty otherwise
     * @param delays  the delays a Run of a config would wait when they are not drawn from its seed (a lesson's own:
     *                {@code LessonViewModel#delaysFor}); null when the seed draws them
     * @param changes what {@code second}'s and {@code delays}' answers depend on beside the form (the lesson shown)
     */
    public SettingsSummary(SettingsViewModel settings, UiText text,
                           BiFunction<RunConfig, Mode, Optional<RunConfig>> second,
                           Function<RunConfig, Workload> delays, Observable changes) {
        this.settings = settings;
        this.text = text;
        this.titles = new RunTitles(text);
        this.second = second;
        this.delays = delays;
        this.line = Bindings.createStringBinding(this::compose, settings.tasksProperty(),
                settings.maxDelayProperty(), settings.modeProperty(), settings.workersProperty(),
                settings.kindProperty(), settings.seedProperty(), settings.compareWithProperty(),
                settings.globalLockProperty(), settings.globalLockEnabledProperty(),
                settings.course().counterProperty(), settings.course().semaphoreProperty(),
                settings.course().semaphoreEnabledProperty(), settings.course().deadlineProperty(), program,
                settings.validProperty(), changes);
        // A setting out of range must be seen where it is typed.
        settings.validProperty().addListener((o, was, valid) -> {
            if (!valid) {
                open.set(true);
            }
        });
    }

    private String compose() {
        if (!program.get().isEmpty()) {
            return program.get();
        }
        StringBuilder out = new StringBuilder();
        String tasks = settings.tasksProperty().get().trim();
        out.append(text.format("settings.summary.tasks", number(tasks), count(tasks)));
        // A scenario's own delays are what the tasks wait: no seed and no max delay drew them (the export says null).
        Workload given = given();
        out.append(DOT).append(given != null ? fixed(given)
                : text.format("settings.summary.maxDelay", decimal(settings.maxDelayProperty().get())));
        Mode mode = settings.getMode();
        String workers = settings.workersProperty().get().trim();
        out.append(DOT).append(mode == Mode.POOL ? text.pool(number(workers))
                : text.get("mode." + mode.id()));
        // Waiting is the default and goes unsaid; any other kind (cpu, and whatever TaskKind gains) is named.
        if (settings.getKind() != TaskKind.IO) {
            out.append(DOT).append(text.get("kind." + settings.getKind().id()));
            if (settings.globalLockProperty().get() && settings.globalLockEnabledProperty().get()) {
                out.append(DOT).append(text.get("settings.summary.gil"));
            }
        }
        if (given == null) {
            out.append(DOT).append(text.format("settings.summary.seed", settings.seedProperty().get().trim()));
        }
        appendCourse(out);
        Mode other = settings.compareWithProperty().get();
        if (other != null) {
            // last: what the first run is compared with, named as the run will make it
            out.append(DOT).append(text.format("settings.summary.compare", versus(other)));
        }
        return out.toString();
    }

    /** The delays a Run would wait, when they are given rather than drawn from the seed; null otherwise. */
    private Workload given() {
        if (!settings.isValid() || !program.get().isEmpty()) {
            return null;
        }
        Workload workload = delays.apply(settings.toConfig());
        return workload != null && workload.source() == Workload.Source.GIVEN ? workload : null;
    }

    /** "fixed delays 1 s, 1 s" when they are few, "fixed delays" when they are many. */
    private String fixed(Workload given) {
        if (given.size() > LISTED_DELAYS) {
            return text.get("settings.summary.fixedDelays");
        }
        String list = text.format("unit.seconds", decimal(given.delaySeconds(0)));
        for (int i = 1; i < given.size(); i++) {
            list = text.format("settings.summary.fixedDelays.list", list,
                    text.format("unit.seconds", decimal(given.delaySeconds(i))));
        }
        return text.format("settings.summary.fixedDelays.listed", list);
    }

    /** The second run's name after "vs": what differs in it, once the form is valid; its mode while it is not. */
    private String versus(Mode other) {
        if (!settings.isValid() || !program.get().isEmpty()) {
            return text.get("mode." + other.id());
        }
        RunConfig first = settings.toConfig();
        return titles.versus(first, settings.toSecondConfig(first, other, second));
    }

    /** The course's settings when set: "shared counter, await", "semaphore 4", "deadline 0.5 s". */
    private void appendCourse(StringBuilder out) {
        CourseSettings course = settings.course();
        SharedCounter counter = course.counterProperty().get();
        if (counter != SharedCounter.OFF) {
            out.append(DOT).append(text.format("settings.summary.counter", text.get("counter." + counter.id())));
        }
        if (course.semaphoreInUse() > 0) {
            out.append(DOT).append(text.format("settings.summary.semaphore", number(course.semaphoreProperty().get())));
        }
        if (course.deadlineInUse() > 0) {
            out.append(DOT).append(text.format("settings.summary.deadline", decimal(course.deadlineProperty().get())));
        }
    }

    /** A typed count with this language's grouping when it is a number, as typed otherwise. */
    private String number(String typed) {
        try {
            return text.integer(Long.parseLong(typed.trim()));
        } catch (NumberFormatException e) {
            return typed.trim();
        }
    }

    /** A typed count as a number for the plural of its word ("1 task", "2 tasks"); words typed count as many. */
    private static long count(String typed) {
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    /** A typed number of seconds in this language's decimals ({@code 0,5} in French) if it is one; else as typed. */
    private String decimal(String typed) {
        OptionalDouble seconds = SettingsInput.parseDecimal(typed);
        return seconds.isEmpty() ? typed.trim() : decimal(seconds.getAsDouble());
    }

    /** A number of seconds in this language's decimals, no more than it has ({@code 1}, {@code 0,5}). */
    private String decimal(double seconds) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(6);
        return format.format(seconds);
    }

    /** The settings in one line. */
    public StringBinding lineBinding() {
        return line;
    }

    /**
     * The line of a Python program's run (its program, the delays served), shown instead of the settings while it
     * is the window's run; empty for the settings' own line.
     */
    public StringProperty programProperty() {
        return program;
    }

    /** Whether the whole form shows below the line. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** Whether the whole form shows. */
    public boolean isOpen() {
        return open.get();
    }

    /** Opens or folds the form. */
    public void setOpen(boolean value) {
        open.set(value);
    }

    /** Folds the form so the picture gets the room (a lesson shows, a run starts); a problem keeps it open. */
    public void fold() {
        if (settings.isValid()) {
            open.set(false);
        }
    }
}
