package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The peak, counted between the sorted finishes, is what counting by hand gives. */
class PeakConcurrencyTest {
    private static final long NO = TaskTimeline.NOT_YET;

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.01, 0.5, 1.0})
    void thePeakIsTheMostIntervalsThatHoldOneInstantWhateverShareOfTasksFinished(double finishedShare) {
        Random random = new Random(Double.hashCode(finishedShare));
        for (int round = 0; round < 40; round++) {
            // given tasks on a coarse clock (many ties), some never started, some instant, a share finished
            int n = 1 + random.nextInt(round < 20 ? 30 : 1_500);
            long[] started = new long[n];
            long[] finished = new long[n];
            for (int i = 0; i < n; i++) {
                started[i] = random.nextInt(10) == 0 ? NO : random.nextInt(50);
                boolean ends = started[i] != NO && random.nextDouble() < finishedShare;
                finished[i] = !ends ? NO : random.nextInt(8) == 0 ? started[i] : started[i] + 1 + random.nextInt(20);
            }

            // when the peak is computed, with and without reserved space
            int allocated = PeakConcurrency.of(started, finished, null);
            int inSpace = PeakConcurrency.of(started, finished, new SealSpace(n));

            // then it is the count by hand
            assertThat(allocated).as("round %d", round).isEqualTo(byHand(started, finished));
            assertThat(inSpace).isEqualTo(allocated);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 100})
    void theSearchFromAHintFindsHowManyFinishesAreAtOrBeforeAnInstant(int ended) {
        // given sorted finishes with ties
        long[] ends = new long[ended];
        for (int i = 0; i < ended; i++) {
            ends[i] = 2L * (i / 3);
        }
        // then from every hint, every instant gets the count by hand
        for (int hint = 0; hint <= ended; hint++) {
            for (long instant = -1; instant <= 2L * ended / 3 + 2; instant++) {
                long at = instant;
                int byHand = (int) Arrays.stream(ends).filter(end -> end <= at).count();
                assertThat(PeakConcurrency.finishesBy(ends, ended, instant, hint)).isEqualTo(byHand);
            }
        }
    }

    /** The most tasks whose [start, finish) holds some start instant; at least 1 once a task started. */
    private static int byHand(long[] started, long[] finished) {
        int peak = 0;
        for (long at : started) {
            if (at == NO) {
                continue;
            }
            peak = Math.max(peak, 1);
            int running = 0;
            for (int i = 0; i < started.length; i++) {
                boolean ran = started[i] != NO && finished[i] != started[i];
                if (ran && started[i] <= at && (finished[i] == NO || finished[i] > at)) {
                    running++;
                }
            }
            peak = Math.max(peak, running);
        }
        return peak;
    }
}
