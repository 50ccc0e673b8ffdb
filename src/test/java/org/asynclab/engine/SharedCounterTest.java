package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The race lesson: tasks that read a shared counter, let a gap pass and write it back + 1. Losses on threads are
 * never required on a given run (the OS decides); what must hold is structural: a short count always comes with
 * overlapping read-to-write windows, and never more losses than overlapping windows.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
class SharedCounterTest {

    private static RunResult run(Mode mode, SharedCounter counter, int tasks, double maxDelay, double gap)
            throws InterruptedException {
        RunConfig config = new RunConfig(tasks, maxDelay, mode, mode == Mode.POOL ? 4 : 0, TaskKind.IO, 7L, false,
                new Coordination(counter, gap, 0, 0));
        return EngineTesting.ENGINE.run(config, Workload.generate(config));
    }

    private static void assertLossesComeFromOverlaps(RunResult run) {
        CounterTally tally = run.counterTally();
        assertThat(tally.expected()).isEqualTo(run.size());
        assertThat(tally.lost()).isBetween(0, Math.max(0, RaceWindows.overlapping(run)));
        if (tally.lost() > 0) {
            assertThat(RaceWindows.overlapping(run)).as("a lost update needs overlapping windows").isPositive();
        }
        assertThat(RaceWindows.phases(run, Phase.READ_WRITE)).hasSize(run.size());
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"THREADS", "POOL", "VIRTUAL"})
    void threadsLoseUpdatesOnlyWhereReadWriteWindowsOverlap(Mode mode) throws Exception {
        RunResult run = run(mode, SharedCounter.NO_AWAIT, 200, 0.2, 0.005);

        assertLossesComeFromOverlaps(run);
        assertThat(run.outcomeCount(TaskOutcome.DONE)).isEqualTo(200);
    }

    @Test
    void threadsWhoseWindowsAllOverlapLoseAlmostEveryUpdate() throws Exception {
        // zero delays and a gap of 300 ms: the 20 threads all read before the first one writes, unless the machine
        // takes more than 300 ms to start twenty threads; so the count stays far below 20
        RunResult run = run(Mode.VIRTUAL, SharedCounter.NO_AWAIT, 20, 0, 0.3);

        assertLossesComeFromOverlaps(run);
        assertThat(run.counterTally().finalCount()).isLessThan(20);
    }

    @Test
    void theEventLoopWithoutAnAwaitNeverLosesAnUpdate() throws Exception {
        RunResult run = run(Mode.EVENT_LOOP, SharedCounter.NO_AWAIT, 300, 0.1, 0.0005);

        assertThat(run.counterTally()).isEqualTo(new CounterTally(300, 300));
        assertThat(RaceWindows.overlapping(run)).as("no two windows overlap on the loop").isZero();
    }

    @Test
    void theEventLoopWithAnAwaitBetweenReadAndWriteLosesUpdates() throws Exception {
        // zero delays: every task reads in the same pass of the loop, before any timer of the gap is looked at
        RunResult run = run(Mode.EVENT_LOOP, SharedCounter.AWAIT, 100, 0, 0.01);

        assertThat(run.counterTally()).isEqualTo(new CounterTally(100, 1));
        assertLossesComeFromOverlaps(run);
    }

    @Test
    void anAwaitWithoutAGapStillYieldsToTheLoop() throws Exception {
        // await asyncio.sleep(0): the other ready tasks read before the first write
        RunResult run = run(Mode.EVENT_LOOP, SharedCounter.AWAIT, 50, 0, 0);

        assertThat(run.counterTally().finalCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "THREADS", "POOL", "VIRTUAL", "SEQUENTIAL"})
    void aLockNeverLosesAnUpdateAndItsWaitIsRecorded(Mode mode) throws Exception {
        RunResult run = run(mode, SharedCounter.LOCK, 40, 0, 0.002);

        assertThat(run.counterTally()).isEqualTo(new CounterTally(40, 40));
        assertThat(RaceWindows.barsWithoutAPhase(run, false)).isEmpty();
        assertThat(RaceWindows.overlapping(run)).isZero();
        assertThat(RaceWindows.peak(run, Phase.READ_WRITE)).isEqualTo(1);
        if (mode == Mode.EVENT_LOOP || mode == Mode.VIRTUAL || mode == Mode.THREADS) {
            // forty tasks want the lock at once: all but the first wait for it
            assertThat(RaceWindows.phases(run, Phase.LOCK_WAIT)).isNotEmpty();
        }
    }

    @Test
    void aSequentialRunNeverLosesAnUpdate() throws Exception {
        RunResult run = run(Mode.SEQUENTIAL, SharedCounter.AWAIT, 30, 0, 0.001);

        assertThat(run.counterTally()).isEqualTo(new CounterTally(30, 30));
    }

    @Test
    void aPlainRunHasNoCounterAndNoPhases() throws Exception {
        RunResult run = EngineTesting.runIo(Mode.EVENT_LOOP, 0.01, 0.02);

        assertThat(run.counterTally()).isNull();
        assertThat(run.phaseTimeline()).isNull();
    }
}
