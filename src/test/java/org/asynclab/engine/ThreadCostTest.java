package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * What a run costs the JVM, counted by {@link ResourceMonitor} around real runs, and the run's own threads counted
 * by name while all its tasks wait. The JVM's counts are of the whole JVM: its own threads (compilers, the
 * collector) come and go, and so do those of the classes that run beside this one (python3's readers, child
 * processes' pipes), so they are held only to being far from a thread a task. The exact claims are on the run's own
 * threads: no other class runs the engine meanwhile ({@link LaneThreadsResource}).
 */
@Timeout(60)
@ResourceLock(LaneThreadsResource.KEY)
class ThreadCostTest {
    private static final int TASKS = 200;
    /** Threads the JVM itself may add during a run (compiler and collector threads start on demand). */
    private static final int JVM_SLACK = 10;
    /** The JDK's scheduler of virtual threads keeps its carriers in a thread group of this name, its timer too. */
    private static final String CARRIER_GROUP = "CarrierThreads";

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
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
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
            List<String> own = ownThreadsSince(before);
            assertThat(run.finishedCount()).as("no task has finished: they all wait").isZero();
            return new Waiting(during, lanes, own);
        } finally {
            run.cancel();
            run.await();
        }
    }

    /**
     * The JVM's figures, the names of the run's live platform lane threads, and of every platform thread the run
     * has added ({@link #ownThreadsSince}), while every task waits.
     */
    private record Waiting(ResourceSample sample, List<String> platformLanes, List<String> own) {
    }

    /**
     * The names of the live platform threads that were not alive {@code before} and are the run's: the engine's,
     * by the names it gives them (the controller {@code run-…}, the lanes), and those of the JDK's scheduler of
     * virtual threads (its carriers, its timer, the thread that unblocks parked ones).
     */
    private static List<String> ownThreadsSince(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !before.contains(thread))
                .filter(ThreadCostTest::isTheRunsOrTheScheduler).map(Thread::getName).sorted().toList();
    }

    private static boolean isTheRunsOrTheScheduler(Thread thread) {
        String name = thread.getName();
        ThreadGroup group = thread.getThreadGroup();
        return name.startsWith("run-") || EngineTesting.LANE_PREFIXES.stream().anyMatch(name::startsWith)
                || name.startsWith("VirtualThread-") || group != null && CARRIER_GROUP.equals(group.getName());
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
        ResourceMonitor monitor = new ResourceMonitor();
        ResourceSample before = monitor.start();
        Waiting waiting = whileEveryTaskWaits(Mode.EVENT_LOOP, monitor);

        // The run's controller and its loop, however many tasks wait on it.
        assertThat(waiting.own()).hasSize(2).contains("event-loop");
        // The JVM's counts also hold whatever other classes start meanwhile: far from a thread a task, no more.
        assertThat(cost.extraThreads()).isLessThan(TASKS / 2);
        assertThat(waiting.sample().liveThreads() - before.liveThreads()).isLessThan(TASKS / 2);
    }

    @Test
    void virtualThreadsAreNotPlatformThreads() throws InterruptedException {
        RunResources cost = costOf(Mode.VIRTUAL);
        ResourceMonitor monitor = new ResourceMonitor();
        ResourceSample before = monitor.start();
        Waiting waiting = whileEveryTaskWaits(Mode.VIRTUAL, monitor);

        // The controller and the lanes are virtual: the run adds at most the scheduler's carrier threads (one per
        // core), its timer and the thread that unblocks parked ones, fewer when an earlier run left them alive.
        int carriers = Runtime.getRuntime().availableProcessors();
        assertThat(waiting.platformLanes()).isEmpty();
        assertThat(waiting.own()).hasSizeLessThanOrEqualTo(carriers + 2);
        // The JVM's counts also hold whatever other classes start meanwhile: far from a thread a task, no more.
        assertThat(cost.extraThreads()).isLessThan(TASKS / 2);
        assertThat(waiting.sample().liveThreads() - before.liveThreads()).isLessThan(TASKS / 2);
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
