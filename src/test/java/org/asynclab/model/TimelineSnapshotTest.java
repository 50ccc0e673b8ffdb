package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimelineSnapshotTest {
    private static final long NO = TaskTimeline.NOT_YET;

    /** The arrays of a timeline that the test changes between fills, like a run going on. */
    private static final class Arrays3 {
        final long[] submitted;
        final long[] started;
        final long[] finished;
        final int[] lanes;

        Arrays3(int n) {
            submitted = filled(n);
            started = filled(n);
            finished = filled(n);
            lanes = new int[n];
            Arrays.fill(lanes, -1);
        }

        private static long[] filled(int n) {
            long[] array = new long[n];
            Arrays.fill(array, NO);
            return array;
        }

        void run(int task, int lane, long sub, long sta, long fin) {
            submitted[task] = sub;
            started[task] = sta;
            finished[task] = fin;
            lanes[task] = lane;
        }

        /** A timeline over these very arrays (a result takes them as they are), delays 10, 20, 30 ns... */
        TaskTimeline timeline(long now, String... laneNames) {
            double[] delays = new double[lanes.length];
            for (int i = 0; i < delays.length; i++) {
                delays[i] = 10e-9 * (i + 1);
            }
            RunConfig config = new RunConfig(lanes.length, 1, Mode.POOL, 2, TaskKind.CPU, 1);
            RunSummary summary = new RunSummary(0, 0, 0, 0, 0, 0, 1, 0, 0);
            return new RunResult(config, Workload.ofSeconds(delays),
                    new RunResult.Timings(submitted, started, finished, lanes), laneNames, new int[0], summary,
                    false, now);
        }
    }

    @Test
    void aSnapshotHoldsTheTimelineAsItWasWhenFilled() {
        // given a timeline with one task done and one running
        Arrays3 live = new Arrays3(3);
        live.run(0, 0, 0, 1, 5);
        live.run(1, 0, 0, 5, NO);
        TimelineSnapshot frame = new TimelineSnapshot();

        // when it is copied, and the timeline then moves on
        frame.fillFrom(live.timeline(7, "pool-worker-0"));
        live.finished[1] = 9;

        // then the copy keeps the moment it was taken
        assertThat(frame.size()).isEqualTo(3);
        assertThat(frame.delayNanos(2)).isEqualTo(30);
        assertThat(frame.finishedNanos(0)).isEqualTo(5);
        assertThat(frame.finishedNanos(1)).isEqualTo(NO);
        assertThat(frame.startedNanos(2)).isEqualTo(NO);
        assertThat(frame.lane(2)).isEqualTo(-1);
        assertThat(frame.laneName(0)).isEqualTo("pool-worker-0");
        assertThat(frame.nowNanos()).isEqualTo(7);
        assertThat(frame.kind()).isEqualTo(TaskKind.CPU);
        assertThat(frame.startedCount()).isEqualTo(2);
        assertThat(frame.finishedCount()).isEqualTo(1);
        assertThat(frame.changed()).isTrue();
    }

    @Test
    void refillingSeesNewFinishesAndSaysWhetherAnythingChanged() {
        Arrays3 arrays = new Arrays3(2);
        arrays.run(0, 0, 0, 1, NO);
        TaskTimeline live = arrays.timeline(5, "pool-worker-0", "pool-worker-1");
        TimelineSnapshot frame = new TimelineSnapshot();
        frame.fillFrom(live);

        frame.fillFrom(live);
        assertThat(frame.changed()).isFalse();

        arrays.run(1, 1, 0, 2, 4);
        arrays.finished[0] = 3;
        frame.fillFrom(live);

        assertThat(frame.changed()).isTrue();
        assertThat(frame.finishedCount()).isEqualTo(2);
        assertThat(frame.finishedNanos(0)).isEqualTo(3);
        assertThat(frame.laneCount()).isEqualTo(2);
        assertThat(frame.laneName(1)).isEqualTo("pool-worker-1");
    }

    @Test
    void aSmallerTimelineAfterABigOneShowsOnlyItsOwnTasks() {
        TimelineSnapshot frame = new TimelineSnapshot();
        Arrays3 big = new Arrays3(5);
        big.run(4, 0, 0, 0, 1);
        frame.fillFrom(big.timeline(1, "pool-worker-0"));

        frame.fillFrom(new Arrays3(2).timeline(0, "pool-worker-0"));

        assertThat(frame.size()).isEqualTo(2);
        assertThat(frame.finishedCount()).isZero();
        assertThat(frame.finishedNanos(1)).isEqualTo(NO);
        assertThatThrownBy(() -> frame.finishedNanos(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> frame.laneName(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
