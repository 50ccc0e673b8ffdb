package org.asynclab.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * How much the engine adds to what the tasks ask for: {@code overhead = total − ideal} for n I/O tasks of up to
 * 1 s, on the event loop and on virtual threads, against the same workload in Python's asyncio; how fast a
 * cancel stops a running run; how computing threads share the cores; and the overhead of the app as users start
 * it ({@link AppLaunchBenchmark}), cold and without the benchmark's own JVM options, against asyncio's at 10⁵.
 * Each figure is the median of several runs, after warm-up runs that let the JIT compile the engine's paths.
 *
 * <pre>
 * ./run.sh bench engine [--sizes 10000,100000,1000000] [--max-delay 1] [--runs 5] [--runs-large 3]
 *                       [--modes event-loop,virtual] [--python-max N] [--no-python] [--cancel-runs 5]
 *                       [--python python3] [--no-cpu] [--app-runs 5] [--no-app]
 * </pre>
 */
public final class EngineBenchmark {
    private static final String SUMMARY = "How much the engine adds to what n I/O tasks ask for (overhead = total"
            + " - ideal), against the same workload in Python's asyncio; how fast a cancel stops a run; how computing"
            + " threads share the cores; and the app's own launch. Each figure is the median of several runs.";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("sizes", "N,N...", "Task counts to measure, each 1 to 1,000,000 (default"
                    + " 10000,100000,1000000)."),
            BenchArgs.Opt.value("max-delay", "SECONDS", "Longest delay of a task, 0 to 60 s (default 1)."),
            BenchArgs.Opt.value("runs", "N", "Runs per figure below 10^6 tasks, 1 to 100 (default 5)."),
            BenchArgs.Opt.value("runs-large", "N", "Runs per figure at 10^6 tasks, 1 to 100 (default 3)."),
            BenchArgs.Opt.value("modes", "MODE,...", "Modes to measure: sequential, event-loop, threads, pool,"
                    + " virtual (default event-loop,virtual)."),
            BenchArgs.Opt.value("python-max", "N", "Largest task count also run in asyncio, 0 to 1,000,000 (default"
                    + " 1,000,000; 0: none)."),
            BenchArgs.Opt.flag("no-python", "Leave asyncio out (as --python-max 0)."),
            BenchArgs.Opt.value("cancel-runs", "N", "Runs per cancel-latency figure, 0 to 100 (default 5; 0 leaves"
                    + " the cancel table out)."),
            BenchArgs.Opt.value("python", "PATH", "The Python interpreter to compare with (default python3)."),
            BenchArgs.Opt.flag("no-cpu", "Leave the table of computing threads out."),
            BenchArgs.Opt.value("app-runs", "N", "Launches of the app as users start it, 1 to 100 (default 5)."),
            BenchArgs.Opt.flag("no-app", "Leave the app's own launch out."));
    private static final int LARGE = 1_000_000;
    private static final int CANCEL_TASKS = 10_000;

    private final RunEngine engine = new RunEngine();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Mode> modes = new ArrayList<>();
    private final double maxDelay;
    private final int runs;
    private final int runsLarge;
    private final long pythonMax;
    private final int cancelRuns;
    private final PythonAsyncio python;
    private final boolean noCpu;
    private final int appRuns;

    private EngineBenchmark(BenchArgs args) {
        for (long size : args.numbers("sizes", List.of(10_000L, 100_000L, 1_000_000L), 1, LARGE)) {
            sizes.add((int) size);
        }
        for (String mode : args.list("modes", List.of("event-loop", "virtual"))) {
            modes.add(Mode.fromId(mode));
        }
        maxDelay = args.seconds("max-delay", 1.0, 0, 60);
        runs = (int) args.number("runs", 5, 1, 100);
        runsLarge = (int) args.number("runs-large", 3, 1, 100);
        pythonMax = args.has("no-python") ? 0 : args.number("python-max", LARGE, 0, LARGE);
        cancelRuns = (int) args.number("cancel-runs", 5, 0, 100);
        python = new PythonAsyncio(args.list("python", List.of("python3")).get(0));
        noCpu = args.has("no-cpu");
        appRuns = args.has("no-app") ? 0 : (int) args.number("app-runs", 5, 1, 100);
    }

    /** Runs the benchmark with {@code args} (see the class comment) and prints its tables. */
    public static void run(String[] args) throws InterruptedException {
        Optional<BenchArgs> options = BenchArgs.parse("engine", SUMMARY, args, OPTIONS);
        if (options.isPresent()) {
            new EngineBenchmark(options.get()).measure();
        }
    }

    private void measure() throws InterruptedException {
        boolean withPython = pythonMax > 0 && python.available();
        System.out.printf(Locale.ROOT, "Engine overhead (total - ideal), %s I/O tasks of 0..%s s, median of %d runs"
                + " (%d at 10^6); %d cores, Java %s%n", "n", maxDelay, runs, runsLarge,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println(jvmNote());
        if (!BenchJvm.isTuned() && modes.contains(Mode.VIRTUAL) && sizes.stream().anyMatch(n -> n >= 100_000)) {
            System.out.println("Note: 10^5+ sleeping virtual threads are that many live objects that each young"
                    + " GC copies;\n      ASYNCLAB_JAVA_OPTS='-Xms6g -Xmn4g' lets them stay in eden (virtual"
                    + " overhead ~5x lower)");
        }
        if (!withPython) {
            System.out.println(pythonMax > 0 ? "python3 not found: the asyncio column is left out"
                    : "asyncio column skipped (--no-python / --python-max 0)");
        }
        warmUp();
        List<double[]> rows = new ArrayList<>();
        for (int n : sizes) {
            double[] row = new double[modes.size() + 1];
            for (int m = 0; m < modes.size(); m++) {
                row[m] = engineOverhead(modes.get(m), n);
            }
            row[modes.size()] = withPython && n <= pythonMax ? pythonOverhead(n) : Double.NaN;
            rows.add(row);
        }
        new BenchTable(modes, sizes, rows).print(System.out);
        if (appRuns > 0 && withPython) {
            Optional<Path> launcher = AppLaunchBenchmark.launcher();
            if (launcher.isPresent()) {
                new AppLaunchBenchmark(launcher.get(), python, maxDelay, appRuns).measure();
            } else {
                System.out.println("\n(the app's own launch is measured only when ./run.sh bench starts this)");
            }
        }
        if (cancelRuns > 0) {
            cancelLatency();
        }
        if (!noCpu) {
            cpuScaling();
        }
    }

    /**
     * CPU work is the same amount in every mode, so concurrency cannot hide it: k threads of 0.5 s each take
     * about max(0.5, k × 0.5 / cores) s, and with the simulated GIL k × 0.5 s.
     */
    private void cpuScaling() throws InterruptedException {
        engine.calibrate();
        System.out.printf(Locale.ROOT, "%nCPU work: k threads computing 0.5 s each (%d cores)%n",
                Runtime.getRuntime().availableProcessors());
        for (int k : new int[] {1, 2, 4}) {
            for (boolean gil : new boolean[] {false, true}) {
                if (gil && k == 1) {
                    continue;
                }
                double[] delays = new double[k];
                Arrays.fill(delays, 0.5);
                RunConfig config = new RunConfig(k, 0.5, Mode.THREADS, 0, TaskKind.CPU, 1, gil);
                RunResult result = engine.run(config, Workload.ofSeconds(delays));
                System.out.printf(Locale.ROOT, "  k=%d%-5s total %.2f s, ideal %.2f s%n", k, gil ? " GIL" : "",
                        result.summary().totalSeconds(), result.summary().idealSeconds());
            }
        }
    }

    /** Lets the JIT compile the engine's paths, and the heap grow, before anything is measured. */
    private void warmUp() throws InterruptedException {
        System.err.println("warming up the JIT...");
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(20_000);
        for (Mode mode : modes) {
            for (int i = 0; i < 3; i++) {
                RunConfig config = config(mode, 20_000, 0.05, 100 + i);
                engine.run(config, Workload.generate(config));
            }
            RunConfig config = config(mode, largest, 0.2, 99);
            engine.run(config, Workload.generate(config));
        }
    }

    /** The JVM's collectors and heap: a million virtual threads are a million live objects for the GC to copy. */
    private static String jvmNote() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-X") && !option.startsWith("-Xlog")).toList();
        return String.format(Locale.ROOT, "GC: %s; max heap %.1f GiB; JVM options %s", collectors,
                Runtime.getRuntime().maxMemory() / (double) (1L << 30), options.isEmpty() ? "(defaults)" : options);
    }

    private RunConfig config(Mode mode, int n, double delay, long seed) {
        int workers = mode == Mode.POOL ? 4 : 0;
        return new RunConfig(n, delay, mode, workers, TaskKind.IO, seed);
    }

    private double engineOverhead(Mode mode, int n) throws InterruptedException {
        int count = n >= LARGE ? runsLarge : runs;
        double[] overheads = new double[count];
        for (int i = 0; i < count; i++) {
            RunConfig config = config(mode, n, maxDelay, i + 1);
            Workload workload = Workload.generate(config);
            System.gc();
            RunResult result = engine.run(config, workload);
            overheads[i] = result.summary().overheadSeconds();
            System.err.printf(Locale.ROOT, "  %-10s n=%,9d run %d/%d: total %.3f s, overhead %.4f s%n", mode, n,
                    i + 1, count, result.summary().totalSeconds(), overheads[i]);
        }
        return median(overheads);
    }

    private double pythonOverhead(int n) throws InterruptedException {
        int count = n >= LARGE ? runsLarge : runs;
        double[] overheads = new double[count];
        for (int i = 0; i < count; i++) {
            Optional<Double> overhead = python.overhead(n, maxDelay, i + 1);
            if (overhead.isEmpty()) {
                return Double.NaN;
            }
            overheads[i] = overhead.get();
            System.err.printf(Locale.ROOT, "  %-10s n=%,9d run %d/%d: overhead %.4f s%n", "asyncio", n, i + 1, count,
                    overheads[i]);
        }
        return median(overheads);
    }

    /**
     * Time from {@code cancel()} to the result's completion (and, after it, until every thread of the run has
     * ended): every mode at 10⁴ tasks of up to 60 s, cancelled
     * 300 ms in; then the event loop and virtual threads at 10⁵ and 10⁶, cancelled once every task has started
     * (so that all of them sleep), with fewer runs at 10⁶.
     */
    private void cancelLatency() throws InterruptedException {
        System.out.printf(Locale.ROOT, "%nStop latency: cancel() -> result completed, I/O tasks of 0..60 s, median of"
                + " %d after one warm-up (%d at 10^6)%n", cancelRuns, Math.min(cancelRuns, runsLarge));
        for (Mode mode : Mode.values()) {
            printCancel(mode, CANCEL_TASKS, cancelRuns, false);
        }
        for (int n : new int[] {100_000, LARGE}) {
            for (Mode mode : List.of(Mode.EVENT_LOOP, Mode.VIRTUAL)) {
                printCancel(mode, n, n >= LARGE ? Math.min(cancelRuns, runsLarge) : cancelRuns, true);
            }
        }
    }

    private void printCancel(Mode mode, int n, int count, boolean allStarted) throws InterruptedException {
        double[] latencies = new double[count];
        double[] returns = new double[count];
        double[] ends = new double[count];
        // run -1 warms the cancel path up and is not counted
        for (int i = -1; i < count; i++) {
            RunConfig config = config(mode, n, 60, i + 2);
            RunHandle run = engine.start(config, Workload.generate(config));
            Thread.sleep(300);
            while (allStarted && run.timeline().startedNanos(n - 1) == RunResult.NOT_YET && !run.isDone()) {
                Thread.sleep(10);
            }
            long before = System.nanoTime();
            run.cancel();
            double returned = (System.nanoTime() - before) / 1e6;
            run.result().join();
            double latency = (System.nanoTime() - before) / 1e6;
            run.await();
            double ended = (System.nanoTime() - before) / 1e6;
            if (i >= 0) {
                returns[i] = returned;
                latencies[i] = latency;
                ends[i] = ended;
            }
            System.gc();
        }
        System.out.printf(Locale.ROOT, "  %-10s n=%,9d  %8.2f ms   (cancel() itself returned in %.3f ms; every"
                + " thread of the run ended after %.0f ms)%n", mode, n, median(latencies), median(returns),
                median(ends));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Seconds as a short readable figure. */
    static String seconds(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        if (abs < 1) {
            return String.format(Locale.ROOT, "%.1f ms", value * 1e3);
        }
        return String.format(Locale.ROOT, "%.2f s", value);
    }
}
