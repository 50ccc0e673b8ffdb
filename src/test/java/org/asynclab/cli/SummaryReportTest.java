package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.engine.MeasuredRun;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.engine.ResourceSample;
import org.asynclab.engine.RunResources;
import org.asynclab.engine.StartupTimes;
import org.asynclab.engine.SummaryCalculator;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.Mode;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.Phase;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class SummaryReportTest {

    private static RunResult run(Mode mode, double... delays) {
        RunConfig config = new RunConfig(delays.length, 1.0, mode, 2, TaskKind.IO, 3);
        return HandBuiltResults.simulate(config, Workload.ofSeconds(delays));
    }

    @Test
    void secondsAreShownInAUnitAPersonReads() {
        assertThat(SummaryReport.seconds(1.23456)).isEqualTo("1.235 s");
        assertThat(SummaryReport.seconds(0.0981)).isEqualTo("0.098 s");
        assertThat(SummaryReport.seconds(0.0042)).isEqualTo("4.200 ms");
        assertThat(SummaryReport.seconds(0.0000015)).isEqualTo("1.500 us");
        assertThat(SummaryReport.seconds(-0.003)).isEqualTo("-3.000 ms");
        assertThat(SummaryReport.seconds(0)).isEqualTo("0.000 s");
        assertThat(SummaryReport.seconds(Double.NaN)).isEqualTo("-");
    }

    @Test
    void aRatioBelowATenthKeepsTwoSignificantDigitsInsteadOfReadingZero() {
        assertThat(SummaryReport.times(2.194)).isEqualTo("2.19x");
        assertThat(SummaryReport.times(0.25)).isEqualTo("0.25x");
        assertThat(SummaryReport.times(0.0107)).isEqualTo("0.011x");
        assertThat(SummaryReport.times(0.0031)).isEqualTo("0.0031x");
        assertThat(SummaryReport.times(Double.NaN)).isEqualTo("-");
        // threads paid for starting 3 threads, sequential for nothing: 0.024 ms against 7.844 ms
        RunResult threads = HandBuiltResults.simulate(new RunConfig(1, 0.01, Mode.THREADS, 0, TaskKind.IO, 3),
                Workload.ofSeconds(0.0078));
        RunResult sequential = HandBuiltResults.simulate(new RunConfig(1, 0.01, Mode.SEQUENTIAL, 0, TaskKind.IO,
                3), Workload.ofSeconds(0.000024));
        assertThat(SummaryReport.ratio(sequential, threads)).startsWith("ratio of totals: Sequential / Threads ="
                + " 0.0031 (Sequential: 325.00× faster than Threads)");
    }

    @Test
    void theTableHasOneColumnPerRunAndTheFiguresOfEach() {
        RunResult sequential = run(Mode.SEQUENTIAL, 0.5, 0.25, 0.25);
        RunResult concurrent = run(Mode.VIRTUAL, 0.5, 0.25, 0.25);

        String text = SummaryReport.format(List.of(sequential, concurrent), false);

        assertThat(text).containsPattern("(?m)^mode +Sequential +Virtual threads$")
                .containsPattern("(?m)^total +1\\.000 s +0\\.500 s +first submit")
                .containsPattern("(?m)^average +0\\.333 s +0\\.167 s +total / n$")
                .containsPattern("(?m)^speedup +1\\.00x +2\\.00x")
                .containsPattern("(?m)^seed +- +- +- : the scenario gives each task its delay$")
                .contains("completion order (Sequential): 0 1 2", "completion order (Virtual threads): 1 2 0")
                .doesNotContain("finished", "random");
    }

    @Test
    void aRunTheOtherProgramsBentSaysSoUnderTheTable() {
        // given a run during which other programs kept 1.27 of the machine's 2 cores busy
        RunResult bent = run(Mode.THREADS, 0.5, 0.25).withOtherPrograms(new OtherPrograms(1.27, 2));

        String text = SummaryReport.format(List.of(bent), false);

        // then one line after the table (the total is in it), before the completion order
        assertThat(text).containsPattern("(?m)^threads .*\\R"
                + "note: other programs used 1\\.3 of 2 cores during this run; the total may be longer than the"
                + " model's\\Rcompletion order: ");
    }

    @Test
    void aComparisonNamesTheRunTheOtherProgramsBent() {
        RunResult calm = run(Mode.SEQUENTIAL, 0.5, 0.25).withOtherPrograms(new OtherPrograms(0.2, 2));
        RunResult bent = run(Mode.VIRTUAL, 0.5, 0.25).withOtherPrograms(new OtherPrograms(0.5, 2));

        String text = SummaryReport.format(List.of(calm, bent), false);

        assertThat(text).contains("note: other programs used 0.5 of 2 cores during the Virtual threads run; its total"
                + " may be longer than the model's\n").doesNotContain("during the Sequential run");
    }

    /** A Python program has no model to be longer than: its note sets its times against a quiet machine's. */
    @Test
    void aPythonProgramsNoteSetsItsTimesAgainstAQuietMachine() {
        RunResult bent = run(Mode.EVENT_LOOP, 0.5, 0.25).withOtherPrograms(new OtherPrograms(1.27, 2));
        RunResult quiet = run(Mode.EVENT_LOOP, 0.5, 0.25).withOtherPrograms(new OtherPrograms(0.49, 2));

        assertThat(BusyMachineNote.program(bent)).isEqualTo("note: other programs used 1.3 of 2 cores during this"
                + " run; its times may be longer than on a quiet machine\n");
        assertThat(BusyMachineNote.program(quiet)).isEmpty();
        assertThat(BusyMachineNote.program(run(Mode.EVENT_LOOP, 0.5, 0.25))).isEmpty();
    }

    @Test
    void aQuietMachineOrNoReadingAddsNoNote() {
        RunResult quiet = run(Mode.THREADS, 0.5, 0.25).withOtherPrograms(new OtherPrograms(0.49, 2));
        RunResult unmeasured = run(Mode.THREADS, 0.5, 0.25);

        assertThat(SummaryReport.format(List.of(quiet), false)).doesNotContain("other programs");
        assertThat(SummaryReport.format(List.of(unmeasured), false)).doesNotContain("other programs");
    }

    @Test
    void delaysOfZeroHaveNoSpeedupAndTheReportSaysWhy() {
        // given the course's wait_n(3, 0): three delays of 0, over in 3 µs of overhead
        RunConfig config = new RunConfig(3, 0, Mode.EVENT_LOOP, 0, TaskKind.IO, 42);
        Workload delays = Workload.ofSeconds(0, 0, 0);
        RunResult.Timings timings = new RunResult.Timings(new long[] {0, 0, 0}, new long[] {0, 0, 0},
                new long[] {1_000, 2_000, 3_000}, new int[] {0, 0, 0});
        RunResult zero = new RunResult(config, delays, timings, new String[] {"event-loop"}, new int[] {0, 1, 2},
                SummaryCalculator.summarize(config, delays, timings, 3_000, 1, 2), false, 3_000);

        String text = SummaryReport.format(List.of(zero), false);

        assertThat(text).containsPattern("(?m)^speedup +- +sum of delays / total; - when every delay is 0: no wait "
                + "to overlap$").doesNotContain("0.00x");
        assertThat(SummaryReport.format(List.of(run(Mode.EVENT_LOOP, 0.5, 0.25)), false))
                .doesNotContain("every delay is 0");
    }

    @Test
    void theSeedAndTheMaxDelayAreStatedOnlyWhereTheyDrewTheDelays() {
        // given a run whose delays the seed drew, beside one of a scenario's own delays (bonjour-monde's two 1 s)
        RunConfig config = new RunConfig(3, 0.5, Mode.EVENT_LOOP, 2, TaskKind.IO, 7);
        RunResult drawn = HandBuiltResults.simulate(config, Workload.generate(config));
        RunResult given = run(Mode.SEQUENTIAL, 1, 1, 1);

        String alone = SummaryReport.format(List.of(drawn), true);
        String both = SummaryReport.format(List.of(drawn, given), true);

        // then the drawn run states them, and how to repeat it; the scenario's run says why it has neither
        assertThat(alone).containsPattern("(?m)^max delay +0\\.500 s +delays drawn from 0 to it$")
                .containsPattern("(?m)^seed +7 +random; --seed 7 repeats it$");
        assertThat(both).containsPattern("(?m)^max delay +0\\.500 s +- +delays drawn from 0 to it; - : the scenario"
                + " gives each task its delay$").containsPattern("(?m)^seed +7 +- +random; --seed 7 repeats it; - : ");
    }

    @Test
    void theCompletionOrderSaysWhichTasksEndedCancelledOrFailed() {
        // given a sequential run whose second task a deadline cut and whose third task's request failed
        RunResult plain = run(Mode.SEQUENTIAL, 0.1, 0.9, 0.2);
        PhaseRecording phases = new PhaseRecording(3, 1, true);
        TaskOutcome[] outcomes = {TaskOutcome.DONE, TaskOutcome.CANCELLED, TaskOutcome.FAILED};
        for (int task = 0; task < 3; task++) {
            phases.begin(task, Phase.WAITING, plain.startedNanos(task));
            phases.finish(task, outcomes[task], plain.finishedNanos(task));
        }

        // then the line names them: they did not complete their waits
        assertThat(SummaryReport.order(plain.withPhaseTimeline(phases))).isEqualTo("0 1(cancelled) 2(failed)");
        assertThat(SummaryReport.order(plain)).isEqualTo("0 1 2");
    }

    @Test
    void theRatioOfTotalsSaysWhichRunWasFaster() {
        RunResult sequential = run(Mode.SEQUENTIAL, 0.5, 0.25, 0.25);
        RunResult concurrent = run(Mode.VIRTUAL, 0.5, 0.25, 0.25);

        // first ÷ second, as the window's table divides its left column by its right ("2.5×" in the window beside
        // "Event loop / Pool of 3 = 0.41" here read as two different comparisons)
        assertThat(SummaryReport.ratio(concurrent, sequential))
                .isEqualTo("ratio of totals: Virtual threads / Sequential = 0.50 (Virtual threads: 2.00× faster than"
                        + " Sequential)");
        assertThat(SummaryReport.ratio(sequential, concurrent))
                .isEqualTo("ratio of totals: Sequential / Virtual threads = 2.00 (Virtual threads: 2.00× faster than"
                        + " Sequential)");
    }

    @Test
    void totalsThatReadTheSameAreTheSameTimeNotOneTimesFaster() {
        // given a pool of 2 and an event loop that both take the longest delay (semaphore-vs-pool: 2.644, 2.637 s)
        RunResult loop = run(Mode.EVENT_LOOP, 1.0, 0.5);
        RunResult pool = run(Mode.POOL, 1.0, 0.5);

        // then the verdict says they took the same time, not that one was "1.00× faster"; neither is a winner to
        // name first, whichever was a hair faster: the runs in their order, as the window names them
        assertThat(SummaryReport.ratio(loop, pool)).startsWith("ratio of totals: Event loop / Pool of 2 = 1.00 (")
                .endsWith("(Event loop and Pool of 2 took the same time)");
        assertThat(SummaryReport.ratio(pool, loop)).endsWith("(Pool of 2 and Event loop took the same time)")
                .doesNotContain("faster");
    }

    @Test
    void twoRunsOfOneModeAreNamedByWhatDiffers() {
        RunConfig config = new RunConfig(2, 1.0, Mode.EVENT_LOOP, 2, TaskKind.IO, 3);
        RunResult seed3 = HandBuiltResults.simulate(config, Workload.ofSeconds(0.5, 0.5));
        RunResult seed4 = HandBuiltResults.simulate(config.withSeed(4), Workload.ofSeconds(0.25, 0.25));

        assertThat(SummaryReport.ratio(seed3, seed4)).isEqualTo("ratio of totals: Event loop · seed 3 /"
                + " Event loop · seed 4 = 2.00 (Event loop · seed 4: 2.00× faster than Event loop · seed 3)");
    }

    @Test
    void twoRunsOfTheSameSettingsAreNamedByTheirOrder() {
        RunConfig config = new RunConfig(2, 1.0, Mode.EVENT_LOOP, 2, TaskKind.IO, 3);
        RunResult first = HandBuiltResults.simulate(config, Workload.ofSeconds(0.5, 0.5));
        RunResult second = HandBuiltResults.simulate(config, Workload.ofSeconds(0.25, 0.25));

        assertThat(SummaryReport.ratio(first, second)).isEqualTo("ratio of totals: Event loop · run 1 /"
                + " Event loop · run 2 = 2.00 (Event loop · run 2: 2.00× faster than Event loop · run 1)");
        assertThat(SummaryReport.format(List.of(first, second), false))
                .contains("completion order (Event loop · run 1): ", "completion order (Event loop · run 2): ");
    }

    /**
     * The race lesson on the command line: the await run lost updates and was faster; the verdict says the lost
     * updates first, and each counter line names its run ("(event-loop)" twice told nothing).
     */
    @Test
    void runsThatDifferInLostUpdatesSayTheLostUpdatesFirstAndNameEachCounter() {
        RunConfig loop = new RunConfig(2, 1.0, Mode.EVENT_LOOP, 2, TaskKind.IO, 3);
        RunResult await = HandBuiltResults.simulate(loop.withCoordination(
                new Coordination(SharedCounter.AWAIT, 0.002, 0, 0)), Workload.ofSeconds(0.25, 0.25))
                .withCounterTally(new CounterTally(500, 85));
        RunResult lock = HandBuiltResults.simulate(loop.withCoordination(
                new Coordination(SharedCounter.LOCK, 0.002, 0, 0)), Workload.ofSeconds(0.5, 0.5))
                .withCounterTally(new CounterTally(500, 500));

        assertThat(SummaryReport.ratio(await, lock)).endsWith("(Event loop · counter await: 415 of 500 updates lost"
                + " · Event loop · counter lock: none lost, 2.00× slower)");
        assertThat(CourseReport.counterLines(List.of(await, lock))).isEqualTo(
                "counter (Event loop · counter await): expected 500, got 85 (415 updates lost)\n"
                + "counter (Event loop · counter lock): expected 500, got 500 (0 updates lost)\n");
    }

    @Test
    void aZeroTotalHasNoRatio() {
        RunResult instant = run(Mode.SEQUENTIAL, 0, 0);

        assertThat(SummaryReport.ratio(instant, instant)).contains("not defined");
    }

    @Test
    void aRunStoppedBeforeItsTasksEndedHasNoRatioWithAnother() {
        // given a run to its end and one stopped after 2 of its 4 tasks (the window's Stop, a Python time limit)
        RunConfig config = new RunConfig(4, 0.1, Mode.EVENT_LOOP, 0, TaskKind.IO, 3);
        RunResult whole = run(Mode.SEQUENTIAL, 0.05, 0.05, 0.05, 0.05);
        RunResult stopped = HandBuiltResults.stopped(config, Workload.ofSeconds(0.01, 0.02, 0.05, 0.05), 2);

        // then its total, up to the stop, is not divided by the other's: "= 6.67" read as if both had ended
        assertThat(SummaryReport.ratio(whole, stopped)).isEqualTo(
                "ratio of totals: none (Event loop was stopped after 0.030 s, before its tasks ended)");
        assertThat(SummaryReport.ratio(stopped, whole)).doesNotContain("=").contains("stopped after 0.030 s");
        RunResult program = stopped.withProgram(new ProgramRun(ProgramRun.PYTHON, "wait_n.py", "python3", "3.12",
                ProgramRun.STOPPED, 4, List.of(), List.of()));
        assertThat(TwoWorldsReport.format(program, whole, whole.workload())).containsPattern(
                "(?m)^ratio of totals +none \\(python was stopped after 0.030 s, before its tasks ended\\)$");
    }

    @Test
    void aStoppedRunSaysHowManyFinished() {
        RunConfig config = new RunConfig(4, 0.1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);

        String text = SummaryReport.format(List.of(HandBuiltResults.stopped(config, Workload.generate(config), 2)),
                true);

        assertThat(text).containsPattern("(?m)^finished +2 of 4 \\(stopped\\)$")
                .containsPattern("(?m)^speedup +-").contains("completion order: 0 1\n");
    }

    @Test
    void aRunWithNothingFinishedSaysSo() {
        RunConfig config = new RunConfig(2, 0.1, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);

        assertThat(SummaryReport.order(HandBuiltResults.stopped(config, Workload.generate(config), 0)))
                .isEqualTo("none finished");
    }

    @Test
    void aWarmUpBeforeTheClockIsShownBesideTheFiguresItDidNotCount() {
        RunResult loop = run(Mode.EVENT_LOOP, 0.5, 0.25);
        RunResult virtual = run(Mode.VIRTUAL, 0.5, 0.25);
        ResourceSample sample = new ResourceSample(5, 7, 10_000_000, 50_000_000);
        MeasuredRun warmed = new MeasuredRun(virtual, new RunResources(sample, sample, StartupTimes.of(virtual),
                250_000_000L));
        MeasuredRun cold = new MeasuredRun(loop, new RunResources(sample, sample, StartupTimes.of(loop)));

        String both = SummaryReport.format(List.of(cold, warmed), false, false);
        String none = SummaryReport.format(List.of(cold), false, false);

        assertThat(both).containsPattern("(?m)^warm-up +none +0\\.250 s +before the clock");
        assertThat(none).doesNotContain("warm-up");
    }
}
