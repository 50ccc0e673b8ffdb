package org.asynclab.ui;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asynclab.engine.RunHandle;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.ui.chart.ChartPane;
import org.asynclab.ui.replay.ReplayTimeline;
import org.asynclab.ui.replay.ReplayViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.run.RunViewModel;

/**
 * The middle of the window: one chart, or two stacked on one time axis for a comparison, and the one clock that
 * feeds them. While a run goes on or a replay plays, an {@link AnimationTimer} reads the timeline once per pulse
 * and hands it to the chart; it stops as soon as neither is happening, so an idle window costs nothing.
 */
final class ChartArea {
    /** How often the results panel follows a live run: a scan of every task is not needed at 60 Hz. */
    private static final long RESULTS_EVERY_NANOS = 100_000_000L;

    private final MainViewModel model;
    private final RunViewModel run;
    private final ReplayViewModel replay;
    private final ChartPane[] charts;
    private final FrameFeed feed;
    private final RunTitles titles;
    private final VBox stack;
    private final AnimationTimer clock = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private boolean ticking;
    private long lastTick;
    private long lastResults;

    ChartArea(MainViewModel model, VBox stack, Supplier<ChartPane> charts, Executor copier) {
        this.model = model;
        this.feed = new FrameFeed(copier);
        this.titles = new RunTitles(model.text());
        this.run = model.run();
        this.replay = model.replay();
        this.stack = stack;
        this.charts = new ChartPane[] {charts.get(), charts.get()};
        for (ChartPane chart : this.charts) {
            VBox.setVgrow(chart.node(), Priority.ALWAYS);
        }
        stack.getChildren().add(this.charts[0].node());
        run.secondConfigProperty().addListener((o, was, now) -> layOut(now));
        run.firstConfigProperty().addListener((o, was, now) -> titled(0, now));
        run.secondConfigProperty().addListener((o, was, now) -> titled(1, now));
        run.liveProperty().addListener((o, was, now) -> liveChanged(now));
        run.firstProperty().addListener((o, was, now) -> ended(RunViewModel.FIRST, now));
        run.secondProperty().addListener((o, was, now) -> ended(RunViewModel.SECOND, now));
        run.stateProperty().addListener((o, was, now) -> stateChanged(now));
        replay.playingProperty().addListener((o, was, now) -> {
            if (now) {
                start();
            }
        });
        replay.positionProperty().addListener(o -> {
            if (!replay.playingProperty().get() && run.getState() == RunState.DONE) {
                drawReplay();
            }
        });
    }

    private void layOut(RunConfig second) {
        boolean two = second != null;
        if (two && !stack.getChildren().contains(charts[1].node())) {
            stack.getChildren().add(charts[1].node());
        } else if (!two) {
            stack.getChildren().remove(charts[1].node());
        }
    }

    private void titled(int slot, RunConfig config) {
        charts[slot].setTitle(config == null ? "" : titles.of(config));
        charts[slot].setMarkers(Double.NaN, Double.NaN);
        charts[slot].clear();
    }

    private void liveChanged(RunHandle handle) {
        feed.forget();
        if (handle != null) {
            lastResults = 0;
            start();
        }
    }

    private void stateChanged(RunState state) {
        if (state == RunState.IDLE) {
            for (ChartPane chart : charts) {
                chart.clear();
                chart.setSharedSpan(0);
            }
        } else if (state == RunState.DONE) {
            settle();
        }
    }

    /** Draws a recording as it ended, with its total and ideal marked. */
    private void ended(int slot, RunResult result) {
        if (result != null) {
            // Total and average stand large in the results panel; the chart's title names the run only.
            charts[slot].setTitle(titles.of(result.config()));
            charts[slot].setMarkers(result.summary().totalSeconds(), result.summary().idealSeconds());
            charts[slot].show(result);
        }
    }

    /** Puts the finished recordings on one shared axis in a comparison. */
    private void settle() {
        RunResult first = run.firstProperty().get();
        RunResult second = run.secondProperty().get();
        long span = second == null ? 0 : Math.max(end(first), end(second));
        for (int slot = 0; slot < 2; slot++) {
            charts[slot].setSharedSpan(span);
        }
        ended(RunViewModel.FIRST, first);
        ended(RunViewModel.SECOND, second);
    }

    private static long end(RunResult result) {
        return result == null ? 0 : result.nowNanos();
    }

    private void start() {
        if (!ticking) {
            ticking = true;
            lastTick = 0;
            clock.start();
        }
    }

    private void stop() {
        ticking = false;
        clock.stop();
    }

    private void tick(long now) {
        long elapsed = lastTick == 0 ? 0 : now - lastTick;
        lastTick = now;
        RunHandle live = run.liveProperty().get();
        if (live != null) {
            drawLive(live, now);
        } else if (replay.playingProperty().get()) {
            replay.advance(elapsed);
            drawReplay();
        } else {
            stop();
        }
    }

    private void drawLive(RunHandle live, long now) {
        FrameFeed.Frame frame = feed.poll(live);
        if (frame == null) {
            return;
        }
        int slot = run.liveSlotProperty().get();
        TimelineSnapshot timeline = frame.timeline();
        if (slot == RunViewModel.SECOND) {
            long span = Math.max(end(run.firstProperty().get()), timeline.nowNanos());
            charts[0].setSharedSpan(span);
            charts[1].setSharedSpan(span);
        }
        // Always hand the new frame over: the feed refills the one the chart held before.
        charts[slot].show(timeline);
        if (now - lastResults >= RESULTS_EVERY_NANOS) {
            lastResults = now;
            model.results().follow(timeline, frame.figures());
        }
    }

    private void drawReplay() {
        List<ReplayTimeline> timelines = replay.timelines();
        for (int slot = 0; slot < timelines.size(); slot++) {
            charts[slot].show(timelines.get(slot));
        }
    }

    /** The chart of a slot ({@link RunViewModel#FIRST} or {@link RunViewModel#SECOND}). */
    ChartPane chart(int slot) {
        return charts[slot];
    }

    /** Zooms both charts together, so a comparison keeps one scale. */
    void zoomIn() {
        for (ChartPane chart : charts) {
            chart.zoomIn();
        }
    }

    void zoomOut() {
        for (ChartPane chart : charts) {
            chart.zoomOut();
        }
    }

    void fit() {
        for (ChartPane chart : charts) {
            chart.fit();
        }
    }

    /** One row per thread instead of per task, in both charts. */
    void setRowsPerThread(boolean perThread) {
        for (ChartPane chart : charts) {
            chart.setRowsPerThread(perThread);
        }
    }

    /** The dark theme in both charts. */
    void setDark(boolean dark) {
        for (ChartPane chart : charts) {
            chart.setDark(dark);
        }
    }

    /** Stops the clock for good: the window is closing. */
    void dispose() {
        stop();
    }
}
