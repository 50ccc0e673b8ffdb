package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live clock of a Python run counts the program's time, not Python's start-up: before the tracer's first event
 * nothing has run, and the chart has no time to draw (its axis grew to 3.5 s of a program that had not begun).
 */
class PythonStartClockTest {
    /** How long the stand-in interpreter waits before it starts Python: a start-up on a loaded machine. */
    private static final double START_UP_S = 1.5;

    @Test
    void theClockStaysAtZeroWhilePythonStarts(@TempDir Path folder) throws Exception {
        PythonInterpreter real = PythonPrograms.python();
        Path slow = Files.writeString(folder.resolve("slow-python"), "#!/bin/sh\nsleep " + START_UP_S + "\nexec '"
                + real.executable() + "' \"$@\"\n");
        Files.setPosixFilePermissions(slow, PosixFilePermissions.fromString("rwxr-xr-x"));
        PythonInterpreter python = new PythonInterpreter(slow, real.major(), real.minor(), real.micro());
        Path file = PythonPrograms.write(folder, "short.py", """
                import asyncio

                asyncio.run(asyncio.sleep(0.1))
                """);

        PythonRun run = PythonRun.start(PythonSettings.of(file, python).withTimeLimit(60));
        long begun = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(Math.round(START_UP_S * 1000 / 2));
        long now = run.timeline().nowNanos();
        boolean started = run.timeline().size() > 0 || run.log().outputSince(0).size() > 0;
        long waited = System.nanoTime() - begun;
        RunResult result = run.await();

        assertThat(result.program().exitCode()).isZero();
        // Read while the stand-in still slept (checked: it sleeps 1.5 s), the program not begun: no time yet.
        assertThat(waited / 1e9).as("read within the start-up, s").isLessThan(START_UP_S);
        assertThat(started).as("the program had begun").isFalse();
        assertThat(now).as("the clock while Python starts, ns").isZero();
        assertThat(result.summary().totalSeconds()).as("the program's time, its start-up left out")
                .isLessThan(START_UP_S);
    }
}
