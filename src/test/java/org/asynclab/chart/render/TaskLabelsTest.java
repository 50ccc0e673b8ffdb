package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.junit.jupiter.api.Test;

class TaskLabelsTest {
    private static final long MS = 1_000_000L;

    /** Two tasks of 0.5 s and 1 s that both end at 1 s; the first is named, as a traced program's rows are. */
    private static RunResult run(boolean named) {
        RunResult run = TestRuns.run(TaskKind.IO, 1000 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {1000 * MS, 1000 * MS}, new int[] {0, 0}, "event-loop");
        if (!named) {
            return run;
        }
        PhaseRecording phases = new PhaseRecording(2, 1, true);
        phases.name(0, "Task-1 main");
        phases.name(1, "a_coroutine_with_a_name_longer_than_the_column()");
        phases.finish(0, TaskOutcome.DONE, 1000 * MS);
        return run.withPhaseTimeline(phases);
    }

    @Test
    void plainTasksAreNumberedAndShowTheirDelay() {
        TaskLabels labels = new TaskLabels();
        RunResult run = run(false);
        labels.use(run, ChartLabels.ENGLISH);

        assertThat(labels.number(1)).isEqualTo("#1");
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(run.delayNanos(0)));
        assertThat(TaskLabels.widest(run, ChartLabels.ENGLISH)).isEqualTo("#1");
    }

    @Test
    void aProgramsRowsCarryTheirNamesCutToTheColumnAndTheTimeTheyLived() {
        TaskLabels labels = new TaskLabels();
        RunResult run = run(true);
        labels.use(run, ChartLabels.ENGLISH);

        assertThat(labels.number(0)).isEqualTo("Task-1 main");
        assertThat(labels.number(1)).startsWith("a_coroutine_with").endsWith("…").hasSizeLessThanOrEqualTo(26);
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(1000 * MS));
        assertThat(TaskLabels.widest(run, ChartLabels.ENGLISH)).isEqualTo(labels.number(1));
    }

    @Test
    void rowNumbersAreGroupedByOneRuleInTheChartsLanguage() {
        // given 20,000 tasks, as the density bands draw them
        int n = 20_000;
        RunResult run = TestRuns.run(TaskKind.IO, 1000 * MS, new long[n], new long[n], new long[n], new int[n],
                "event-loop");
        ChartLabels french = ChartLabels.from(new ChartLabelsTest.FrenchBundle());
        TaskLabels english = new TaskLabels();
        english.use(run, ChartLabels.ENGLISH);
        TaskLabels inFrench = new TaskLabels();
        inFrench.use(run, french);

        // then four and five digits are grouped alike ("#5000" beside "#10,000" was two rules on one axis)
        assertThat(english.number(999)).isEqualTo("#999");
        assertThat(english.number(5000)).isEqualTo("#5,000");
        assertThat(english.number(10_000)).isEqualTo("#10,000");
        // and French groups with a narrow no-break space, as its results do
        assertThat(inFrench.number(5000)).isEqualTo("#5\u202F000");
        assertThat(inFrench.number(10_000)).isEqualTo("#10\u202F000");
        assertThat(TaskLabels.widest(run, french)).isEqualTo("#19\u202F999");
    }
}
