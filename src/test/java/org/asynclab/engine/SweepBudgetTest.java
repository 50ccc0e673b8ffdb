package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

class SweepBudgetTest {
    private static final SweepBudget BUDGET = new SweepBudget(120, 2);

    private static SweepPlan plan(TaskKind kind, double maxDelay, Mode... modes) {
        return new SweepPlan(List.of(modes), List.of(1, 100, 1000), maxDelay, kind, 1L, 8, false);
    }

    @Test
    void aStepIsExpectedToTakeItsModesIdealTotalForAverageDelays() {
        SweepPlan io = plan(TaskKind.IO, 0.5, Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL);
        SweepPlan cpu = plan(TaskKind.CPU, 0.5, Mode.THREADS);

        assertThat(BUDGET.expectedSeconds(io, new SweepPlan.Step(Mode.SEQUENTIAL, 1000))).isCloseTo(250, within(1e-6));
        assertThat(BUDGET.expectedSeconds(io, new SweepPlan.Step(Mode.EVENT_LOOP, 1000))).isCloseTo(0.5, within(1e-6));
        assertThat(BUDGET.expectedSeconds(io, new SweepPlan.Step(Mode.POOL, 1000))).isCloseTo(250 / 8.0, within(1e-6));
        assertThat(BUDGET.expectedSeconds(cpu, new SweepPlan.Step(Mode.THREADS, 1000))).isCloseTo(125, within(1e-6));
    }

    @Test
    void aPlanWithinTheBudgetPassesAndOneOverItNamesTheSlowestStepAndAMaxDelayThatFits() {
        assertThat(BUDGET.problem(plan(TaskKind.IO, 0.2, Mode.SEQUENTIAL, Mode.VIRTUAL))).isEmpty();

        var problem = BUDGET.problem(plan(TaskKind.IO, 0.5, Mode.SEQUENTIAL, Mode.VIRTUAL)).orElseThrow();

        assertThat(problem.field()).isEqualTo("maxDelay");
        assertThat(problem.getMessage()).isEqualTo("max delay 0.5 s would make sequential at n = 1,000 take about"
                + " 4 min (n x max delay / 2); a sweep step may take at most 2 min: use a max delay of at most"
                + " 0.24 s, or fewer tasks");
    }

    @Test
    void concurrentWaitingIsRefusedOnlyWhenTheMaxDelayItselfIsOverTheBudget() {
        assertThat(BUDGET.problem(plan(TaskKind.IO, 100, Mode.EVENT_LOOP, Mode.VIRTUAL))).isEmpty();
        assertThat(BUDGET.problem(plan(TaskKind.IO, 600, Mode.VIRTUAL)).orElseThrow().getMessage())
                .contains("virtual at n = 1 take about 10 min (about the max delay)")
                .contains("at most 120 s");
    }

    @Test
    void theSuggestedMaxDelayIsRoundedDownSoThatItReallyFits() {
        assertThat(SweepBudget.floor3(0.0249999)).isEqualTo("0.0249");
        assertThat(SweepBudget.floor3(0.024)).isEqualTo("0.024");
        assertThat(SweepBudget.floor3(123.456)).isEqualTo("123");
        assertThat(SweepBudget.duration(30)).isEqualTo("30 s");
        assertThat(SweepBudget.duration(5000)).isEqualTo("83 min");
        assertThat(SweepBudget.duration(50_000)).isEqualTo("13.9 h");
    }
}
