package org.asynclab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.asynclab.engine.CpuWorkProbe;

/**
 * Whether a computing task computes for its delay: in each of several fresh JVMs (the calibration is once per JVM,
 * and a fresh JVM is what a run from the command line gets), the work is calibrated, then tasks of the delay
 * compute one after another on one thread, as sequential does. Prints each JVM's calibration time and its tasks'
 * wall time and CPU time over their delay, then the medians. On a quiet core the wall ratio must be 1.000 to
 * 0.2 %, never below 0.998; under load the wall ratio grows while the CPU ratio stays near 1 (the same work).
 *
 * <pre>
 * ./run.sh bench cpu [--runs 5] [--tasks 3] [--delay 0.4507]
 * </pre>
 */
public final class CpuWorkBenchmark {
    private static final String SUMMARY = "Whether a computing task computes for its delay: fresh JVMs calibrate the"
            + " CPU work, then compute tasks one after another; wall and CPU time over the delay, medians.";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("runs", "N", "Fresh JVMs, 1 to 50 (default 5)."),
            BenchArgs.Opt.value("tasks", "N", "Tasks computed in each, 1 to 20 (default 3)."),
            BenchArgs.Opt.value("delay", "SECONDS", "Each task's delay, 0.01 to 10 s (default 0.4507)."));
    private static final String CHILD = "child";

    private CpuWorkBenchmark() {
    }

    /** In a child JVM: {@code child DELAY_NANOS TASKS} prints the calibration time, then one line per task. */
    public static void main(String[] args) throws InterruptedException {
        long delay = Long.parseLong(args[1]);
        int tasks = Integer.parseInt(args[2]);
        System.out.println("calibration " + CpuWorkProbe.calibrate());
        for (int i = 0; i < tasks; i++) {
            CpuWorkProbe.Task task = CpuWorkProbe.compute(delay);
            System.out.println("task " + task.wallNanos() + " " + task.cpuNanos());
        }
    }

    /** Runs the benchmark with {@code args} (see the class comment) and prints its figures. */
    public static void run(String[] args) throws IOException, InterruptedException {
        Optional<BenchArgs> options = BenchArgs.parse("cpu", SUMMARY, args, OPTIONS);
        if (options.isPresent()) {
            measure(options.get());
        }
    }

    private static void measure(BenchArgs options) throws IOException, InterruptedException {
        int runs = (int) options.number("runs", 5, 1, 50);
        int tasks = (int) options.number("tasks", 3, 1, 20);
        long delay = Math.round(options.seconds("delay", 0.4507, 0.01, 10) * 1e9);
        List<Double> calibrations = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%d fresh JVMs, %d tasks of %.4f s each, one after another (load %.1f)%n",
                runs, tasks, delay / 1e9, load());
        for (int run = 0; run < runs; run++) {
            StringBuilder line = new StringBuilder();
            for (String out : child(delay, tasks)) {
                String[] words = out.split(" ");
                if (words[0].equals("calibration")) {
                    calibrations.add(Long.parseLong(words[1]) / 1e6);
                    line.append(String.format(Locale.ROOT, "calibration %5.0f ms   wall/delay", Long.parseLong(
                            words[1]) / 1e6));
                } else if (words[0].equals("task")) {
                    double wall = Long.parseLong(words[1]) / (double) delay;
                    double cpu = Long.parseLong(words[2]) / (double) delay;
                    walls.add(wall);
                    cpus.add(cpu);
                    line.append(String.format(Locale.ROOT, " %.4f (cpu %.4f)", wall, cpu));
                }
            }
            System.out.println("run " + (run + 1) + ": " + line);
        }
        System.out.printf(Locale.ROOT, "median: calibration %.0f ms, wall/delay %.4f (min %.4f), cpu/delay %.4f"
                + " (min %.4f); load %.1f%n", median(calibrations), median(walls), Collections.min(walls),
                median(cpus), Collections.min(cpus), load());
    }

    private static List<String> child(long delay, int tasks) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CpuWorkBenchmark.class.getName(), CHILD, Long.toString(delay), Integer.toString(tasks)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("the measuring JVM failed: " + String.join("\n", lines));
        }
        return lines;
    }

    private static double median(List<Double> values) {
        return EngineBenchmark.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
