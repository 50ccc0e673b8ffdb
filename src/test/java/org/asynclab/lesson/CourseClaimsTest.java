package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.engine.RaceWindows;
import org.asynclab.engine.RealRunsLane;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunSequence;
import org.asynclab.model.CounterTally;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The course lessons' bundled scenarios (tasks, wait_for, Semaphore, the races, the GIL), run for real, show what
 * their texts claim. Like {@link ScenarioClaimsTest}: structural checks, generous bounds, and no loss required of
 * threads on a given run (the OS decides) — only that a short count comes with overlapping windows.
 */
@RealRunsLane
class CourseClaimsTest {
    private static final long TIE_NANOS = 2_000_000;

    private static RunEngine engine;

    @BeforeAll
    static void calibrate() {
        engine = new RunEngine();
        engine.calibrate();
    }

    private static List<RunResult> run(Scenario scenario) throws InterruptedException {
        return RunSequence.run(scenario.configs(), scenario::workloadFor, engine);
    }

    private static Scenario bundled(String id) throws ScenarioException {
        return ScenarioLibrary.bundled().find(id).orElseThrow();
    }

    @Test
    void tasksFinishInTheOrderOfTheirDelaysOnOneThread() throws Exception {
        RunResult run = run(Scaled.scenario("task-wait-n", 0.1)).get(0);

        assertThat(ScenarioClaims.finishesInDelayOrder(run, TIE_NANOS)).isTrue();
        assertThat(run.summary().threadsUsed()).isEqualTo(1);
        assertThat(run.summary().totalSeconds()).isLessThan(run.summary().sumOfDelaysSeconds() / 2);
    }

    @Test
    void waitForCancelsExactlyTheTasksPastTheDeadlineOnTheLoopAndOnThreads() throws Exception {
        List<RunResult> runs = run(bundled("wait-for-deadline"));

        for (RunResult run : runs) {
            int late = 0;
            for (int task = 0; task < run.size(); task++) {
                boolean pastDeadline = run.delayNanos(task) > 500_000_000L;
                late += pastDeadline ? 1 : 0;
                assertThat(run.phaseTimeline().outcome(task)).as("%s task %d", run.config().mode(), task)
                        .isEqualTo(pastDeadline ? TaskOutcome.CANCELLED : TaskOutcome.DONE);
            }
            assertThat(late).as("the seed gives some of each").isBetween(2, 8);
            assertThat(run.outcomeCount(TaskOutcome.CANCELLED)).isEqualTo(late);
            assertThat(run.finishedCount()).as("a cancelled task still ends").isEqualTo(run.size());
        }
        RunResult loop = runs.get(0);
        assertThat(loop.summary().totalSeconds()).isLessThan(loop.summary().longestDelaySeconds())
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aSemaphoreOfFourAndAPoolOfFourBothKeepFourTasksWaiting() throws Exception {
        List<RunResult> runs = run(Scaled.scenario("semaphore-vs-pool", 0.25));
        RunResult loop = runs.get(0);
        RunResult pool = runs.get(1);

        assertThat(RaceWindows.peak(loop, Phase.WAITING)).isEqualTo(4);
        assertThat(RaceWindows.phases(loop, Phase.LOCK_WAIT)).as("sixteen wait for the semaphore").hasSize(16);
        assertThat(loop.summary().threadsUsed()).isEqualTo(1);
        assertThat(loop.summary().peakConcurrency()).as("the results say what the lesson says").isEqualTo(4);
        assertThat(ScenarioClaims.peakRunning(pool)).isEqualTo(4);
        assertThat(pool.summary().threadsUsed()).isEqualTo(4);
        for (RunResult run : runs) {
            assertThat(run.summary().totalSeconds()).isGreaterThan(run.summary().sumOfDelaysSeconds() / 4 * 0.95);
        }
    }

    @Test
    void threadsLoseUpdatesOnlyInOverlappingWindowsAndTheLoopWithoutAwaitNone() throws Exception {
        List<RunResult> runs = run(bundled("race-threads-vs-loop"));
        RunResult threads = runs.get(0);
        RunResult loop = runs.get(1);

        assertThat(threads.config().mode()).isEqualTo(Mode.THREADS);
        assertLossesOnlyWhereWindowsOverlap(threads);
        assertThat(loop.counterTally()).isEqualTo(new CounterTally(500, 500));
        assertThat(RaceWindows.overlapping(loop)).isZero();
    }

    @Test
    void anAwaitLosesUpdatesAndALockSavesThemAtAMeasuredCost() throws Exception {
        List<RunResult> runs = run(bundled("race-await-vs-lock"));
        RunResult await = runs.get(0);
        RunResult locked = runs.get(1);

        assertLossesOnlyWhereWindowsOverlap(await);
        assertThat(locked.counterTally()).isEqualTo(new CounterTally(500, 500));
        assertThat(RaceWindows.overlapping(locked)).isZero();
        // 500 windows of 2 ms, one at a time: at least a second, though every wait ends within half of one
        assertThat(locked.summary().totalSeconds()).isGreaterThanOrEqualTo(1.0);
        // a second of windows cannot fit in the half second the waits end in, so some tasks waited for the lock
        assertThat(RaceWindows.phases(locked, Phase.LOCK_WAIT)).isNotEmpty();
    }

    private static void assertLossesOnlyWhereWindowsOverlap(RunResult run) {
        CounterTally tally = run.counterTally();
        int overlapping = RaceWindows.overlapping(run);
        assertThat(tally.expected()).isEqualTo(run.size());
        assertThat(tally.lost()).as("lost updates, against %d overlapping windows", overlapping)
                .isBetween(0, overlapping);
        if (tally.lost() > 0) {
            assertThat(overlapping).isPositive();
        }
    }

    @Test
    void underTheGilThreadsComputeOneAtATimeAndWithoutItSideBySide() throws Exception {
        List<RunResult> runs = run(bundled("gil-threads"));
        RunResult gil = runs.get(0);
        RunResult inJava = runs.get(1);

        assertThat(gil.config().globalLock()).isTrue();
        LockTimeline holds = gil.lockTimeline();
        assertThat(holds.holdCount()).isPositive();
        long[][] sorted = new long[holds.holdCount()][];
        for (int h = 0; h < sorted.length; h++) {
            sorted[h] = new long[] {holds.holdStartNanos(h), holds.holdEndNanos(h)};
        }
        java.util.Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        for (int h = 1; h < sorted.length; h++) {
            assertThat(sorted[h][0]).as("hold %d starts after the one before ended", h)
                    .isGreaterThanOrEqualTo(sorted[h - 1][1]);
        }
        assertThat(inJava.config().globalLock()).isFalse();
        assertThat(inJava.lockTimeline()).isNull();
        // without it, nothing makes them take turns: four threads of their own, computing side by side. (All four
        // at once is the OS's to decide, as in GilTest: at load 2 the first had ended before the fourth started.)
        assertThat(inJava.summary().threadsUsed()).isEqualTo(4);
        assertThat(ScenarioClaims.peakRunning(inJava)).as("threads compute side by side").isGreaterThanOrEqualTo(2);
    }
}
