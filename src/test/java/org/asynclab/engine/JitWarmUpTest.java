package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.locks.ReentrantLock;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The JIT's warm-up before a large run's clock: which runs get one, once per mode, outside the run's record. */
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ_WRITE)
class JitWarmUpTest {
    private static final int N = JitWarmUp.MIN_TASKS;

    /** An engine with a warm-up record of its own, so that what other tests ran in this JVM does not count. */
    private static RunEngine freshEngine() {
        return new RunEngine(new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS, () -> new ReentrantLock(true),
                new JitWarmUp(true, HeapWarmUp.none())));
    }

    private static RunConfig io(Mode mode, int tasks) {
        return new RunConfig(tasks, 0.01, mode, mode == Mode.POOL ? 4 : 0, TaskKind.IO, 5L);
    }

    @Test
    void onlyLargePlainRunsOfTheEventLoopAndOfVirtualThreadsAreWarmedUp() {
        assertThat(JitWarmUp.applies(io(Mode.VIRTUAL, N))).isTrue();
        assertThat(JitWarmUp.applies(io(Mode.EVENT_LOOP, N))).isTrue();
        assertThat(JitWarmUp.applies(io(Mode.VIRTUAL, N - 1))).as("a smaller run").isFalse();
        for (Mode mode : new Mode[] {Mode.SEQUENTIAL, Mode.THREADS, Mode.POOL}) {
            assertThat(JitWarmUp.applies(io(mode, N))).as(mode.id()).isFalse();
        }
        RunConfig cpu = new RunConfig(N, 0.01, Mode.VIRTUAL, 0, TaskKind.CPU, 5L);
        assertThat(JitWarmUp.applies(cpu)).as("cpu tasks").isFalse();
        assertThat(JitWarmUp.applies(io(Mode.EVENT_LOOP, N).withCoordination(Coordination.NONE.withSemaphore(10))))
                .as("a course lesson").isFalse();
    }

    @Test
    void theFirstLargeRunOfAModeIsWarmedUpAndTheNextIsNot() throws InterruptedException {
        RunEngine engine = freshEngine();
        RunConfig config = io(Mode.VIRTUAL, N);

        RunHandle first = engine.start(config, Workload.generate(config));
        RunResult firstResult = first.await();
        RunHandle second = engine.start(config, Workload.generate(config));
        second.await();
        RunConfig loop = io(Mode.EVENT_LOOP, N);
        RunHandle otherMode = engine.start(loop, Workload.generate(loop));
        otherMode.await();

        assertThat(first.warmUpNanos()).isPositive();
        assertThat(second.warmUpNanos()).as("the same mode again").isZero();
        assertThat(otherMode.warmUpNanos()).as("another mode's first run").isPositive();
        // the warm-up is not part of the run: its record holds the run's own n tasks, every one finished
        assertThat(firstResult.size()).isEqualTo(N);
        assertThat(firstResult.finishedCount()).isEqualTo(N);
        assertThat(firstResult.laneCount()).isEqualTo(N);
    }

    @Test
    void aLargeRunSaysItIsWarmingUpUntilItsWarmUpEndsAndASmallRunNever() throws InterruptedException {
        RunConfig large = io(Mode.VIRTUAL, N);
        RunConfig small = io(Mode.VIRTUAL, N - 1);
        EngineSetup setup = new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS, () -> new ReentrantLock(true),
                new JitWarmUp(true, HeapWarmUp.none()));
        EngineRun warmed = new EngineRun(large, Workload.generate(large), setup, HttpTargets.LOCAL);
        EngineRun plain = new EngineRun(small, Workload.generate(small), setup, HttpTargets.LOCAL);

        assertThat(warmed.warmingUp()).as("before it begins").isTrue();
        assertThat(plain.warmingUp()).isFalse();
        warmed.begin();
        warmed.await();
        assertThat(warmed.warmingUp()).as("ended").isFalse();
        assertThat(warmed.warmUpNanos()).isPositive();
    }

    /** A large run of {@code mode} on a fresh engine, stopped at once: during its warm-up. */
    private static RunResult stoppedDuringTheWarmUp(Mode mode) throws InterruptedException {
        RunConfig config = io(mode, N);
        RunHandle run = freshEngine().start(config, Workload.generate(config));
        run.cancel();
        return run.await();
    }

    @Test
    void aStopDuringTheWarmUpEndsTheRunBeforeAnyOfItsTasksStart() throws InterruptedException {
        RunResult result = stoppedDuringTheWarmUp(Mode.VIRTUAL);

        assertThat(result.cancelled()).isTrue();
        // the stop came before the clock: the launch saw it, and none of the run's own tasks started
        for (int task = 0; task < result.size(); task++) {
            assertThat(result.startedNanos(task)).as("start of task %d", task).isEqualTo(TaskTimeline.NOT_YET);
        }
    }

    @Test
    void aStopDuringAnEventLoopWarmUpLeavesNoLaneThreadBehind() throws InterruptedException {
        stoppedDuringTheWarmUp(Mode.EVENT_LOOP);

        // the warm-up's own event-loop thread ended with the run, not after it
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }

    @Test
    void anEngineBuiltForTestsNeverWarmsUp() throws InterruptedException {
        RunEngine engine = new RunEngine(new EngineSetup(CpuWork::calibrated, LaneThreads.DAEMONS,
                () -> new ReentrantLock(true)));
        RunConfig config = io(Mode.EVENT_LOOP, N);

        RunHandle run = engine.start(config, Workload.generate(config));
        run.await();

        assertThat(run.warmUpNanos()).isZero();
    }
}
