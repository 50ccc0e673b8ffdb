package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class SummaryCalculatorTest {
    private static final long MS = 1_000_000L;
    private static final long NO = TaskTimeline.NOT_YET;

    private static RunResult.Timings timings(long[] submitted, long[] started, long[] finished, int[] lanes) {
        return new RunResult.Timings(submitted, started, finished, lanes);
    }

    @Test
    void totalRunsFromFirstSubmitToLastFinishAndAverageIsTotalOverN() {
        // given three tasks of 100, 200, 300 ms on an event loop, submitted at 10 ms
        Workload workload = Workload.ofSeconds(0.1, 0.2, 0.3);
        RunConfig config = new RunConfig(3, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1);
        RunResult.Timings timings = timings(new long[] {10 * MS, 10 * MS, 10 * MS},
                new long[] {11 * MS, 11 * MS, 11 * MS}, new long[] {111 * MS, 211 * MS, 320 * MS},
                new int[] {0, 0, 0});

        // when
        RunSummary summary = SummaryCalculator.summarize(config, workload, timings, 330 * MS, 1, 2);

        // then
        assertThat(summary.totalSeconds()).isEqualTo(0.31);
        assertThat(summary.averageSeconds()).isEqualTo(summary.totalSeconds() / 3);
        assertThat(summary.sumOfDelaysSeconds()).isEqualTo(0.6);
        assertThat(summary.longestDelaySeconds()).isEqualTo(0.3);
        assertThat(summary.idealSeconds()).isEqualTo(0.3);
        assertThat(summary.overheadSeconds()).isCloseTo(0.01, within(1e-12));
        assertThat(summary.speedup()).isCloseTo(0.6 / 0.31, within(1e-12));
        assertThat(summary.peakConcurrency()).isEqualTo(3);
        assertThat(summary.threadsUsed()).isEqualTo(1);
    }

    /**
     * The course's {@code wait_n(10, 0)}: every delay 0, the run all overhead. "speedup 0.00x" read as infinitely
     * slow; with no wait to overlap there is no speedup at all.
     */
    @Test
    void delaysOfZeroHaveNoSpeedup() {
        Workload workload = Workload.ofSeconds(0, 0, 0);
        RunConfig config = new RunConfig(3, 0, Mode.EVENT_LOOP, 0, TaskKind.IO, 42);
        RunResult.Timings timings = timings(new long[] {0, 1 * MS, 2 * MS}, new long[] {0, 1 * MS, 2 * MS},
                new long[] {3 * MS, 3 * MS, 3 * MS}, new int[] {0, 0, 0});

        RunSummary summary = SummaryCalculator.summarize(config, workload, timings, 3 * MS, 1, 2);

        assertThat(summary.speedup()).isNaN();
        assertThat(summary.sumOfDelaysSeconds()).isZero();
        assertThat(summary.totalSeconds()).isEqualTo(0.003);
    }

    @Test
    void aFinishAtTheSameInstantAsAStartComesFirst() {
        // given one lane that ends a task at 5 and starts the next at 5
        long[] started = {0, 5, 5};
        long[] finished = {5, 9, 9};

        // then at most two run at once, not three
        assertThat(SummaryCalculator.peakConcurrency(started, finished)).isEqualTo(2);
        assertThat(SummaryCalculator.peakConcurrency(new long[] {0, 5, 10}, new long[] {5, 10, 15})).isEqualTo(1);
    }

    @Test
    void tasksTooShortForTheClockCountAsOneAtATime() {
        assertThat(SummaryCalculator.peakConcurrency(new long[] {5, 5, 5}, new long[] {5, 5, 5})).isEqualTo(1);
        assertThat(SummaryCalculator.peakConcurrency(new long[] {NO, NO}, new long[] {NO, NO})).isZero();
    }

    @Test
    void aStoppedRunCountsItsUnfinishedTasksAsRunningToTheEnd() {
        // given task 1 started but was stopped, task 2 never started
        Workload workload = Workload.ofSeconds(0.1, 60, 60);
        RunConfig config = new RunConfig(3, 60, Mode.POOL, 2, TaskKind.IO, 1);
        RunResult.Timings timings = timings(new long[] {0, 0, 0}, new long[] {0, 0, NO},
                new long[] {100 * MS, NO, NO}, new int[] {0, 1, -1});

        // when
        RunSummary summary = SummaryCalculator.summarize(config, workload, timings, 500 * MS, 2, 2);

        // then
        assertThat(summary.totalSeconds()).isEqualTo(0.5);
        assertThat(summary.peakConcurrency()).isEqualTo(2);
        assertThat(summary.threadsUsed()).isEqualTo(2);
        // Half a second of a run planned for a minute: no ideal, overhead (it was −59.5 s) nor speedup (240×),
        // nor an average: 0.5 s / 3 read as the time a task took on average, of tasks that did not finish
        assertThat(summary.averageSeconds()).isNaN();
        assertThat(summary.idealSeconds()).isNaN();
        assertThat(summary.overheadSeconds()).isNaN();
        assertThat(summary.speedup()).isNaN();
    }

    @Test
    void speedupIsOneWhenNothingCouldBeMeasuredAndUnknownWhenNothingRan() {
        Workload workload = Workload.ofSeconds(1e-9, 1e-9);
        RunConfig config = new RunConfig(2, 0, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        // Two tasks of a nanosecond's delay, over within the clock's tick (delays of 0 have none: see above).
        RunResult.Timings timings = timings(new long[] {0, 0}, new long[] {0, 0}, new long[] {0, 0},
                new int[] {0, 0});

        RunSummary summary = SummaryCalculator.summarize(config, workload, timings, 0, 1, 2);

        assertThat(summary.totalSeconds()).isZero();
        assertThat(summary.speedup()).isEqualTo(1.0);

        // Stopped before anything ran: nothing to set against the workload.
        RunResult.Timings none = timings(new long[] {NO, NO}, new long[] {NO, NO}, new long[] {NO, NO},
                new int[] {-1, -1});
        RunSummary stopped = SummaryCalculator.summarize(config, workload, none, 0, 0, 2);
        assertThat(stopped.totalSeconds()).isZero();
        assertThat(stopped.speedup()).isNaN();
        assertThat(stopped.peakConcurrency()).isZero();
    }

    @Test
    void aRunStoppedBeforeAnyTaskWasSubmittedLastedUntilItsStop() {
        // Stop pressed as the run began, 1.09 ms in, before its lane had submitted a task: "Total 0 s" beside a
        // chart whose line read "stop 1.09 ms". Its clock ran from 0, the chart's origin when nothing was submitted.
        Workload workload = Workload.ofSeconds(0.1, 0.2);
        RunConfig config = new RunConfig(2, 0.2, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        RunResult.Timings none = timings(new long[] {NO, NO}, new long[] {NO, NO}, new long[] {NO, NO},
                new int[] {-1, -1});

        RunSummary stopped = SummaryCalculator.summarize(config, workload, none, 1_090_000, 1, 2);

        assertThat(stopped.totalSeconds()).isEqualTo(0.00109);
        assertThat(stopped.averageSeconds()).isNaN();
    }

    @Test
    void threadsUsedCountsDistinctLanesWhateverItsMarksHeldBefore() {
        // given marks left set by an earlier use (the seal marks the tasks it placed in the same array)
        RunResult.Timings timings = timings(new long[4], new long[4], new long[4], new int[] {0, 2, 2, -1});
        boolean[] marks = {true, true, true, true};

        assertThat(SummaryCalculator.threadsUsed(timings, 3, marks)).isEqualTo(2);
    }

    @Test
    void aSummaryInReservedSpaceHasTheFiguresOfOneThatAllocates() {
        // given a stopped run whose space was used by its seal, and a space far larger than the tasks that started
        Workload workload = Workload.ofSeconds(0.1, 0.2, 0.3, 0.4, 0.5);
        RunConfig config = new RunConfig(5, 0.5, Mode.THREADS, 0, TaskKind.IO, 1);
        RunResult.Timings timings = timings(new long[] {0, 0, 0, 0, 0}, new long[] {10, 20, 30, NO, 40},
                new long[] {110, NO, 330, NO, 40}, new int[] {0, 1, 2, -1, 3});
        SealSpace space = new SealSpace(5);
        Arrays.fill(space.marks, true);
        Arrays.fill(space.gaps, 7);

        // when it is summarised in the space and without it
        RunSummary inSpace = SummaryCalculator.summarize(config, workload, timings, 400, 4, 2, space);
        RunSummary allocated = SummaryCalculator.summarize(config, workload, timings, 400, 4, 2);

        // then the figures are the same: three tasks run at 30 (task 1 to the end; task 4 took no time), on 4 lanes
        assertThat(inSpace).isEqualTo(allocated);
        assertThat(inSpace.peakConcurrency()).isEqualTo(3);
        assertThat(inSpace.threadsUsed()).isEqualTo(4);
    }
}
