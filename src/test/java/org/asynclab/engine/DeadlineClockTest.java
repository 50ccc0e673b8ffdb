package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code asyncio.wait_for} on threads decided by the clock, whatever the scheduler's lateness: a task is cancelled
 * exactly when its deadline comes before its wait ends, and is recorded when its thread got there (its deadline or
 * later, never before); a task whose wait ends first is done. Until 30 Nov 2026 a timer thread interrupted the
 * tasks: 60-400 ms late on a loaded machine, it let tasks of 0.5-0.7 s end "done" under a deadline of 0.5 s. Here
 * every extra thread the run makes (any thread that is not a lane of the mode) is held for 1.5 s before it runs: a
 * late timer, made certain.
 */
@ResourceLock(LaneThreadsResource.KEY)
class DeadlineClockTest {
    private static final long HOLD_MILLIS = 1500;
    private static final long DEADLINE = 200_000_000L;

    private final List<String> extraThreads = new CopyOnWriteArrayList<>();
    private final LaneThreads holdingExtras = new LaneThreads() {
        @Override
        public Thread platform(String name, Runnable body) {
            boolean lane = EngineTesting.LANE_PREFIXES.stream().anyMatch(name::startsWith);
            if (lane) {
                return LaneThreads.DAEMONS.platform(name, body);
            }
            extraThreads.add(name);
            return LaneThreads.DAEMONS.platform(name, () -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(HOLD_MILLIS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                body.run();
            });
        }

        @Override
        public Thread virtual(String name, Runnable body) {
            return LaneThreads.DAEMONS.virtual(name, body);
        }
    };
    private final RunEngine engine = new RunEngine(new EngineSetup(EngineSetup.STANDARD.cpuWork(), holdingExtras,
            EngineSetup.STANDARD.globalLocks()));

    private RunResult run(Mode mode, TaskKind kind, double... delays) throws InterruptedException {
        return run(mode, kind, false, delays);
    }

    private RunResult run(Mode mode, TaskKind kind, boolean gil, double... delays) throws InterruptedException {
        RunConfig config = new RunConfig(delays.length, 1, mode, mode == Mode.POOL ? 2 : 0, kind, 1L, gil,
                Coordination.NONE.withDeadline(DEADLINE / 1e9));
        return engine.run(config, Workload.ofSeconds(delays));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "POOL", "VIRTUAL", "SEQUENTIAL"})
    void aWaitIsCancelledExactlyWhenItsDeadlineComesFirstAndEndsNoEarlier(Mode mode) throws Exception {
        // 10 ms either side of the deadline: however late a thread wakes, the two instants keep their order
        double[] delays = {0.05, 0.21, 0.19, 0.4};
        RunResult run = run(mode, TaskKind.IO, delays);

        TaskOutcome[] expected = {TaskOutcome.DONE, TaskOutcome.CANCELLED, TaskOutcome.DONE, TaskOutcome.CANCELLED};
        for (int task = 0; task < delays.length; task++) {
            long lived = run.finishedNanos(task) - run.startedNanos(task);
            assertThat(run.phaseTimeline().outcome(task)).as("%s task %d (lived %d ns)", mode, task, lived)
                    .isEqualTo(expected[task]);
            if (expected[task] == TaskOutcome.CANCELLED) {
                assertThat(lived).as("%s task %d ends at its deadline or later", mode, task)
                        .isGreaterThanOrEqualTo(DEADLINE);
            } else {
                assertThat(lived).as("%s task %d waits its delay", mode, task)
                        .isGreaterThanOrEqualTo(run.delayNanos(task));
            }
        }
        assertThat(run.outcomeCount(TaskOutcome.CANCELLED)).isEqualTo(2);
        assertThat(run.finishedCount()).isEqualTo(delays.length);
    }

    @Test
    void theLoopCancelsEveryTaskPastItsDeadlineWhenItGetsThere() throws Exception {
        // the loop's first pass starts every task before it looks at a timer: 100,000 starts take far more than
        // the 1 ms deadline, so the first tasks' deadlines pass long before the loop can get to them, as asyncio's
        // would; each is cancelled then, and recorded then: the time the loop took is the run's
        int n = 100_000;
        double[] delays = new double[n];
        Arrays.fill(delays, 1.0);
        RunConfig config = new RunConfig(n, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L, false,
                Coordination.NONE.withDeadline(0.001));
        RunResult run = engine.run(config, Workload.ofSeconds(delays));

        assertThat(run.outcomeCount(TaskOutcome.CANCELLED)).isEqualTo(n);
        for (int task : new int[] {0, n / 2, n - 1}) {
            assertThat(run.finishedNanos(task) - run.startedNanos(task)).as("task %d", task)
                    .isGreaterThanOrEqualTo(1_000_000L);
        }
    }

    @Test
    void aComputationPastItsDeadlineIsCancelledAtIt() throws Exception {
        // 1 ms of work ends before the deadline of 0.2 s even with a share of a core of a few per cent (a load of 25
        // on two cores, beside a thread that computes).
        RunResult run = run(Mode.THREADS, TaskKind.CPU, 3, 0.001);

        assertThat(run.phaseTimeline().outcome(0)).isEqualTo(TaskOutcome.CANCELLED);
        assertThat(run.finishedNanos(0) - run.startedNanos(0)).as("recorded at its deadline or later")
                .isGreaterThanOrEqualTo(DEADLINE).isLessThan(3_000_000_000L);
        assertThat(run.phaseTimeline().outcome(1)).isEqualTo(TaskOutcome.DONE);
    }

    @Test
    void computationsTakingTurnsAtTheGilAreCancelledAtTheirDeadlineToo() throws Exception {
        // each waits for the simulated GIL half the time: the deadline passes in that wait as well as in a chunk
        RunResult run = run(Mode.THREADS, TaskKind.CPU, true, 3, 3, 3);

        for (int task = 0; task < 3; task++) {
            assertThat(run.phaseTimeline().outcome(task)).as("task %d", task).isEqualTo(TaskOutcome.CANCELLED);
            assertThat(run.finishedNanos(task) - run.startedNanos(task)).as("task %d", task)
                    .isGreaterThanOrEqualTo(DEADLINE);
        }
        assertThat(run.summary().totalSeconds()).as("no one computed its 3 s").isLessThan(2);
    }

    @Test
    void aDeadlineMakesNoThreadBesideTheLanes() throws Exception {
        run(Mode.THREADS, TaskKind.IO, 0.01, 0.3);

        assertThat(extraThreads).isEmpty();
    }
}
