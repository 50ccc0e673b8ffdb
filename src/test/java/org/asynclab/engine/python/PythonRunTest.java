package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.asynclab.lesson.PrintedLines;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskEnds;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The course's programs, run by the real python3 under the tracer (skipped, saying why, without one). */
@Execution(ExecutionMode.CONCURRENT)
class PythonRunTest {
    @TempDir
    Path folder;

    @Test
    void awaitingTwoCoroutinesOneAfterTheOtherDrawsTwoBarsThatDoNotOverlap() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "sequential.py", PythonPrograms.SEQUENTIAL.formatted("1", "1"));

        RunResult result = PythonPrograms.run(file, python);

        int bonjour = PythonPrograms.row(result, "dire_bonjour()");
        int monde = PythonPrograms.row(result, "dire_monde()");
        assertThat(result.startedNanos(monde)).isGreaterThanOrEqualTo(result.finishedNanos(bonjour));
        assertThat(result.summary().totalSeconds()).isBetween(1.9, 4.0);
        assertThat(result.summary().averageSeconds()).isEqualTo(result.summary().totalSeconds() / 2);
        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("Bonjour", "Monde");
        PhaseTimeline phases = result.phaseTimeline();
        int lastWait = phases.phaseCount(bonjour) - 2;
        assertThat(phases.phase(bonjour, lastWait)).isEqualTo(Phase.WAITING);
        assertThat(phases.phaseLine(bonjour, lastWait)).isEqualTo(5);
        assertThat(phases.phaseNote(bonjour, lastWait)).isEqualTo("asyncio.sleep(1)");
        assertThat(phases.outcome(monde)).isEqualTo(TaskOutcome.DONE);
        assertThat(result.program().exitCode()).isZero();
    }

    @Test
    void gatheringTwoCoroutinesDrawsTwoBarsSideBySide() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "gather.py", PythonPrograms.GATHER.formatted("1", "1"));

        RunResult result = PythonPrograms.run(file, python);

        int bonjour = PythonPrograms.row(result, "Task-2 dire_bonjour");
        int monde = PythonPrograms.row(result, "Task-3 dire_monde");
        assertThat(result.startedNanos(monde)).isLessThan(result.finishedNanos(bonjour));
        assertThat(result.startedNanos(bonjour)).isLessThan(result.finishedNanos(monde));
        // Less than the two bars added up, as recorded: side by side, about 1 s, not 2 s. A load that stretches
        // the waits stretches both bars with them; the bound of 1.9 s left 0.9 s for the load.
        long bars = result.finishedNanos(bonjour) - result.startedNanos(bonjour) + result.finishedNanos(monde)
                - result.startedNanos(monde);
        assertThat(result.summary().totalSeconds()).isGreaterThanOrEqualTo(0.9).isLessThan(bars / 1e9);
        int main = PythonPrograms.row(result, "Task-1 main");
        assertThat(result.phaseTimeline().phaseNote(main, 1)).isEqualTo("asyncio.gather(2)");
        assertThat(result.phaseTimeline().phaseLine(main, 1)).isEqualTo(15);
    }

    /**
     * {@code asyncio.gather(asyncio.sleep(…), asyncio.sleep(…))}: gather makes a task of each sleep, and the run is
     * those two tasks side by side. They used to be left out as asyncio's own (their coroutine is asyncio's code),
     * and the figures said n = 1. What asyncio.run makes of its own after main (closing generators and executors)
     * is still left out.
     */
    @Test
    void gatheringTwoSleepsOfAsyncioItselfDrawsTheirTwoTasks() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "sleeps.py", """
                import asyncio


                async def main():
                    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(0.5))


                asyncio.run(main())
                """);

        RunResult result = PythonPrograms.run(file, python);

        assertThat(result.size()).as("main and the two sleeps' tasks").isEqualTo(3);
        int first = PythonPrograms.row(result, "Task-2 sleep");
        int second = PythonPrograms.row(result, "Task-3 sleep");
        assertThat(result.startedNanos(second)).isLessThan(result.finishedNanos(first));
        assertThat(result.startedNanos(first)).isLessThan(result.finishedNanos(second));
        assertThat(result.summary().averageSeconds()).isEqualTo(result.summary().totalSeconds() / 2);
    }

    /**
     * Before Python 3.12 an {@code await} inside a list comprehension runs the comprehension as a coroutine of its
     * own. It is a line of main, not a coroutine the program awaits: it used to be a row, counted in n, and
     * {@code measure_time}'s lesson said 1.30 s where the program printed 1.56 s.
     */
    @Test
    void anAwaitInsideAComprehensionIsALineOfItsFunctionNotARow() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "comprehension.py", """
                import asyncio


                async def wait(d):
                    await asyncio.sleep(d)
                    return d


                async def main():
                    tasks = [asyncio.create_task(wait(d)) for d in (0.3, 0.1, 0.2)]
                    print([await t for t in tasks])


                asyncio.run(main())
                """);

        RunResult result = PythonPrograms.run(file, python);

        assertThat(java.util.stream.IntStream.range(0, result.size()).mapToObj(result.phaseTimeline()::taskName))
                .containsExactly("Task-1 main", "Task-2 wait", "Task-3 wait", "Task-4 wait");
        assertThat(result.program().n()).isEqualTo(3);
        assertThat(result.summary().averageSeconds()).isEqualTo(result.summary().totalSeconds() / 3);
        int main = PythonPrograms.row(result, "Task-1 main");
        PhaseTimeline phases = result.phaseTimeline();
        assertThat(java.util.stream.IntStream.range(0, phases.phaseCount(main))
                .filter(i -> phases.phase(main, i) == Phase.WAITING).map(i -> phases.phaseLine(main, i)))
                .as("main waits on the comprehension's line").contains(11);
        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("[0.3, 0.1, 0.2]");
    }

    @Test
    void waitNReturnsItsDelaysInAscendingOrderAndTakesTheDelaysAsyncLabServes() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "wait_n.py", PythonPrograms.WAIT_N);
        RunConfig served = new RunConfig(5, 0.5, org.asynclab.model.Mode.EVENT_LOOP, 0,
                org.asynclab.model.TaskKind.IO, 42);

        RunResult result = PythonRun.start(PythonSettings.of(file, python).serving(served)).await();

        String printed = result.program().output().get(0).text();
        double[] list = Arrays.stream(printed.replaceAll("[\\[\\]]", "").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        double[] byRecordedEnd = Arrays.stream(result.completionOrder()).filter(row -> row != main(result))
                .mapToDouble(row -> result.delayNanos(row) / 1e9).toArray();
        assertThat(list).as("the list printed is the order the recording saw the tasks end")
                .containsExactly(byRecordedEnd, org.assertj.core.data.Offset.offset(1e-6));
        // Ascending, but for two delays so close that the few milliseconds between the tasks' starts swap them.
        assertThat(PrintedLines.isAscending(Arrays.stream(list).boxed().toList())).as("%s", Arrays.toString(list))
                .isTrue();
        // The delays are the ones served; their order is the recording's, checked above (two close ones may swap).
        double[] drawn = Arrays.stream(Workload.generate(served).delaysNanos()).mapToDouble(d -> d / 1e9).sorted()
                .toArray();
        assertThat(Arrays.stream(list).sorted().toArray()).as("the delays AsyncLab served")
                .containsExactly(drawn, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.size()).isEqualTo(6);
        assertThat(result.program().n()).isEqualTo(5);
    }

    private static int main(RunResult result) {
        return PythonPrograms.row(result, "Task-1 wait_n");
    }

    @Test
    void aForgottenAwaitIsReportedWithItsLine() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "forgot.py", """
                import asyncio
                async def greet():
                    print("never printed")
                async def main():
                    greet()
                    await asyncio.sleep(0.01)
                asyncio.run(main())
                """);

        RunResult result = PythonPrograms.run(file, python);

        ProgramProblem warning = result.program().problems().get(0);
        assertThat(warning.kind()).isEqualTo(ProgramProblem.Kind.WARNING);
        assertThat(warning.message()).contains("coroutine", "greet", "was never awaited");
        assertThat(warning.line()).isEqualTo(5);
        assertThat(result.program().output()).isEmpty();
        assertThat(result.program().exitCode()).isZero();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "broken.py", "x = 1\ndef f(:\n    pass\n");

        RunResult result = PythonPrograms.run(file, python);

        ProgramProblem error = result.program().error();
        assertThat(error.kind()).isEqualTo(ProgramProblem.Kind.SYNTAX_ERROR);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isPositive();
        assertThat(error.text()).isEqualTo("def f(:");
        assertThat(result.program().exitCode()).isEqualTo(1);
    }

    @Test
    void aProgramThatDoesNotCompileRanNothingAndHasNoFigures() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "syntax.py", """
                import asyncio
                async def main() -> None
                    await asyncio.sleep(1)
                asyncio.run(main())
                """);

        RunResult result = PythonPrograms.run(file, python);

        assertThat(result.program().ran()).isFalse();
        assertThat(result.program().compileError().line()).isEqualTo(2);
        assertThat(result.finishedCount()).isZero();
        assertThat(result.startedNanos(0)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(result.phaseTimeline().phaseCount(0)).isZero();
        assertThat(result.summary().totalSeconds()).isZero();
        assertThat(result.summary().averageSeconds()).isZero();
        assertThat(result.nowNanos()).as("no time to replay").isZero();
    }

    @Test
    void aGatherThatRaisesEndsItsTasksAsTheyEndedNotAllDone() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "raises.py", """
                import asyncio
                async def ok(d):
                    await asyncio.sleep(d)
                async def bad():
                    await asyncio.sleep(0.05)
                    raise ValueError("boom")
                async def main():
                    await asyncio.gather(asyncio.create_task(ok(0.5)), asyncio.create_task(bad()),
                                         asyncio.create_task(ok(0.01)))
                asyncio.run(main())
                """);

        RunResult result = PythonPrograms.run(file, python);

        // main and bad failed; ok(0.5) was cancelled when asyncio.run ended; ok(0.01) was done
        assertThat(result.finishedCount()).isEqualTo(4);
        assertThat(TaskEnds.of(result)).isEqualTo(new TaskEnds(4, 1, 2));
    }

    @Test
    void aSyntaxErrorInAnImportedModuleComesAfterTheProgramRan() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        PythonPrograms.write(folder, "helper.py", "def f(:\n    pass\n");
        Path file = PythonPrograms.write(folder, "main.py", "print('before')\nimport helper\n");

        RunResult result = PythonPrograms.run(file, python);

        assertThat(result.program().error().kind()).isEqualTo(ProgramProblem.Kind.SYNTAX_ERROR);
        assertThat(result.program().ran()).isTrue();
        assertThat(result.finishedCount()).isEqualTo(1);
    }

    @Test
    void anUncaughtExceptionIsReportedWithItsLineAndExitCodeOne() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "boom.py", """
                import asyncio
                async def boom():
                    await asyncio.sleep(0.01)
                    return 1 / 0
                asyncio.run(boom())
                """);

        RunResult result = PythonPrograms.run(file, python);

        ProgramProblem error = result.program().error();
        assertThat(error.kind()).isEqualTo(ProgramProblem.Kind.EXCEPTION);
        assertThat(error.message()).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.detail()).contains("boom.py").doesNotContain("<stdin>", "runpy");
        assertThat(result.program().exitCode()).isEqualTo(1);
        assertThat(result.phaseTimeline().outcome(0)).isEqualTo(TaskOutcome.FAILED);
    }
}
