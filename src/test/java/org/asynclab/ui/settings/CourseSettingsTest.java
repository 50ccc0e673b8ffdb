package org.asynclab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

/** The course's settings in the form: where they apply, their ranges, their words in the one-line summary. */
class CourseSettingsTest {
    private final SettingsViewModel english = new SettingsViewModel(UiText.forLocale(Locale.ENGLISH), () -> 7L);
    private final CourseSettings course = english.course();

    @Test
    void inFrenchEveryNumberFieldShowsItsDecimalsWithACommaAndReadsBothMarks() {
        // given the French form, filled from a run's settings with decimals in every seconds field
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 7L);
        assertThat(french.course().counterGapProperty().get()).isEqualTo("0,002");
        french.apply(new RunConfig(10, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L, false,
                new Coordination(SharedCounter.AWAIT, 0.005, 0, 0)));
        assertThat(french.maxDelayProperty().get()).isEqualTo("0,5");
        assertThat(french.course().counterGapProperty().get()).isEqualTo("0,005");
        french.apply(new RunConfig(10, 2, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L, false, Coordination.NONE
                .withDeadline(0.25)));
        assertThat(french.maxDelayProperty().get()).isEqualTo("2");
        assertThat(french.course().deadlineProperty().get()).isEqualTo("0,25");

        // then what it shows is read back as the same seconds, and a point typed is read too
        assertThat(french.toConfig().coordination().deadlineSeconds()).isEqualTo(0.25);
        french.course().deadlineProperty().set("0.3");
        assertThat(french.toConfig().coordination().deadlineSeconds()).isEqualTo(0.3);
        // and English keeps its point
        assertThat(course.counterGapProperty().get()).isEqualTo("0.002");
    }

    @Test
    void theSemaphoreIsEnabledOnlyForTheEventLoopAsWorkersAreForThePool() {
        english.setMode(Mode.EVENT_LOOP);
        assertThat(course.semaphoreEnabledProperty().get()).isTrue();

        english.setMode(Mode.THREADS);
        assertThat(course.semaphoreEnabledProperty().get()).isFalse();

        english.compareWithProperty().set(Mode.EVENT_LOOP);
        assertThat(course.semaphoreEnabledProperty().get()).isTrue();
    }

    @Test
    void aSemaphoreOutOfRangeIsRefusedWithTheFieldNamedOnlyWhereItApplies() {
        english.setMode(Mode.EVENT_LOOP);
        course.semaphoreProperty().set("10001");

        assertThat(english.isValid()).isFalse();
        assertThat(english.firstProblemProperty().get())
                .isEqualTo("Semaphore: must be a whole number from 1 to 10,000 (or 0 for none)");

        english.setMode(Mode.POOL);
        assertThat(english.isValid()).isTrue();
    }

    @Test
    void gapAndDeadlineOutOfRangeAreRefusedWithTheirFieldNamed() {
        course.counterProperty().set(SharedCounter.AWAIT);
        course.counterGapProperty().set("11");
        assertThat(english.firstProblemProperty().get())
                .isEqualTo("Read-write gap: must be a number of seconds from 0 to 10 (decimals allowed)");

        course.counterProperty().set(SharedCounter.OFF);
        assertThat(english.isValid()).as("the gap means nothing without a counter").isTrue();

        course.deadlineProperty().set("0.0001");
        assertThat(english.firstProblemProperty().get())
                .startsWith("Deadline: must be a number of seconds from 0.001 to 3,600");
        course.deadlineProperty().set("abc");
        assertThat(english.isValid()).isFalse();
    }

    @Test
    void aDeadlineWithASharedCounterIsRefusedAsTheModelRefusesIt() {
        course.counterProperty().set(SharedCounter.LOCK);
        course.deadlineProperty().set("0.5");

        assertThat(english.isValid()).isFalse();
        assertThat(course.deadlineProblemProperty().get()).contains("shared counter");
    }

    @Test
    void theSettingsReachTheRunConfigAndComeBackFromIt() {
        english.setMode(Mode.EVENT_LOOP);
        course.counterProperty().set(SharedCounter.AWAIT);
        course.counterGapProperty().set("0,01");
        course.semaphoreProperty().set("4");

        RunConfig config = english.toConfig();
        assertThat(config.coordination()).isEqualTo(new Coordination(SharedCounter.AWAIT, 0.01, 4, 0));
        assertThat(english.toConfig(Mode.THREADS).coordination().semaphore()).isZero();

        SettingsViewModel other = new SettingsViewModel(UiText.forLocale(Locale.ENGLISH), () -> 7L);
        other.apply(config);
        assertThat(other.toConfig()).isEqualTo(config);
    }

    @Test
    void aScenarioComparingAPoolWithTheLoopKeepsTheLoopsSemaphore() {
        RunConfig pool = new RunConfig(20, 1, Mode.POOL, 4, TaskKind.IO, 1);
        RunConfig loop = pool.withMode(Mode.EVENT_LOOP).withCoordination(Coordination.NONE.withSemaphore(4));

        english.applyComparison(pool, loop);

        assertThat(english.toConfig(Mode.EVENT_LOOP).coordination().semaphore()).isEqualTo(4);
    }

    @Test
    void theSummaryNamesTheCounterAndTheDeadlineWhenSet() {
        SettingsSummary summary = new SettingsSummary(english, UiText.forLocale(Locale.ENGLISH));
        assertThat(summary.lineBinding().get()).doesNotContain("counter").doesNotContain("deadline");

        course.counterProperty().set(SharedCounter.AWAIT);
        assertThat(summary.lineBinding().get()).endsWith(" · shared counter, await");

        course.counterProperty().set(SharedCounter.OFF);
        course.deadlineProperty().set("0.5");
        english.setMode(Mode.EVENT_LOOP);
        course.semaphoreProperty().set("4");
        assertThat(summary.lineBinding().get()).endsWith(" · semaphore 4 · deadline 0.5\u00a0s");

        english.setMode(Mode.THREADS);
        assertThat(summary.lineBinding().get()).doesNotContain("semaphore");
    }

    @Test
    void oneTaskIsATaskInBothLanguages() {
        // "1 tasks" was the settings line of a one-task run
        english.tasksProperty().set("1");
        assertThat(new SettingsSummary(english, UiText.forLocale(Locale.ENGLISH)).lineBinding().get())
                .startsWith("1 task · ");
        english.tasksProperty().set("2");
        assertThat(new SettingsSummary(english, UiText.forLocale(Locale.ENGLISH)).lineBinding().get())
                .startsWith("2 tasks · ");
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 7L);
        french.tasksProperty().set("1");
        assertThat(new SettingsSummary(french, UiText.forLocale(Locale.FRENCH)).lineBinding().get())
                .startsWith("1 tâche · ");
    }

    @Test
    void theFrenchSummarySaysItInFrench() {
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 7L);
        french.course().counterProperty().set(SharedCounter.LOCK);
        SettingsSummary summary = new SettingsSummary(french, UiText.forLocale(Locale.FRENCH));

        assertThat(summary.lineBinding().get()).endsWith(" · compteur partagé, verrou");
    }

    @Test
    void theFrenchSummaryWritesSecondsWithADecimalComma() {
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 7L);
        french.maxDelayProperty().set("0.5");
        french.course().deadlineProperty().set("0.25");
        SettingsSummary summary = new SettingsSummary(french, UiText.forLocale(Locale.FRENCH));

        assertThat(summary.lineBinding().get()).contains("délai max 0,5\u00a0s").endsWith("échéance 0,25\u00a0s");
    }
}
