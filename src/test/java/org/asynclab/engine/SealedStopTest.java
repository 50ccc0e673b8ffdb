package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
import org.junit.jupiter.params.provider.ValueSource;

/** A Stop seals the run: its result is what happened up to the seal, and nothing written after it changes it. */
@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class SealedStopTest {
    private static final long NO = TaskTimeline.NOT_YET;

    @ParameterizedTest(name = "space reserved before the run: {0}")
    @ValueSource(booleans = {true, false})
    void writesAfterTheSealAreDroppedAndTheResultKeepsOnlyWhatFinishedBefore(boolean reserved)
            throws InterruptedException {
        // given a recording of 4 tasks where task 2 finished, task 0 started, and task 3 took a rank unwritten
        Workload workload = Workload.ofSeconds(1, 1, 1, 1);
        RunConfig config = new RunConfig(4, 1, Mode.VIRTUAL, 0, TaskKind.IO, 1L);
        Recording recording = new Recording(workload, TaskKind.IO, 4);
        if (reserved) {
            recording.reserveEndSpace();
        }
        recording.startClock();
        for (int task = 0; task < 4; task++) {
            recording.addLane("virtual-" + task);
            recording.submit(task);
        }
        recording.start(0, 0);
        recording.start(2, 2);
        recording.finish(2);

        // when it is sealed, summarised (in the space the seal used), and then the sleeping threads wake and write
        recording.seal();
        RunResult result = recording.toResult(config, SummaryCalculator.summarize(config, workload,
                recording.timings(), recording.nowNanos(), recording.laneCount(), 2, recording.endSpace()));
        long end = recording.nowNanos();
        Thread.sleep(2);
        recording.start(1, 1);
        recording.finish(0);
        recording.finish(1);

        // then neither the result nor the live timeline changed: only task 2 finished, and the clock is frozen
        assertThat(result.cancelled()).isTrue();
        assertThat(result.completionOrder()).containsExactly(2);
        assertThat(result.finishedNanos(0)).isEqualTo(NO);
        assertThat(result.startedNanos(1)).isEqualTo(NO);
        assertThat(result.lane(1)).isEqualTo(-1);
        assertThat(recording.finishedCount()).isEqualTo(1);
        assertThat(recording.finishedNanos(0)).isEqualTo(NO);
        assertThat(recording.startedNanos(1)).isEqualTo(NO);
        assertThat(recording.nowNanos()).isEqualTo(end).isEqualTo(result.nowNanos());
        assertThat(result.summary().threadsUsed()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "VIRTUAL", "EVENT_LOOP", "POOL"})
    void aCancelledRunReportsOnlyTasksThatFinishedBeforeItsEndAndLaterWakesChangeNothing(Mode mode)
            throws InterruptedException {
        // given 1,000 tasks, half of 1 ms and half of 60 s, cancelled once every short one has finished
        int n = 1_000;
        double[] delays = new double[n];
        for (int i = 0; i < n; i++) {
            delays[i] = i % 2 == 0 ? 0.001 : 60;
        }
        RunConfig config = new RunConfig(n, 60, mode, mode == Mode.POOL ? n : 0, TaskKind.IO, 1L);
        RunHandle run = EngineTesting.ENGINE.start(config, Workload.ofSeconds(delays));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (run.finishedCount() < n / 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        // when it is cancelled, its result taken, and then every sleeping task woken and ended
        run.cancel();
        RunResult result = run.result().join();
        long[] finishedAtSeal = finishedOf(result);
        int[] orderAtSeal = result.completionOrder().clone();
        RunResult awaited = run.await();

        // then the result is sealed: the same after the wakes, with only tasks finished by its end, in order
        assertThat(awaited).isSameAs(result);
        assertThat(result.cancelled()).isTrue();
        assertThat(finishedOf(result)).isEqualTo(finishedAtSeal);
        assertThat(result.completionOrder()).isEqualTo(orderAtSeal).hasSize(n / 2);
        assertThat(run.finishedCount()).isEqualTo(n / 2);
        long previous = 0;
        for (int task : orderAtSeal) {
            assertThat(task % 2).as("a 60 s task cannot have finished").isZero();
            assertThat(result.finishedNanos(task)).isBetween(previous, result.nowNanos());
            previous = result.finishedNanos(task);
        }
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    private static long[] finishedOf(RunResult result) {
        long[] finished = new long[result.size()];
        Arrays.setAll(finished, result::finishedNanos);
        return finished;
    }
}
