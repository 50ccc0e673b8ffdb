package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;
import org.asynclab.model.TaskOutcome;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class CompletionOrderTextTest {
    private final CompletionOrderText english = new CompletionOrderText(UiText.forLocale(Locale.ENGLISH));

    @Test
    void aShortListShowsEveryTaskWithItsDelay() {
        String text = english.format(new int[] {2, 0, 1}, 3, task -> (task + 1) * 100_000_000L, task -> null);

        assertThat(text).isEqualTo("#2\u00a00.300\u00a0s\u2002·\u2002#0\u00a00.100\u00a0s"
                + "\u2002·\u2002#1\u00a00.200\u00a0s");
    }

    @Test
    void aLongListShowsBothEndsAndCountsTheRest() {
        int[] order = IntStream.range(0, 1_000_000).toArray();

        String text = english.format(order, order.length, task -> 0, task -> null);

        assertThat(text).startsWith("#0\u00a00.000\u00a0s").contains("… 999,985 more …")
                .endsWith("#999999\u00a00.000\u00a0s");
        assertThat(text.length()).isLessThan(400);
    }

    @Test
    void whileRunningOnlyTheStartIsKnownAndTheRestIsCounted() {
        String text = english.format(new int[] {4, 5}, 40, task -> 0, task -> null);

        assertThat(text).startsWith("#4").contains("… 38 more …");
    }

    @Test
    void aTaskCancelledOrFailedSaysSoInPlaceOfTheDelayItDidNotWaitOut() {
        // given a deadline of 0.5 s that cut task 0 (0.731 s), task 2's request that failed, task 1 done
        TaskOutcome[] outcomes = {TaskOutcome.CANCELLED, TaskOutcome.DONE, TaskOutcome.FAILED};
        long[] delays = {731_000_000L, 25_000_000L, 100_000_000L};

        String text = english.format(new int[] {0, 1, 2}, 3, task -> delays[task], task -> outcomes[task]);

        // then the list reads as the course's sample returns it (None where a task was cut), never "#0 0.731 s"
        assertThat(text).isEqualTo("#0\u00a0cancelled\u2002·\u2002#1\u00a00.025\u00a0s\u2002·\u2002#2\u00a0failed");
        assertThat(new CompletionOrderText(UiText.forLocale(Locale.FRENCH))
                .format(new int[] {0}, 1, task -> delays[task], task -> outcomes[task])).isEqualTo("#0\u00a0annulée");
    }

    @Test
    void nothingFinishedSaysSo() {
        assertThat(english.format(new int[0], 0, task -> 0, task -> null)).isEqualTo("No task has finished yet.");
    }
}
