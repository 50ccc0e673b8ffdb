package org.asynclab.engine;

import static org.asynclab.engine.EngineTesting.before;
import static org.asynclab.engine.EngineTesting.runIo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class ModesTest {
    /** How much later than another a task due first may end: see concurrentIoTasksFinishInOrderOfTheirDelays. */
    private static final long WAKE_SLACK_NANOS = 100_000_000L;

    @Test
    void sequentialTasksNeverOverlap() throws InterruptedException {
        RunResult result = runIo(Mode.SEQUENTIAL, 0.03, 0.01, 0.02, 0.0, 0.02);

        for (int i = 0; i + 1 < result.size(); i++) {
            assertThat(before(result, i, i + 1)).as("task %d ends before %d starts", i, i + 1).isTrue();
        }
        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.laneName(0)).isEqualTo("sequential");
        assertThat(result.summary().peakConcurrency()).isEqualTo(1);
        assertThat(result.summary().totalSeconds()).isGreaterThanOrEqualTo(0.08);
    }

    @Test
    void eventLoopTasksAllRunOnOneThreadYetOverlap() throws InterruptedException {
        RunResult result = runIo(Mode.EVENT_LOOP, 0.2, 0.2, 0.2, 0.2, 0.2);

        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.laneName(0)).isEqualTo("event-loop");
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.lane(i)).isZero();
        }
        // every task started before any finished: they waited together
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.startedNanos(i)).isLessThan(result.finishedNanos(0));
        }
        assertThat(result.summary().peakConcurrency()).isEqualTo(5);
        assertThat(result.summary().threadsUsed()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "THREADS", "POOL", "VIRTUAL"})
    void concurrentIoTasksFinishInOrderOfTheirDelays(Mode mode) throws InterruptedException {
        // given delays 150 ms apart, in scrambled order
        RunResult result = runIo(mode, 0.75, 0.0, 0.60, 0.15, 0.45, 0.30);

        assertThat(result.cancelled()).isFalse();
        int[] order = result.completionOrder();
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
            if (r > 0) {
                assertThat(result.finishedNanos(order[r])).as("the order is the recorded finishes'")
                        .isGreaterThanOrEqualTo(result.finishedNanos(order[r - 1]));
            }
        }
        // The order of the delays counts from each task's own recorded start: on a loaded machine a thread may
        // start 150 ms after the one launched before it (the order 1, 3, 5, 4, 2, 0 failed for a pool at load 22),
        // and then really ends later. What is left is how late a woken task gets a core: 100 ms is ten scheduler
        // periods of a 2-core machine at load 20; a task that waits someone else's delay, or waits in turn, is
        // late by a whole delay (150 ms or more).
        long[] due = new long[order.length];
        for (int task = 0; task < order.length; task++) {
            due[task] = result.startedNanos(task) + result.delayNanos(task);
            assertThat(result.finishedNanos(task)).as("task %d waited its delay", task)
                    .isGreaterThanOrEqualTo(due[task]);
        }
        for (int a = 0; a < order.length; a++) {
            for (int b = 0; b < order.length; b++) {
                if (due[a] + WAKE_SLACK_NANOS <= due[b]) {
                    assertThat(rank[a]).as("task %d, due %d ms before task %d, ended first", a,
                            (due[b] - due[a]) / 1_000_000, b).isLessThan(rank[b]);
                }
            }
        }
        // and they waited together: every task started before the longest wait (task 0, 0.75 s) was over, where
        // tasks run one after another start only after it ended
        for (int task = 1; task < order.length; task++) {
            assertThat(result.startedNanos(task)).as("task %d started while task 0 waited", task).isLessThan(due[0]);
        }
    }

    @Test
    void aPoolNeverRunsMoreThanKAtOnceAndUsesKLanes() throws InterruptedException {
        // given 9 tasks of 50 ms for a pool of 3
        double[] delays = {0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05};
        RunResult result = EngineTesting.run(Mode.POOL, TaskKind.IO, 3, delays);

        // Never more than three at once; all three at one instant is the OS's to decide: on a loaded machine a
        // worker may get no core until another has ended its 50 ms task.
        assertThat(result.summary().peakConcurrency()).isBetween(1, 3);
        assertThat(result.summary().threadsUsed()).as("a worker may get no task if it gets no core").isBetween(1, 3);
        assertThat(result.laneCount()).isEqualTo(3);
        Set<String> names = new HashSet<>();
        for (int lane = 0; lane < result.laneCount(); lane++) {
            names.add(result.laneName(lane));
        }
        assertThat(names).containsExactlyInAnyOrder("pool-worker-0", "pool-worker-1", "pool-worker-2");
        // the last one waited in the queue for a worker: when it started, the eight before it had started (in
        // order) and at most two of them still ran, so six had ended. (It waited 100 ms or more after its submit
        // only if the controller submitted it before the others ended: a controller paused 100 ms sees it start
        // at once.)
        long endedBefore = IntStream.range(0, 8)
                .filter(task -> result.finishedNanos(task) <= result.startedNanos(8)).count();
        assertThat(endedBefore).as("tasks ended before the last one started").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aPoolWithMoreWorkersThanTasksStartsOneWorkerPerTaskAndCountsTheirStartInTheTotal()
            throws InterruptedException {
        // given 3 tasks of 50 ms for a pool of 10,000 (it used to start all 10,000 before the first submit)
        RunConfig config = new RunConfig(3, 0.05, Mode.POOL, 10_000, TaskKind.IO, 1L);

        RunResult result = EngineTesting.ENGINE.run(config, Workload.generate(config));

        // a worker with each of the first submits, as Python's ThreadPoolExecutor: no more workers than tasks. A
        // worker that ended its task may take the next before the worker started for it runs (under load: 3 workers,
        // 2 used, as the figures said), so those used are at most the workers
        assertThat(result.laneCount()).isEqualTo(3);
        assertThat(result.summary().threadsUsed()).isBetween(1, 3);
        // each worker is started after its task is submitted, so its start-up lies inside first submit → finish
        for (int task = 0; task < 3; task++) {
            assertThat(result.startedNanos(task)).isGreaterThanOrEqualTo(result.submittedNanos(0));
        }
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "VIRTUAL"})
    void aThreadPerTaskModeRunsEachTaskOnItsOwnLane(Mode mode) throws InterruptedException {
        RunResult result = runIo(mode, 0.3, 0.05, 0.05, 0.05);

        String prefix = mode == Mode.THREADS ? "thread-" : "virtual-";
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.lane(i)).isEqualTo(i);
            assertThat(result.laneName(i)).isEqualTo(prefix + i);
        }
        assertThat(result.summary().threadsUsed()).isEqualTo(4);
        // they wait side by side: each started while the first still waited its 0.3 s. (All four at once, peak 4,
        // was the OS's to decide: with 50 ms each, a thread launched 50 ms late on a loaded machine misses the
        // first. Tasks that wait one after another start only after it ended.)
        for (int i = 1; i < result.size(); i++) {
            assertThat(result.startedNanos(i)).as("task %d started while task 0 waited", i)
                    .isLessThan(result.finishedNanos(0));
        }
        assertThat(result.summary().peakConcurrency()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theSameSeedGivesTheSameDelaysInEveryMode() throws InterruptedException {
        RunConfig base = new RunConfig(6, 0.03, Mode.SEQUENTIAL, 0, TaskKind.IO, 99L);
        Workload expected = Workload.generate(base);

        for (Mode mode : Mode.values()) {
            RunConfig config = base.withMode(mode);
            RunResult result = EngineTesting.ENGINE.run(config, Workload.generate(config));
            assertThat(result.workload()).as(mode.id()).isEqualTo(expected);
            for (int i = 0; i < result.size(); i++) {
                assertThat(result.delayNanos(i)).isEqualTo(expected.delayNanos(i));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void averageIsTotalOverNAndEveryTaskIsRecordedInOrder(Mode mode) throws InterruptedException {
        RunResult result = EngineTesting.run(mode, TaskKind.IO, 2, 0.02, 0.0, 0.01, 0.03);

        assertThat(result.summary().averageSeconds()).isEqualTo(result.summary().totalSeconds() / 4);
        assertThat(result.finishedCount()).isEqualTo(4);
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.submittedNanos(i)).isNotNegative();
            assertThat(result.startedNanos(i)).isGreaterThanOrEqualTo(result.submittedNanos(i));
            assertThat(result.finishedNanos(i) - result.startedNanos(i)).isGreaterThanOrEqualTo(result.delayNanos(i));
            assertThat(result.finishedNanos(i)).isLessThanOrEqualTo(result.nowNanos());
        }
        assertThat(result.summary().overheadSeconds())
                .isCloseTo(result.summary().totalSeconds() - result.summary().idealSeconds(), within(1e-9));
    }

    @Test
    void aCpuTaskBlocksTheEventLoop() throws InterruptedException {
        // given computing tasks on the event loop: the second is queued behind the first
        RunResult result = EngineTesting.run(Mode.EVENT_LOOP, TaskKind.CPU, 0, 0.08, 0.01, 0.02);

        // then each starts only after the one before it finished, all on the loop's thread
        assertThat(before(result, 0, 1)).isTrue();
        assertThat(before(result, 1, 2)).isTrue();
        assertThat(result.summary().peakConcurrency()).isEqualTo(1);
        assertThat(result.laneName(0)).isEqualTo("event-loop");
    }

    @Test
    void aWorkloadOfAnotherSizeIsRefused() {
        RunConfig config = new RunConfig(3, 1, Mode.VIRTUAL, 0, TaskKind.IO, 1);

        assertThatThrownBy(() -> EngineTesting.ENGINE.start(config, Workload.ofSeconds(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 delays").hasMessageContaining("3 tasks");
    }
}
