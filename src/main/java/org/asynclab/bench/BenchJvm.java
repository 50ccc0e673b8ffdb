package org.asynclab.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the benchmarks in a JVM whose young generation holds a million sleeping virtual threads. With the default
 * heap every young GC copies each of them (each is a live object graph until it wakes), and at 10⁵ tasks that
 * copying is most of the virtual-thread overhead (≈ 0.6 s against ≈ 0.1 s). So when no JVM options were chosen
 * ({@code ASYNCLAB_JAVA_OPTS} unset) and the machine has the memory, the benchmarks start again in a child JVM
 * with {@link #OPTIONS}; otherwise they run where they are, with the options given.
 */
final class BenchJvm {
    /** The child's heap: 4 GiB of eden, enough for 10⁶ virtual threads between two collections. */
    static final List<String> OPTIONS = List.of("-Xms6g", "-Xmn4g");
    private static final String CHILD = "asynclab.bench.child";
    private static final long NEEDED_MEMORY = 12L << 30;

    private BenchJvm() {
    }

    /** Whether this JVM is the tuned child. */
    static boolean isTuned() {
        return Boolean.getBoolean(CHILD);
    }

    /** Runs {@code main} with {@code args} in a tuned child JVM, when worth it; its exit code, or empty. */
    static Optional<Integer> relaunch(String main, String[] args) throws IOException, InterruptedException {
        String chosen = System.getenv("ASYNCLAB_JAVA_OPTS");
        if (isTuned() || (chosen != null && !chosen.isBlank()) || physicalMemory() < NEEDED_MEMORY) {
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(OPTIONS);
        command.add("-D" + CHILD + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        System.out.println("(benchmarks run in a JVM with " + String.join(" ", OPTIONS) + "; set ASYNCLAB_JAVA_OPTS"
                + " to choose the JVM's options yourself)");
        return Optional.of(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
