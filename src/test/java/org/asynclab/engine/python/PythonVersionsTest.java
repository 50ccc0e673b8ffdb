package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The tracer on every Python 3.9 to 3.13 this machine has (pyenv's and the PATH's): the same bars on each. */
@Execution(ExecutionMode.CONCURRENT)
class PythonVersionsTest {
    private static final ProgramOutput.Stream OUT = ProgramOutput.Stream.OUT;
    private static final ProgramOutput.Stream ERR = ProgramOutput.Stream.ERR;

    @TempDir
    Path folder;

    @Test
    void everyPythonFoundDrawsSequentialAwaitsApartAndGatheredOnesTogether() throws Exception {
        List<PythonInterpreter> pythons = PythonFinder.findAll();
        assumeTrue(!pythons.isEmpty(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        Path both = PythonPrograms.write(folder, "both.py", PythonPrograms.SEQUENTIAL.formatted("0.1", "0.1")
                .replace("await dire_monde()\n", "await dire_monde()\n    await asyncio.gather(dire_bonjour(),"
                        + " dire_monde())\n"));

        for (PythonInterpreter python : pythons) {
            RunResult run = PythonPrograms.run(both, python);

            String on = python.toString();
            assertThat(run.program().version()).as(on).isEqualTo(python.version());
            assertThat(run.program().output()).as(on).extracting(ProgramOutput::text)
                    .containsExactly("Bonjour", "Monde", "Bonjour", "Monde");
            int bonjour = PythonPrograms.row(run, "dire_bonjour()");
            int monde = PythonPrograms.row(run, "dire_monde()");
            assertThat(run.startedNanos(monde)).as(on).isGreaterThanOrEqualTo(run.finishedNanos(bonjour));
            assertThat(run.phaseTimeline().phaseLine(monde, 0)).as(on).isEqualTo(10);
            int first = PythonPrograms.row(run, "Task-2 dire_bonjour");
            int second = PythonPrograms.row(run, "Task-3 dire_monde");
            assertThat(run.startedNanos(second)).as(on).isLessThan(run.finishedNanos(first));
            assertThat(run.startedNanos(first)).as(on).isGreaterThanOrEqualTo(run.finishedNanos(monde));
            assertThat(run.program().exitCode()).as(on).isZero();
        }
    }

    /**
     * Before 3.13, {@code asyncio.create_task(coro, name=…)} and {@code TaskGroup.create_task} name the task after
     * the loop made it, and the row used to read {@code Task-2 fetch}. A task that names itself later is followed.
     */
    @Test
    void everyPythonFoundNamesEachRowAsTheProgramNamedItsTask() throws Exception {
        Path file = PythonPrograms.write(folder, "names.py", """
                import asyncio
                import sys


                async def fetch():
                    await asyncio.sleep(0.01)


                async def worker():
                    asyncio.current_task().set_name("renamed")
                    await asyncio.sleep(0.01)


                async def main():
                    a = asyncio.create_task(fetch(), name="fetcher")
                    b = asyncio.get_running_loop().create_task(fetch(), name="direct")
                    await asyncio.gather(a, b, asyncio.create_task(worker()))
                    if sys.version_info >= (3, 11):
                        async with asyncio.TaskGroup() as group:
                            group.create_task(fetch(), name="in-group")


                asyncio.run(main())
                """);

        onEveryPython(file, (python, on, run) -> {
            List<String> names = IntStream.range(0, run.size()).mapToObj(run.phaseTimeline()::taskName).toList();
            assertThat(names).as(on).contains("fetcher fetch", "direct fetch", "renamed worker");
            if (python.minor() >= 11) {
                assertThat(names).as(on).contains("in-group fetch");
            }
            assertThat(run.program().exitCode()).as(on).isZero();
        });
    }

    /**
     * What a program writes reaches the output pane as under plain Python: a line printed in pieces as one line
     * (each piece was a line); bytes through {@code sys.stdout.buffer} (it used to fail: the tracer's stream had no
     * {@code buffer}), in order with text; a stream's attributes and methods; {@code sys.__stdout__}; a stream the
     * program rebuilt over {@code detach()}; and on 3.12+ no warning that fork() is unsafe because the tracer has a
     * thread.
     */
    @Test
    void everyPythonFoundGivesTheProgramTheStreamsPlainPythonGivesIt() throws Exception {
        Path file = PythonPrograms.write(folder, "streams.py", """
                import io
                import os
                import sys

                print("Loading...", end="", flush=True)
                print(" done")
                sys.stdout.buffer.write("bytes \u00e9\\n".encode())
                sys.stdout.write("text\\n")
                sys.stdout.writelines(["a", "b\\n"])
                print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.isatty(), sys.stdout.fileno())
                print("oops", file=sys.stderr)
                sys.stdout.reconfigure(line_buffering=True)
                print("dunder", file=sys.__stdout__)
                pid = os.fork()
                if pid == 0:
                    print("child")
                    os._exit(0)
                os.waitpid(pid, 0)
                sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding="utf-8")
                print("rebuilt", end="")
                """);

        onEveryPython(file, (python, on, run) -> {
            assertThat(run.program().output()).as(on).extracting(ProgramOutput::stream, ProgramOutput::text)
                    .containsExactly(tuple(OUT, "Loading... done"), tuple(OUT, "bytes \u00e9"),
                            tuple(OUT, "text"), tuple(OUT, "ab"), tuple(OUT, "utf-8 strict False 1"),
                            tuple(ERR, "oops"), tuple(OUT, "dunder"), tuple(OUT, "child"), tuple(OUT, "rebuilt"));
            assertThat(run.program().problems()).as(on).isEmpty();
            assertThat(run.program().exitCode()).as(on).isZero();
        });
    }

    /**
     * In debug mode asyncio says where a slow task was made. The tracer's hook on create_task used to be that place
     * ({@code <stdin>} on 3.13, asyncio's ensure_future on 3.9): it is now the place plain python3 names.
     */
    @Test
    void everyPythonFoundSaysWhereASlowTaskWasMadeAsPlainPythonDoes() throws Exception {
        Path file = PythonPrograms.write(folder, "slow.py", """
                import asyncio
                import time


                async def blocker():
                    time.sleep(0.15)


                asyncio.run(blocker(), debug=True)
                """);

        onEveryPython(file, (python, on, run) -> {
            String traced = createdAt(run.program().output().stream().map(ProgramOutput::text)
                    .collect(Collectors.joining("\n")));
            assertThat(traced).as(on).isNotNull().isEqualTo(createdAt(plainStandardError(python, file)));
        });
    }

    /**
     * From 3.12 {@code wait_for} runs its coroutine in the caller's task: the coroutine its timeout cut is a row of
     * that task, which caught the TimeoutError and went on, and the row read "done"; one whose caller did not
     * catch read "failed: TimeoutError". It ends cancelled, as 3.9-3.11's task made by wait_for does; so does a
     * coroutine cut by {@code task.cancel()} in a task that catches the CancelledError (it read "done" on every
     * Python). From 3.12 a coroutine whose exception its caller caught ends failed by that exception, not done.
     */
    @Test
    void everyPythonFoundEndsACoroutineCutByATimeoutOrACancelCancelled() throws Exception {
        Path file = PythonPrograms.write(folder, "cut.py", """
                import asyncio


                async def slow():
                    await asyncio.sleep(5)


                async def boom():
                    await asyncio.sleep(0.01)
                    raise ValueError("no")


                async def worker():
                    try:
                        await slow()
                    except asyncio.CancelledError:
                        print("stopped")


                async def main():
                    try:
                        await asyncio.wait_for(slow(), timeout=0.05)
                    except asyncio.TimeoutError:
                        print("cut")
                    task = asyncio.create_task(worker())
                    await asyncio.sleep(0.05)
                    task.cancel()
                    await task
                    try:
                        await boom()
                    except ValueError:
                        print("caught")


                asyncio.run(main())
                """);

        onEveryPython(file, (python, on, run) -> {
            PhaseTimeline phases = run.phaseTimeline();
            List<String> names = IntStream.range(0, run.size()).mapToObj(phases::taskName).toList();
            List<Integer> slow = IntStream.range(0, run.size()).filter(i -> names.get(i).endsWith(" slow")
                    || names.get(i).equals("slow()")).boxed().toList();
            assertThat(slow).as(on + " " + names).hasSize(2);
            for (int row : slow) {
                assertThat(phases.outcome(row)).as(on + " " + names.get(row)).isEqualTo(TaskOutcome.CANCELLED);
            }
            assertThat(phases.outcome(PythonPrograms.row(run, "Task-1 main"))).as(on).isEqualTo(TaskOutcome.DONE);
            assertThat(phases.outcome(IntStream.range(0, run.size()).filter(i -> names.get(i).endsWith(" worker"))
                    .findFirst().orElseThrow())).as(on).isEqualTo(TaskOutcome.DONE);
            if (python.minor() >= 12) {
                int boom = PythonPrograms.row(run, "boom()");
                assertThat(phases.outcome(boom)).as(on).isEqualTo(TaskOutcome.FAILED);
                assertThat(phases.phaseNote(boom, phases.phaseCount(boom) - 1)).as(on).contains("ValueError");
            }
            assertThat(run.program().output()).as(on).extracting(ProgramOutput::text)
                    .containsExactly("cut", "stopped", "caught");
        });
    }

    /**
     * From 3.12 a coroutine that returned is done, whatever its caller raises next: a plain function raising just
     * after {@code await w()} (caught or not) marked w() "failed: RuntimeError", its frame's freed address taken by
     * the function's, which the tracer took for w()'s.
     */
    @Test
    void everyPythonFromTwelveEndsACoroutineThatReturnedDoneThoughItsCallerRaisesRightAfter() throws Exception {
        Path file = PythonPrograms.write(folder, "after.py", """
                import asyncio


                async def w():
                    await asyncio.sleep(0.01)
                    return 1


                def sync_fail():
                    raise RuntimeError("sync")


                async def main():
                    await w()
                    try:
                        sync_fail()
                    except RuntimeError:
                        print("caught")
                    await w()
                    sync_fail()


                asyncio.run(main())
                """);

        onEveryPython(file, (python, on, run) -> {
            PhaseTimeline phases = run.phaseTimeline();
            List<Integer> ws = IntStream.range(0, run.size()).filter(i -> phases.taskName(i).equals("w()")).boxed()
                    .toList();
            assertThat(ws).as(on).hasSize(2);
            assertThat(phases.outcome(PythonPrograms.row(run, "Task-1 main"))).as(on).isEqualTo(TaskOutcome.FAILED);
            if (python.minor() >= 12) {
                for (int row : ws) {
                    assertThat(phases.outcome(row)).as(on + " row " + row).isEqualTo(TaskOutcome.DONE);
                }
            }
        });
    }

    /** Where asyncio's debug message about a slow task says it was made, or null. */
    private static String createdAt(String text) {
        Matcher found = Pattern.compile("created at (\\S+)> took").matcher(text);
        return found.find() ? found.group(1) : null;
    }

    private static String plainStandardError(PythonInterpreter python, Path file) throws Exception {
        Process plain = new ProcessBuilder(python.executable().toString(), file.toString())
                .directory(file.getParent().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(plain.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        plain.waitFor();
        return text;
    }

    /** Runs {@code file} on every Python 3.9 to 3.13 found (the test is skipped without one), checking each run. */
    private static void onEveryPython(Path file, Check check) throws Exception {
        List<PythonInterpreter> pythons = PythonFinder.findAll();
        assumeTrue(!pythons.isEmpty(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        for (PythonInterpreter python : pythons) {
            check.check(python, python.toString(), PythonPrograms.run(file, python));
        }
    }

    /** What a test checks of one run. */
    private interface Check {
        void check(PythonInterpreter python, String on, RunResult run) throws Exception;
    }
    /**
     * 3.12+: an awaited coroutine's row ends when it returns or raises, not when its caller next pauses. A coroutine
     * that slept 0.1 s and returned, its caller then blocking 0.2 s, read 302 ms; one that raised KeyError, caught,
     * read 201 ms (its caller's block taken as its own running slice).
     */
    @Test
    void fromPython312AnAwaitedCoroutineEndsWhenItReturnsNotAtItsCallersNextPause() throws Exception {
        List<PythonInterpreter> pythons = PythonFinder.findAll().stream().filter(p -> p.minor() >= 12).toList();
        assumeTrue(!pythons.isEmpty(), "skipped: no Python 3.12 or later here");
        Path program = PythonPrograms.write(folder, "coro_end.py", """
                import asyncio
                import time


                async def ok_inside() -> None:
                    await asyncio.sleep(0.1)


                async def fails_inside() -> None:
                    await asyncio.sleep(0.1)
                    raise KeyError("k")


                async def main() -> None:
                    await ok_inside()
                    time.sleep(0.2)
                    try:
                        await fails_inside()
                    except KeyError:
                        pass
                    time.sleep(0.2)

                asyncio.run(main())
                """);

        for (PythonInterpreter python : pythons) {
            RunResult run = PythonPrograms.run(program, python);

            String on = python.toString();
            int ok = PythonPrograms.row(run, "ok_inside()");
            int fails = PythonPrograms.row(run, "fails_inside()");
            assertThat((run.finishedNanos(ok) - run.startedNanos(ok)) / 1e9).as(on + ": ok_inside() lived, s")
                    .isLessThan(0.25);
            assertThat((run.finishedNanos(fails) - run.startedNanos(fails)) / 1e9).as(on + ": fails_inside() lived")
                    .isLessThan(0.25);
            assertThat(run.phaseTimeline().outcome(fails)).as(on).isEqualTo(TaskOutcome.FAILED);
        }
    }
}
