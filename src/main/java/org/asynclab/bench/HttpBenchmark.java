package org.asynclab.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.asynclab.engine.DelayServer;
import org.asynclab.engine.HttpTargets;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.Mode;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;

/**
 * What a real HTTP request costs beyond its delay, per mode, on the loopback interface: n requests to a fresh
 * {@link DelayServer} answering after delays drawn up to {@code --max-delay}. For each mode and n it prints the
 * medians over {@code --runs} runs of: {@code (total − ideal) / n}; the server's part of one request (from the
 * request's arrival to its answer written, minus the delay); and the client's part (connect + read + the await
 * that the server's time does not explain: the wire and the loops on both sides). Requests go to 127.0.0.1 only.
 *
 * <p>Bounds: a cell whose ideal total exceeds {@code --budget} seconds is skipped (sequential at large n), and mode
 * threads stops at {@code --threads-max} tasks (10,000 platform threads on two cores is a test of the scheduler,
 * not of HTTP). Each request has a deadline of its delay + 30 s. Near the limit of open files (ulimit -n) every
 * request in flight holds two sockets in this one process; requests refused for it fail and are counted.
 *
 * <pre>
 * ./run.sh bench http [--sizes 10,1000,10000] [--modes sequential,event-loop,threads,pool,virtual] [--runs 3]
 *                     [--max-delay 0.02] [--workers 64] [--budget 30] [--threads-max 1000]
 * </pre>
 */
public final class HttpBenchmark {
    private static final String SUMMARY = "What a real HTTP request on 127.0.0.1 costs beyond its delay, per mode:"
            + " (total - ideal) / n, and the server's and the client's part of one request; medians of several runs.";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("sizes", "N,N...", "Request counts to measure, each 1 to 10,000 (default"
                    + " 10,1000,10000)."),
            BenchArgs.Opt.value("modes", "MODE,...", "Modes to measure: sequential, event-loop, threads, pool,"
                    + " virtual (default all five)."),
            BenchArgs.Opt.value("runs", "N", "Runs per figure, 1 to 20 (default 3)."),
            BenchArgs.Opt.value("max-delay", "SECONDS", "Longest delay of the server's answer, 0 to 5 s (default"
                    + " 0.02)."),
            BenchArgs.Opt.value("workers", "K", "Workers of mode pool, 1 to 10,000 (default 64)."),
            BenchArgs.Opt.value("budget", "SECONDS", "Skip a cell whose ideal total is longer, 1 to 600 s (default"
                    + " 30)."),
            BenchArgs.Opt.value("threads-max", "N", "Largest request count of mode threads, 1 to 10,000 (default"
                    + " 1,000)."));

    private final RunEngine engine = new RunEngine();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Mode> modes = new ArrayList<>();
    private final int runs;
    private final double maxDelay;
    private final int workers;
    private final double budget;
    private final int threadsMax;

    private HttpBenchmark(BenchArgs args) {
        for (long size : args.numbers("sizes", List.of(10L, 1_000L, 10_000L), 1, 10_000)) {
            sizes.add((int) size);
        }
        for (String mode : args.list("modes", List.of("sequential", "event-loop", "threads", "pool", "virtual"))) {
            modes.add(Mode.fromId(mode));
        }
        runs = (int) args.number("runs", 3, 1, 20);
        maxDelay = args.seconds("max-delay", 0.02, 0, 5);
        workers = (int) args.number("workers", 64, 1, 10_000);
        budget = args.seconds("budget", 30, 1, 600);
        threadsMax = (int) args.number("threads-max", 1_000, 1, 10_000);
    }

    /** Runs the benchmark with its command-line options. */
    public static void run(String[] args) throws Exception {
        Optional<BenchArgs> options = BenchArgs.parse("http", SUMMARY, args, OPTIONS);
        if (options.isPresent()) {
            new HttpBenchmark(options.get()).measure();
        }
    }

    private void measure() throws Exception {
        System.out.printf(Locale.ROOT, "http on 127.0.0.1: delays up to %.3f s, median of %d runs, pool of %d;"
                + " µs per request%n", maxDelay, runs, workers);
        System.out.printf(Locale.ROOT, "%-11s %6s %12s %10s %10s %8s %8s %8s %7s%n", "mode", "n", "(tot-ideal)/n",
                "server", "client", "connect", "await+", "read", "failed");
        warmUp();
        for (Mode mode : modes) {
            for (int n : sizes) {
                String skip = skipReason(mode, n);
                if (skip != null) {
                    System.out.printf(Locale.ROOT, "%-11s %6d  skipped: %s%n", mode.id(), n, skip);
                    continue;
                }
                cell(mode, n);
            }
        }
    }

    private String skipReason(Mode mode, int n) {
        if (mode == Mode.THREADS && n > threadsMax) {
            return "over --threads-max " + threadsMax + " (a platform thread per request on this machine's "
                    + Runtime.getRuntime().availableProcessors() + " cores)";
        }
        double ideal = maxDelay / 2 * n / (mode == Mode.SEQUENTIAL ? 1 : mode == Mode.POOL ? workers : n);
        return ideal > budget ? String.format(Locale.ROOT, "ideal total about %.0f s, over --budget %.0f s", ideal,
                budget) : null;
    }

    private void warmUp() throws Exception {
        for (Mode mode : modes) {
            once(mode, Math.min(200, sizes.get(0) * 20), 7);
        }
    }

    private void cell(Mode mode, int n) throws Exception {
        double[][] figures = new double[7][runs];
        for (int r = 0; r < runs; r++) {
            double[] one = once(mode, n, 42 + r);
            for (int k = 0; k < one.length; k++) {
                figures[k][r] = one[k];
            }
        }
        System.out.printf(Locale.ROOT, "%-11s %6d %12.0f %10.0f %10.0f %8.0f %8.0f %8.0f %7.0f%n", mode.id(), n,
                median(figures[0]), median(figures[1]), median(figures[2]), median(figures[3]), median(figures[4]),
                median(figures[5]), median(figures[6]));
    }

    /**
     * One run: {(total − ideal)/n, server, client, connect, await beyond the server, read, failed}, times in µs
     * per request (means over the requests that got an answer).
     */
    private double[] once(Mode mode, int n, long seed) throws Exception {
        Random random = new Random(seed);
        double[] seconds = new double[n];
        List<URI> urls = new ArrayList<>(n);
        try (DelayServer server = DelayServer.start(n)) {
            String base = "http://127.0.0.1:" + server.address().getPort();
            for (int i = 0; i < n; i++) {
                long millis = Math.round(random.nextDouble() * maxDelay * 1000);
                seconds[i] = millis / 1000.0;
                urls.add(URI.create(base + DelayServer.path(millis, i)));
            }
            RunConfig config = new RunConfig(n, maxDelay, mode, mode == Mode.POOL ? workers : 0, TaskKind.HTTP,
                    seed);
            RunResult result = engine.start(config, Workload.ofSeconds(seconds),
                    new HttpTargets(urls, maxDelay + HttpTargets.LOCAL_MARGIN)).await();
            return figures(result, server, seconds);
        }
    }

    private static double[] figures(RunResult result, DelayServer server, double[] seconds) {
        PhaseTimeline phases = result.phaseTimeline();
        double serverSum = 0;
        double connect = 0;
        double awaitBeyond = 0;
        double read = 0;
        int answered = 0;
        int failed = 0;
        for (int task = 0; task < result.size(); task++) {
            if (phases.outcome(task) != TaskOutcome.DONE || phases.phaseCount(task) < 3) {
                failed++;
                continue;
            }
            long held = server.writtenNanos(task) - server.receivedNanos(task);
            serverSum += held - seconds[task] * 1e9;
            connect += span(phases, task, 0);
            awaitBeyond += span(phases, task, 1) - held;
            read += span(phases, task, 2);
            answered++;
        }
        double per = Math.max(1, answered) * 1e3;
        double overhead = result.summary().overheadSeconds() * 1e6 / result.size();
        return new double[] {overhead, serverSum / per, (connect + awaitBeyond + read) / per, connect / per,
            awaitBeyond / per, read / per, failed};
    }

    private static long span(PhaseTimeline phases, int task, int phase) {
        return phases.phaseEndNanos(task, phase) - phases.phaseStartNanos(task, phase);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
