package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.Locale;
import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
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
    void aTaskWhoseDelayIsNotKnownShowsWhatItTook() {
        // given a real URL fetched from 0.2 s to 0.45 s: its delay is the server's own, unknown (counted as 0)
        RunConfig config = new RunConfig(1, 1.0, Mode.SEQUENTIAL, 0, TaskKind.HTTP, 0);
        RunResult run = new RunResult(config, Workload.unknown(1), new RunResult.Timings(new long[] {200 * MS},
                new long[] {200 * MS}, new long[] {450 * MS}, new int[] {0}), new String[] {"sequential"},
                new int[] {0}, new RunSummary(0.45, 0.45, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1,
                1), false, 450 * MS);
        TaskLabels labels = new TaskLabels();
        labels.use(run, ChartLabels.ENGLISH);

        // then its bar says the 250 ms it took, not "0 s"
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(250 * MS));
    }

    @Test
    void aBarLongerOrShorterThanItsDelaySaysHowLongItWas() {
        // given an event loop's computing tasks on a loaded machine: 1.5 s of work that took 3.9 s, 0.5 s of work that
        // took 0.505 s, 1 s that took 1.6 s beside the others; a wait of 1 s the loop ended 4 ms late, and one of
        // 1.5 s it ended 80 ms late
        RunConfig config = new RunConfig(5, 1.5, Mode.EVENT_LOOP, 0, TaskKind.CPU, 1);
        RunResult run = new RunResult(config, Workload.ofSeconds(1.5, 0.5, 1.0, 1.0, 1.5), new RunResult.Timings(
                new long[] {0, 0, 0, 0, 0}, new long[] {0, 3900 * MS, 4405 * MS, 0, 0},
                new long[] {3900 * MS, 4405 * MS, 6005 * MS, 1004 * MS, 1580 * MS}, new int[] {0, 0, 0, 0, 0}),
                new String[] {"event-loop"}, new int[] {3, 4, 0, 1, 2},
                new RunSummary(6.005, 1.2, 0, 0, 0, 0, 0, 1, 1), false, 6005 * MS);
        TaskLabels labels = new TaskLabels();
        labels.use(run, ChartLabels.ENGLISH);

        // then each bar says its own length, a teacher reading it against the time axis; the delay where it is that
        // long (within 2 % or 10 ms): it read "1.50 s" on a bar that ran to 3.9 s on the axis, and (within 10 %)
        // on one that ended on the "total 1.60 s" line
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(3900 * MS));
        assertThat(labels.delay(1)).isEqualTo(ChartLabels.ENGLISH.duration(500 * MS));
        assertThat(labels.delay(2)).isEqualTo(ChartLabels.ENGLISH.duration(1600 * MS));
        assertThat(labels.delay(3)).isEqualTo(ChartLabels.ENGLISH.duration(1000 * MS));
        assertThat(labels.delay(4)).isEqualTo(ChartLabels.ENGLISH.duration(1580 * MS));
    }

    @Test
    void aShortDelaysBarSaysItsDelayOnlyWhereItIsAboutThatLong() {
        // given a helper's asyncio.sleep(0.0001) that lived 288 µs, which read "100 µs" (10 ms was the floor of
        // "about" whatever the delay): a 100 µs wait that took 288 µs, 10 ms ones that took 19 ms and 11 ms, and
        // 100 ms and 1 s ones ended 9 ms late
        long us = MS / 1000;
        RunConfig config = new RunConfig(5, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1);
        RunResult run = new RunResult(config, Workload.ofSeconds(0.0001, 0.010, 0.010, 0.1, 1.0),
                new RunResult.Timings(new long[5], new long[5],
                        new long[] {288 * us, 19 * MS, 11 * MS, 109 * MS, 1009 * MS}, new int[5]),
                new String[] {"event-loop"}, new int[] {0, 2, 1, 3, 4},
                new RunSummary(1.009, 0.2, 0, 0, 0, 0, 0, 1, 1), false, 1009 * MS);
        TaskLabels labels = new TaskLabels();
        labels.use(run, ChartLabels.ENGLISH);

        // then a bar nearly three times its delay, or nearly twice, says its own length; within a quarter of a
        // short delay, or 10 ms of a longer one, the delay
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(288 * us));
        assertThat(labels.delay(1)).isEqualTo(ChartLabels.ENGLISH.duration(19 * MS));
        assertThat(labels.delay(2)).isEqualTo(ChartLabels.ENGLISH.duration(10 * MS));
        assertThat(labels.delay(3)).isEqualTo(ChartLabels.ENGLISH.duration(100 * MS));
        assertThat(labels.delay(4)).isEqualTo(ChartLabels.ENGLISH.duration(1000 * MS));
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

    @Test
    void aCancelledTaskSaysHowLongItWaitedNotTheDelayItNeverReached() {
        // given a deadline of 0.5 s and a semaphore of 2 on the loop: task 0 (0.2 s) is done; task 1 (0.9 s) waits
        // from 0 and is cancelled at 0.5 s; task 2 (0.9 s) is held at the semaphore until 0.2 s, cancelled at 0.7 s
        RunConfig config = new RunConfig(3, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1, false,
                new Coordination(SharedCounter.OFF, Coordination.DEFAULT_GAP, 2, 0.5));
        long[] finished = {200 * MS, 500 * MS, 700 * MS};
        RunResult plain = new RunResult(config, Workload.ofSeconds(0.2, 0.9, 0.9),
                new RunResult.Timings(new long[3], new long[3], finished, new int[3]), new String[] {"event-loop"},
                new int[] {0, 1, 2}, new RunSummary(0.7, 0.7 / 3, 2, 0.9, 0.5, 0.2, 1, 2, 1), false, 700 * MS);
        PhaseRecording phases = new PhaseRecording(3, 2, true);
        phases.begin(0, Phase.WAITING, 0);
        phases.finish(0, TaskOutcome.DONE, 200 * MS);
        phases.begin(1, Phase.WAITING, 0);
        phases.finish(1, TaskOutcome.CANCELLED, 500 * MS);
        phases.begin(2, Phase.SEMAPHORE_WAIT, 0, PhaseTimeline.NO_LINE, "async with semaphore:");
        phases.begin(2, Phase.WAITING, 200 * MS);
        phases.finish(2, TaskOutcome.CANCELLED, 700 * MS);
        RunResult run = plain.withPhaseTimeline(phases);
        TaskLabels labels = new TaskLabels();
        TaskLabels inFrench = new TaskLabels();

        // when the bars are labelled, in English and in French
        labels.use(run, ChartLabels.ENGLISH);
        ChartLabels french = ChartLabels.from(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"chart.barCancelled", "{0} · annulée"}};
            }

            @Override
            public Locale getLocale() {
                return Locale.FRENCH;
            }
        });
        inFrench.use(run, french);

        // then the done task shows its delay, the cancelled ones the half second they waited, and that they were cut
        String half = ChartLabels.ENGLISH.duration(500 * MS);
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(200 * MS));
        assertThat(labels.delay(1)).isEqualTo(half + " · cancelled");
        assertThat(labels.delay(2)).isEqualTo(half + " · cancelled");
        assertThat(inFrench.delay(1)).isEqualTo(french.duration(500 * MS) + " · annulée").doesNotContain("0,9");
    }

    @Test
    void aProgramsTaskIsLabelledByTheSleepItAskedForAsJavasBarIsByItsDelay() {
        // given a traced program: its main task asked no sleep and lived 0.71 s; a task asked asyncio.sleep(0.697)
        // and took 0.708 s (the loop's overhead), as "same delays, two worlds" measured
        RunConfig config = new RunConfig(2, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 7);
        long[] finished = {710 * MS, 708 * MS};
        RunResult plain = new RunResult(config, Workload.ofSeconds(0, 0.697),
                new RunResult.Timings(new long[2], new long[2], finished, new int[2]), new String[] {"event-loop"},
                new int[] {1, 0}, new RunSummary(0.71, 0.71, 0.697, 0.697, Double.NaN, Double.NaN, 1, 2, 1), false,
                710 * MS);
        PhaseRecording phases = new PhaseRecording(2, 3, true);
        phases.name(0, "Task-1 wait_n");
        phases.name(1, "Task-2 wait_random");
        // the task's whole life: a slice, its one sleep, a slice; the main task's: a slice, its awaits, a slice
        for (int task = 0; task < 2; task++) {
            phases.begin(task, Phase.RUNNING, 0);
            phases.begin(task, Phase.WAITING, MS, 5, task == 0 ? "as_completed" : "asyncio.sleep(0.697)");
            phases.begin(task, Phase.RUNNING, finished[task] - MS);
        }
        phases.finish(0, TaskOutcome.DONE, 710 * MS);
        phases.finish(1, TaskOutcome.DONE, 708 * MS);
        TaskLabels labels = new TaskLabels();

        // when the bars are labelled
        labels.use(plain.withPhaseTimeline(phases), ChartLabels.ENGLISH);

        // then the task says the 697 ms it asked to wait, the main task how long it lived
        assertThat(labels.delay(1)).isEqualTo(ChartLabels.ENGLISH.duration(697 * MS));
        assertThat(labels.delay(0)).isEqualTo(ChartLabels.ENGLISH.duration(710 * MS));
    }
}
