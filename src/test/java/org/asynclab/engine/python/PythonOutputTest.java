package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What a program writes reaches AsyncLab as under plain python3, by the real python3 under the tracer: its
 * children's lines, fd 1, what is printed at shutdown or before {@code os._exit}, an interrupt's traceback
 * (skipped, saying why, without a python3).
 */
@Execution(ExecutionMode.CONCURRENT)
class PythonOutputTest {
    @TempDir
    Path folder;

    /**
     * Child processes (a ProcessPoolExecutor, multiprocessing.Pool) print as under plain Python: they used to have
     * no thread to send their lines, and lost them. Their tasks are not rows of the program.
     */
    @Test
    void whatChildProcessesPrintReachesTheOutput() throws Exception {
        RunResult result = run("pool.py", """
                import asyncio
                import concurrent.futures


                def square(n):
                    print("child", n, flush=True)
                    return n * n


                async def main():
                    loop = asyncio.get_running_loop()
                    with concurrent.futures.ProcessPoolExecutor(2) as pool:
                        print(await asyncio.gather(*(loop.run_in_executor(pool, square, n) for n in (3, 4))))


                if __name__ == "__main__":
                    asyncio.run(main())
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::stream, ProgramOutput::text)
                .containsExactlyInAnyOrder(tuple(ProgramOutput.Stream.OUT, "child 3"),
                        tuple(ProgramOutput.Stream.OUT, "child 4"), tuple(ProgramOutput.Stream.OUT, "[9, 16]"));
        assertThat(result.program().output().get(2).text()).isEqualTo("[9, 16]");
        assertThat(result.size()).as("main alone").isEqualTo(1);
        assertThat(result.program().exitCode()).isZero();
    }

    /**
     * What a child process and {@code os.write(1, …)} write is the program's output, in order with its prints, as
     * on plain Python: it used to reach AsyncLab as standard error, timed when AsyncLab read it.
     */
    @Test
    void whatAChildProcessWritesOnStandardOutputIsTheProgramsOutput() throws Exception {
        RunResult result = run("echo.py", """
                import asyncio
                import os
                import sys


                async def main():
                    print("before")
                    child = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('from a child')")
                    await child.wait()
                    os.write(1, b"written ")
                    await asyncio.sleep(0.2)  # the tracer has read the line's beginning: its end is read first
                    os.write(1, b"to fd 1\\n")
                    print("after")


                asyncio.run(main())
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::stream, ProgramOutput::text)
                .containsExactly(tuple(ProgramOutput.Stream.OUT, "before"),
                        tuple(ProgramOutput.Stream.OUT, "from a child"),
                        tuple(ProgramOutput.Stream.OUT, "written to fd 1"), tuple(ProgramOutput.Stream.OUT, "after"));
    }

    /**
     * The pieces of one line ({@code print(i, end=" ", flush=True)}) are one line, as a terminal shows it, with
     * the time of its first piece: each piece was a line of its own.
     */
    @Test
    void thePiecesOfALineAreOneLine() throws Exception {
        RunResult result = run("pieces.py", """
                import asyncio
                async def main():
                    for i in range(3):
                        print(i, end=" ", flush=True)
                        await asyncio.sleep(0.1)
                    print("done")
                asyncio.run(main())
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::stream, ProgramOutput::text)
                .containsExactly(tuple(ProgramOutput.Stream.OUT, "0 1 2 done"));
        assertThat(result.program().output().getFirst().nanos()).as("printed before the first sleep ended")
                .isLessThan(result.phaseTimeline().phaseEndNanos(0, 1));
    }

    /** While the program runs, the log gives the line as it grows, in its row: a pane replaces that row. */
    @Test
    void theLiveLogGivesTheGrowingLineInItsRow() throws Exception {
        Path go = folder.resolve("go");
        Path file = PythonPrograms.write(folder, "grows.py", """
                import asyncio
                import os
                async def main():
                    print("0 ", end="", flush=True)
                    while not os.path.exists(os.path.join(os.path.dirname(__file__), "go")):
                        await asyncio.sleep(0.01)
                    print("1 ", end="", flush=True)
                    print("done")
                asyncio.run(main())
                """);
        PythonRun run = PythonRun.start(PythonSettings.of(file, PythonPrograms.python()).withTimeLimit(60));
        ProgramLog.News first = run.log().outputSince(ProgramLog.Seen.NOTHING);
        for (long deadline = System.nanoTime() + 30_000_000_000L; first.rows().isEmpty()
                && System.nanoTime() < deadline; first = run.log().outputSince(ProgramLog.Seen.NOTHING)) {
            Thread.sleep(10);
        }
        Files.writeString(go, "");
        run.await();

        ProgramLog.News grown = run.log().outputSince(first.seen());

        assertThat(first.rows()).extracting(ProgramLog.Row::index, row -> row.line().text())
                .containsExactly(tuple(0, "0 "));
        long firstPiece = first.rows().getFirst().line().nanos();
        assertThat(grown.rows()).as("the same row, grown").extracting(ProgramLog.Row::index, row -> row.line().text(),
                row -> row.line().nanos()).containsExactly(tuple(0, "0 1 done", firstPiece));
    }

    /**
     * A child process's line not yet ended is sent as it comes (a child's progress shows), and joins its end: one
     * line, as on a terminal.
     */
    @Test
    void aChildsPiecesAreOneLine() throws Exception {
        RunResult result = run("child.py", """
                import subprocess
                subprocess.run(["sh", "-c", "printf 'a '; sleep 0.2; printf 'b '; sleep 0.2; echo c"])
                print("after")
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("a b c", "after");
    }

    /** Lines printed after the program ended (an atexit function, asyncio's reports at shutdown) used to be lost. */
    @Test
    void whatTheProgramPrintsWhilePythonShutsDownIsKept() throws Exception {
        RunResult result = run("bye.py", """
                import atexit
                atexit.register(print, "bye")
                print("hello")
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("hello", "bye");
    }

    /** os._exit ends at once, but what was printed before it is kept: it used to wait for the tracer's writer. */
    @Test
    void whatWasPrintedBeforeOsExitIsKept() throws Exception {
        RunResult result = run("quit.py", """
                import os
                print("working")
                os._exit(4)
                """);

        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("working");
        assertThat(result.program().exitCode()).isEqualTo(4);
    }

    /**
     * A KeyboardInterrupt leaving main is reported as Python prints it (it used to end the run with 130 and no word),
     * without the tracer's own frame it passed through.
     */
    @Test
    void aKeyboardInterruptIsReportedWithItsTraceback() throws Exception {
        RunResult result = run("interrupt.py", """
                import asyncio
                async def main():
                    await asyncio.sleep(0.01)
                    raise KeyboardInterrupt
                asyncio.run(main())
                """);

        ProgramProblem error = result.program().error();
        assertThat(error.message()).isEqualTo("KeyboardInterrupt");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.detail()).contains("interrupt.py").doesNotContain("<stdin>");
        assertThat(result.program().exitCode()).isEqualTo(130);
    }

    private RunResult run(String name, String source) throws Exception {
        return PythonPrograms.run(PythonPrograms.write(folder, name, source), PythonPrograms.python());
    }
}
