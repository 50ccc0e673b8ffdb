package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.LocalizedText;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;

/** The window's rule for a scenario that asks the class to predict: no Run without a guess, then the reveal. */
class PredictThenRevealTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final UiText text = UiText.forLocale(Locale.ENGLISH);
    private final LocalizedText words = LocalizedText.of("predict");
    private final Lesson lesson = new Lesson(words, List.of(
            new Scenario("predict", new Scenario.Texts(words, words, words), RunConfig.defaults(), null, null, true),
            new Scenario("free", new Scenario.Texts(words, words, words), RunConfig.defaults(), null, null, false)));
    private final MainViewModel model = new MainViewModel(text, launcher, Runnable::run, Runnable::run,
            new ExportViewModel(text, Runnable::run, Runnable::run,
                    new LastFolder(Preferences.userRoot().node("asynclab-test/predict-test"))),
            new LookViewModel(), lesson);

    @Test
    void aScenarioThatRequiresAGuessKeepsRunDisabledUntilOneIsTyped() {
        // given the scenario that requires a guess
        model.lesson().goTo(0);
        assertThat(model.canRunBinding().get()).isFalse();
        assertThat(model.statusProperty().get()).as("not \"press Run\" while Run is off")
                .isEqualTo("Type your guess (s) first, then press Run.");
        model.runOrIgnore();
        assertThat(launcher.runs()).isEmpty();

        // when a guess is typed, Run works; and the next scenario needs none
        model.guess().guessProperty().set("2");
        assertThat(model.canRunBinding().get()).isTrue();
        // (the guess field has the keys: there Space is a space, Return runs; "press Run (Space)" misled)
        assertThat(model.statusProperty().get()).isEqualTo("Guess taken: press Run (Return in the guess field).");
        model.lesson().next();
        assertThat(model.guess().guessProperty().get()).isEmpty();
        assertThat(model.canRunBinding().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Ready.");
    }

    /**
     * {@code ./run.sh --scenario io-vs-cpu --run} opened the lesson and did nothing: the scenario asks for a guess,
     * and --run promises a run at once. Whoever starts the app with --run chose to run now; nothing is revealed.
     */
    @Test
    void runAtStartRunsAScenarioThatAsksForAGuessWithoutOne() {
        model.lesson().goTo(0);

        model.runAtStart();

        assertThat(launcher.runs()).hasSize(1);
        // a run that goes on is not started again, and the end reveals no guess
        model.runAtStart();
        assertThat(launcher.runs()).hasSize(1);
        launcher.last().finish(Recordings.eventLoop(0.2, 1.0));
        assertThat(model.guess().revealProperty().get()).isEmpty();
    }

    @Test
    void theGuessIsRevealedBesideTheMeasuredTotalWhenTheRunEnds() {
        model.lesson().goTo(0);
        model.guess().guessProperty().set("2");

        model.runOrIgnore();
        assertThat(model.guess().revealProperty().get()).isEmpty();
        launcher.last().finish(Recordings.eventLoop(0.2, 1.0));

        assertThat(model.guess().revealProperty().get())
                .isEqualTo("guess 2.000\u00a0s · measured 1.000\u00a0s · ideal 1.000\u00a0s");
        model.reset();
        assertThat(model.guess().revealProperty().get()).isEmpty();
    }

    @Test
    void inAComparisonTheRevealNamesTheFirstRunTheGuessWasFor() {
        // given the guess scenario compared with sequential, a guess of 2 s
        model.lesson().goTo(0);
        model.settings().compareWithProperty().set(Mode.SEQUENTIAL);
        model.guess().guessProperty().set("2");

        // when its first run ends
        model.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.2, 1.0));

        // then the reveal, beside a table of two totals, names the run it measured: the first column's
        String first = model.comparisonTable().columnsProperty().get().getFirst();
        assertThat(first).isNotBlank();
        assertThat(model.guess().revealProperty().get())
                .isEqualTo(first + ": guess 2.000\u00a0s · measured 1.000\u00a0s · ideal 1.000\u00a0s");
    }

    @Test
    void whenTheJitWasWarmedUpBeforeTheClockTheStatusBarSaysForHowLong() {
        model.lesson().goTo(1);
        model.runOrIgnore();
        String running = model.statusProperty().get();
        launcher.last().warmingUp(true);
        model.run().followWarmUp();
        assertThat(model.statusProperty().get()).startsWith(running.substring(0, running.length() - 1))
                .endsWith(", warming up first (JIT, memory; not in the figures)…");
        launcher.last().warmingUp(false);
        model.run().followWarmUp();
        assertThat(model.statusProperty().get()).isEqualTo(running);
        launcher.last().warmedUp(310_000_000L);
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3));

        assertThat(model.statusProperty().get()).isEqualTo("Done. Warm-up before the clock: 310\u00a0ms (JIT, memory;"
                + " not in the figures).");

        model.runOrIgnore();
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3));
        assertThat(model.statusProperty().get()).isEqualTo("Done.");
    }
}
