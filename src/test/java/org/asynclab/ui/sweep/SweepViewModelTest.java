package org.asynclab.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepBudget;
import org.asynclab.engine.SweepRunner;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class SweepViewModelTest {
    private final SweepRunner runner = new SweepRunner(new RunEngine());
    private final List<String> steps = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ended = new CountDownLatch(1);
    private final SweepViewModel english = new SweepViewModel(UiText.forLocale(Locale.ENGLISH), runner::start,
            Runnable::run);
    private final RunConfig base = new RunConfig(10, 0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L);

    @Test
    void aSweepRunsEveryChosenModeAtEveryNAndSaysWhichStepIsUnderWay() throws Exception {
        // given two modes and two task counts, with no delay so that it is quick
        for (Mode mode : Mode.values()) {
            english.modeProperty(mode).set(mode == Mode.SEQUENTIAL || mode == Mode.VIRTUAL);
        }
        english.sizesProperty().set("1, 20");
        english.stepProperty().addListener((o, was, now) -> steps.add(now));
        english.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ended.countDown();
            }
        });

        // when it runs to the end
        english.start(base);
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();

        // then every step was named, in the window's words, and every point is there
        assertThat(steps).contains("step 1 of 4: Sequential, n = 1", "step 4 of 4: Virtual threads, n = 20",
                "Sweep finished");
        SweepResult result = english.resultProperty().get();
        assertThat(result.points()).hasSize(4);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.plan().seed()).isEqualTo(7L);
        assertThat(english.progressProperty().get()).isEqualTo(1.0);
        assertThat(english.problemProperty().get()).isEmpty();
    }

    /** A cancelled sweep's bar stood full beside "Sweep cancelled" and "8 of 12 steps": it shows the steps measured. */
    @Test
    void aCancelledSweepsBarShowsTheShareOfStepsMeasured() throws Exception {
        // given a sweep of 4 steps, cancelled as its second step starts
        for (Mode mode : Mode.values()) {
            english.modeProperty(mode).set(mode == Mode.SEQUENTIAL || mode == Mode.VIRTUAL);
        }
        SweepResult result = cancelledAt("step 2 of 4");

        // then the bar shows the steps measured, not a full bar
        assertThat(result.cancelled()).isTrue();
        assertThat(english.progressProperty().get()).isLessThan(1.0)
                .isEqualTo(result.points().size() / (double) result.plan().steps().size());
    }

    /** Cancelled before its first point, a sweep said "the points measured so far stay" beside none. */
    @Test
    void aSweepCancelledBeforeItsFirstPointSaysSo() throws Exception {
        SweepResult result = cancelledAt("step 1 of");

        assertThat(result.points()).isEmpty();
        assertThat(english.stepProperty().get()).isEqualTo("Sweep cancelled before its first point");
    }

    /** A sweep of n = 1 and 20 cancelled as the step its progress names {@code step} starts; its result. */
    private SweepResult cancelledAt(String step) throws InterruptedException {
        english.sizesProperty().set("1, 20");
        english.stepProperty().addListener((o, was, now) -> {
            if (now.startsWith(step)) {
                english.cancel();
            }
        });
        english.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ended.countDown();
            }
        });
        english.start(new RunConfig(10, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L));
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        return english.resultProperty().get();
    }

    @Test
    void taskCountsThatAreNoNumbersAreAMessageAndNothingRuns() {
        english.sizesProperty().set("1, ten");

        english.start(base);

        assertThat(english.problemProperty().get()).startsWith("Task counts: must be whole numbers");
        assertThat(english.runningProperty().get()).isFalse();
        assertThat(english.resultProperty().get()).isNull();
    }

    @Test
    void noModeOrASweepOfHoursIsRefusedWithTheFieldNamed() {
        untickEveryMode(english);
        english.start(base);
        assertThat(english.problemProperty().get()).contains("mode");

        english.modeProperty(Mode.SEQUENTIAL).set(true);
        english.sizesProperty().set("100000");
        english.start(new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L));
        assertThat(english.problemProperty().get()).contains("max delay");
        assertThat(english.runningProperty().get()).isFalse();
        // and nothing is shown or offered to save: an empty plot with its "expected" lines had enabled Save
        assertThat(english.resultProperty().get()).isNull();
    }

    /** A refused sweep keeps the sweep on screen, its bar and its last words, so it can still be saved. */
    @Test
    void aRefusedSweepLeavesTheLastSweepOnScreen() throws Exception {
        // given a finished sweep
        untickEveryMode(english);
        english.modeProperty(Mode.VIRTUAL).set(true);
        english.sizesProperty().set("1, 20");
        english.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ended.countDown();
            }
        });
        english.start(base);
        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        SweepResult finished = english.resultProperty().get();

        // when a sweep of hours is refused
        english.modeProperty(Mode.SEQUENTIAL).set(true);
        english.sizesProperty().set("100000");
        english.start(new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L));

        // then the finished sweep, its full bar and its last words stay
        assertThat(english.problemProperty().get()).contains("max delay");
        assertThat(english.resultProperty().get()).isSameAs(finished);
        assertThat(english.progressProperty().get()).isEqualTo(1.0);
        assertThat(english.stepProperty().get()).isEqualTo("Sweep finished");
    }

    private static void untickEveryMode(SweepViewModel sweep) {
        for (Mode mode : Mode.values()) {
            sweep.modeProperty(mode).set(false);
        }
    }

    @Test
    void theGuardsRefusalsAreInTheWindowsLanguageAndFollowIt() {
        // given the sweep window in French, no mode ticked
        SweepViewModel french = new SweepViewModel(UiText.forLocale(Locale.FRENCH), runner::start, Runnable::run);
        untickEveryMode(french);
        // when Start is pressed
        french.start(base);
        // then the refusal names the field in French
        assertThat(french.problemProperty().get()).isEqualTo("Modes\u00a0: cochez au moins un mode à balayer");

        // and a sweep of hours is refused in French, with the largest max delay that fits
        french.modeProperty(Mode.SEQUENTIAL).set(true);
        french.sizesProperty().set("100000");
        french.start(new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L));
        assertThat(french.problemProperty().get()).startsWith("Délai max\u00a0: Séquentiel à n = 100")
                .contains("Prenez un délai max d’au plus 0,002 s").doesNotContain("would");
        // and switching to English says it again in English
        french.setText(UiText.forLocale(Locale.ENGLISH));
        assertThat(french.problemProperty().get()).startsWith("Max delay: Sequential at n = 100")
                .contains("at most 0.002 s");
    }

    @Test
    void theDefaultsRunWithinTheGuardForTheClassroomSettings() {
        // given the sweep window as it opens, on the classroom's default settings (max delay 1 s)
        List<SweepPlan> started = new ArrayList<>();
        SweepViewModel fresh = new SweepViewModel(UiText.forLocale(Locale.ENGLISH), (plan, listener) -> {
            started.add(plan);
            return runner.start(plan, listener);
        }, Runnable::run);

        // when Start is pressed without changing anything
        fresh.start(RunConfig.defaults());
        fresh.cancel();

        // then the guard let it run: no message, a plan started
        assertThat(fresh.problemProperty().get()).isEmpty();
        assertThat(started).hasSize(1);
        assertThat(SweepBudget.standard().problem(started.get(0))).isEmpty();
    }
}
