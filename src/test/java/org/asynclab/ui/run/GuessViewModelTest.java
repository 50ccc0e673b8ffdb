package org.asynclab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.asynclab.lesson.LocalizedText;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.RunConfig;
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
        english.reveal(Recordings.eventLoop(0.2, 1.0, 0.5));

        // then
        assertThat(english.revealProperty().get())
                .isEqualTo("guess 2.000\u00a0s · measured 1.000\u00a0s · ideal 1.000\u00a0s");
    }

    @Test
    void withoutAGuessNothingIsRevealedAndClearingForgetsIt() {
        english.take();
        english.reveal(Recordings.eventLoop(0.2));
        assertThat(english.revealProperty().get()).isEmpty();

        english.guessProperty().set("0.5");
        english.take();
        english.reveal(Recordings.eventLoop(0.2));
        assertThat(english.revealProperty().get()).startsWith("guess 0.500");
        english.clear();
        assertThat(english.revealProperty().get()).isEmpty();
    }
}
