package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Stopping a program, by Stop or by its time limit, run by the real python3 under the tracer (skipped, saying why,
 * without one): it ends with what it started, and what was recorded up to the stop is what happened.
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonStopTest {
    @TempDir
    Path folder;

    @Test
    void stopEndsABusyProgramAndTheProcessItStarted() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "spin.py", """
                import subprocess
                child = subprocess.Popen(["sleep", "100"])
                print(child.pid, flush=True)
                while True:
                    pass
                """);
        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        long child = Long.parseLong(firstLine(run));

        long asked = System.nanoTime();
        run.cancel();
        RunResult result = run.await();

        // the program never ends by itself, so ending at all is the stop's doing; 60 s only keeps a broken stop
        // from hanging the suite (5 s was exceeded at load 46, with 27 s)
        assertThat((System.nanoTime() - asked) / 1e9).isLessThan(60.0);
        assertThat(endsWithin(child, 2)).as("the child process ends").isTrue();
        assertThat(result.program().exitCode()).isEqualTo(-1);
        assertThat(result.program().problems()).extracting(ProgramProblem::kind)
                .contains(ProgramProblem.Kind.STOPPED);
    }

    @Test
    void aProgramThatNeverEndsIsStoppedByTheTimeLimit() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "forever.py", """
                import asyncio
                async def forever():
                    while True:
                        await asyncio.sleep(0.05)
                asyncio.run(forever())
                """);

        // 10 s: python3 and the tracer start in a fraction of a second, but took over 2 s at load 22 and over 5 s
        // at load 33, beside the other classes that start processes
        RunResult result = PythonRun.start(PythonSettings.of(file, python).withTimeLimit(10)).await();

        assertThat(result.cancelled()).isTrue();
        List<ProgramProblem> problems = result.program().problems();
        assertThat(problems).extracting(ProgramProblem::message).anyMatch(m -> m.contains("time limit"));
        assertThat(result.phaseTimeline().phaseCount(0)).isGreaterThan(2);
        assertThat(result.phaseTimeline().phaseLine(0, 1)).isEqualTo(4);
    }

    /** Stopped in the middle of a line printed in pieces, the line is kept as far as it got, one line. */
    @Test
    void aStopMidLineKeepsTheLineAsFarAsItGot() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "dots.py", """
                print("0 ", end="", flush=True)
                print("1 ", end="", flush=True)
                while True:
                    pass
                """);
        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        firstLine(run);

        run.cancel();
        RunResult result = run.await();

        assertThat(result.program().output()).extracting(ProgramOutput::stream, ProgramOutput::text)
                .containsExactly(tuple(ProgramOutput.Stream.OUT, "0 1 "));
    }

    /**
     * Stopped while a coroutine blocks the loop (time.sleep), its task and the coroutine run up to the stop: they
     * read "waiting" on the line they last awaited, from before the block to the stop.
     */
    @Test
    void aStopWhileACoroutineBlocksTheLoopShowsItRunningToTheStop() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "blocks.py", """
                import asyncio
                import time


                async def helper():
                    await asyncio.sleep(0.01)
                    print("blocking", flush=True)
                    time.sleep(60)


                async def spin():
                    await helper()


                async def main():
                    await asyncio.gather(spin(), asyncio.sleep(0.02))


                asyncio.run(main())
                """);
        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        assertThat(firstLine(run)).isEqualTo("blocking");

        run.cancel();
        RunResult result = run.await();

        PhaseTimeline phases = result.phaseTimeline();
        for (String name : List.of("Task-2 spin", "helper()")) {
            int row = PythonPrograms.row(result, name);
            int last = phases.phaseCount(row) - 1;
            assertThat(phases.phase(row, last)).as(name).isEqualTo(Phase.RUNNING);
            assertThat(phases.phaseEndNanos(row, last)).as(name).isEqualTo(result.nowNanos());
            assertThat(result.finishedNanos(row)).as(name).isEqualTo(TaskTimeline.NOT_YET);
        }
    }

    /** Whether the process {@code pid} ends within {@code seconds}. */
    private static boolean endsWithin(long pid, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Math.round(seconds * 1e9);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** The first line the program prints, once it has (the program is under way). */
    private static String firstLine(PythonRun run) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<ProgramOutput> lines = run.log().outputSince(0);
            if (!lines.isEmpty()) {
                return lines.get(0).text().strip();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the program printed nothing in 30 s");
    }
}
