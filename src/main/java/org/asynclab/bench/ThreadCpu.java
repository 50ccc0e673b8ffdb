package org.asynclab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time of a process's threads, by thread kind, from {@code /proc/PID/task/TID/stat} ({@code ./run.sh bench
 * startup --threads}): read at the first frame, it says where a start's CPU went (the JavaFX thread, the JIT
 * compilers, the renderer) at no cost to the app. Threads of one kind ("C2 CompilerThread0", "...1") add up.
 */
final class ThreadCpu {
    /** utime and stime: fields 14 and 15 of a stat line, 11 and 12 after the thread's name. */
    private static final int UTIME_FIELD = 11;
    private static final int USER_HZ = 100;
    private static final int SHOWN = 7;

    private final Map<String, List<Long>> byKind = new TreeMap<>();

    /** Adds the CPU time (ms) of each kind of thread of process {@code pid} now; threads that ended are not seen. */
    Map<String, Long> read(long pid) throws IOException {
        Map<String, Long> now = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                now.merge(kind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))), millis(stat), Long::sum);
            }
        }
        now.forEach((kind, ms) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms));
        return now;
    }

    /** The thread's kind: its name without the number that tells threads of one kind apart. */
    static String kind(String name) {
        return name.replaceAll("[-\\s]*\\d+$", "");
    }

    private static long millis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[UTIME_FIELD]) + Long.parseLong(fields[UTIME_FIELD + 1])) * 1000 / USER_HZ;
    }

    /** The kinds that took most in {@code one} reading, largest first: "JavaFX Application Thread 1180, ...". */
    static String line(Map<String, Long> one) {
        return one.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(SHOWN)
                .map(e -> String.format(Locale.ROOT, "%s %d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The median of each kind over the readings (a kind missing from a reading counts 0 there). */
    Map<String, Long> medians(int readings) {
        Map<String, Long> medians = new LinkedHashMap<>();
        byKind.forEach((kind, values) -> {
            long[] all = new long[readings];
            for (int i = 0; i < values.size() && i < readings; i++) {
                all[i] = values.get(i);
            }
            medians.put(kind, StartupBenchmark.median(all));
        });
        return medians;
    }
}
