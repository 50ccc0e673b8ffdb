package org.asynclab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.fx.FxSurface;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * Prints how long the FX thread takes to draw one full chart frame at 1600 × 900 for 10³ … 10⁶ tasks (the median
 * of many frames after a warm-up, as wall time and as the FX thread's CPU time, which a busy machine inflates
 * less), and how long rendering that frame takes ({@code snapshot}). Every frame is a
 * live one: the timeline's now moves each time, so the data is read again and nothing is served from a cache.
 * Runs the JavaFX toolkit headless through Monocle with the software renderer.
 *
 * <p>Arguments: {@code --frames N} (default 50), {@code --warmup N} (default 20), {@code --max N} (largest n).
 */
public final class ChartBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;
    private static final String SUMMARY = "How long the FX thread takes to draw one live chart frame at 1600 x 900 for"
            + " 10^3 ... 10^6 tasks (wall and CPU time, median of many frames), and to render it (snapshot).";
    private static final List<BenchArgs.Opt> OPTIONS = List.of(
            BenchArgs.Opt.value("frames", "N", "Frames measured per figure, 1 to 10,000 (default 50)."),
            BenchArgs.Opt.value("warmup", "N", "Frames drawn first and not measured, 0 to 10,000 (default 20)."),
            BenchArgs.Opt.value("max", "N", "Largest task count, 1,000 to 1,000,000: 10^3, 10^4 ... up to it"
                    + " (default 1,000,000)."));

    private ChartBenchmark() {
    }

    /** Runs the benchmark from the command line. */
    public static void main(String[] args) {
        run(args);
        Platform.exit();
    }

    /** Runs the benchmark and prints its figures; starts the toolkit headless if none runs yet. */
    public static void run(String[] args) {
        Optional<BenchArgs> parsed = BenchArgs.parse("chart", SUMMARY, args, OPTIONS);
        if (parsed.isEmpty()) {
            return;
        }
        int frames = (int) parsed.get().number("frames", 50, 1, 10_000);
        int warmup = (int) parsed.get().number("warmup", 20, 0, 10_000);
        int max = (int) parsed.get().number("max", 1_000_000, 1_000, 1_000_000);
        startToolkit();
        // Let the JIT compile the drawing code on a mid-size run first, so the first figure is not mostly warm-up.
        RunConfig warm = new RunConfig(10_000, 1.0, Mode.POOL, 64, TaskKind.IO, 7);
        onFx(() -> measure(SyntheticRuns.simulate(warm, Workload.generate(warm), 300_000_000L), ChartView.TASKS,
                300_000_000L, frames, warmup * 5));
        System.out.printf(Locale.ROOT, "Chart frame at %.0f x %.0f, live (now moves every frame), median of %d"
                + " frames after %d warm-up frames%n", WIDTH, HEIGHT, frames, warmup);
        System.out.printf(Locale.ROOT, "%-9s %-8s %-28s %10s %14s %14s%n", "n", "view", "scenario", "draw (ms)",
                "draw cpu (ms)", "snapshot (ms)");
        for (int n = 1_000; n <= max; n *= 10) {
            for (ChartView view : ChartView.values()) {
                Mode mode = view == ChartView.TASKS ? Mode.POOL : Mode.EVENT_LOOP;
                RunConfig config = new RunConfig(n, 1.0, mode, mode == Mode.POOL ? 64 : 0, TaskKind.IO, 42);
                RunResult finished = SyntheticRuns.finished(config);
                long end = Math.round(finished.summary().totalSeconds() * 1e9);
                RunResult live = SyntheticRuns.simulate(config, Workload.generate(config), end / 2);
                double[] figures = onFx(() -> measure(live, view, end / 2, frames, warmup));
                String scenario = mode.id() + (mode == Mode.POOL ? " 64" : "") + ", io, mid-run";
                System.out.printf(Locale.ROOT, "%-9s %-8s %-28s %10.2f %14.2f %14.2f%n",
                        String.format(Locale.ROOT, "%,d", n), view.id(), scenario, figures[0], figures[1], figures[2]);
            }
        }
    }

    private static double[] measure(RunResult run, ChartView view, long now, int frames, int warmup) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        FxSurface surface = new FxSurface(canvas);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        MovingNow timeline = new MovingNow(run);
        painter.setTimeline(timeline);
        painter.setView(view);
        painter.setTitle("benchmark · n = " + run.size());
        painter.setIdealNanos(Math.round(run.summary().idealSeconds() * 1e9));
        double[] draw = new double[frames];
        double[] cpu = new double[frames];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = -warmup; i < frames; i++) {
            timeline.setNow(now + i);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            painter.paint(surface);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (i >= 0) {
                draw[i] = (t1 - t0) / 1e6;
                cpu[i] = (c1 - c0) / 1e6;
            }
        }
        int shots = Math.max(3, frames / 5);
        double[] snap = new double[shots];
        for (int i = -2; i < shots; i++) {
            timeline.setNow(now + frames + i);
            painter.paint(surface);
            long t0 = System.nanoTime();
            canvas.snapshot(null, null);
            if (i >= 0) {
                snap[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return new double[] {median(draw), median(cpu), median(snap)};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void startToolkit() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit runs already (the app, or a test): use it as it is.
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e.getMessage(), e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
