package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class LiveTimelineTest {
    private static final long NO = TaskTimeline.NOT_YET;

    @Test
    void aSnapshotTakenWhileTheRunGoesOnIsConsistentForEveryTask() throws InterruptedException {
        // given 20,000 virtual threads of at most 50 ms
        RunConfig config = new RunConfig(20_000, 0.05, Mode.VIRTUAL, 0, TaskKind.IO, 5L);
        RunHandle run = EngineTesting.ENGINE.start(config, Workload.generate(config));
        TimelineSnapshot frame = new TimelineSnapshot();

        // when it is copied again and again while it runs
        int snapshots = 0;
        int lastFinished = 0;
        while (!run.isDone() || snapshots < 2) {
            run.snapshotInto(frame);
            snapshots++;
            // then each copy is consistent, and never goes back
            assertConsistent(frame);
            assertThat(frame.finishedCount()).isGreaterThanOrEqualTo(lastFinished);
            lastFinished = frame.finishedCount();
        }
        RunResult result = run.await();
        run.snapshotInto(frame);
        assertThat(frame.finishedCount()).isEqualTo(20_000).isEqualTo(result.finishedCount());
        assertThat(frame.nowNanos()).isEqualTo(result.nowNanos());
    }

    /** Checks every task with plain comparisons (fast), and names the first broken one. */
    private static void assertConsistent(TimelineSnapshot frame) {
        for (int i = 0; i < frame.size(); i++) {
            assertThat(problem(frame, i)).as("task %d", i).isNull();
        }
    }

    private static String problem(TimelineSnapshot frame, int i) {
        long sub = frame.submittedNanos(i);
        long sta = frame.startedNanos(i);
        long fin = frame.finishedNanos(i);
        if (fin != NO && (sta == NO || sta > fin || fin > frame.nowNanos())) {
            return "finished at " + fin + " but started at " + sta + ", now " + frame.nowNanos();
        }
        if (sta == NO) {
            return frame.lane(i) == -1 ? null : "has a lane before it started";
        }
        if (sub == NO || sub > sta) {
            return "started at " + sta + " but submitted at " + sub;
        }
        int lane = frame.lane(i);
        if (lane < 0 || lane >= frame.laneCount() || !frame.laneName(lane).equals("virtual-" + i)) {
            return "ran on lane " + lane + " of " + frame.laneCount();
        }
        return null;
    }

    @Test
    void refillingASnapshotFromTheSameRunAllocatesNothing() throws InterruptedException {
        // given a finished run of 100,000 tasks and a snapshot already sized for it
        RunConfig config = new RunConfig(100_000, 0, Mode.EVENT_LOOP, 0, TaskKind.IO, 5L);
        RunHandle run = EngineTesting.ENGINE.start(config, Workload.generate(config));
        run.await();
        TimelineSnapshot frame = new TimelineSnapshot();
        run.snapshotInto(frame);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        // when it is filled again
        long before = threads.getCurrentThreadAllocatedBytes();
        run.snapshotInto(frame);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // then (almost) nothing was allocated, and nothing had changed
        assertThat(allocated).isLessThan(1024);
        assertThat(frame.changed()).isFalse();
    }

    @Test
    void aMillionZeroDelayTasksOnTheEventLoopAreRecordedExactlyOnce() throws InterruptedException {
        int n = 1_000_000;
        RunConfig config = new RunConfig(n, 0, Mode.EVENT_LOOP, 0, TaskKind.IO, 1L);

        RunResult result = EngineTesting.ENGINE.run(config, Workload.generate(config));

        assertThat(result.cancelled()).isFalse();
        assertThat(result.finishedCount()).isEqualTo(n);
        int[] order = result.completionOrder();
        Arrays.sort(order);
        int outOfOrder = -1;
        int notAPermutation = -1;
        for (int i = 0; i < n; i++) {
            notAPermutation = order[i] == i || notAPermutation >= 0 ? notAPermutation : i;
            boolean inOrder = result.submittedNanos(i) != NO && result.submittedNanos(i) <= result.startedNanos(i)
                    && result.startedNanos(i) <= result.finishedNanos(i) && result.lane(i) == 0;
            outOfOrder = inOrder || outOfOrder >= 0 ? outOfOrder : i;
        }
        assertThat(notAPermutation).as("first place where the sorted completion order skips a task").isEqualTo(-1);
        assertThat(outOfOrder).as("first task recorded out of order").isEqualTo(-1);
        assertThat(result.summary().threadsUsed()).isEqualTo(1);
        assertThat(result.laneCount()).isEqualTo(1);
    }

    /**
     * Tasks of a minute, cancelled once the clock has been read twice: both reads fall within the run however
     * loaded the machine (tasks of 0.2 s could end during a stall between them, and then both read the frozen end),
     * and the first waits for the clock to start, after the warm-up.
     */
    @Test
    void theLiveClockRunsWhileTheRunDoes() throws InterruptedException {
        RunConfig config = new RunConfig(3, 60, Mode.THREADS, 0, TaskKind.IO, 1L);
        RunHandle run = EngineTesting.ENGINE.start(config, Workload.ofSeconds(60, 60, 60));
        long first;
        long second;
        try {
            long giveUp = System.nanoTime() + 30_000_000_000L;
            first = run.timeline().nowNanos();
            while (first == 0 && System.nanoTime() < giveUp) {
                Thread.sleep(5);
                first = run.timeline().nowNanos();
            }
            Thread.sleep(20);
            second = run.timeline().nowNanos();
            assertThat(run.isDone()).as("tasks of a minute still run").isFalse();
        } finally {
            run.cancel();
            run.await();
        }

        assertThat(first).as("the clock started within 30 s").isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(run.timeline().kind()).isEqualTo(TaskKind.IO);
        assertThat(run.timeline().size()).isEqualTo(3);
    }
}
