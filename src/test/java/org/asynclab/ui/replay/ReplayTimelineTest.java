package org.asynclab.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.engine.SummaryCalculator;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.Test;

class ReplayTimelineTest {
    private final RunResult sequential = Recordings.sequential(1.0, 2.0, 0.5);

    @Test
    void atItsEndAReplayShowsTheRecordingAsItEnded() {
        ReplayTimeline replay = new ReplayTimeline(sequential);

        assertThat(replay.nowNanos()).isEqualTo(sequential.nowNanos());
        for (int task = 0; task < sequential.size(); task++) {
            assertThat(replay.finishedNanos(task)).isEqualTo(sequential.finishedNanos(task));
            assertThat(replay.lane(task)).isEqualTo(sequential.lane(task));
        }
        assertThat(replay.laneCount()).isEqualTo(1);
    }

    @Test
    void instantsAfterTheCursorHaveNotHappenedYet() {
        ReplayTimeline replay = new ReplayTimeline(sequential);

        replay.setCursor(1_500_000_000L);

        assertThat(replay.nowNanos()).isEqualTo(1_500_000_000L);
        assertThat(replay.finishedNanos(0)).isEqualTo(1_000_000_000L);
        assertThat(replay.startedNanos(1)).isEqualTo(1_000_000_000L);
        assertThat(replay.finishedNanos(1)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(replay.startedNanos(2)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(replay.lane(2)).isEqualTo(-1);
    }

    @Test
    void beforeAnyTaskStartedNoLaneIsInUse() {
        ReplayTimeline replay = new ReplayTimeline(Recordings.sequential(1.0));
        replay.setCursor(-5);

        assertThat(replay.nowNanos()).isZero();
        assertThat(replay.laneCount()).isEqualTo(1);  // the task starts at 0: at 0 it has started
    }

    @Test
    void theCursorIsClampedToTheRecording() {
        ReplayTimeline replay = new ReplayTimeline(sequential);

        replay.setCursor(Long.MAX_VALUE);

        assertThat(replay.cursor()).isEqualTo(sequential.nowNanos());
    }

    /**
     * A run whose first task was submitted 20 ms into its recording (a thread's start before it): the replay counts
     * from that submission, as the total does, so its end reads the total (100 ms), not 120 ms.
     */
    @Test
    void theReplayCountsFromTheFirstSubmissionAsTheTotalDoes() {
        long ms = 1_000_000;
        RunResult late = org.asynclab.chart.TestRuns.submittedLate();
        ReplayTimeline replay = new ReplayTimeline(late);

        assertThat(replay.length()).isEqualTo(100 * ms);
        replay.setCursor(0);
        assertThat(replay.submittedNanos(0)).as("at 0 the tasks are submitted").isEqualTo(20 * ms);
        replay.setCursor(40 * ms);
        assertThat(replay.finishedNanos(0)).isEqualTo(60 * ms);
        assertThat(replay.finishedNanos(1)).isEqualTo(TaskTimeline.NOT_YET);

        ReplayViewModel model = new ReplayViewModel();
        model.load(late);
        assertThat(model.endProperty().get()).isEqualTo(0.1);
        model.positionProperty().set(0);
        model.stepForward();
        assertThat(model.positionProperty().get()).as("the first finish, 40 ms after the submission").isEqualTo(0.04);
    }

    /**
     * A program that ticks forever, stopped 3.29 s after its one task started: the replay covers what was recorded
     * up to the stop, as its total does, not the 142 µs up to the task's start.
     */
    @Test
    void aStoppedRunIsReplayedUpToTheStopAsItsTotalCounts() {
        long stop = 3_290_000_000L;
        Workload workload = Workload.ofSeconds(0.2);
        RunResult.Timings timings = new RunResult.Timings(new long[] {58_000}, new long[] {200_000},
                new long[] {TaskTimeline.NOT_YET}, new int[] {0});
        RunConfig config = new RunConfig(1, 0.2, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L);
        RunResult stopped = new RunResult(config, workload, timings, new String[] {"loop"}, new int[0],
                SummaryCalculator.summarize(config, workload, timings, stop, 1, 1), true, stop);

        ReplayTimeline replay = new ReplayTimeline(stopped);

        assertThat(replay.length()).isEqualTo(stop - 58_000)
                .isEqualTo(Math.round(stopped.summary().totalSeconds() * 1e9));
        assertThat(replay.nowNanos()).isEqualTo(stop);
        ReplayViewModel model = new ReplayViewModel();
        model.load(stopped);
        model.positionProperty().set(0);
        model.stepForward();
        model.stepForward();
        assertThat(model.positionProperty().get()).as("past the start, the stop").isEqualTo((stop - 58_000) / 1e9);
    }

    @Test
    void aReplayKnowsItsRecordingsDelaysOnlyWhenTheRecordingDoes() {
        RunResult drawn = Recordings.eventLoop(0.1, 0.2);
        RunResult urls = new RunResult(drawn.config(), Workload.unknown(2), new RunResult.Timings(new long[2],
                new long[2], new long[] {100, 200}, new int[2]), new String[] {"event-loop"}, new int[] {0, 1},
                drawn.summary(), false, 200);

        assertThat(new ReplayTimeline(drawn).delaysKnown()).isTrue();
        assertThat(new ReplayTimeline(urls).delaysKnown()).isFalse();
    }
}
