package org.asynclab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;
import org.asynclab.ui.replay.ReplayTimeline;
import org.junit.jupiter.api.Test;

/**
 * The simulated GIL's waits and holds reach the chart in all three pictures of a run: live (through the
 * {@link FrameView} the chart keeps), during a replay ({@link ReplayTimeline}) and once finished (the recording).
 */
class GilPicturesTest {
    private static final RunConfig GIL = new RunConfig(3, 0.1, Mode.THREADS, 0, TaskKind.CPU, 1L, true);

    @Test
    void liveReplayAndFinishedPicturesOfAGilRunCarryItsLockWaitsAndHolds() throws Exception {
        // given a real run of three cpu tasks on threads behind the one global lock
        RunHandle handle = new RunEngine().start(GIL, Workload.ofSeconds(0.1, 0.1, 0.1));

        // when the chart is shown its live frames, as the window's clock hands them over
        TimelineSnapshot frame = new TimelineSnapshot();
        FrameView live = new FrameView();
        int liveHolds = 0;
        while (!handle.isDone() && liveHolds == 0) {
            handle.snapshotInto(frame);
            live.show(frame);
            liveHolds = live.lockTimeline() == null ? 0 : live.lockTimeline().holdCount();
            Thread.sleep(5);
        }
        RunResult finished = handle.await();

        // then the live picture had holds before the end (or the run ended first: the frame then has them all)
        handle.snapshotInto(frame);
        live.show(frame);
        assertThat(live.lockTimeline()).isNotNull();
        assertThat(live.lockTimeline().holdCount()).isPositive();
        // and the finished picture has every hold, and tasks that waited for the lock
        LockTimeline lock = finished.lockTimeline();
        assertThat(lock.holdCount()).isGreaterThanOrEqualTo(liveHolds).isPositive();
        assertThat(waited(lock, finished.size())).as("total lock wait").isPositive();
        // and the replay halfway shows the same lock timeline as the recording
        ReplayTimeline replay = new ReplayTimeline(finished);
        replay.setCursor(finished.nowNanos() / 2);
        assertThat(replay.lockTimeline()).isSameAs(lock);
        assertThat(replay.lockTimeline().holdCount()).isEqualTo(lock.holdCount());
    }

    private static long waited(LockTimeline lock, int tasks) {
        long sum = 0;
        for (int task = 0; task < tasks; task++) {
            sum += lock.lockWaitNanos(task);
        }
        return sum;
    }
}
