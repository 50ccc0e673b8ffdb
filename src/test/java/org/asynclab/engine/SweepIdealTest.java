package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class SweepIdealTest {
    @Test
    void eachStepsIdealIsTheOneItsRunRecords() throws InterruptedException {
        // given a short sweep of every kind of ideal: the sum, the longest, a pool's first-free schedule
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL),
                List.of(1, 7, 30), 0.004, TaskKind.IO, 7L, 3, false);

        // when it runs
        SweepResult result = new SweepRunner(EngineTesting.ENGINE).run(plan, SweepListener.NONE);

        // then the ideal known before it ran is, for every step, the one its summary (and the CSV) states
        assertThat(result.points()).hasSize(12);
        for (Mode mode : plan.modes()) {
            List<SweepIdeal.Point> ideals = SweepIdeal.of(plan, Set.of(mode));
            assertThat(ideals).extracting(SweepIdeal.Point::tasks).containsExactly(1, 7, 30);
            for (SweepIdeal.Point ideal : ideals) {
                SweepPoint point = result.point(mode, ideal.tasks()).orElseThrow();
                assertThat(ideal.seconds()).as("%s at n = %d", mode, ideal.tasks())
                        .isEqualTo(point.summary().idealSeconds());
            }
        }
    }

    @Test
    void modesOfOneLineGiveOnePointPerNFromTheFirstThatRunsIt() {
        // given threads, which stop at 20,000 tasks, before virtual threads
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.THREADS, Mode.VIRTUAL), List.of(10, 30_000),
                0.0001, TaskKind.IO, 7L, 4, false);

        List<SweepIdeal.Point> longest = SweepIdeal.of(plan, Set.of(Mode.EVENT_LOOP, Mode.THREADS, Mode.VIRTUAL));

        // then n = 30,000 takes virtual threads' ideal, the longest of its delays, like threads' at n = 10
        assertThat(longest).extracting(SweepIdeal.Point::mode).containsExactly(Mode.THREADS, Mode.VIRTUAL);
        assertThat(longest).extracting(SweepIdeal.Point::seconds).containsExactly(
                plan.workloadFor(10).longestNanos() / 1e9, plan.workloadFor(30_000).longestNanos() / 1e9);
    }
}
