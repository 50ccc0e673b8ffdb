package org.asynclab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonInterpreter;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.RunResult;

/**
 * What AsyncLab's Python tracer costs: the course's {@code wait_n(n, max_delay)} (n tasks sleeping
 * {@code random.uniform(0, max_delay)}, collected with {@code as_completed}) run by plain {@code python3} and
 * under the tracer, on the same seeded delays. The program measures itself ({@code asyncio.run}'s wall time and
 * the process's CPU time), so the figures compare the same thing; each is the median of several runs.
 *
 * <pre>
 * ./run.sh bench python [--tasks 1000] [--max-delay 1] [--runs 5] [--python PATH]
 * </pre>
 */
public final class PythonTracerBenchmark {
    private static final String SUMMARY = "What AsyncLab's Python tracer costs: the course's wait_n(n, max_delay)"
            + " run by plain python3 and under the tracer on the same seeded delays; medians of several runs.";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("tasks", "N", "Tasks of wait_n, 1 to 100,000 (default 1000)."),
            BenchArgs.Opt.value("max-delay", "SECONDS", "Longest delay of a task, 0 to 60 s (default 1)."),
            BenchArgs.Opt.value("runs", "N", "Runs per figure, 1 to 50 (default 5)."),
            BenchArgs.Opt.value("python", "PATH", "The Python 3.9+ interpreter to measure (default: the one the app"
                    + " finds)."));
    private static final String PROGRAM = """
            import asyncio
            import random
            import time


            async def wait_random(max_delay):
                delay = random.uniform(0, max_delay)
                await asyncio.sleep(delay)
                return delay


            async def wait_n(n, max_delay):
                return [await done for done in
                        asyncio.as_completed([wait_random(max_delay) for _ in range(n)])]

            random.seed(1)
            start, cpu = time.perf_counter(), time.process_time()
            delays = asyncio.run(wait_n(N_TASKS, MAX_DELAY))
            print("%.6f %.6f" % (time.perf_counter() - start, time.process_time() - cpu))
            """;

    private PythonTracerBenchmark() {
    }

    /** Runs the benchmark with {@code args} (see the class comment) and prints its figures. */
    public static void run(String[] args) throws IOException, InterruptedException {
        Optional<BenchArgs> parsed = BenchArgs.parse("python", SUMMARY, args, OPTIONS);
        if (parsed.isEmpty()) {
            return;
        }
        BenchArgs options = parsed.get();
        int n = (int) options.number("tasks", 1000, 1, 100_000);
        double maxDelay = options.seconds("max-delay", 1, 0, 60);
        int runs = (int) options.number("runs", 5, 1, 50);
        List<String> asked = options.list("python", List.of());
        PythonInterpreter python = asked.isEmpty() ? PythonFinder.find().orElse(null)
                : PythonFinder.probe(Path.of(asked.get(0))).orElse(null);
        if (python == null || !python.supported()) {
            System.out.println("python: skipped: " + PythonFinder.HOW_TO_INSTALL);
            return;
        }
        Path folder = Files.createTempDirectory("asynclab-bench-");
        Path file = Files.writeString(folder.resolve("wait_n_bench.py"), PROGRAM.replace("N_TASKS",
                Integer.toString(n)).replace("MAX_DELAY", Double.toString(maxDelay)));
        try {
            System.out.printf(Locale.ROOT, "Python tracer cost: wait_n(%d, %s), %s, median of %d runs%n", n, maxDelay,
                    python, runs);
            List<double[]> plain = new ArrayList<>();
            List<double[]> traced = new ArrayList<>();
            List<Double> rows = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                plain.add(plain(python, file));
                RunResult result = PythonRun.start(PythonSettings.of(file, python)).await();
                traced.add(figures(lastLine(result)));
                rows.add((double) result.size());
            }
            print(plain, traced, median(rows));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void print(List<double[]> plain, List<double[]> traced, double rows) {
        double wallPlain = median(column(plain, 0));
        double wallTraced = median(column(traced, 0));
        double cpuPlain = median(column(plain, 1));
        double cpuTraced = median(column(traced, 1));
        System.out.printf(Locale.ROOT, "%-10s %12s %12s %12s%n", "", "wall", "CPU", "rows drawn");
        System.out.printf(Locale.ROOT, "%-10s %10.3f s %10.3f s %12s%n", "plain", wallPlain, cpuPlain, "-");
        System.out.printf(Locale.ROOT, "%-10s %10.3f s %10.3f s %12.0f%n", "traced", wallTraced, cpuTraced, rows);
        System.out.printf(Locale.ROOT, "%-10s %+10.3f s %+10.3f s   (%+.1f %% of the program's wall time)%n",
                "tracer", wallTraced - wallPlain, cpuTraced - cpuPlain, 100 * (wallTraced - wallPlain) / wallPlain);
    }

    private static double[] plain(PythonInterpreter python, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python.executable().toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("the plain run failed (exit " + process.exitValue() + "): " + out);
        }
        return figures(out);
    }

    private static String lastLine(RunResult result) throws IOException {
        List<ProgramOutput> output = result.program().output();
        if (result.program().exitCode() != 0 || output.isEmpty()) {
            throw new IOException("the traced run failed: " + result.program().problems());
        }
        return output.get(output.size() - 1).text();
    }

    private static double[] figures(String line) {
        String[] parts = line.strip().split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static List<Double> column(List<double[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
