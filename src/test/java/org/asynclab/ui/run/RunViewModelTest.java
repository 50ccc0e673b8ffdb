package org.asynclab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;

class RunViewModelTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final RunViewModel model = new RunViewModel(launcher, Runnable::run, Runnable::run);
    private final RunConfig eventLoop = new RunConfig(3, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L);

    @Test
    void aRunGoesFromIdleToRunningToDone() {
        assertThat(model.getState()).isEqualTo(RunState.IDLE);

        model.run(eventLoop, null);
        assertThat(model.getState()).isEqualTo(RunState.RUNNING);
        assertThat(model.liveProperty().get()).isSameAs(launcher.last());

        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));
        assertThat(model.getState()).isEqualTo(RunState.DONE);
        assertThat(model.liveProperty().get()).isNull();
        assertThat(model.firstProperty().get().size()).isEqualTo(3);
    }

    @Test
    void runIsIgnoredWhileARunGoesOn() {
        model.run(eventLoop, null);
        model.run(eventLoop, null);

        assertThat(launcher.runs()).hasSize(1);
    }

    @Test
    void stopCancelsAndTheStateSettlesWhenTheTasksHaveStopped() {
        model.run(eventLoop, null);
        model.stop();
        assertThat(launcher.last().cancelled()).isTrue();
        assertThat(model.getState()).isEqualTo(RunState.RUNNING);

        launcher.last().finish(Recordings.stopped(1, 0.1, 0.3, 0.2));

        assertThat(model.getState()).isEqualTo(RunState.DONE);
        assertThat(model.firstProperty().get().cancelled()).isTrue();
    }

    @Test
    void aComparisonRunsTheSecondModeAfterTheFirstEndsOnTheSameDelays() {
        model.run(eventLoop, eventLoop.withMode(Mode.SEQUENTIAL));
        assertThat(launcher.runs()).hasSize(1);

        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));
        assertThat(launcher.runs()).hasSize(2);
        assertThat(model.getState()).isEqualTo(RunState.RUNNING);
        assertThat(model.liveSlotProperty().get()).isEqualTo(RunViewModel.SECOND);
        assertThat(launcher.runs().get(1).config().mode()).isEqualTo(Mode.SEQUENTIAL);
        assertThat(launcher.runs().get(1).workload()).isEqualTo(launcher.runs().get(0).workload());

        launcher.last().finish(Recordings.sequential(0.1, 0.3, 0.2));
        assertThat(model.getState()).isEqualTo(RunState.DONE);
        Comparison comparison = model.comparisonProperty().get();
        assertThat(comparison.faster().config().mode()).isEqualTo(Mode.EVENT_LOOP);
        assertThat(comparison.ratio()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void stoppingTheFirstRunOfAComparisonNeverStartsTheSecond() {
        model.run(eventLoop, eventLoop.withMode(Mode.SEQUENTIAL));
        model.stop();
        // The first run happened to end on its own at the same moment: the second still must not start.
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));

        assertThat(launcher.runs()).hasSize(1);
        assertThat(model.getState()).isEqualTo(RunState.DONE);
        assertThat(model.comparisonProperty().get()).isNull();
    }

    @Test
    void aResultArrivingAfterResetIsIgnored() {
        model.run(eventLoop, null);
        var first = launcher.last();
        model.reset();
        assertThat(first.cancelled()).isTrue();
        assertThat(model.getState()).isEqualTo(RunState.IDLE);

        first.finish(Recordings.eventLoop(0.1, 0.3, 0.2));

        assertThat(model.getState()).isEqualTo(RunState.IDLE);
        assertThat(model.firstProperty().get()).isNull();
    }

    @Test
    void anEngineThatRefusesToStartLeavesAMessageAndNoRun() {
        RunViewModel refusing = new RunViewModel((c, w) -> {
            throw new IllegalStateException("no threads left");
        }, Runnable::run, Runnable::run);

        refusing.run(eventLoop, null);

        assertThat(refusing.getState()).isEqualTo(RunState.IDLE);
        assertThat(refusing.failureProperty().get()).isEqualTo("no threads left");
    }

    @Test
    void stopPressedBeforeTheEngineStartedStartsNoRunAtAll() {
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        RunViewModel slow = new RunViewModel(launcher, Runnable::run, pending::add);
        slow.run(eventLoop, eventLoop.withMode(Mode.SEQUENTIAL));
        assertThat(slow.getState()).isEqualTo(RunState.RUNNING);
        assertThat(slow.liveProperty().get()).isNull();

        slow.stop();
        new java.util.ArrayList<>(pending).forEach(Runnable::run);

        assertThat(launcher.runs()).isEmpty();
        assertThat(slow.getState()).isEqualTo(RunState.IDLE);
        assertThat(slow.stoppedBeforeStartProperty().get()).as("the window says Stop came first, not Ready").isTrue();

        slow.reset();
        assertThat(slow.stoppedBeforeStartProperty().get()).as("a reset is a reset").isFalse();
    }

    @Test
    void aRunThatEndsOnItsOwnOrAStopAfterItStartedIsNotAStopBeforeTheStart() {
        model.run(eventLoop, null);
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));
        assertThat(model.stoppedBeforeStartProperty().get()).isFalse();

        model.run(eventLoop, null);
        model.stop();
        launcher.last().finish(Recordings.stopped(0, 0.1, 0.3, 0.2));
        assertThat(model.getState()).isEqualTo(RunState.DONE);
        assertThat(model.stoppedBeforeStartProperty().get()).isFalse();
    }

    @Test
    void stopPressedWhileTheEngineIsStartingStopsTheRunAsSoonAsItExists() {
        RunViewModel[] window = new RunViewModel[1];
        window[0] = new RunViewModel((config, delays) -> {
            var run = launcher.start(config, delays);
            window[0].stop(); // the teacher presses Stop while the engine is still starting the run
            return run;
        }, Runnable::run, Runnable::run);
        window[0].run(eventLoop, eventLoop.withMode(Mode.SEQUENTIAL));

        assertThat(launcher.last().cancelled()).isTrue();
        launcher.last().finish(Recordings.stopped(0, 0.1, 0.3, 0.2));
        assertThat(window[0].getState()).isEqualTo(RunState.DONE);
        assertThat(window[0].firstProperty().get().cancelled()).isTrue();
        assertThat(launcher.runs()).hasSize(1);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void onTheRealEngineTheSecondRunStartsOnlyAfterTheFirstEndedAndGetsTheSameDelays() throws Exception {
        // given the real engine, the window's own threads (an "FX" thread and a background one), and a log of
        // when each run was started and when its result arrived
        var engine = new org.asynclab.engine.RunEngine();
        java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<org.asynclab.model.Workload> delays = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<org.asynclab.engine.RunHandle> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunLauncher logging = (config, workload) -> {
            boolean previousEnded = runs.stream().allMatch(org.asynclab.engine.RunHandle::isDone);
            log.add("start " + config.mode().id() + (previousEnded ? "" : " while another runs"));
            delays.add(workload);
            var run = engine.start(config, workload);
            runs.add(run);
            return run;
        };
        var fx = java.util.concurrent.Executors.newSingleThreadExecutor();
        var background = java.util.concurrent.Executors.newCachedThreadPool();
        try {
            RunViewModel window = new RunViewModel(logging, fx, background);
            RunConfig sequential = new RunConfig(4, 0.05, Mode.SEQUENTIAL, 0, TaskKind.IO, 11L);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            fx.execute(() -> {
                window.stateProperty().addListener((o, was, now) -> {
                    if (now == RunState.DONE) {
                        done.countDown();
                    }
                });
                window.run(sequential, sequential.withMode(Mode.EVENT_LOOP));
            });

            // when the comparison ends
            assertThat(done.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            // then the event loop started after the sequential run had ended, on the very same delays
            assertThat(log).containsExactly("start sequential", "start event-loop");
            assertThat(delays.get(1)).isSameAs(delays.get(0));
            var compared = new java.util.concurrent.CompletableFuture<Comparison>();
            fx.execute(() -> compared.complete(window.comparisonProperty().get()));
            Comparison comparison = compared.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(comparison.faster().workload()).isEqualTo(comparison.slower().workload());
        } finally {
            fx.shutdownNow();
            background.shutdownNow();
        }
    }

    @Test
    void theJitWarmUpsOfASequencesRunsAreAddedUpAndForgottenByTheNextRun() {
        model.run(eventLoop, eventLoop.withMode(Mode.VIRTUAL));
        launcher.last().warmedUp(100_000_000L);
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));
        launcher.last().warmedUp(50_000_000L);
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));

        assertThat(model.warmUpNanos()).isEqualTo(150_000_000L);

        model.run(eventLoop, null);
        launcher.last().finish(Recordings.eventLoop(0.1, 0.3, 0.2));
        assertThat(model.warmUpNanos()).as("a run without one").isZero();
    }
}
