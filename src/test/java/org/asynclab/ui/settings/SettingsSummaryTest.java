package org.asynclab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

/**
 * The settings line names what the comparison is against as the run will make it: a lesson's second run may differ
 * by more than its mode ({@code "compare": {"tasks": 50}}), and the line said "vs Event loop" beside an event loop
 * compared with itself at n = 50, "vs Threads" beside Threads with and without the GIL.
 */
class SettingsSummaryTest {
    private final UiText english = UiText.forLocale(Locale.ENGLISH);
    private final SettingsViewModel settings = new SettingsViewModel(english, () -> 7L);
    /** The lesson's second run, as MainViewModel's lesson gives it (empty: the form's own comparison). */
    private final SimpleObjectProperty<RunConfig> lessonSecond = new SimpleObjectProperty<>();
    private final SettingsSummary summary = new SettingsSummary(settings, english,
            (first, other) -> Optional.ofNullable(lessonSecond.get()).filter(c -> c.mode() == other), config -> null,
            lessonSecond);

    @Test
    void aComparisonOfTheSameModeIsNamedByWhatDiffers() {
        RunConfig five = new RunConfig(5, 9, Mode.EVENT_LOOP, 0, TaskKind.IO, 1);
        RunConfig fifty = new RunConfig(50, 9, Mode.EVENT_LOOP, 0, TaskKind.IO, 1);

        lessonSecond.set(fifty);
        settings.applyComparison(five, fifty);

        assertThat(summary.lineBinding().get()).endsWith(" · vs n = 50").doesNotContain("vs Event loop");
    }

    @Test
    void theGilLessonIsComparedWithoutTheGilAndTheCountersWithTheirOtherCounter() {
        RunConfig gil = new RunConfig(4, 0.3, Mode.THREADS, 0, TaskKind.CPU, 1, true);
        lessonSecond.set(gil.withGlobalLock(false));
        settings.applyComparison(gil, gil.withGlobalLock(false));
        assertThat(summary.lineBinding().get()).endsWith(" · vs no GIL");

        RunConfig await = new RunConfig(20, 0.1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1)
                .withCoordination(new org.asynclab.model.Coordination(SharedCounter.AWAIT, 0.002, 0, 0));
        RunConfig lock = await.withCoordination(new org.asynclab.model.Coordination(SharedCounter.LOCK, 0.002, 0, 0));
        lessonSecond.set(lock);
        settings.applyComparison(await, lock);
        // the first run's counter, then what it is compared with: the last words of the line
        assertThat(summary.lineBinding().get()).endsWith(" · shared counter, await · vs shared counter, lock");
    }

    @Test
    void aPoolIsNamedWithItsSize() {
        settings.setMode(Mode.EVENT_LOOP);
        settings.compareWithProperty().set(Mode.POOL);
        settings.workersProperty().set("8");

        assertThat(summary.lineBinding().get()).endsWith(" · vs Pool of 8");
    }
}
