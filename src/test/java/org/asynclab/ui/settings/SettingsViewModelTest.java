package org.asynclab.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final SettingsViewModel english = new SettingsViewModel(UiText.forLocale(Locale.ENGLISH), () -> 99L);

    @Test
    void theClassroomDefaultsAreValidAndMakeAnEventLoopRun() {
        assertThat(english.isValid()).isTrue();
        RunConfig config = english.toConfig();
        assertThat(config.tasks()).isEqualTo(10);
        assertThat(config.maxDelaySeconds()).isEqualTo(1.0);
        assertThat(config.mode()).isEqualTo(Mode.EVENT_LOOP);
        assertThat(config.kind()).isEqualTo(TaskKind.IO);
    }

    @Test
    void whileAPythonProgramIsTheRunItsJavaComparisonIsPlainAndTheJavaOnlyFieldsDoNotApply() {
        english.kindProperty().set(TaskKind.CPU);
        english.setMode(Mode.THREADS);
        english.globalLockProperty().set(true);
        english.course().deadlineProperty().set("0.3");
        english.course().counterProperty().set(SharedCounter.OFF);
        english.compareWithProperty().set(Mode.EVENT_LOOP);
        english.course().semaphoreProperty().set("2");
        english.course().deadlineProperty().set("abc");
        assertThat(english.isValid()).as("a bad deadline counts for a Java run").isFalse();

        english.programProperty().set(true);

        // As --python on the command line: the program decides what its tasks do, how long they may take and what
        // they share; "same delays, two worlds" compares it with a plain run of the same delays.
        assertThat(english.isValid()).as("nor does it for the program's").isTrue();
        assertThat(english.kindEnabledProperty().get()).isFalse();
        assertThat(english.globalLockEnabledProperty().get()).isFalse();
        assertThat(english.course().enabledProperty().get()).isFalse();
        assertThat(english.course().semaphoreEnabledProperty().get()).isFalse();
        RunConfig java = english.toConfig(Mode.EVENT_LOOP);
        assertThat(java.kind()).isEqualTo(TaskKind.IO);
        assertThat(java.globalLock()).isFalse();
        assertThat(java.coordination()).isEqualTo(Coordination.NONE);

        english.programProperty().set(false);

        assertThat(english.kindEnabledProperty().get()).isTrue();
        assertThat(english.course().enabledProperty().get()).isTrue();
        assertThat(english.isValid()).isFalse();
    }

    @Test
    void aTaskCountOutOfRangeIsInvalidAndTheMessageGivesTheRange() {
        english.tasksProperty().set("0");

        assertThat(english.isValid()).isFalse();
        assertThat(english.tasksProblemProperty().get()).isEqualTo("must be a whole number from 1 to 1,000,000");
        assertThat(english.firstProblemProperty().get()).startsWith("Tasks: must be");
        assertThatThrownBy(english::toConfig).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textThatIsNoNumberIsMarkedNotThrown() {
        english.tasksProperty().set("ten");
        english.maxDelayProperty().set("1.2.3");
        english.seedProperty().set("99999999999999999999");

        assertThat(english.tasksProblemProperty().get()).isNotEmpty();
        assertThat(english.maxDelayProblemProperty().get()).contains("0 to 3,600");
        assertThat(english.seedProblemProperty().get()).contains("whole number");
    }

    @Test
    void threadsModeHasALowerCeilingThanPoolOrVirtual() {
        english.tasksProperty().set("30000");
        english.setMode(Mode.VIRTUAL);
        assertThat(english.isValid()).isTrue();

        english.setMode(Mode.THREADS);

        assertThat(english.isValid()).isFalse();
        assertThat(english.tasksProblemProperty().get()).contains("20,000").contains("Threads");
    }

    @Test
    void comparingWithThreadsAppliesItsCeilingToo() {
        english.tasksProperty().set("30000");
        english.compareWithProperty().set(Mode.THREADS);

        assertThat(english.isValid()).isFalse();
    }

    @Test
    void workersAreCheckedOnlyWhenAPoolRuns() {
        english.workersProperty().set("0");
        assertThat(english.isValid()).isTrue();
        assertThat(english.workersEnabledProperty().get()).isFalse();

        english.setMode(Mode.POOL);

        assertThat(english.workersEnabledProperty().get()).isTrue();
        assertThat(english.isValid()).isFalse();
        assertThat(english.workersProblemProperty().get()).isEqualTo("must be a whole number from 1 to 10,000");
    }

    @Test
    void frenchNotationIsReadAndFrenchWordsAreWritten() {
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 1L);
        french.maxDelayProperty().set("1,5");
        french.tasksProperty().set("100 000");
        assertThat(french.toConfig().maxDelaySeconds()).isEqualTo(1.5);
        assertThat(french.toConfig().tasks()).isEqualTo(100_000);

        french.tasksProperty().set("0");

        assertThat(french.firstProblemProperty().get()).startsWith("Tâches\u00a0: doit être un nombre entier de 1 à 1");
    }

    @Test
    void aNewSeedComesFromTheSeedSource() {
        english.newSeed();

        assertThat(english.toConfig().seed()).isEqualTo(99L);
    }

    @Test
    void aConfigFromStartUpOptionsFillsTheForm() {
        english.apply(new RunConfig(500, 0.25, Mode.POOL, 8, TaskKind.CPU, 7L));

        RunConfig config = english.toConfig();
        assertThat(config).isEqualTo(new RunConfig(500, 0.25, Mode.POOL, 8, TaskKind.CPU, 7L));
        assertThat(english.toConfig(Mode.SEQUENTIAL).workers()).isZero();
    }

    @Test
    void theGlobalLockCanOnlyBeChosenForCpuTasksOnThreads() {
        // given the defaults: I/O on an event loop
        assertThat(english.globalLockEnabledProperty().get()).isFalse();

        // when the tasks compute on threads, pool or virtual threads
        english.kindProperty().set(TaskKind.CPU);
        for (Mode threaded : new Mode[] {Mode.THREADS, Mode.POOL, Mode.VIRTUAL}) {
            english.setMode(threaded);
            assertThat(english.globalLockEnabledProperty().get()).as(threaded.id()).isTrue();
        }

        // then one thread (sequential, event loop) has nothing to lock against
        english.setMode(Mode.SEQUENTIAL);
        assertThat(english.globalLockEnabledProperty().get()).isFalse();
        english.setMode(Mode.EVENT_LOOP);
        assertThat(english.globalLockEnabledProperty().get()).isFalse();
        english.setMode(Mode.THREADS);
        english.kindProperty().set(TaskKind.IO);
        assertThat(english.globalLockEnabledProperty().get()).isFalse();
    }

    @Test
    void aTickedGlobalLockReachesTheConfigOfCpuTasksOnThreadsOnly() {
        english.kindProperty().set(TaskKind.CPU);
        english.setMode(Mode.THREADS);
        english.globalLockProperty().set(true);

        assertThat(english.toConfig().globalLock()).isTrue();
        assertThat(english.toConfig(Mode.SEQUENTIAL).globalLock()).isFalse();
        english.kindProperty().set(TaskKind.IO);
        assertThat(english.toConfig().globalLock()).isFalse();
    }

    @Test
    void applyingAConfigSetsTheGlobalLockFromIt() {
        english.apply(new RunConfig(4, 1.0, Mode.POOL, 2, TaskKind.CPU, 1L, true));
        assertThat(english.globalLockProperty().get()).isTrue();

        english.apply(RunConfig.defaults());
        assertThat(english.globalLockProperty().get()).isFalse();
    }
}
