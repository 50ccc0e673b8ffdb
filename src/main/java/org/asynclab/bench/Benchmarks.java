package org.asynclab.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./run.sh bench [NAME [OPTIONS]]}: runs the benchmarks and prints their figures. {@code engine} measures
 * the engine's overhead against asyncio and its cancellation latency ({@link EngineBenchmark}); {@code chart}
 * measures drawing ({@code ChartBenchmark}); {@code http} what a real loopback request costs per mode
 * ({@link HttpBenchmark}); {@code startup} the time to first window ({@link StartupBenchmark}).
 * With no name, every one of them runs with its defaults. They run in
 * a JVM with room for a million virtual threads ({@link BenchJvm}).
 */
public final class Benchmarks {
    /** A benchmark: runs with its options. */
    @FunctionalInterface
    private interface Bench {
        void run(String[] args) throws Exception;
    }

    private Benchmarks() {
    }

    /** The known benchmarks by name, in the order "all" runs them. */
    private static Map<String, Bench> benches() {
        Map<String, Bench> benches = new LinkedHashMap<>();
        benches.put("engine", EngineBenchmark::run);
        benches.put("http", HttpBenchmark::run);
        // The chart benchmark lives with the chart (ChartBenchmark.run(String[])); found by name so that this
        // dispatcher builds with or without it.
        benches.put("chart", args -> byName("org.asynclab.bench.ChartBenchmark", args));
        // Python programs (issue 11): what the tracer costs a traced wait_n against the same program untraced.
        benches.put("python", PythonTracerBenchmark::run);
        // Time to first window (issue 13, item 10): ./run.sh and the packaged launcher on a virtual display.
        benches.put("startup", StartupBenchmark::run);
        // Whether a computing task computes for its delay (fig10): calibration in fresh JVMs.
        benches.put("cpu", CpuWorkBenchmark::run);
        return benches;
    }

    /** Runs the named benchmark, or all of them; exits 2 on a bad name or option, 1 on a failure. */
    public static void main(String[] args) {
        Map<String, Bench> benches = benches();
        try {
            // The start-up benchmark only watches other processes, and a help measures nothing: no heap of their own.
            boolean startup = args.length > 0 && args[0].equals("startup");
            boolean help = Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
            Optional<Integer> child = startup || help ? Optional.empty()
                    : BenchJvm.relaunch(Benchmarks.class.getName(), args);
            if (child.isPresent()) {
                System.exit(child.get());
            }
            if (args.length == 0) {
                for (Map.Entry<String, Bench> bench : benches.entrySet()) {
                    System.out.println("=== " + bench.getKey() + " ===");
                    bench.getValue().run(new String[0]);
                }
            } else if (args[0].equals("--help") || args[0].equals("-h")) {
                System.out.println("usage: ./run.sh bench [" + String.join("|", benches.keySet()) + " [OPTIONS]]");
                System.out.println("./run.sh bench NAME --help lists the options of one, with their ranges");
            } else {
                Bench bench = benches.get(args[0]);
                if (bench == null) {
                    System.err.println("unknown benchmark '" + args[0] + "' (valid: "
                            + String.join(", ", benches.keySet()) + ")");
                    System.exit(2);
                }
                bench.run(Arrays.copyOfRange(args, 1, args.length));
            }
        } catch (IllegalArgumentException bad) {
            System.err.println("bench: " + bad.getMessage());
            System.exit(2);
        } catch (Exception failed) {
            System.err.println("bench: failed: " + failed);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void byName(String className, String[] args) throws Exception {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException missing) {
            System.out.println("(" + className + " is not part of this build: skipped)");
            return;
        }
        Method run = type.getMethod("run", String[].class);
        try {
            run.invoke(null, (Object) args);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw thrown;
        }
    }
}
