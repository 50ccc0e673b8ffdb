package org.asynclab.engine.python;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.asynclab.model.RunResult;

/** The course's small programs, written into a folder, and the Python that runs them (or a skip saying why). */
final class PythonPrograms {
    /** The course's two coroutines; {@code %s} are their sleeps. Line 5 and line 10 are their awaits. */
    private static final String COROUTINES = """
            import asyncio


            async def dire_bonjour():
                await asyncio.sleep(%s)
                print("Bonjour")


            async def dire_monde():
                await asyncio.sleep(%s)
                print("Monde")


            """;

    static final String SEQUENTIAL = COROUTINES + """
            async def main():
                await dire_bonjour()
                await dire_monde()

            asyncio.run(main())
            """;

    static final String GATHER = COROUTINES + """
            async def main():
                await asyncio.gather(dire_bonjour(), dire_monde())

            asyncio.run(main())
            """;

    static final String WAIT_N = """
            import asyncio
            import random


            async def wait_random(max_delay=10):
                delay = random.uniform(0, max_delay)
                await asyncio.sleep(delay)
                return delay


            async def wait_n(n, max_delay):
                delays = []
                for done in asyncio.as_completed([wait_random(max_delay) for _ in range(n)]):
                    delays.append(await done)
                return delays

            print(asyncio.run(wait_n(5, 0.5)))
            """;

    private PythonPrograms() {
    }

    /** The Python the tests use; the test is skipped, saying what to install, when there is none. */
    static PythonInterpreter python() {
        Optional<PythonInterpreter> found = PythonFinder.find();
        assumeTrue(found.isPresent(), "skipped: " + PythonFinder.HOW_TO_INSTALL);
        return found.get();
    }

    /** Writes {@code source} as {@code name} in {@code folder}. */
    static Path write(Path folder, String name, String source) throws IOException {
        return Files.writeString(folder.resolve(name), source);
    }

    /** Runs {@code file} under the tracer to its end. */
    static RunResult run(Path file, PythonInterpreter python) throws IOException, InterruptedException {
        return PythonRun.start(PythonSettings.of(file, python).withTimeLimit(60)).await();
    }

    /** The row whose name is {@code name}. */
    static int row(RunResult result, String name) {
        for (int i = 0; i < result.size(); i++) {
            if (name.equals(result.phaseTimeline().taskName(i))) {
                return i;
            }
        }
        throw new AssertionError("no row named " + name);
    }
}
