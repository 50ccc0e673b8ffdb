package org.asynclab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run.sh bench startup}: time to first window, from the command to the first frame of the main window
 * painted, as a person at the screen sees it. Each command starts on a virtual display of the benchmark's own
 * ({@link VirtualScreen}), which is watched until the window's first frame shows; the app is then ended.
 *
 * <p>Two kinds of start: <em>warm</em> (the second start onwards: the build's start-up cache made, the files in
 * the system's cache) and, for {@code ./run.sh}, the <em>first start after a build</em>: the jar is touched, as a
 * build does, so the start finds no cache of this build (and starts making one in the background); the
 * benchmark then waits for that cache before the next start. Rounds take the commands turn about, so that a
 * machine loaded by others weighs on all of them alike. Besides the wall-clock time it prints the CPU time the
 * command used until its first frame (its own threads and its ended children), which moves far less with the
 * load of the machine. Every start remembers the same look (the defaults, in preferences of the benchmark's own):
 * what the user or another run left in theirs (the code shown, another theme or language) would make another start.
 */
final class StartupBenchmark {
    private static final long FIRST_FRAME_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final long CACHE_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(15);
    private static final int POLL_MILLIS = 2;
    private static final int USER_HZ = 100;
    /** utime, stime, cutime, cstime: fields 14 to 17 of /proc/PID/stat, 11 to 14 after the command's name. */
    private static final int UTIME_FIELD = 11;
    private static final String FIRST = "first after build";
    private static final String WARM = "warm";
    private static final String SUMMARY = "Time to first window: from the command to the main window's first frame"
            + " on a virtual display of its own, warm and (for ./run.sh) first after a build; wall and CPU time.";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("runs", "N", "Starts per figure, 1 to 50 (default 5)."),
            BenchArgs.Opt.value("commands", "CMD,...", "The commands to start, comma-separated (default ./run.sh and,"
                    + " when built, target/AsyncLab/bin/AsyncLab)."),
            BenchArgs.Opt.flag("warm-only", "Measure warm starts only, not the first start after a build."),
            BenchArgs.Opt.flag("floor", "Also start a window of JavaFX's own controls with a start-up cache of its"
                    + " own (FloorWindow): the least any JavaFX window takes here."),
            BenchArgs.Opt.flag("threads", "Also print the CPU time of each kind of thread at the first frame (the"
                    + " JavaFX thread, the JIT compilers, the renderer...): where a start's CPU goes."));
    private static final String FLOOR = "floor: JavaFX controls only (FloorWindow)";

    private final Path repository;
    private final List<List<String>> commands;
    private final int runs;
    private final boolean first;
    private final boolean floor;
    private final boolean threads;
    /** The names printed for commands too long to print (the floor window's). */
    private final Map<List<String>, String> names = new LinkedHashMap<>();
    private final Map<String, List<long[]>> results = new LinkedHashMap<>();
    /** Per row, with --threads: each kind of thread's CPU time at the first frame. */
    private final Map<String, ThreadCpu> threadCpu = new LinkedHashMap<>();
    private Path prefs;

    private StartupBenchmark(Path repository, List<List<String>> commands, int runs, boolean first, boolean floor,
                             boolean threads) {
        this.repository = repository;
        this.commands = new ArrayList<>(commands);
        this.runs = runs;
        this.first = first;
        this.floor = floor;
        this.threads = threads;
    }

    /** {@code [--runs N] [--commands CMD,CMD...] [--warm-only]}. */
    static void run(String[] args) throws IOException, InterruptedException {
        Optional<BenchArgs> parsed = BenchArgs.parse("startup", SUMMARY, args, OPTIONS);
        if (parsed.isEmpty()) {
            return;
        }
        BenchArgs options = parsed.get();
        int runs = (int) options.number("runs", 5, 1, 50);
        Path launcher = AppLaunchBenchmark.launcher()
                .orElseThrow(() -> new IllegalArgumentException("start it with ./run.sh bench startup"));
        Path repository = launcher.toAbsolutePath().getParent();
        List<String> defaults = new ArrayList<>(List.of(launcher.toString()));
        Path packaged = repository.resolve("target/AsyncLab/bin/AsyncLab");
        if (Files.isExecutable(packaged)) {
            defaults.add(packaged.toString());
        } else {
            System.out.println("(no packaged app in target/AsyncLab: ./run.sh package makes it; measuring ./run.sh)");
        }
        List<List<String>> commands = options.list("commands", defaults).stream()
                .map(command -> List.of(command.trim().split("\\s+"))).toList();
        new StartupBenchmark(repository, commands, runs, !options.has("warm-only"), options.has("floor"),
                options.has("threads")).measure();
    }

    private void measure() throws IOException, InterruptedException {
        String loadBefore = load();
        prefs = Files.createTempDirectory("asynclab-startup-prefs");
        try (VirtualScreen screen = VirtualScreen.start()) {
            if (floor) {
                List<String> command = FloorWindow.command(repository.resolve("target/aot"), screen.display());
                names.put(command, FLOOR);
                commands.add(command);
            }
            // One start of each, not counted: it builds the app, unpacks JavaFX's libraries, makes the caches.
            for (List<String> command : commands) {
                start(screen, command, null);
                awaitStartupCache(command);
            }
            for (int round = 1; round <= runs; round++) {
                for (List<String> command : commands) {
                    if (first && runSh(command) != null) {
                        touchJar(runSh(command));
                        start(screen, command, FIRST);
                        awaitStartupCache(command);
                    }
                    start(screen, command, WARM);
                }
                System.err.printf(Locale.ROOT, "  round %d/%d done%n", round, runs);
            }
        } finally {
            try (var files = Files.walk(prefs)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        print(loadBefore);
    }

    private List<long[]> row(List<String> command, String kind) {
        return results.computeIfAbsent(name(command) + "\t" + kind, key -> new ArrayList<>());
    }

    /**
     * Starts {@code command}, waits for its first frame, ends it; adds {wall ms, CPU ms, ms to the first picture}
     * (the launcher's picture, src/package/splash, or the window) to the row of start
     * {@code kind} (none: a start not counted).
     */
    private void start(VirtualScreen screen, List<String> command, String kind)
            throws IOException, InterruptedException {
        List<long[]> into = kind == null ? null : row(command, kind);
        awaitEmpty(screen);
        Path log = Files.createTempFile("asynclab-startup", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", screen.display());
        String tool = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
        // quoted: the JVM splits JAVA_TOOL_OPTIONS at spaces, and a temporary folder may have one
        builder.environment().put("JAVA_TOOL_OPTIONS", (tool + " -Djava.util.prefs.userRoot=\"" + prefs + "\"").trim());
        long start = System.nanoTime();
        long picture = -1;
        Process app = builder.start();
        try {
            while (!screen.painted()) {
                if (picture < 0 && screen.anything()) {
                    picture = System.nanoTime();
                }
                if (!app.isAlive() || System.nanoTime() - start > FIRST_FRAME_TIMEOUT_NANOS) {
                    throw new IOException("'" + name(command) + "' showed no window ("
                            + (app.isAlive() ? "still running" : "exited " + app.exitValue()) + "); its output: "
                            + String.join("\n", Files.readAllLines(log).stream().limit(20).toList()));
                }
                Thread.sleep(POLL_MILLIS);
            }
            long now = System.nanoTime();
            long wall = TimeUnit.NANOSECONDS.toMillis(now - start);
            long cpu = cpuMillis(app.pid());
            long first = TimeUnit.NANOSECONDS.toMillis((picture < 0 ? now : picture) - start);
            String perThread = "";
            if (into != null) {
                into.add(new long[] {wall, cpu, first});
                if (threads) {
                    perThread = "; " + ThreadCpu.line(threadCpu.computeIfAbsent(name(command) + "\t" + kind,
                            key -> new ThreadCpu()).read(app.pid()));
                }
            }
            System.err.printf(Locale.ROOT, "  %-40s %6d ms (CPU %d ms, first picture %d ms%s)%n", name(command), wall,
                    cpu, first, perThread);
        } finally {
            // Only the app itself: a start-up cache being made in the background must go on.
            app.destroy();
            if (!app.waitFor(10, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }
    }

    private String name(List<String> command) {
        return names.getOrDefault(command, String.join(" ", command));
    }

    private static void awaitEmpty(VirtualScreen screen) throws InterruptedException {
        for (int wait = 0; wait < 500 && screen.colours() > 1; wait++) {
            Thread.sleep(10);
        }
    }

    /** The folder of the run.sh that {@code command} starts (its build is there), or null for another command. */
    private static Path runSh(List<String> command) {
        return command.stream().filter(word -> word.endsWith("/run.sh") || word.equals("run.sh"))
                .map(word -> Path.of(word).toAbsolutePath().getParent()).findFirst().orElse(null);
    }

    /** What a build does to the jar, without compiling: its time changes, so does the name of its cache. */
    private static void touchJar(Path build) throws IOException {
        Files.setLastModifiedTime(build.resolve("target/asynclab.jar"), FileTime.fromMillis(
                System.currentTimeMillis()));
    }

    /** Waits while the run.sh of {@code command} makes a start-up cache in the background (target/aot/training). */
    private static void awaitStartupCache(List<String> command) throws InterruptedException {
        Path build = runSh(command);
        Path training = build == null ? null : build.resolve("target/aot/training");
        if (training == null || !Files.exists(training)) {
            return;
        }
        System.err.println("  (waiting for the start-up cache being made in the background)");
        long until = System.currentTimeMillis() + CACHE_TIMEOUT_MILLIS;
        while (Files.exists(training) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    /**
     * The CPU time (user + system) of process {@code pid} and of its children that ended, in ms, from
     * {@code /proc/PID/stat}, whose times are in the kernel's USER_HZ (100 a second on Linux).
     */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int field = UTIME_FIELD; field < UTIME_FIELD + 4; field++) {
            ticks += Long.parseLong(fields[field]);
        }
        return ticks * 1000 / USER_HZ;
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private void print(String loadBefore) throws IOException {
        System.out.printf(Locale.ROOT, "%nTime to first frame (command -> first frame of the main window painted),"
                + " median of %d, %d cores, load average %s -> %s%n", runs,
                Runtime.getRuntime().availableProcessors(), loadBefore, load());
        System.out.printf(Locale.ROOT, "  %-40s %-18s %12s %9s %11s %14s   %s%n", "command", "start", "wall median",
                "fastest", "CPU median", "first picture", "wall ms of each run");
        for (Map.Entry<String, List<long[]>> row : results.entrySet()) {
            String[] key = row.getKey().split("\t");
            long[] walls = row.getValue().stream().mapToLong(r -> r[0]).toArray();
            long[] cpus = row.getValue().stream().mapToLong(r -> r[1]).toArray();
            long[] pictures = row.getValue().stream().mapToLong(r -> r[2]).toArray();
            System.out.printf(Locale.ROOT, "  %-40s %-18s %9d ms %6d ms %8d ms %11d ms   %s%n", shorten(key[0]),
                    key[1], median(walls), Arrays.stream(walls).min().orElse(0), median(cpus), median(pictures),
                    Arrays.toString(walls).replaceAll("[\\[\\],]", ""));
        }
        System.out.println("(first picture: the median time to anything on the screen, the picture the launcher"
                + " shows from its start or, without one, the window itself)");
        if (threads) {
            System.out.println("CPU ms of each kind of thread at the first frame, median (threads that ended before"
                    + " it are not counted):");
            threadCpu.forEach((row, cpu) -> System.out.printf(Locale.ROOT, "  %-40s %s%n", shorten(row.split("\t")[0]),
                    ThreadCpu.line(cpu.medians(results.get(row).size()))));
        }
    }

    private String shorten(String command) {
        return command.replace(repository + "/", "");
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
