package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.replay.ReplayTimeline;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {
    private final ResultsViewModel english = new ResultsViewModel(UiText.forLocale(Locale.ENGLISH));

    @Test
    void aFinishedRunShowsItsSummaryWithTheAverageBeingTotalOverN() {
        RunResult run = Recordings.eventLoop(0.2, 1.0, 0.5, 0.3);

        english.settle(run);

        assertThat(english.totalProperty().get()).isEqualTo("1.00\u00a0s");
        assertThat(english.averageProperty().get()).isEqualTo("250\u00a0ms");
        assertThat(english.sumOfDelaysProperty().get()).isEqualTo("2.00\u00a0s");
        assertThat(english.longestDelayProperty().get()).isEqualTo("1.00\u00a0s");
        assertThat(english.speedupProperty().get()).isEqualTo("2.0×");
        assertThat(english.progressProperty().get()).isEqualTo("4 of 4 tasks finished");
        assertThat(english.orderProperty().get()).startsWith("#0\u00a00.200\u00a0s").endsWith("#1\u00a01.000\u00a0s");
        assertThat(english.headingProperty().get()).isEqualTo("Event loop");
        assertThat(english.settledProperty().get()).isTrue();
    }

    /**
     * A Python program's average leaves out its main task, while the tasks finished count every row: the average
     * says what it divides by ("Total 1.00 s · Average 501 ms · 3 of 3 tasks" read as 1.00 ÷ 3 to a class).
     */
    @Test
    void anAverageOverFewerTasksThanTheRowsSaysItsN() {
        RunResult rows = Recordings.eventLoop(0.2, 1.0, 0.6);
        RunResult program = rows.withProgram(new ProgramRun("python", "/t/gather.py", "/usr/bin/python3", "3.11.7",
                0, 2, List.of(), List.of(), null));

        english.settle(program);

        assertThat(english.progressProperty().get()).isEqualTo("3 of 3 tasks finished");
        assertThat(english.averageProperty().get()).endsWith("(÷ 2)");
        english.settle(rows);
        assertThat(english.averageProperty().get()).doesNotContain("÷");
    }

    /** A program stopped before its tasks finished has no average, so nothing it divides by ("— (÷ 2)" before). */
    @Test
    void aStoppedProgramHasNoAverageAndNoDivisor() {
        RunResult program = Recordings.stopped(1, 0.2, 1.0, 0.6).withProgram(new ProgramRun("python",
                "/t/forever.py", "/usr/bin/python3", "3.11.7", 0, 2, List.of(), List.of(), null));

        english.settle(program);

        assertThat(english.averageProperty().get()).isEqualTo("—");
    }

    /** A deadline lesson's list: a task its deadline cut is cancelled there, not done at its whole delay. */
    @Test
    void theOrderOfCompletionSaysWhichTasksTheDeadlineCancelled() {
        // given three tasks under a deadline of 0.5 s: task 1 (1.0 s) cut at it, the others done
        RunResult plain = Recordings.eventLoop(0.2, 1.0, 0.3);
        PhaseRecording phases = new PhaseRecording(3, 1, true);
        long[] ends = {200_000_000L, 500_000_000L, 300_000_000L};
        for (int task = 0; task < 3; task++) {
            phases.begin(task, Phase.WAITING, 0);
            phases.finish(task, task == 1 ? TaskOutcome.CANCELLED : TaskOutcome.DONE, ends[task]);
        }

        english.settle(plain.withPhaseTimeline(phases));

        assertThat(english.orderProperty().get()).contains("#1\u00a0cancelled", "#0\u00a00.200\u00a0s")
                .doesNotContain("1.000");
    }

    /** Before a deadline run starts, its sum and longest delay are already the waits the deadline allows. */
    @Test
    void aDeadlineRunsDelaysAreShownAsTheDeadlineCutsThem() {
        RunConfig config = new RunConfig(3, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L, false,
                Coordination.NONE.withDeadline(0.5));

        english.begin(config, Workload.ofSeconds(0.2, 0.9, 0.731));

        assertThat(english.sumOfDelaysProperty().get()).isEqualTo("1.20\u00a0s");
        assertThat(english.longestDelayProperty().get()).isEqualTo("500\u00a0ms");
    }

    @Test
    void aStoppedRunSaysSo() {
        english.settle(Recordings.stopped(1, 0.2, 1.0));

        assertThat(english.headingProperty().get()).isEqualTo("Event loop (stopped)");
        assertThat(english.progressProperty().get()).isEqualTo("1 of 2 tasks finished");
        // its total is the time up to the stop; no average of tasks that did not all finish (it read 100 ms)
        assertThat(english.totalProperty().get()).isEqualTo("200\u00a0ms");
        assertThat(english.averageProperty().get()).isEqualTo("—");
    }

    @Test
    void whileRunningTheFiguresFollowTheTimeline() {
        RunResult run = Recordings.eventLoop(0.2, 1.0, 0.5, 0.3);
        ReplayTimeline halfway = new ReplayTimeline(run);
        halfway.setCursor(400_000_000L);

        english.begin(run.config(), Workload.ofSeconds(0.2, 1.0, 0.5, 0.3));
        english.follow(halfway);

        assertThat(english.totalProperty().get()).isEqualTo("400\u00a0ms");
        assertThat(english.averageProperty().get()).isEqualTo("100\u00a0ms");
        assertThat(english.progressProperty().get()).isEqualTo("2 of 4 tasks finished");
        assertThat(english.peakProperty().get()).isEqualTo("2");
        assertThat(english.idealProperty().get()).isEqualTo("—");
        assertThat(english.orderProperty().get()).isEqualTo("#0\u00a00.200\u00a0s\u2002·\u2002#3\u00a00.300\u00a0s");
        assertThat(english.settledProperty().get()).isFalse();
    }

    /**
     * The figures so far count as the run's own do: from the first submission (20 ms into this recording) and over
     * the run's n. The strip said "Total 44.9 ms" beside a chart at 229 ms, and "Average Infinity s" over no task.
     */
    @Test
    void whileRunningTheTotalCountsFromTheFirstSubmissionAndNoTaskMeansNoAverage() {
        long ms = 1_000_000;
        RunResult late = org.asynclab.chart.TestRuns.submittedLate();
        org.asynclab.model.TimelineSnapshot at70 = new org.asynclab.model.TimelineSnapshot();
        ReplayTimeline cursor = new ReplayTimeline(late);
        cursor.setCursor(50 * ms);
        at70.fillFrom(cursor);

        english.follow(at70);

        assertThat(english.totalProperty().get()).isEqualTo("50.0\u00a0ms");
        assertThat(english.averageProperty().get()).isEqualTo("25.0\u00a0ms");

        english.follow(new org.asynclab.model.TimelineSnapshot());

        assertThat(english.totalProperty().get()).isEqualTo("0\u00a0s");
        assertThat(english.averageProperty().get()).isEqualTo("—");
    }

    /**
     * A Python program goes on after its tasks have all ended (asyncio.run's teardown, code after it, the next
     * asyncio.run): the total so far is the total's own, to the last finish, as the chart's total marker says, not
     * to now ("Total 511 ms" beside "total 402 ms").
     */
    @Test
    void whileRunningWithEveryTaskEndedTheTotalSoFarIsToTheLastFinish() {
        // given two rows ended at 200 and 402 ms, read live at 511 ms (the program still tearing down)
        long ms = 1_000_000;
        RunResult rows = org.asynclab.chart.TestRuns.run(TaskKind.IO, 511 * ms, new long[2], new long[2],
                new long[] {200 * ms, 402 * ms}, new int[2], "event-loop");

        english.follow(rows);

        assertThat(english.totalProperty().get()).isEqualTo("402\u00a0ms");
        assertThat(english.averageProperty().get()).isEqualTo("201\u00a0ms");
    }

    @Test
    void frenchFiguresUseADecimalComma() {
        ResultsViewModel french = new ResultsViewModel(UiText.forLocale(Locale.FRENCH));

        french.settle(Recordings.sequential(0.25, 1.25));

        assertThat(french.totalProperty().get()).isEqualTo("1,50\u00a0s");
        assertThat(french.headingProperty().get()).isEqualTo("Séquentiel");
    }

    @Test
    void aTenthOfAMillisecondAverageStaysReadable() {
        // given 10,000 tasks that took 1.018 s in all: an average of 0.0001018 s
        RunResult run = Recordings.eventLoop(1.018);

        // when the average of such a run is written
        String average = UiText.forLocale(Locale.ENGLISH).duration(1.018 / 10_000);

        // then it reads in microseconds, never as zero seconds
        assertThat(average).isEqualTo("102\u00a0µs");
        assertThat(UiText.forLocale(Locale.FRENCH).duration(0.0042)).isEqualTo("4,20\u00a0ms");
        english.settle(run);
        assertThat(english.totalProperty().get()).isEqualTo("1.02\u00a0s");
    }

    @Test
    void aReplayShowsTheStartUpTimeOnlyWhereEveryTaskHadStarted() {
        // given a sequential run whose last task started at 0.7 s, settled
        RunResult run = Recordings.sequential(0.2, 0.5, 0.1);
        english.settle(run);
        assertThat(english.resources().startupProperty().get()).isEqualTo("700\u00a0ms");
        ReplayTimeline replay = new ReplayTimeline(run);

        // when the cursor is at 0.3 s, then that start-up is still to come; at 0.75 s it has happened
        replay.setCursor(300_000_000L);
        english.replayAt(replay, run, false);
        assertThat(english.resources().startupProperty().get()).isEqualTo("—");
        replay.setCursor(750_000_000L);
        english.replayAt(replay, run, false);
        assertThat(english.resources().startupProperty().get()).isEqualTo("700\u00a0ms");
    }

    @Test
    void aReplayShowsTheFiguresAtItsCursorAndSettlesAtTheEnd() {
        // given a finished run of four tasks, settled
        RunResult run = Recordings.eventLoop(0.2, 1.0, 0.5, 0.3);
        english.settle(run);
        ReplayTimeline replay = new ReplayTimeline(run);

        // when the replay's cursor is at 0.4 s
        replay.setCursor(400_000_000L);
        english.replayAt(replay, run, false);

        // then the figures are those of that moment: two tasks done, 0.4 s elapsed, 0.1 s running average
        assertThat(english.totalProperty().get()).isEqualTo("400\u00a0ms");
        assertThat(english.averageProperty().get()).isEqualTo("100\u00a0ms");
        assertThat(english.progressProperty().get()).isEqualTo("2 of 4 tasks finished");
        assertThat(english.settledProperty().get()).isFalse();
        // and what the final total gives (total − ideal, sum ÷ total) is not yet known, as during the run
        assertThat(english.overheadProperty().get()).isEqualTo("—");
        assertThat(english.speedupProperty().get()).isEqualTo("—");

        // and at the end they settle to the recording's own
        english.replayAt(replay, run, true);
        assertThat(english.resources().startupProperty().get()).isEqualTo("0\u00a0s");
        assertThat(english.totalProperty().get()).isEqualTo("1.00\u00a0s");
        assertThat(english.progressProperty().get()).isEqualTo("4 of 4 tasks finished");
        assertThat(english.settledProperty().get()).isTrue();
        assertThat(english.speedupProperty().get()).isEqualTo("2.0×");
    }
    @Test
    void aReplaysPeakConcurrencyAndThreadsAreThoseOfItsCursor() {
        // given a helper's pool of 3 (seed 7), which read "3" and "3", its final figures, at the replay's 0 and at
        // 17 ms when two tasks had started: tasks start at 11, 17 and 30 ms on three threads
        long ms = 1_000_000L;
        RunResult run = TestRuns.run(TaskKind.IO, 90 * ms, new long[3], new long[] {11 * ms, 17 * ms, 30 * ms},
                new long[] {40 * ms, 50 * ms, 90 * ms}, new int[] {0, 1, 2}, "pool-1", "pool-2", "pool-3");
        english.settle(run);
        ReplayTimeline replay = new ReplayTimeline(run);

        replay.setCursor(0);
        english.replayAt(replay, run, false);
        assertThat(english.peakProperty().get()).isEqualTo("0");
        assertThat(english.threadsProperty().get()).isEqualTo("0");

        replay.setCursor(17 * ms);
        english.replayAt(replay, run, false);
        assertThat(english.peakProperty().get()).isEqualTo("2");
        assertThat(english.threadsProperty().get()).isEqualTo("2");

        replay.setCursor(35 * ms);
        english.replayAt(replay, run, false);
        assertThat(english.peakProperty().get()).isEqualTo("3");
        assertThat(english.threadsProperty().get()).isEqualTo("3");
    }
}
