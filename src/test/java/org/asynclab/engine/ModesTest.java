package org.asynclab.engine;

import static org.asynclab.engine.EngineTesting.before;
import static org.asynclab.engine.EngineTesting.runIo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
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
        // given delays 150 ms apart, in scrambled order: wider than any start-up skew of a loaded 2-core machine
        // (60 ms once proved too tight for six platform threads at load 13)
        RunResult result = runIo(mode, 0.75, 0.0, 0.60, 0.15, 0.45, 0.30);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.completionOrder()).containsExactly(1, 3, 5, 4, 2, 0);
    }

    @Test
    void aPoolNeverRunsMoreThanKAtOnceAndUsesKLanes() throws InterruptedException {
        // given 9 tasks of 50 ms for a pool of 3
        double[] delays = {0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05};
        RunResult result = EngineTesting.run(Mode.POOL, TaskKind.IO, 3, delays);

        assertThat(result.summary().peakConcurrency()).isEqualTo(3);
        assertThat(result.summary().threadsUsed()).isEqualTo(3);
        assertThat(result.laneCount()).isEqualTo(3);
        Set<String> names = new HashSet<>();
        for (int lane = 0; lane < result.laneCount(); lane++) {
            names.add(result.laneName(lane));
        }
        assertThat(names).containsExactlyInAnyOrder("pool-worker-0", "pool-worker-1", "pool-worker-2");
        // all were submitted at once; the last ones waited in the queue for a worker
        assertThat(result.startedNanos(8) - result.submittedNanos(8)).isGreaterThanOrEqualTo(100_000_000L);
    }

    @Test
    void aPoolWithMoreWorkersThanTasksStartsOneWorkerPerTaskAndCountsTheirStartInTheTotal()
            throws InterruptedException {
        // given 3 tasks of 50 ms for a pool of 10,000 (it used to start all 10,000 before the first submit)
        RunConfig config = new RunConfig(3, 0.05, Mode.POOL, 10_000, TaskKind.IO, 1L);

        RunResult result = EngineTesting.ENGINE.run(config, Workload.generate(config));

        assertThat(result.laneCount()).isEqualTo(3);
        assertThat(result.summary().threadsUsed()).isEqualTo(3);
        // each worker is started after its task is submitted, so its start-up lies inside first submit → finish
        for (int task = 0; task < 3; task++) {
            assertThat(result.startedNanos(task)).isGreaterThanOrEqualTo(result.submittedNanos(0));
        }
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "VIRTUAL"})
    void aThreadPerTaskModeRunsEachTaskOnItsOwnLane(Mode mode) throws InterruptedException {
        RunResult result = runIo(mode, 0.05, 0.05, 0.05, 0.05);

        String prefix = mode == Mode.THREADS ? "thread-" : "virtual-";
        for (int i = 0; i < result.size(); i++) {
            assertThat(result.lane(i)).isEqualTo(i);
            assertThat(result.laneName(i)).isEqualTo(prefix + i);
        }
        assertThat(result.summary().threadsUsed()).isEqualTo(4);
        assertThat(result.summary().peakConcurrency()).isEqualTo(4);
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
