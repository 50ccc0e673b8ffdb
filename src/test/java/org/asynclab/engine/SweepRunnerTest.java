package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class SweepRunnerTest {
    private static final SweepRunner SWEEPS = new SweepRunner(EngineTesting.ENGINE);

    private static SweepPlan plan(double maxDelay, List<Mode> modes, Integer... sizes) {
        return new SweepPlan(modes, List.of(sizes), maxDelay, TaskKind.IO, 42L, 4, false);
    }

    /** Remembers what the listener heard, from the sweep's thread. */
    private static final class Heard implements SweepListener {
        final List<SweepProgress> started = Collections.synchronizedList(new ArrayList<>());
        final List<Workload> workloads = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> pointsSoFar = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stepStarted(SweepProgress progress, RunHandle run) {
            started.add(progress);
            long[] delays = new long[run.timeline().size()];
            for (int i = 0; i < delays.length; i++) {
                delays[i] = run.timeline().delayNanos(i);
            }
            workloads.add(Workload.ofSeconds(java.util.Arrays.stream(delays).mapToDouble(d -> d / 1e9).toArray()));
        }

        @Override
        public void stepFinished(SweepProgress progress, SweepPoint point, SweepResult soFar) {
            pointsSoFar.add(soFar.points().size());
        }
    }

    @Test
    void everyModeRunsEachTaskCountInOrderOnTheSameDelays() throws InterruptedException {
        // given three modes and three task counts
        Heard heard = new Heard();
        SweepPlan plan = plan(0.02, List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.VIRTUAL), 20, 1, 5);

        // when the sweep runs
        SweepResult result = SWEEPS.run(plan, heard);

        // then it ran by n, then by mode, told of each step, and gave a point per step
        assertThat(result.cancelled()).isFalse();
        assertThat(result.isComplete()).isTrue();
        assertThat(heard.started).extracting(SweepProgress::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(heard.started).allSatisfy(p -> assertThat(p.steps()).isEqualTo(9));
        assertThat(heard.started).extracting(SweepProgress::tasks).containsExactly(1, 1, 1, 5, 5, 5, 20, 20, 20);
        assertThat(heard.started.subList(0, 3)).extracting(SweepProgress::mode)
                .containsExactly(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.VIRTUAL);
        assertThat(heard.pointsSoFar).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        // the same delays for one n in every mode: those of the plan's seed
        for (int step = 0; step < 9; step += 3) {
            Workload expected = plan.workloadFor(heard.started.get(step).tasks());
            assertThat(heard.workloads.subList(step, step + 3)).allSatisfy(w -> assertThat(w).isEqualTo(expected));
        }
        for (SweepPoint point : result.points()) {
            assertThat(point.summary().sumOfDelaysSeconds())
                    .isEqualTo(plan.workloadFor(point.tasks()).sumNanos() / 1e9);
            assertThat(point.averageSeconds()).isEqualTo(point.totalSeconds() / point.tasks());
            assertThat(point.startupSeconds()).isBetween(0.0, point.totalSeconds());
            assertThat(point.peakJvmThreads()).isPositive();
        }
        assertThat(result.pointsOf(Mode.EVENT_LOOP)).extracting(SweepPoint::tasks).containsExactly(1, 5, 20);
    }

    @Test
    void everyModeIsWarmedUpBeforeTheFirstPointIsMeasured() throws InterruptedException {
        // given a sweep whose first step is the engine's first run of its modes in this sweep
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        List<Long> warmUps = Collections.synchronizedList(new ArrayList<>());
        SweepPlan plan = plan(0.02, List.of(Mode.SEQUENTIAL, Mode.POOL, Mode.VIRTUAL), 1, 3);

        // when it runs
        SweepResult result = SWEEPS.run(plan, new SweepListener() {
            @Override
            public void warmedUp(List<Mode> modes, long nanos) {
                heard.add("warmed up " + modes);
                warmUps.add(nanos);
            }

            @Override
            public void stepStarted(SweepProgress progress, RunHandle run) {
                heard.add("step " + progress.step());
            }
        });

        // then each of its modes ran once, unmeasured, before the first point's clock, and only once a sweep
        assertThat(heard).containsExactly("warmed up [sequential, pool, virtual]", "step 1", "step 2", "step 3",
                "step 4", "step 5", "step 6");
        assertThat(warmUps).singleElement().satisfies(nanos -> assertThat(nanos).isPositive());
        assertThat(result.points()).hasSize(6);
    }

    @Test
    void sequentialTotalGrowsWithNWhileConcurrentWaitingStaysNearTheMaxDelay() throws InterruptedException {
        // given 20 I/O tasks of up to 0.1 s: about 1 s one after another, about 0.1 s all at once (by how much the
        // one beats the other is a figure for ./run.sh bench; here, what each mode cannot escape)
        SweepPlan plan = plan(0.1, List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP), 1, 20);

        SweepResult result = SWEEPS.run(plan, SweepListener.NONE);

        SweepPoint sequential = result.point(Mode.SEQUENTIAL, 20).orElseThrow();
        SweepPoint eventLoop = result.point(Mode.EVENT_LOOP, 20).orElseThrow();
        assertThat(sequential.totalSeconds()).isGreaterThanOrEqualTo(sequential.summary().sumOfDelaysSeconds());
        assertThat(eventLoop.totalSeconds()).isGreaterThanOrEqualTo(eventLoop.summary().longestDelaySeconds());
        assertThat(eventLoop.summary().peakConcurrency()).isGreaterThan(1);
    }

    @Test
    void cancellingStopsTheStepUnderWayPromptlyAndLeavesItsPointOut() throws InterruptedException {
        // given a sweep whose steps wait up to 30 s (the first one about 22 s): far from any bound a loaded
        // machine can reach, so "stopped promptly" and "ran to its end" cannot be mistaken for each other
        CountDownLatch slowStepStarted = new CountDownLatch(1);
        SweepPlan plan = new SweepPlan(List.of(Mode.EVENT_LOOP), List.of(1, 2), 30.0, TaskKind.IO, 42L, 4, false);
        SweepHandle slow = SWEEPS.start(plan, new SweepListener() {
            @Override
            public void stepStarted(SweepProgress progress, RunHandle run) {
                slowStepStarted.countDown();
            }
        });
        assertThat(slowStepStarted.await(10, TimeUnit.SECONDS)).isTrue();

        // when it is cancelled during the first step
        long before = System.nanoTime();
        slow.cancel();
        SweepResult result = slow.await();

        // then it ends well within the step's 22 s, marked cancelled, with no point of the stopped run
        assertThat((System.nanoTime() - before) / 1e9).isLessThan(10.0);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.points()).isEmpty();
        assertThat(slow.soFar().cancelled()).isTrue();
        assertThat(EngineTesting.liveLaneThreads()).noneMatch(name -> name.startsWith("event-loop"));
    }

    @Test
    void aSweepThatWouldRunForHoursIsRefusedBeforeAnythingRuns() {
        // sequential at n = 10,000 with 1 s delays: about 5,000 s
        SweepPlan plan = plan(1.0, List.of(Mode.EVENT_LOOP, Mode.SEQUENTIAL), 10, 10_000);
        Heard heard = new Heard();

        assertThatThrownBy(() -> SWEEPS.start(plan, heard))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("sequential at n = 10,000 take about 83 min (n x max delay / 2)")
                .hasMessageContaining("use a max delay of at most 0.024 s")
                .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("maxDelay");
        assertThat(heard.started).isEmpty();
    }

    @Test
    void aListenerThatThrowsStopsTheSweepWithWhatItThrew() {
        SweepPlan plan = plan(0.5, List.of(Mode.VIRTUAL), 1, 10);
        SweepHandle sweep = SWEEPS.start(plan, new SweepListener() {
            @Override
            public void stepStarted(SweepProgress progress, RunHandle run) {
                throw new IllegalStateException("the window went away");
            }
        });

        assertThatThrownBy(sweep::await).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("the window went away");
        assertThat(sweep.soFar().points()).isEmpty();
    }
}
