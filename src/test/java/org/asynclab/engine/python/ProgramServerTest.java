package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A program that fetches from AsyncLab's server gets one for its run, its port as {@code sys.argv[1]}, closed when
 * the program ends or is stopped; any other program runs without one. Real python3, real server.
 */
@Execution(ExecutionMode.CONCURRENT)
class ProgramServerTest {
    /** Two requests at once to the server whose port is the first argument; prints the port, then the answers. */
    private static final String FETCH = """
            import asyncio
            import sys

            PORT = int(sys.argv[1])


            async def fetch(ms: int) -> str:
                reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
                writer.write(f"GET /delay/{ms} HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n".encode())
                print("asked", flush=True)
                answer = await reader.read()
                writer.close()
                return answer.decode().split("\\r\\n")[0]


            async def main() -> None:
                print(PORT, flush=True)
                print(*await asyncio.gather(fetch(%s), fetch(%s)), sep="\\n")

            asyncio.run(main())
            """;

    @TempDir
    Path folder;

    @Test
    void aProgramThatFetchesFromTheServerGetsItsPortAndItsAnswers() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "fetch.py", FETCH.formatted("300", "300"));

        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        RunResult result = run.await();

        assertThat(result.program().exitCode()).as(result.program().output().toString()).isZero();
        List<String> printed = result.program().output().stream().map(ProgramOutput::text).toList();
        assertThat(printed).containsExactly(Integer.toString(run.serverPort()), "asked", "asked",
                "HTTP/1.1 200 OK", "HTTP/1.1 200 OK");
        int first = PythonPrograms.row(result, "Task-2 fetch");
        int second = PythonPrograms.row(result, "Task-3 fetch");
        // the server answered after 300 ms each, the two waits side by side: the chart is what the program did
        for (int row : new int[] {first, second}) {
            assertThat((result.finishedNanos(row) - result.startedNanos(row)) / 1e9).isGreaterThanOrEqualTo(0.29);
        }
        assertThat(result.startedNanos(second)).isLessThan(result.finishedNanos(first));
        assertThat(LoopbackPorts.isClosed(run.serverPort())).as("the server is closed with the run").isTrue();
    }

    @Test
    void aProgramThatDoesNotNameTheServerRunsWithoutOneOrAnArgument() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "argv.py", "import sys\nprint(len(sys.argv))\n");

        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        RunResult result = run.await();

        assertThat(run.serverPort()).isEqualTo(-1);
        assertThat(result.program().output()).extracting(ProgramOutput::text).containsExactly("1");
    }

    @Test
    void stopEndsTheProgramAndClosesItsServerWhileARequestWaits() throws Exception {
        PythonInterpreter python = PythonPrograms.python();
        Path file = PythonPrograms.write(folder, "slow.py", FETCH.formatted("60000", "60000"));
        PythonRun run = PythonRun.start(PythonSettings.of(file, python));
        long pid = waitForTwoRequests(run, file);

        long asked = System.nanoTime();
        run.cancel();
        RunResult result = run.await();
        double seconds = (System.nanoTime() - asked) / 1e9;

        // The answers were a minute away: a result within that minute, the program stopped (exit code -1), is the
        // stop's doing. How soon is the machine's: the same path took 27 s at load 46.
        assertThat(seconds).as("stop to result, s").isLessThan(60.0);
        assertThat(result.program().exitCode()).isEqualTo(-1);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(LoopbackPorts.isClosed(run.serverPort())).as("the server is closed with the run").isTrue();
    }

    /**
     * Waits until the program has asked both questions; returns its pid, found by its file's path, which is this
     * test's own (PythonVersionsTest, running beside it, runs a slow.py too).
     */
    private static long waitForTwoRequests(PythonRun run, Path file) throws InterruptedException {
        String path = file.toAbsolutePath().normalize().toString();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && !run.isDone()) {
            if (run.log().outputSince(0).stream().filter(line -> line.text().equals("asked")).count() == 2) {
                return ProcessHandle.current().descendants()
                        .filter(p -> p.info().commandLine().orElse("").contains(path))
                        .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the program did not ask twice: " + run.log().outputSince(0));
    }
}
