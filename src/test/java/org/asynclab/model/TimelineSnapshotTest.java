package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimelineSnapshotTest {
    private static final long NO = TaskTimeline.NOT_YET;

    /** A timeline whose arrays the test changes between fills, like a run going on. */
    private static final class Scripted implements TaskTimeline {
        final long[] delays;
        final long[] submitted;
        final long[] started;
        final long[] finished;
        final int[] lanes;
        String[] names = {"pool-worker-0"};
        long now;

        Scripted(int n) {
            delays = new long[n];
            submitted = new long[n];
            started = new long[n];
            finished = new long[n];
            lanes = new int[n];
            java.util.Arrays.fill(submitted, NO);
            java.util.Arrays.fill(started, NO);
            java.util.Arrays.fill(finished, NO);
            java.util.Arrays.fill(lanes, -1);
            for (int i = 0; i < n; i++) {
                delays[i] = 10L * (i + 1);
            }
        }

        void run(int task, int lane, long sub, long sta, long fin) {
            submitted[task] = sub;
            started[task] = sta;
            finished[task] = fin;
            lanes[task] = lane;
        }

        @Override
        public int size() {
            return delays.length;
        }

        @Override
        public long delayNanos(int task) {
            return delays[task];
        }

        @Override
        public long submittedNanos(int task) {
            return submitted[task];
        }

        @Override
        public long startedNanos(int task) {
            return started[task];
        }

        @Override
        public long finishedNanos(int task) {
            return finished[task];
        }

        @Override
        public int lane(int task) {
            return lanes[task];
        }

        @Override
        public int laneCount() {
            return names.length;
        }

        @Override
        public String laneName(int lane) {
            return names[lane];
        }

        @Override
        public TaskKind kind() {
            return TaskKind.CPU;
        }

        @Override
        public long nowNanos() {
            return now;
        }
    }

    @Test
    void aSnapshotHoldsTheTimelineAsItWasWhenFilled() {
        // given a timeline with one task done and one running
        Scripted live = new Scripted(3);
        live.run(0, 0, 0, 1, 5);
        live.run(1, 0, 0, 5, NO);
        live.now = 7;
        TimelineSnapshot frame = new TimelineSnapshot();

        // when it is copied, and the timeline then moves on
        frame.fillFrom(live);
        live.finished[1] = 9;
        live.now = 10;

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
    void refillingSeesNewFinishesAndNewLanesAndSaysWhetherAnythingChanged() {
        Scripted live = new Scripted(2);
        live.run(0, 0, 0, 1, NO);
        TimelineSnapshot frame = new TimelineSnapshot();
        frame.fillFrom(live);

        frame.fillFrom(live);
        assertThat(frame.changed()).isFalse();

        live.run(1, 1, 0, 2, 4);
        live.names = new String[] {"pool-worker-0", "pool-worker-1"};
        live.finished[0] = 3;
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
        Scripted big = new Scripted(5);
        big.run(4, 0, 0, 0, 1);
        frame.fillFrom(big);

        Scripted small = new Scripted(2);
        frame.fillFrom(small);

        assertThat(frame.size()).isEqualTo(2);
        assertThat(frame.finishedCount()).isZero();
        assertThat(frame.finishedNanos(1)).isEqualTo(NO);
        assertThatThrownBy(() -> frame.finishedNanos(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> frame.laneName(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
