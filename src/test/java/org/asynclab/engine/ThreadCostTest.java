package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What a run costs the JVM, counted by {@link ResourceMonitor} around real runs. Counts are of the whole JVM, whose
 * own threads (compilers, the collector) may come and go: bounds leave room for a few of them.
 */
@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class ThreadCostTest {
    private static final int TASKS = 200;
    /** Threads the JVM itself may add during a run (compiler and collector threads start on demand). */
    private static final int JVM_SLACK = 10;

    private static RunResources costOf(Mode mode) throws InterruptedException {
        double[] delays = new double[TASKS];
        Arrays.fill(delays, 0.3);
        RunConfig config = new RunConfig(TASKS, 0.3, mode, 0, TaskKind.IO, 1L);
        MeasuredRun measured = MeasuredRun.run(EngineTesting.ENGINE, config, Workload.ofSeconds(delays));
        assertThat(measured.result().finishedCount()).isEqualTo(TASKS);
        return measured.costs().orElseThrow();
    }

    /**
     * The JVM's threads at the moment every one of {@link #TASKS} tasks waits: all started and none finished, since
     * they wait 60 s and the run is cancelled once the last has started. No figure depends on the machine's speed:
     * however slowly the threads start, the first is still waiting when the last begins.
     */
    private static Waiting whileEveryTaskWaits(Mode mode, ResourceMonitor monitor) throws InterruptedException {
        double[] delays = new double[TASKS];
        Arrays.fill(delays, 60);
        RunHandle run = EngineTesting.ENGINE.start(new RunConfig(TASKS, 60, mode, 0, TaskKind.IO, 1L),
                Workload.ofSeconds(delays));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (!allStarted(run) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(allStarted(run)).as("every task started within 40 s").isTrue();
            ResourceSample during = monitor.sample();
            List<String> lanes = EngineTesting.liveLaneThreads();
            assertThat(run.finishedCount()).as("no task has finished: they all wait").isZero();
            return new Waiting(during, lanes);
        } finally {
            run.cancel();
            run.await();
        }
    }

    /** The JVM's figures, and the names of the run's live platform lane threads, while every task waits. */
    private record Waiting(ResourceSample sample, List<String> platformLanes) {
    }

    private static boolean allStarted(RunHandle run) {
        for (int task = 0; task < TASKS; task++) {
            if (run.timeline().startedNanos(task) == TaskTimeline.NOT_YET) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aThreadPerTaskHoldsOnePlatformThreadForEveryWaitingTask() throws InterruptedException {
        ResourceMonitor monitor = new ResourceMonitor();
        ResourceSample before = monitor.start();

        Waiting waiting = whileEveryTaskWaits(Mode.THREADS, monitor);

        assertThat(waiting.platformLanes()).hasSize(TASKS).allMatch(name -> name.startsWith("thread-"));
        assertThat(waiting.sample().liveThreads()).isGreaterThanOrEqualTo(TASKS);
        assertThat(monitor.peaks().peakThreads()).isGreaterThanOrEqualTo(before.liveThreads() + TASKS - JVM_SLACK);
        assertThat(waiting.sample().heapUsedBytes()).isPositive();
    }

    @Test
    void anEventLoopWaitsForAllItsTasksOnOneThread() throws InterruptedException {
        RunResources cost = costOf(Mode.EVENT_LOOP);

        // the run's controller and its loop, and whatever the JVM starts meanwhile
        assertThat(cost.extraThreads()).isLessThanOrEqualTo(2 + JVM_SLACK);
    }

    @Test
    void virtualThreadsAreNotPlatformThreads() throws InterruptedException {
        RunResources cost = costOf(Mode.VIRTUAL);
        ResourceMonitor monitor = new ResourceMonitor();
        ResourceSample before = monitor.start();
        Waiting waiting = whileEveryTaskWaits(Mode.VIRTUAL, monitor);

        // the controller, the carrier threads (one per core at most) and the timer that wakes parked ones
        int carriers = Runtime.getRuntime().availableProcessors();
        assertThat(cost.extraThreads()).isLessThanOrEqualTo(2 + carriers + JVM_SLACK).isLessThan(TASKS / 2);
        assertThat(waiting.platformLanes()).isEmpty();
        assertThat(waiting.sample().liveThreads() - before.liveThreads()).isLessThanOrEqualTo(2 + carriers + JVM_SLACK);
    }

    @Test
    void startUpTimeRunsFromTheFirstSubmitToTheLastStart() {
        // given three tasks submitted at 10, 20, 30 ms and started at 15, 50, 35 ms
        TaskTimeline timeline = timeline(new long[] {10, 20, 30}, new long[] {15, 50, 35});

        StartupTimes times = StartupTimes.of(timeline);

        assertThat(times.submitAllNanos()).isEqualTo(20_000_000L);
        assertThat(times.startupNanos()).isEqualTo(40_000_000L);
        assertThat(times.startupSeconds()).isEqualTo(0.04);
        assertThat(times.started()).isEqualTo(3);
    }

    @Test
    void startUpTimeIsUnknownUntilEveryTaskHasStarted() {
        TaskTimeline timeline = timeline(new long[] {10, 20, TaskTimeline.NOT_YET},
                new long[] {15, TaskTimeline.NOT_YET, TaskTimeline.NOT_YET});

        StartupTimes times = StartupTimes.of(timeline);

        assertThat(times.submitAllNanos()).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(times.startupSeconds()).isNaN();
        assertThat(times.submitted()).isEqualTo(2);
        assertThat(times.started()).isEqualTo(1);
    }

    @Test
    void residentPagesAreTheSecondFigureOfTheStatmLineAndThePageSizeIsTheNearestPowerOfTwo() {
        assertThat(ResourceMonitor.secondNumber(ascii("765 417 389 5 0 123 0\n"))).isEqualTo(417L);
        assertThat(ResourceMonitor.secondNumber(ascii("765 417"))).isEqualTo(417L);
        assertThat(ResourceMonitor.secondNumber(ascii("765\n"))).isEqualTo(ResourceSample.UNKNOWN);
        assertThat(ResourceMonitor.pageBytes(417L * 4096 - 2 * 4096, 417)).isEqualTo(4096L);
        assertThat(ResourceMonitor.pageBytes(417L * 4096 + 3 * 4096, 417)).isEqualTo(4096L);
        assertThat(ResourceMonitor.pageBytes(100L * 16384, 100)).isEqualTo(16384L);
        assertThat(ResourceMonitor.pageBytes(ResourceSample.UNKNOWN, 100)).isEqualTo(ResourceSample.UNKNOWN);
    }

    @Test
    void aSampleReadsTheSameResidentMemoryAsTheStatusFile() {
        // given a monitor that learned the page size
        ResourceMonitor monitor = new ResourceMonitor();
        monitor.start();

        // when it samples, between two reads of the status file
        long before = ResourceMonitor.residentBytes();
        long sampled = monitor.sample().residentBytes();
        long after = ResourceMonitor.residentBytes();

        // then (on Linux) the sample lies about between them: the process grows a little meanwhile
        if (before != ResourceSample.UNKNOWN) {
            assertThat(sampled).isBetween(Math.min(before, after) * 9 / 10, Math.max(before, after) * 11 / 10);
        }
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void residentMemoryIsReadFromTheKilobytesOfItsLine() {
        assertThat(ResourceMonitor.parseKilobytes("   123456 kB")).isEqualTo(123_456L);
        long resident = ResourceMonitor.residentBytes();
        assertThat(resident == ResourceSample.UNKNOWN || resident > 1024 * 1024).isTrue();
    }

    /** A finished-looking timeline of these instants (in ms); each task takes 1 ms once started. */
    private static TaskTimeline timeline(long[] submittedMs, long[] startedMs) {
        int n = submittedMs.length;
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        for (int i = 0; i < n; i++) {
            submitted[i] = millis(submittedMs[i]);
            started[i] = millis(startedMs[i]);
            finished[i] = started[i] == TaskTimeline.NOT_YET ? TaskTimeline.NOT_YET : started[i] + 1_000_000L;
            lanes[i] = started[i] == TaskTimeline.NOT_YET ? -1 : 0;
        }
        RunConfig config = new RunConfig(n, 1, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L);
        Workload workload = Workload.generate(config);
        RunResult.Timings timings = new RunResult.Timings(submitted, started, finished, lanes);
        return new RunResult(config, workload, timings, new String[] {"event-loop"}, new int[0],
                SummaryCalculator.summarize(config, workload, timings, 60_000_000L, 1, 1), false, 60_000_000L);
    }

    private static long millis(long ms) {
        return ms == TaskTimeline.NOT_YET ? ms : ms * 1_000_000L;
    }
}
