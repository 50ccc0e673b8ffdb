package org.asynclab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.asynclab.model.Mode;
import org.asynclab.model.SharedCounter;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A field that does not apply to the run set up (the workers without a pool, the gap without a counter, the
 * semaphore off the event loop) is greyed out with its name, so that nobody reads "Workers 4" beside an event loop
 * as the run's. A field frozen during a run is disabled too, but stays readable: it is what runs.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsFormTest {
    private static final PseudoClass INAPPLICABLE = PseudoClass.getPseudoClass("inapplicable");

    private final SettingsViewModel settings = new SettingsViewModel(UiText.forLocale(Locale.ENGLISH), () -> 7L);

    /** A form field as the FXML has it: its name above its box, in a cell of their own. */
    private static TextField inCell(String name) {
        TextField field = new TextField();
        new VBox(new Label(name), field).getStyleClass().add("al-field");
        return field;
    }

    @Test
    void fieldsThatDoNotApplyAreMarkedWithTheirNameAndComeBackWhenTheyDo() throws Exception {
        TextField workers = inCell("Workers");
        TextField gap = inCell("Gap");
        TextField semaphore = inCell("Semaphore");
        FxTurns.run(() -> {
            SettingsForm form = new SettingsForm(settings, UiText.forLocale(Locale.ENGLISH));
            form.bindWorkers(workers);
            form.bindCourse(new ComboBox<>(), gap, semaphore, inCell("Deadline"));
            settings.setMode(Mode.EVENT_LOOP);
        });

        assertThat(inapplicable(workers)).as("workers beside an event loop").isTrue();
        assertThat(inapplicable(gap)).as("gap without a counter").isTrue();
        assertThat(inapplicable(semaphore)).as("semaphore on the event loop").isFalse();

        FxTurns.run(() -> {
            settings.setMode(Mode.POOL);
            settings.course().counterProperty().set(SharedCounter.LOCK);
        });

        assertThat(inapplicable(workers)).as("workers of a pool").isFalse();
        assertThat(inapplicable(gap)).as("gap of a counter").isFalse();
        assertThat(inapplicable(semaphore)).as("semaphore beside a pool").isTrue();
        assertThat(workers.isDisabled()).isFalse();
        assertThat(semaphore.isDisabled()).isTrue();
    }

    @Test
    void aPythonProgramGreysOutTheKindAndTheCoursesFields() throws Exception {
        TextField deadline = inCell("Deadline");
        ComboBox<SharedCounter> counter = new ComboBox<>();
        new VBox(new Label("Shared counter"), counter);
        SegmentedButton kinds = new SegmentedButton();
        new VBox(new Label("Kind"), kinds);
        FxTurns.run(() -> {
            SettingsForm form = new SettingsForm(settings, UiText.forLocale(Locale.ENGLISH));
            form.bindKinds(kinds);
            form.bindCourse(counter, inCell("Gap"), inCell("Semaphore"), deadline);
            settings.programProperty().set(true);
        });

        assertThat(inapplicable(deadline)).isTrue();
        assertThat(counter.getParent().getPseudoClassStates()).contains(INAPPLICABLE);
        assertThat(kinds.getParent().getPseudoClassStates()).contains(INAPPLICABLE);
        assertThat(kinds.isDisabled()).isTrue();

        FxTurns.run(() -> settings.programProperty().set(false));

        assertThat(inapplicable(deadline)).isFalse();
        assertThat(kinds.getParent().getPseudoClassStates()).doesNotContain(INAPPLICABLE);
        assertThat(counter.isDisabled()).isFalse();
    }

    @Test
    void aFieldFrozenByARunIsNotMarkedInapplicable() throws Exception {
        TextField workers = inCell("Workers");
        FxTurns.run(() -> {
            new SettingsForm(settings, UiText.forLocale(Locale.ENGLISH)).bindWorkers(workers);
            settings.setMode(Mode.POOL);
            settings.editableProperty().set(false);
        });

        assertThat(workers.isDisabled()).isTrue();
        assertThat(inapplicable(workers)).isFalse();
    }

    private static boolean inapplicable(TextField field) {
        return field.getParent().getPseudoClassStates().contains(INAPPLICABLE);
    }
}
