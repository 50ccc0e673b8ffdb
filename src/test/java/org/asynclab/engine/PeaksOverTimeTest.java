package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class PeaksOverTimeTest {
    private static final long MS = 1_000_000L;
    private static final long NO = TaskTimeline.NOT_YET;

    @Test
    void theCursorsPeakAndThreadsAreThoseOfTheTasksStartedByThen() {
        // given a pool of 3: tasks 0 and 1 start at 11 and 17 ms on threads 0 and 1, task 2 at 30 ms on thread 2,
        // task 3 at 40 ms on thread 0 where task 0 ended at that instant; task 4 at 50 ms on thread 1 after task 1
        RunResult run = run(Mode.POOL, new long[] {11, 17, 30, 40, 50}, new long[] {40, 50, 90, 95, 99},
                new int[] {0, 1, 2, 0, 1});
        PeaksOverTime peaks = PeaksOverTime.of(run);

        // then at 0 nothing ran (the results read "3" and "3", the run's final figures, at the replay's 0)
        assertThat(peaks.concurrencyBy(0)).isZero();
        assertThat(peaks.threadsBy(0)).isZero();
        assertThat(peaks.concurrencyBy(17 * MS)).isEqualTo(2);
        assertThat(peaks.threadsBy(17 * MS)).isEqualTo(2);
        assertThat(peaks.concurrencyBy(30 * MS)).isEqualTo(3);
        assertThat(peaks.threadsBy(30 * MS)).isEqualTo(3);
        // and a finish at an instant comes before a start at it: still 3, never 4
        assertThat(peaks.concurrencyBy(99 * MS)).isEqualTo(3);
    }

    @Test
    void atTheRecordingsEndTheyAreItsSummarys() {
        SplittableRandom random = new SplittableRandom(26);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            long[] started = new long[n];
            long[] finished = new long[n];
            int[] lanes = new int[n];
            for (int i = 0; i < n; i++) {
                boolean ran = random.nextInt(10) > 0;
                started[i] = ran ? random.nextLong(50) : NO;
                // some tasks too short for the clock, some never finished (a stopped run)
                int end = random.nextInt(10);
                finished[i] = !ran || end == 0 ? NO : end == 1 ? started[i] : started[i] + random.nextLong(1, 50);
                lanes[i] = ran ? random.nextInt(8) : -1;
            }
            RunResult run = run(Mode.THREADS, started, finished, lanes);
            PeaksOverTime peaks = PeaksOverTime.of(run);

            assertThat(peaks.concurrencyBy(Long.MAX_VALUE)).as("round %d", round)
                    .isEqualTo(run.summary().peakConcurrency());
            assertThat(peaks.threadsBy(Long.MAX_VALUE)).as("round %d", round).isEqualTo(run.summary().threadsUsed());
        }
    }

    /** A run of {@code mode} with tasks started and finished at the given instants (ms, or NOT_YET). */
    private static RunResult run(Mode mode, long[] startedMs, long[] finishedMs, int[] lanes) {
        int n = startedMs.length;
        long[] started = new long[n];
        long[] finished = new long[n];
        double[] delays = new double[n];
        for (int i = 0; i < n; i++) {
            started[i] = startedMs[i] == NO ? NO : startedMs[i] * MS;
            finished[i] = finishedMs[i] == NO ? NO : finishedMs[i] * MS;
            delays[i] = 0.05;
        }
        Workload workload = Workload.ofSeconds(delays);
        RunConfig config = new RunConfig(n, 0.05, mode, 8, TaskKind.IO, 1);
        RunResult.Timings timings = new RunResult.Timings(new long[n], started, finished, lanes);
        RunSummary summary = SummaryCalculator.summarize(config, workload, timings, 100 * MS, 8, 2);
        String[] laneNames = new String[8];
        for (int lane = 0; lane < laneNames.length; lane++) {
            laneNames[lane] = "thread-" + lane;
        }
        return new RunResult(config, workload, timings, laneNames, new int[0], summary, false, 100 * MS);
    }
}
