package org.asynclab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same I/O workload in Python's asyncio ({@code asyncio_overhead.py}, bundled as a resource and fed to
 * {@code python3 -} on its standard input, so nothing is written to disk) and reads back its overhead.
 */
final class PythonAsyncio {
    private static final String SCRIPT = "asyncio_overhead.py";
    private static final long TIMEOUT_MINUTES = 30;

    private final String python;

    PythonAsyncio(String python) {
        this.python = python;
    }

    /** Whether {@code python3} answers here. */
    boolean available() {
        try {
            Process process = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One run of n tasks; the overhead in seconds (total − longest delay), or empty with the reason printed. */
    Optional<Double> overhead(int n, double maxDelay, long seed) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(python, "-", Integer.toString(n),
                    String.format(Locale.ROOT, "%s", maxDelay), Long.toString(seed))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream stdin = process.getOutputStream(); InputStream script = script()) {
                script.transferTo(stdin);
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.err.println("python3 took longer than " + TIMEOUT_MINUTES + " minutes: skipped");
                return Optional.empty();
            }
            String[] fields = out.split("\\s+");
            if (process.exitValue() != 0 || fields.length != 3) {
                System.err.println("python3 failed (exit " + process.exitValue() + "), printed: " + out);
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(fields[2]));
        } catch (IOException | NumberFormatException e) {
            System.err.println("python3 could not be run: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static InputStream script() throws IOException {
        InputStream in = PythonAsyncio.class.getResourceAsStream(SCRIPT);
        if (in == null) {
            throw new IOException("the script " + SCRIPT + " is missing from the build");
        }
        return in;
    }
}
