package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order of completion is the one the finish instants tell: the {@code wait_n} lesson depends on it. The time
 * limit only catches a run that never ends: 10,000 platform threads took 8.7 s alone at load 20, and over 120 s once in
 * a whole suite at load 25 on two cores (eight other builds running).
 */
@Timeout(600)
@RealRunsLane
class CompletionOrderTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theCompletionOrderIsSortedByFinishInstantInEveryModeAt10000Tasks(Mode mode) throws InterruptedException {
        // given 10,000 tasks finishing close together (sequential ones short, so the test stays short)
        int n = 10_000;
        double maxDelay = mode == Mode.SEQUENTIAL ? 0.000_05 : 0.3;
        RunConfig config = new RunConfig(n, maxDelay, mode, mode == Mode.POOL ? 1_000 : 0, TaskKind.IO, 3L);

        RunResult result = EngineTesting.ENGINE.run(config, Workload.generate(config));

        int[] order = result.completionOrder();
        assertThat(order).hasSize(n);
        for (int rank = 1; rank < n; rank++) {
            assertThat(result.finishedNanos(order[rank - 1]))
                    .as("%s: task at rank %d finished no later than the one at rank %d", mode, rank - 1, rank)
                    .isLessThanOrEqualTo(result.finishedNanos(order[rank]));
        }
    }

    @Test
    void ranksTakenOutOfOrderAreSortedByInstantKeepingTiesInRankOrder() {
        // given task 3 ranked last although it finished first, and tasks 1 and 4 finishing at the same instant
        long[] finished = {40, 20, 50, 10, 20, 30};
        int[] order = {1, 4, 0, 5, 2, 3};

        FinishOrder.sortByFinish(order, finished);

        assertThat(order).containsExactly(3, 1, 4, 5, 0, 2);
    }

    @Test
    void aLongScrambledOrderComesOutSortedAndComplete() {
        // given 1,000 tasks ranked in reverse order of their instants, with runs of equal instants
        int n = 1_000;
        long[] finished = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            finished[i] = i / 3;
            order[i] = n - 1 - i;
        }

        FinishOrder.sortByFinish(order, finished);

        for (int rank = 1; rank < n; rank++) {
            assertThat(finished[order[rank - 1]]).isLessThanOrEqualTo(finished[order[rank]]);
            if (finished[order[rank - 1]] == finished[order[rank]]) {
                assertThat(order[rank - 1]).as("ties keep their rank order").isGreaterThan(order[rank]);
            }
        }
        assertThat(order).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, n).toArray());
    }
}
