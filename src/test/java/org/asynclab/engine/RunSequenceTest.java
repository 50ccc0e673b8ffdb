package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;

@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class RunSequenceTest {
    private static final RunConfig SEQUENTIAL = new RunConfig(4, 0.05, Mode.SEQUENTIAL, 0, TaskKind.IO, 7L);
    private static final RunConfig LOOP = new RunConfig(4, 0.05, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L);
    /** The threads of the run after the pool, one a task. */
    private static final int THREADS = 100;

    @Test
    void theComparisonStartsOnlyOnceTheFirstRunEndedAndSharesItsDelays() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        RunSequence.Handle runs = RunSequence.start(EngineTesting.ENGINE, List.of(SEQUENTIAL, LOOP),
                RunSequence.sharedDelays(List.of(SEQUENTIAL, LOOP)), new RunSequence.Listener() {
                    @Override
                    public void started(int index, RunHandle run) {
                        heard.add("started " + index + " on " + Thread.currentThread().getName());
                    }

                    @Override
                    public void ended(int index, RunResult result) {
                        heard.add("ended " + index);
                    }
                });

        List<RunResult> results = runs.result().get(30, TimeUnit.SECONDS);

        assertThat(heard).containsExactly("started 0 on run-sequence", "ended 0", "started 1 on run-sequence",
                "ended 1");
        assertThat(results).extracting(RunResult::config).containsExactly(SEQUENTIAL, LOOP);
        assertThat(results.get(1).workload()).isEqualTo(results.get(0).workload());
        assertThat(runs.current().isDone()).isTrue();
    }

    /**
     * Each run's peak thread count is its own: counted from just before its start to its end, read before the
     * next run starts. (The window read the JVM's count on its own thread, after the next run had started: a pool
     * of 4 workers compared with 20 threads said 35 threads at its peak.)
     */
    @Test
    void eachRunsPeakThreadsAreCountedFromItsStartToItsEnd() throws Exception {
        RunConfig pool = new RunConfig(4, 0.05, Mode.POOL, 2, TaskKind.IO, 7L);
        RunConfig threads = new RunConfig(THREADS, 1, Mode.THREADS, 0, TaskKind.IO, 7L);
        ResourceSample[] peaks = new ResourceSample[2];
        ResourceSample[] before = new ResourceSample[1];
        RunSequence.Handle runs = RunSequence.start(EngineTesting.ENGINE, List.of(pool, threads),
                RunSequence.sharedDelays(List.of(pool, threads)), new RunSequence.Listener() {
                    @Override
                    public void started(int index, RunHandle run) {
                        if (index == 0) {
                            before[0] = new ResourceMonitor().sample();
                        }
                    }

                    @Override
                    public void ended(int index, RunResult result, ResourceSample peak) {
                        peaks[index] = peak;
                    }
                });

        runs.result().get(60, TimeUnit.SECONDS);

        // The pool adds its 2 workers and the run's own thread: far fewer than the 100 threads that came next. The
        // counts are the JVM's, which also holds the threads that classes running beside this one start meanwhile
        // (python3's readers, child processes' pipes): half the next run's threads is room for them, still far
        // below a count that held the next run's.
        assertThat(peaks[0].peakThreads()).isLessThan(before[0].liveThreads() + THREADS / 2);
        assertThat(peaks[1].peakThreads()).isGreaterThanOrEqualTo(peaks[0].peakThreads() + THREADS / 2);
    }

    @Test
    void aStepThatCouldNotMakeItsRunGivesNullNotAFailedSequence() throws Exception {
        // a program that did not start is no run: "the run failed: NullPointerException" said it before
        List<String> made = RunSequence.run(List.of(SEQUENTIAL, LOOP), config -> null,
                (config, delays) -> config == SEQUENTIAL ? null : "second");

        assertThat(made).containsExactly(null, "second");
    }

    @Test
    void aRunOfAnotherSizeDrawsItsOwnDelays() {
        RunConfig fifty = new RunConfig(50, 0.05, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L);

        var delays = RunSequence.sharedDelays(List.of(SEQUENTIAL, fifty));

        assertThat(delays.apply(SEQUENTIAL).size()).isEqualTo(4);
        assertThat(delays.apply(fifty).size()).isEqualTo(50);
    }

    @Test
    void stopEndsTheRunUnderWayAndStartsNoComparison() throws Exception {
        // given a first run of 60 s tasks
        RunConfig slow = new RunConfig(3, 60, Mode.SEQUENTIAL, 0, TaskKind.IO, 1L);
        CountDownLatch started = new CountDownLatch(1);
        RunSequence.Handle runs = RunSequence.start(EngineTesting.ENGINE, List.of(slow, slow.withMode(Mode.EVENT_LOOP)),
                RunSequence.sharedDelays(List.of(slow)), new RunSequence.Listener() {
                    @Override
                    public void started(int index, RunHandle run) {
                        started.countDown();
                    }
                });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        runs.cancel();

        List<RunResult> results = runs.result().get(10, TimeUnit.SECONDS);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).cancelled()).isTrue();
        // a Stop completes the result at once and joins the lanes after it (EngineRun): await them too
        runs.current().await();
        assertThat(EngineTesting.liveLaneThreads()).isEmpty();
    }
}
