package org.asynclab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.asynclab.lesson.LocalizedText;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class GuessViewModelTest {
    private final SimpleObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final GuessViewModel english = new GuessViewModel(UiText.forLocale(Locale.ENGLISH), scenario);

    private static Scenario scenario(boolean requiresGuess) {
        LocalizedText words = LocalizedText.of("guess");
        return new Scenario("guess", new Scenario.Texts(words, words, words), RunConfig.defaults(), null, null,
                requiresGuess);
    }

    @Test
    void withoutAScenarioAGuessIsOptional() {
        assertThat(english.requiredProperty().get()).isFalse();
        assertThat(english.readyBinding().get()).isTrue();
    }

    @Test
    void aScenarioThatRequiresAGuessIsNotReadyUntilOneIsTyped() {
        scenario.set(scenario(true));

        assertThat(english.requiredProperty().get()).isTrue();
        assertThat(english.readyBinding().get()).isFalse();

        english.guessProperty().set("1,5");
        assertThat(english.readyBinding().get()).isTrue();
    }

    @Test
    void aGuessThatIsNoNumberIsMarkedAndBlocksRun() {
        english.guessProperty().set("soon");

        assertThat(english.problemProperty().get()).contains("number of seconds");
        assertThat(english.readyBinding().get()).isFalse();

        english.guessProperty().set("-1");
        assertThat(english.readyBinding().get()).isFalse();
    }

    @Test
    void aNewScenarioEmptiesTheGuess() {
        english.guessProperty().set("2");

        scenario.set(scenario(false));

        assertThat(english.guessProperty().get()).isEmpty();
        assertThat(english.readyBinding().get()).isTrue();
    }

    @Test
    void afterTheRunTheGuessTakenAtRunIsShownBesideTheMeasuredTotalAndTheIdeal() {
        // given a guess of 2 s when Run was pressed, changed during the run
        english.guessProperty().set("2");
        english.take();
        english.guessProperty().set("9");

        // when an event-loop run of 1 s ends (ideal: its longest delay)
        english.reveal(Recordings.eventLoop(0.2, 1.0, 0.5), "");

        // then
        assertThat(english.revealProperty().get())
                .isEqualTo("guess 2.000\u00a0s · measured 1.000\u00a0s · ideal 1.000\u00a0s");
    }

    /** An event-loop run of tasks of 0.2 and 0.5 s that took {@code total} s, with no ideal; stopped or not. */
    private static RunResult withoutIdeal(double total, boolean stopped) {
        RunResult whole = Recordings.eventLoop(0.2, 0.5);
        RunSummary s = whole.summary();
        long end = Math.round(total * 1e9);
        return new RunResult(whole.config(), whole.workload(), new RunResult.Timings(new long[2], new long[2],
                new long[] {200_000_000L, stopped ? -1 : end}, new int[2]), new String[] {"event-loop"},
                stopped ? new int[] {0} : whole.completionOrder(), new RunSummary(total, total / 2,
                s.sumOfDelaysSeconds(), s.longestDelaySeconds(), Double.NaN, Double.NaN, Double.NaN, 2, 1), stopped,
                end);
    }

    /** The class's guess of 2 s, taken when Run is pressed. */
    private static void guessTwoSeconds(GuessViewModel... guesses) {
        for (GuessViewModel guess : guesses) {
            guess.guessProperty().set("2");
            guess.take();
        }
    }

    @Test
    void aRunWithoutAnIdealRevealsNoIdealAndAStoppedOneSaysItStopped() {
        // given a guess of 2 s taken at Run, in English and in French
        GuessViewModel french = new GuessViewModel(UiText.forLocale(Locale.FRENCH), scenario);
        guessTwoSeconds(english, french);

        // when the run was stopped at 0.3 s (no ideal: it did not run its whole work)
        english.reveal(withoutIdeal(0.3, true), "");
        french.reveal(withoutIdeal(0.3, true), "");

        // then the reveal says it stopped, never "ideal NaN s"
        assertThat(english.revealProperty().get()).isEqualTo("guess 2.000\u00a0s · stopped after 0.300\u00a0s");
        assertThat(french.revealProperty().get()).isEqualTo("estimation 2,000\u00a0s · arrêtée après 0,300\u00a0s");

        // and a whole run whose mode has no ideal (a traced Python program) reveals the guess and the total alone
        english.reveal(withoutIdeal(0.5, false), "");
        assertThat(english.revealProperty().get()).isEqualTo("guess 2.000\u00a0s · measured 0.500\u00a0s");
    }

    @Test
    void inAComparisonTheRevealNamesTheRunItMeasured() {
        // given a guess of 2 s taken at Run, the first run of a comparison headed "I/O" ("E/S" in French)
        GuessViewModel french = new GuessViewModel(UiText.forLocale(Locale.FRENCH), scenario);
        guessTwoSeconds(english, french);

        // when that run ends
        english.reveal(Recordings.eventLoop(0.2, 1.0), "I/O");
        french.reveal(Recordings.eventLoop(0.2, 1.0), "E/S");

        // then the reveal says which of the table's two totals it measured
        assertThat(english.revealProperty().get())
                .isEqualTo("I/O: guess 2.000\u00a0s · measured 1.000\u00a0s · ideal 1.000\u00a0s");
        assertThat(french.revealProperty().get())
                .isEqualTo("E/S\u00a0: estimation 2,000\u00a0s · mesuré 1,000\u00a0s · idéal 1,000\u00a0s");
    }

    @Test
    void withoutAGuessNothingIsRevealedAndClearingForgetsIt() {
        english.take();
        english.reveal(Recordings.eventLoop(0.2), "");
        assertThat(english.revealProperty().get()).isEmpty();

        english.guessProperty().set("0.5");
        english.take();
        english.reveal(Recordings.eventLoop(0.2), "");
        assertThat(english.revealProperty().get()).startsWith("guess 0.500");
        english.clear();
        assertThat(english.revealProperty().get()).isEmpty();
    }
}
