package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class IdealTotalTest {
    private static final long SUM = 10_000;
    private static final long LONGEST = 1_000;

    private static long ideal(Mode mode, TaskKind kind, int workers, boolean lock, int cores) {
        return IdealTotal.nanos(mode, kind, workers, lock, SUM, LONGEST, cores);
    }

    @Test
    void ioTasksWaitTogetherExceptInSequence() {
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.IO, 0, false, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.THREADS, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.IO, 0, false, 2)).isEqualTo(LONGEST);
    }

    @Test
    void aPoolSharesTheSumAmongItsWorkersButNeverBeatsTheLongestDelay() {
        assertThat(ideal(Mode.POOL, TaskKind.IO, 4, false, 2)).isEqualTo(SUM / 4);
        assertThat(ideal(Mode.POOL, TaskKind.IO, 100, false, 2)).isEqualTo(LONGEST);
    }

    @Test
    void cpuTasksShareOnlyTheCores() {
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.CPU, 0, false, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, 0, false, 8)).isEqualTo(SUM);
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, 0, false, 2)).isEqualTo(SUM / 2);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.CPU, 0, false, 64)).isEqualTo(LONGEST);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 8, false, 2)).isEqualTo(SUM / 2);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 1, false, 2)).isEqualTo(SUM);
    }

    @Test
    void theGlobalLockLetsOnlyOneComputeAtATime() {
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, 0, true, 2)).isEqualTo(SUM);
        assertThat(ideal(Mode.POOL, TaskKind.CPU, 4, true, 2)).isEqualTo(SUM);
    }

    // The course's lessons: what the tasks do beyond their delays (a deadline, a semaphore, a shared counter).

    private static final long MS = 1_000_000L;

    private static long ideal(Mode mode, TaskKind kind, Coordination rules, int cores, double... delays) {
        RunConfig config = new RunConfig(delays.length, 1, mode, mode == Mode.POOL ? 2 : 0, kind, 1, false, rules);
        return IdealTotal.nanos(config, Workload.ofSeconds(delays), cores);
    }

    private static Coordination deadline(double seconds) {
        return Coordination.NONE.withDeadline(seconds);
    }

    private static Coordination counter(SharedCounter counter, double gapSeconds) {
        return new Coordination(counter, gapSeconds, 0, 0);
    }

    @Test
    void aDeadlineCutsEveryWaitAtTheDeadline() {
        Coordination half = deadline(0.5);

        // the wait-for-deadline lesson: the run ends at the deadline, not at the longest delay
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, half, 2, 0.2, 0.9, 0.7)).isEqualTo(500 * MS);
        assertThat(ideal(Mode.THREADS, TaskKind.IO, half, 2, 0.2, 0.9, 0.7)).isEqualTo(500 * MS);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.IO, half, 2, 0.2, 0.9, 0.7)).isEqualTo(500 * MS);
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.IO, half, 2, 0.2, 0.9, 0.7)).isEqualTo(1200 * MS);
        // a pool of two: 0.2 then 0.5 on one worker, 0.5 on the other
        assertThat(ideal(Mode.POOL, TaskKind.IO, half, 2, 0.2, 0.9, 0.7)).isEqualTo(700 * MS);
        // a deadline no task reaches changes nothing
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, deadline(2), 2, 0.2, 0.9, 0.7)).isEqualTo(900 * MS);
    }

    @Test
    void aDeadlineInterruptsComputationOnThreadsButNotOnTheLoop() {
        Coordination half = deadline(0.5);

        // four threads of 1 s on two cores: all cancelled at 0.5 s, having computed a quarter of a second each
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, half, 2, 1, 1, 1, 1)).isEqualTo(500 * MS);
        // done before the deadline: the cores' bound, as without one
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, half, 2, 0.2, 0.2, 0.2, 0.2)).isEqualTo(400 * MS);
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.CPU, half, 2, 1, 1, 0.2)).isEqualTo(1200 * MS);
        // each of a pool's two workers holds a task for at least min(delay, deadline)
        assertThat(ideal(Mode.POOL, TaskKind.CPU, half, 8, 1, 1, 1, 1)).isEqualTo(1000 * MS);
        // a computation never awaits: wait_for cannot cancel it on the loop
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, half, 2, 1, 1)).isEqualTo(2000 * MS);
    }

    @Test
    void aSemaphoreOfKHoldsTheWaitsLikeAPoolOfK() {
        Coordination four = Coordination.NONE.withSemaphore(4);
        double[] eight = {1, 1, 1, 1, 1, 1, 1, 1};

        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, four, 2, eight)).isEqualTo(2000 * MS);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, four, 2, 3, 0.1)).isEqualTo(3000 * MS);
        // with a deadline, each holds the semaphore at most the deadline
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, four.withDeadline(0.5), 2, eight)).isEqualTo(1000 * MS);
        // computations block the loop: one at a time whatever the semaphore
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, four, 2, 1, 1)).isEqualTo(2000 * MS);
    }

    /**
     * A pool (and a semaphore) takes the tasks in their order, each to the first worker free: a long task that
     * comes last starts only when a worker is free, and no overhead makes that shorter. The bound
     * max(longest, sum / K) said 3 s here, and called the fourth second "overhead".
     */
    @Test
    void aPoolTakesTheTasksInTheirOrderSoALongTaskThatComesLateEndsLate() {
        double[] lateLong = {1, 1, 1, 3};

        assertThat(IdealTotal.nanos(new RunConfig(4, 3, Mode.POOL, 3, TaskKind.IO, 1),
                Workload.ofSeconds(lateLong), 2)).isEqualTo(4000 * MS);
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, Coordination.NONE.withSemaphore(3), 2, lateLong))
                .isEqualTo(4000 * MS);
        // first in order, the long task overlaps the others: the bound is reached
        assertThat(IdealTotal.nanos(new RunConfig(4, 3, Mode.POOL, 3, TaskKind.IO, 1),
                Workload.ofSeconds(3, 1, 1, 1), 2)).isEqualTo(3000 * MS);
        assertThat(IdealTotal.firstFree(new long[] {5, 1, 1, 1, 1, 1}, 2, Long.MAX_VALUE, 0)).isEqualTo(5);
        // cut at 2 and a gap of 1: 3 then 2 + 2 on one worker, 2 + 2 + 2 on the other
        assertThat(IdealTotal.firstFree(new long[] {5, 1, 1, 1, 1, 1}, 2, 2, 1)).isEqualTo(7);
    }

    @Test
    void counterGapsThatOverlapAddOneGapAfterTheLastWait() {
        Coordination await = counter(SharedCounter.AWAIT, 0.01);
        Coordination noAwait = counter(SharedCounter.NO_AWAIT, 0.01);

        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, await, 2, 0.1, 0.1, 0.1)).isEqualTo(110 * MS);
        // threads are pre-emptive: other threads run inside a gap, await or not
        assertThat(ideal(Mode.THREADS, TaskKind.IO, noAwait, 2, 0.1, 0.1, 0.1)).isEqualTo(110 * MS);
        assertThat(ideal(Mode.VIRTUAL, TaskKind.IO, await, 2, 0.1, 0.1, 0.1)).isEqualTo(110 * MS);
        // a pool's worker holds its task through the gap: 0.11 s twice at once, then the third
        assertThat(ideal(Mode.POOL, TaskKind.IO, noAwait, 2, 0.1, 0.1, 0.1)).isEqualTo(220 * MS);
        assertThat(ideal(Mode.SEQUENTIAL, TaskKind.IO, await, 2, 0.1, 0.1, 0.1)).isEqualTo(330 * MS);
        // threads compute on the cores, then the gap
        assertThat(ideal(Mode.THREADS, TaskKind.CPU, await, 2, 0.1, 0.1, 0.1, 0.1)).isEqualTo(210 * MS);
    }

    @Test
    void counterGapsThatTakeTurnsFollowOneAnother() {
        Coordination noAwait = counter(SharedCounter.NO_AWAIT, 0.01);
        Coordination lock = counter(SharedCounter.LOCK, 0.01);

        // no await on the loop: each gap blocks the loop, after the waits that end together
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, noAwait, 2, 0.1, 0.1, 0.1)).isEqualTo(130 * MS);
        // a lock serialises the gaps in every mode
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, lock, 2, 0.1, 0.1, 0.1)).isEqualTo(130 * MS);
        assertThat(ideal(Mode.THREADS, TaskKind.IO, lock, 2, 0.1, 0.1, 0.1)).isEqualTo(130 * MS);
        // a gap waits for its own wait: the last one begins at 0.5 s, not at 0.02 s
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, lock, 2, 0, 0, 0.5)).isEqualTo(510 * MS);
        // the race lesson at its scale: 500 gaps of 2 ms after waits all over at once take a second
        double[] instant = new double[500];
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.IO, counter(SharedCounter.NO_AWAIT, 0.002), 2, instant))
                .isEqualTo(1000 * MS);
    }

    @Test
    void onTheLoopComputationsAndBlockingGapsAllTakeTurns() {
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, counter(SharedCounter.NO_AWAIT, 0.01), 2, 0.1, 0.1, 0.1))
                .isEqualTo(330 * MS);
        // with an await, the gaps overlap the next computations: only the last one shows
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, counter(SharedCounter.AWAIT, 0.01), 2, 0.1, 0.1, 0.1))
                .isEqualTo(310 * MS);
        // with a lock too, since each gap can begin once its computation is over
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, counter(SharedCounter.LOCK, 0.01), 2, 0.1, 0.1, 0.1))
                .isEqualTo(310 * MS);
        // gaps longer than the computations: the gaps, one after another, after the first computation
        assertThat(ideal(Mode.EVENT_LOOP, TaskKind.CPU, counter(SharedCounter.LOCK, 0.2), 2, 0.1, 0.1, 0.1))
                .isEqualTo(700 * MS);
    }

    @Test
    void withoutCoordinationBothWaysGiveTheSameIdeal() {
        Workload workload = Workload.ofSeconds(0.3, 0.9, 0.1);
        for (Mode mode : Mode.values()) {
            for (TaskKind kind : new TaskKind[] {TaskKind.IO, TaskKind.CPU}) {
                RunConfig config = new RunConfig(3, 1, mode, mode == Mode.POOL ? 2 : 0, kind, 1, false);
                assertThat(IdealTotal.nanos(mode, kind, config.workers(), false, Coordination.NONE,
                        workload.delaysNanos(), 2)).as("%s %s", mode, kind)
                        .isEqualTo(IdealTotal.nanos(config, workload, 2));
            }
        }
    }
}
