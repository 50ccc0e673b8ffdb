package org.asynclab.ui.settings;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.util.StringConverter;
import org.asynclab.model.Coordination;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Binds the settings form's nodes to its view model: text fields both ways, the segmented buttons to the mode and
 * kind, the comparison choice, and ControlsFX decorations on every field whose value is out of range (the words
 * come from the view model, so the decoration, the tooltip and the error line always agree).
 */
public final class SettingsForm {
    private static final PseudoClass INAPPLICABLE = PseudoClass.getPseudoClass("inapplicable");

    /** A choice of the comparison box: a mode, or none (a single run). */
    public record CompareChoice(Mode mode) {
    }

    private final SettingsViewModel settings;
    private final UiText text;
    private final ValidationSupport validation = new ValidationSupport();

    /** Binds nodes to {@code settings}, worded by {@code text}. */
    public SettingsForm(SettingsViewModel settings, UiText text) {
        this.settings = settings;
        this.text = text;
    }

    /** A text field both ways, frozen during a run, decorated while {@code problem} is not empty. */
    public void bindField(TextField field, StringProperty value, ReadOnlyStringProperty problem) {
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(settings.editableProperty().not());
        validation.registerValidator(field, false, (Control c, String typed) ->
                ValidationResult.fromErrorIf(c, problem.get(), !problem.get().isEmpty()));
        problem.addListener(o -> validation.revalidate(field));
    }

    /** The workers field: editable only for a pool. */
    public void bindWorkers(TextField field) {
        bindField(field, settings.workersProperty(), settings.workersProblemProperty());
        only(field, settings.workersEnabledProperty());
    }

    /** The simulated GIL: ticked both ways, usable only where it means something (cpu tasks on threads). */
    public void bindGlobalLock(CheckBox box) {
        box.selectedProperty().bindBidirectional(settings.globalLockProperty());
        box.disableProperty().bind(settings.editableProperty().not().or(settings.globalLockEnabledProperty().not()));
    }

    /** The mode buttons, given in the order of {@link Mode#values()}. */
    public void bindModes(SegmentedButton buttons, List<ToggleButton> inModeOrder) {
        Mode[] modes = Mode.values();
        for (int i = 0; i < modes.length; i++) {
            inModeOrder.get(i).setUserData(modes[i]);
        }
        bindToggles(buttons, settings.modeProperty().get());
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A segmented choice always has one segment chosen: the view model's, not merely the last one
                // (between two programmatic choices the group passes through none).
                select(buttons, settings.getMode());
            } else {
                settings.setMode((Mode) now.getUserData());
            }
        });
        settings.modeProperty().addListener((o, was, now) -> select(buttons, now));
    }

    /**
     * The kind buttons, one per {@link TaskKind} (a kind added to the model appears by itself), worded by
     * {@code kind.<id>} and {@code tooltip.kind.<id>}.
     */
    public void bindKinds(SegmentedButton buttons) {
        for (TaskKind kind : TaskKind.values()) {
            ToggleButton button = new ToggleButton(text.get("kind." + kind.id()));
            button.setId("kind-" + kind.id());
            button.setUserData(kind);
            button.setAccessibleHelp(text.get("tooltip.kind." + kind.id()));
            buttons.getButtons().add(button);
        }
        bindToggles(buttons, settings.getKind());
        only(buttons, settings.kindEnabledProperty());
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                select(buttons, settings.getKind());
            } else {
                settings.kindProperty().set((TaskKind) now.getUserData());
            }
        });
        settings.kindProperty().addListener((o, was, now) -> select(buttons, now));
    }

    /**
     * The course's fields: the shared counter (off, no await, await, lock), its gap (only with a counter), the
     * semaphore (only on the event loop) and the deadline, each tooltip naming the range {@link Coordination} checks.
     */
    public void bindCourse(ComboBox<SharedCounter> counter, TextField gap, TextField semaphore, TextField deadline) {
        CourseSettings course = settings.course();
        counter.setItems(FXCollections.observableArrayList(SharedCounter.values()));
        counter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SharedCounter choice) {
                return choice == null ? "" : text.get("counter." + choice.id());
            }

            @Override
            public SharedCounter fromString(String typed) {
                return null;
            }
        });
        counter.valueProperty().bindBidirectional(course.counterProperty());
        only(counter, course.enabledProperty());
        counter.setAccessibleHelp(text.get("tooltip.counter"));
        bindField(gap, course.counterGapProperty(), course.counterGapProblemProperty());
        only(gap, course.counterGapEnabledProperty());
        gap.setAccessibleHelp(text.format("tooltip.counterGap", text.integer((long) Coordination.MAX_GAP)));
        bindField(semaphore, course.semaphoreProperty(), course.semaphoreProblemProperty());
        only(semaphore, course.semaphoreEnabledProperty());
        semaphore.setAccessibleHelp(text.format("tooltip.semaphore", text.integer(Coordination.MAX_SEMAPHORE)));
        bindField(deadline, course.deadlineProperty(), course.deadlineProblemProperty());
        only(deadline, course.enabledProperty());
        deadline.setAccessibleHelp(text.format("tooltip.deadline", text.decimal(Coordination.MIN_DEADLINE, 3),
                text.integer((long) Limits.MAX_DELAY_SECONDS)));
    }

    /**
     * A field usable only while {@code enabled} (and no run goes on): the workers for a pool, the course's fields
     * and the kind but for a Python program of its own. Where it does not apply its cell, name and box, is marked
     * {@code :inapplicable} and greyed out (CSS): a field frozen by a run stays readable, and the two looked the
     * same ("Workers 4" beside an event loop read as the run's).
     */
    private void only(Control field, ReadOnlyBooleanProperty enabled) {
        field.disableProperty().unbind();
        field.disableProperty().bind(settings.editableProperty().not().or(enabled.not()));
        Node cell = field.getParent() == null ? field : field.getParent();
        cell.pseudoClassStateChanged(INAPPLICABLE, !enabled.get());
        enabled.addListener((o, was, now) -> cell.pseudoClassStateChanged(INAPPLICABLE, !now));
    }

    private void bindToggles(SegmentedButton buttons, Object selected) {
        buttons.disableProperty().bind(settings.editableProperty().not());
        select(buttons, selected);
    }

    private static void select(SegmentedButton buttons, Object value) {
        for (Toggle toggle : buttons.getButtons()) {
            if (value.equals(toggle.getUserData())) {
                toggle.setSelected(true);
            }
        }
    }

    /** The comparison box: nothing, or a mode to run after the first. */
    public void bindCompare(ComboBox<CompareChoice> box) {
        box.setItems(FXCollections.observableArrayList(new CompareChoice(null)));
        for (Mode mode : Mode.values()) {
            box.getItems().add(new CompareChoice(mode));
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompareChoice choice) {
                return choice == null || choice.mode() == null ? text.get("compare.none")
                        : text.get("mode." + choice.mode().id());
            }

            @Override
            public CompareChoice fromString(String typed) {
                return null;
            }
        });
        box.setValue(new CompareChoice(settings.compareWithProperty().get()));
        box.valueProperty().addListener((o, was, now) ->
                settings.compareWithProperty().set(now == null ? null : now.mode()));
        settings.compareWithProperty().addListener((o, was, now) -> {
            if (box.getValue() == null || box.getValue().mode() != now) {
                box.setValue(new CompareChoice(now));
            }
        });
        box.disableProperty().bind(settings.editableProperty().not());
    }
}
