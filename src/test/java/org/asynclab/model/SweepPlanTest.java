package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    private static SweepPlan plan(List<Mode> modes, List<Integer> sizes) {
        return new SweepPlan(modes, sizes, 0.5, TaskKind.IO, 7L, 4, false);
    }

    @Test
    void taskCountsAreSortedWithoutRepeatsAndModesKeepTheirOrderWithoutRepeats() {
        SweepPlan plan = plan(List.of(Mode.VIRTUAL, Mode.SEQUENTIAL, Mode.VIRTUAL), List.of(100, 1, 10, 1));

        assertThat(plan.sizes()).containsExactly(1, 10, 100);
        assertThat(plan.modes()).containsExactly(Mode.VIRTUAL, Mode.SEQUENTIAL);
        assertThat(plan.steps()).containsExactly(new SweepPlan.Step(Mode.VIRTUAL, 1),
                new SweepPlan.Step(Mode.SEQUENTIAL, 1), new SweepPlan.Step(Mode.VIRTUAL, 10),
                new SweepPlan.Step(Mode.SEQUENTIAL, 10), new SweepPlan.Step(Mode.VIRTUAL, 100),
                new SweepPlan.Step(Mode.SEQUENTIAL, 100));
    }

    @Test
    void threadsSkipTheTaskCountsPastTheirLimitWhileOtherModesRunThem() {
        SweepPlan plan = plan(List.of(Mode.THREADS, Mode.VIRTUAL), List.of(10_000, 100_000, 1_000_000));

        assertThat(plan.skipped()).containsExactly(new SweepPlan.Step(Mode.THREADS, 100_000),
                new SweepPlan.Step(Mode.THREADS, 1_000_000));
        assertThat(plan.steps()).hasSize(4).contains(new SweepPlan.Step(Mode.THREADS, 10_000))
                .contains(new SweepPlan.Step(Mode.VIRTUAL, 1_000_000));
    }

    @Test
    void everyStepOfOneTaskCountGetsTheSameDelaysAndItsModesSettings() {
        SweepPlan plan = new SweepPlan(List.of(Mode.POOL, Mode.THREADS), List.of(50), 0.2, TaskKind.CPU, 9L, 3, true);

        RunConfig pool = plan.configFor(new SweepPlan.Step(Mode.POOL, 50));
        RunConfig threads = plan.configFor(new SweepPlan.Step(Mode.THREADS, 50));

        assertThat(pool.workers()).isEqualTo(3);
        assertThat(threads.workers()).isZero();
        assertThat(threads.globalLock()).isTrue();
        assertThat(plan.workloadFor(50)).isEqualTo(Workload.generate(threads));
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> plan(List.of(), List.of(1))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("at least one mode").extracting(e -> ((InvalidSettingException) e).field())
                .isEqualTo("modes");
        assertThatThrownBy(() -> plan(List.of(Mode.VIRTUAL), List.of(1, 2_000_000)))
                .hasMessage("each task count must be a whole number from 1 to 1,000,000 (got 2000000)");
        assertThatThrownBy(() -> plan(List.of(Mode.VIRTUAL), List.of())).hasMessageContaining("1 to 40 task counts");
        assertThatThrownBy(() -> plan(List.of(Mode.THREADS), List.of(30_000)))
                .hasMessageContaining("must leave something to run");
        assertThatThrownBy(() -> new SweepPlan(List.of(Mode.POOL), List.of(1), 0.5, TaskKind.IO, 1L, 0, false))
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("workers");
        assertThatThrownBy(() -> new SweepPlan(List.of(Mode.POOL), List.of(1), -1, TaskKind.IO, 1L, 4, false))
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("maxDelay");
    }

    @Test
    void aResultGivesEachModesPointsByGrowingN() {
        SweepPlan plan = plan(List.of(Mode.SEQUENTIAL, Mode.VIRTUAL), List.of(1, 10));
        RunSummary figures = new RunSummary(1, 0.1, 1, 1, 1, 0, 1, 1, 1);
        SweepResult result = new SweepResult(plan, List.of(new SweepPoint(Mode.VIRTUAL, 10, figures, 0, 20, false),
                new SweepPoint(Mode.VIRTUAL, 1, figures, 0, 20, false)), false);

        assertThat(result.pointsOf(Mode.VIRTUAL)).extracting(SweepPoint::tasks).containsExactly(1, 10);
        assertThat(result.pointsOf(Mode.SEQUENTIAL)).isEmpty();
        assertThat(result.point(Mode.VIRTUAL, 10)).isPresent();
        assertThat(result.isComplete()).isFalse();
    }
}
