package org.asynclab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.model.Mode;

/**
 * The app as users start it, against asyncio: {@code ./run.sh --headless -n 100000 -d 1 -m MODE} in a process of
 * its own, with the JVM options every start of the app uses ({@code src/package/jvm-options}) and none of the
 * benchmark's (its {@code -Xms6g -Xmn4g}, or {@code ASYNCLAB_JAVA_OPTS}), cold JIT and all. Each round runs every
 * mode and asyncio once, turn about, so that a machine loaded by others weighs on all of them alike; the figures
 * are the medians of the rounds.
 */
final class AppLaunchBenchmark {
    /** The n of the targets. */
    static final int N = 100_000;
    private static final List<Mode> MODES = List.of(Mode.EVENT_LOOP, Mode.VIRTUAL);
    private static final double[] TARGET_PERCENT = {1, 10};
    /** A summary row's figure, as the summary writes durations: in s, or in ms or us below 10 ms. */
    private static final String DURATION = "\\s+(-?[0-9.]+) (s|ms|us)\\b";
    private static final Pattern OVERHEAD = Pattern.compile("(?m)^overhead" + DURATION);
    private static final Pattern WARM_UP = Pattern.compile("(?m)^warm-up" + DURATION);
    private static final long TIMEOUT_MINUTES = 10;

    private final Path launcher;
    private final PythonAsyncio python;
    private final double maxDelay;
    private final int rounds;

    AppLaunchBenchmark(Path launcher, PythonAsyncio python, double maxDelay, int rounds) {
        this.launcher = launcher;
        this.python = python;
        this.maxDelay = maxDelay;
        this.rounds = rounds;
    }

    /** The launcher run.sh named when it started the benchmark, if it is there. */
    static Optional<Path> launcher() {
        String named = System.getProperty("asynclab.launcher");
        if (named == null || !Files.isExecutable(Path.of(named))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(named));
    }

    void measure() throws InterruptedException {
        System.out.printf(Locale.ROOT, "%nThe app's own launch against asyncio at n=%,d"
                + " (./run.sh --headless -n %d -d %s -m MODE: no JVM options but the app's own), median of %d"
                + " rounds, turn about%n", N, N, maxDelay, rounds);
        double[][] app = new double[MODES.size()][rounds];
        double[][] warmUp = new double[MODES.size()][rounds];
        double[] asyncio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long seed = round + 1;
            for (int m = 0; m < MODES.size(); m++) {
                double[] figures = appRun(MODES.get(m), seed).orElse(new double[] {Double.NaN, Double.NaN});
                app[m][round] = figures[0];
                warmUp[m][round] = figures[1];
                System.err.printf(Locale.ROOT, "  app %-10s run %d/%d: overhead %.4f s (warm-up before the clock"
                        + " %.3f s)%n", MODES.get(m).id(), round + 1, rounds, app[m][round], warmUp[m][round]);
            }
            asyncio[round] = python.overhead(N, maxDelay, seed).orElse(Double.NaN);
            System.err.printf(Locale.ROOT, "  asyncio        run %d/%d: overhead %.4f s%n", round + 1, rounds,
                    asyncio[round]);
        }
        double python = EngineBenchmark.median(asyncio);
        System.out.printf(Locale.ROOT, "  %-12s %14s %14s %10s   %-34s %s%n", "mode", "app overhead", "asyncio",
                "share", "target", "warm-up, before the clock");
        for (int m = 0; m < MODES.size(); m++) {
            double own = EngineBenchmark.median(app[m]);
            double share = 100 * own / python;
            boolean met = !Double.isNaN(share) && share <= TARGET_PERCENT[m];
            String verdict = String.format(Locale.ROOT, "<= %.0f %% of asyncio's: %s", TARGET_PERCENT[m],
                    Double.isNaN(share) ? "not measured" : met ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "  %-12s %14s %14s %8.1f %%   %-34s %s%n", MODES.get(m).id(),
                    EngineBenchmark.seconds(own), EngineBenchmark.seconds(python), share, verdict,
                    EngineBenchmark.seconds(EngineBenchmark.median(warmUp[m])));
        }
    }

    /**
     * One run of the app's own launch: its overhead and its warm-up (0 when it printed none), as it printed
     * them, or empty with the reason printed.
     */
    private Optional<double[]> appRun(Mode mode, long seed) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--headless", "-n", Integer.toString(N),
                "-d", String.format(Locale.ROOT, "%s", maxDelay), "-m", mode.id(), "--seed", Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("ASYNCLAB_JAVA_OPTS");
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                System.err.println("the app took longer than " + TIMEOUT_MINUTES + " minutes: skipped");
                return Optional.empty();
            }
            double[] figures = figures(out);
            if (process.exitValue() != 0 || Double.isNaN(figures[0])) {
                System.err.println("the app failed (exit " + process.exitValue() + "), printed: " + out);
                return Optional.empty();
            }
            return Optional.of(new double[] {figures[0], Double.isNaN(figures[1]) ? 0 : figures[1]});
        } catch (IOException e) {
            System.err.println("the app could not be started: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The seconds of a summary row's duration, as {@link #OVERHEAD} or {@link #WARM_UP} found it. */
    private static double seconds(Matcher found) {
        double number = Double.parseDouble(found.group(1));
        return switch (found.group(2)) {
            case "ms" -> number / 1e3;
            case "us" -> number / 1e6;
            default -> number;
        };
    }

    /** The overhead and warm-up, in seconds, of a summary the app printed; NaN for a row it did not print. */
    static double[] figures(String summary) {
        Matcher overhead = OVERHEAD.matcher(summary);
        Matcher warmUp = WARM_UP.matcher(summary);
        return new double[] {overhead.find() ? seconds(overhead) : Double.NaN,
            warmUp.find() ? seconds(warmUp) : Double.NaN};
    }
}
