package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.engine.LaneThreadsResource;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.export.ResultJson;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code --headless --python FILE}: the real python3 runs the program; bad options fail before it does. */
@Execution(ExecutionMode.CONCURRENT)
// its runs of the engine in this JVM (the Java side of two worlds) must not be alive where a class looks for lanes
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
class PythonOptionTest {
    private static final String GATHER = """
            import asyncio
            async def greet(word):
                await asyncio.sleep(0.2)
                print(word)
            async def main():
                await asyncio.gather(greet("Bonjour"), greet("Monde"))
            asyncio.run(main())
            """;

    @TempDir
    Path folder;

    @Test
    void aPythonRunPrintsItsOutputAndWritesItsTasksPhasesAndOutputAsJson() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("gather.py"), GATHER);
        Path json = folder.resolve("gather.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("| Bonjour", "| Monde", "rows              3", "wrote " + json,
                "n = 2 (tasks and awaited coroutines other than the main task)");
        RunResult read = ResultJson.read(json);
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.phaseTimeline().taskName(1)).isEqualTo("Task-2 greet");
        assertThat(read.phaseTimeline().phaseLine(1, 1)).isEqualTo(3);
        assertThat(read.phaseTimeline().phaseNote(1, 1)).isEqualTo("asyncio.sleep(0.2)");
        assertThat(read.program().output()).hasSize(2);
        assertThat(read.program().n()).isEqualTo(2);
        assertThat(read.summary().averageSeconds()).isEqualTo(read.summary().totalSeconds() / 2);
    }

    @Test
    void theSummarySaysWhereTheChartsAndTheFilesZeroIsOnTheOutputsClock() throws Exception {
        // a program that sleeps before asyncio.run: its lines are timed from its start ("0.3 s | main begins"), the
        // JSON and the chart from its first task (main begins at 0.000); the two disagreed by 0.5 s unexplained
        assumePython();
        Path program = Files.writeString(folder.resolve("late.py"), """
                import asyncio
                import time
                time.sleep(0.3)


                async def main() -> None:
                    print("main begins", flush=True)
                    await asyncio.sleep(0.05)

                asyncio.run(main())
                """);
        Path json = folder.resolve("late.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        double printed = Double.parseDouble(outcome.out().lines().filter(l -> l.endsWith("| main begins"))
                .findFirst().orElseThrow().strip().split(" ")[0]);
        double firstTask = Double.parseDouble(outcome.out().lines().filter(l -> l.startsWith("first task"))
                .findFirst().orElseThrow().substring("first task".length()).strip().split(" ")[0]);
        double inJson = ResultJson.read(json).program().output().get(0).nanos() / 1e9;
        assertThat(printed).as("the line's time on the output's clock").isGreaterThanOrEqualTo(0.3);
        assertThat(printed - firstTask).as("the line's time from the first task, as printed")
                .isCloseTo(inJson, org.assertj.core.data.Offset.offset(0.0015));
        assertThat(inJson).as("in the JSON, from the first task").isBetween(0.0, 0.2);
    }

    @Test
    void aProgramThatEndedByItselfIsNotSaidToBeStoppedWhenSomeRowsHaveNoEnd() throws Exception {
        // Python 3.12's eager tasks run their first step inside create_task, before the tracer knows them: two that
        // never awaited have no end; the program exited 0 and its summary said "stopped before its tasks ended"
        var eager = PythonFinder.findAll().stream().filter(p -> p.major() == 3 && p.minor() >= 12).findFirst();
        assumeTrue(eager.isPresent(), "skipped: no Python 3.12 or later here");
        Path program = Files.writeString(folder.resolve("eager.py"), """
                import asyncio


                async def quick() -> int:
                    return 1


                async def main() -> None:
                    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
                    await asyncio.gather(asyncio.create_task(quick()), asyncio.create_task(quick()))

                asyncio.run(main())
                """);

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--interpreter", eager.get().executable().toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).doesNotContain("stopped")
                .containsPattern("(?m)^average +- +none: \\d+ of \\d+ rows have no end the tracer saw");
    }

    /**
     * AsyncLab offers --seed's delays to random.uniform: a program that never calls it took none, so its summary
     * said "2 served" and its JSON stated the seed and max delay of delays it never had.
     */
    @Test
    void delaysOfferedButNotTakenAreNotStatedAsTheRunsOwn() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("own.py"), GATHER);
        Path json = folder.resolve("own.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(), "-n", "2",
                "--seed", "3", "--json", json.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).containsPattern("(?m)^delays +2 offered to random.uniform +seed 3, from 0 to"
                + " 1\\.000 s; the program called random.uniform 0 times for 2 delays offered; 2 delays were never"
                + " used$").doesNotContain("served");
        assertThat(Files.readString(json)).contains("\"maxDelay\":null").contains("\"seed\":null");
    }

    @Test
    void thePeakSaysItCountsRowsStartedNotRowsCreated() throws Exception {
        assumePython();
        // the time.sleep trap: three coroutines gathered, each blocking the loop in turn
        Path program = Files.writeString(folder.resolve("trap.py"), """
                import asyncio
                import time
                async def say(word):
                    time.sleep(0.1)
                    print(word)
                async def main():
                    await asyncio.gather(say("a"), say("b"), say("c"))
                asyncio.run(main())
                """);

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString());

        // then 4 rows are alive at once, but only main and one coroutine have started: the words say which
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("rows              4: ", "peak concurrency  2  "
                + "            rows started and not finished at once; one waiting for the loop has not started")
                .doesNotContain("alive");
    }

    @Test
    void aProgramWithoutAsyncioCountsItsOneRowAndSaysSo() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("plain.py"), "print('plain')\n");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("rows              1: <module>\n", "n = 1 (every row)")
                .doesNotContain("other than the main task");
    }

    @Test
    void anExceptionIsPrintedWithItsLineAndTheExitCodeIsOneButTheJsonIsWritten() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("boom.py"), "print('before')\nraise ValueError('no')\n");
        Path json = folder.resolve("boom.json");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--json", json.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("asynclab: boom.py:2: ValueError: no");
        assertThat(outcome.out()).contains("tasks             1 of 1 task ended: 0 done, 1 failed\n");
        ProgramProblem error = ResultJson.read(json).program().error();
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.kind()).isEqualTo(ProgramProblem.Kind.EXCEPTION);
    }

    @Test
    void theCompletionOrderSaysWhichTasksWaitForCancelledOrFailed() throws Exception {
        // given two coroutines under wait_for(…, 0.3): one done in 0.05 s, one cut (it asked 0.9 s)
        assumePython();
        Path program = Files.writeString(folder.resolve("wf.py"), """
                import asyncio

                async def wait(d):
                    await asyncio.sleep(d)
                    return d

                async def main():
                    calls = [asyncio.wait_for(wait(d), timeout=0.3) for d in (0.05, 0.9)]
                    print(await asyncio.gather(*calls, return_exceptions=True))

                asyncio.run(main())
                """);

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString());

        // then the order names the cut coroutine as cancelled (Python 3.11 and before: its task is cancelled) or failed
        // (3.12 on: wait_for awaits it in a timeout, where it ends by CancelledError), never the one that ended well
        String order = outcome.out().lines().filter(l -> l.startsWith("completion order: ")).findFirst()
                .orElseThrow();
        assertThat(order).containsAnyOf(" (cancelled)", " (failed)");
        assertThat(order.split(", ")[0]).doesNotContain("(");
    }

    @Test
    void aProgramThatDoesNotCompileSaysItsErrorInOneLineAndNoFigures() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("syntax.py"),
                "import asyncio\n\nasync def main() -> None\n    await asyncio.sleep(1)\n");

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip()).startsWith("asynclab: syntax.py:3:").contains(": SyntaxError: ")
                .endsWith("(async def main() -> None)").doesNotContain("\n");
        assertThat(outcome.out()).contains("exit code         1", "not run           syntax error")
                .doesNotContain("rows", "total", "average", "completion order");
    }

    @Test
    void aMissingProgramIsABadOption() {
        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python",
                folder.resolve("nothing.py").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err().strip()).startsWith("asynclab: --python: ").endsWith("is not a file that can be read")
                .doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--mode, threads, the program decides how its tasks run",
            // The program's own asyncio.wait_for, Semaphore or counter would be the lesson; the Java run's would
            // be applied to one side of --compare only, beside a ratio of totals that did not say so.
            "--deadline, 0.05, the program decides how its tasks run (asyncio.wait_for in it)",
            "--semaphore, 2, the program decides how its tasks run (asyncio.Semaphore in it)",
            "--counter, await, the program decides what its tasks share",
            "--counter-gap, 0.01, the program decides what its tasks share",
            // accepted and ignored before: --urls of a file that did not even exist ran with exit 0
            "--urls, nowhere.txt, the program fetches what it fetches (its own URLs)",
            "--timeout, 5, the program sets its own timeouts",
            "--modes, sequential, a sweep runs Java modes",
            "--step-limit, 5, a sweep runs Java modes"})
    void javaOnlyOptionsAreRefusedWithPython(String option, String value, String why) throws Exception {
        Path program = Files.writeString(folder.resolve("p.py"), "print(1)\n");

        CommandOutcome alone = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                option, value);
        CommandOutcome compared = CommandOutcome.runOnEngine("--headless", "--python", program.toString(),
                "--compare", "event-loop", "-s", "1", option, value);

        for (CommandOutcome outcome : List.of(alone, compared)) {
            assertThat(outcome.exitCode()).isEqualTo(2);
            assertThat(outcome.err()).startsWith("asynclab: " + option + " does not apply with --python: " + why)
                    .doesNotContain("Exception");
            assertThat(outcome.out()).isEmpty();
        }
    }

    @Test
    void aPythonLessonRefusesUrlsAsAProgramDoes() {
        // --scenario wait-n --urls foo ran the lesson and never read foo
        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--scenario", "wait-n", "--urls",
                "nowhere.txt");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("asynclab: --urls does not apply with --python: the program fetches"
                + " what it fetches").hasLineCount(1);
    }

    /**
     * A Python lesson's settings win as a Java lesson's do: {@code --scenario two-worlds --compare threads} ran the
     * program on the command line's defaults (10 delays of a random seed, "not the same delays in both worlds")
     * beside Threads, while a note said --compare had no effect.
     */
    @Test
    void aPythonScenariosOwnSettingsWinOverTheCommandLines() {
        assumePython();

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--scenario", "two-worlds", "--compare",
                "threads", "--seed", "5", "-n", "3");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.err()).startsWith("note: --tasks, --seed, --compare have no effect: the scenario"
                + " two-worlds runs with its own settings\n");
        assertThat(outcome.out()).contains("the same 8 delays (seed 7, from 0 to 2.000 s)")
                .containsPattern("python two-worlds.py +java event-loop");
    }

    @Test
    void workersBesideAComparisonWithoutAPoolAreSaidToChangeNothing() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("own.py"), GATHER);

        CommandOutcome threads = CommandOutcome.runOnEngine("--headless", "--python", program.toString(), "-s", "1",
                "-n", "2", "--compare", "threads", "-w", "3");
        CommandOutcome pool = CommandOutcome.runOnEngine("--headless", "--python", program.toString(), "-s", "1",
                "-n", "2", "--compare", "pool", "-w", "3");

        assertThat(threads.err()).startsWith("note: --workers has no effect here: only a pool has workers"
                + " (--compare pool)\n");
        assertThat(pool.err()).doesNotContain("note:");
        assertThat(pool.out()).contains("java pool");
    }

    @Test
    void aMaxDelayWithoutASeedIsSaidToChangeNothing() throws Exception {
        assumePython();
        Path program = Files.writeString(folder.resolve("own.py"), GATHER);

        CommandOutcome outcome = CommandOutcome.runOnEngine("--headless", "--python", program.toString(), "-d",
                "0.5");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.err()).isEqualTo("note: --max-delay has no effect without --seed or --compare: the"
                + " program draws its own delays (with --seed, AsyncLab serves its random.uniform delays from 0 to"
                + " the max delay)\n");
        assertThat(outcome.out()).contains("Bonjour", "Monde");
    }

    @Test
    void theTimeLimitIsCheckedAndBelongsToPython() {
        assertThat(CommandOutcome.runOnEngine("--headless", "--python", "x.py", "--time-limit", "0").err())
                .contains("--time-limit must be a number of seconds from 0.1 to 3600 (got 0)");
        CommandOutcome alone = CommandOutcome.runOnEngine("--headless", "--time-limit", "5");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--time-limit needs --python FILE");
    }

    private static void assumePython() {
        assumeTrue(PythonFinder.find().isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
    }
}
