package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class CancellationTest {
    private static final long GENEROUS_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** Starts tasks of 60 s and waits until the first has started (bounded), so the cancel hits a live run. */
    private static RunHandle startLongRun(Mode mode, TaskKind kind, int tasks) throws InterruptedException {
        RunConfig config = new RunConfig(tasks, 60, mode, mode == Mode.POOL ? 4 : 0, kind, 1L);
        double[] delays = new double[tasks];
        java.util.Arrays.fill(delays, 60.0);
        RunHandle run = EngineTesting.ENGINE.start(config, Workload.ofSeconds(delays));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (run.timeline().startedNanos(0) == TaskTimeline.NOT_YET && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(run.timeline().startedNanos(0)).as("the first task started").isNotEqualTo(TaskTimeline.NOT_YET);
        return run;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void cancelStopsALongIoRunPromptlyAndLeavesNoThread(Mode mode) throws InterruptedException {
        // given a run of 200 tasks of 60 s each
        RunHandle run = startLongRun(mode, TaskKind.IO, 200);

        // when it is cancelled
        long before = System.nanoTime();
        run.cancel();
        long cancelReturned = System.nanoTime() - before;
        RunResult result = run.await();
        long stoppedAfter = System.nanoTime() - before;

        // then it ended long before its tasks could have, holding what was recorded, with no lane thread left
        assertThat(cancelReturned).isLessThan(GENEROUS_NANOS);
        assertThat(stoppedAfter).isLessThan(GENEROUS_NANOS);
        assertThat(result.cancelled()).isTrue();
        assertThat(run.isDone()).isTrue();
        assertThat(result.finishedCount()).isZero();
        assertThat(result.startedNanos(0)).isNotEqualTo(TaskTimeline.NOT_YET);
        assertThat(result.summary().totalSeconds()).isLessThan(30);
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "THREADS", "POOL"})
    void cancelStopsComputingTasksBetweenChunks(Mode mode) throws InterruptedException {
        RunHandle run = startLongRun(mode, TaskKind.CPU, 3);

        long before = System.nanoTime();
        run.cancel();
        RunResult result = run.await();

        assertThat(System.nanoTime() - before).isLessThan(GENEROUS_NANOS);
        assertThat(result.cancelled()).isTrue();
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "VIRTUAL"})
    void aSecondCancelDoesNothingAndTheClockFreezesAtTheEnd(Mode mode) throws InterruptedException {
        RunHandle run = startLongRun(mode, TaskKind.IO, 50);

        run.cancel();
        run.cancel();
        RunResult result = run.await();
        long frozen = run.timeline().nowNanos();
        Thread.sleep(20);

        assertThat(run.timeline().nowNanos()).isEqualTo(frozen).isEqualTo(result.nowNanos());
        assertThat(run.result()).isCompletedWithValue(result);
    }
}
