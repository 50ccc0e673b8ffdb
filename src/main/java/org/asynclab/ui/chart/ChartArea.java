package org.asynclab.ui.chart;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asynclab.chart.ChartLegend;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.replay.ReplayTimeline;
import org.asynclab.ui.replay.ReplayViewModel;
import org.asynclab.ui.results.ResultsViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.run.RunViewModel;

/**
 * The middle of the window: one chart, or two stacked on one time axis for a comparison with one legend line
 * for both, and the one clock that feeds them. While a run goes on or a replay plays, an {@link AnimationTimer}
 * reads the timeline once per pulse and hands it to the chart; it stops as soon as neither is happening, so an
 * idle window costs nothing.
 */
public final class ChartArea {
    private final ResultsViewModel results;
    private final RunViewModel run;
    private final ReplayViewModel replay;
    private final ChartPane[] charts;
    /** The words of the window's language, as given (see {@link #showLabels()}). */
    private ChartLabels labels = ChartLabels.ENGLISH;
    private final FrameFeed feed;
    private final LivePace pace = new LivePace();
    /** What the live run's tasks do, read once as it goes live: its pace depends on it. */
    private TaskKind liveKind = TaskKind.IO;
    private final RunTitles titles;
    private final UiText text;
    private final VBox stack;
    private final ChartLegend legend;
    /** The one time axis of a comparison's two charts. */
    private final SharedTime sharedTime = new SharedTime();
    private final AnimationTimer clock = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private boolean ticking;
    private double textScale = 1;
    private boolean besideCode;
    private boolean shortWindow;
    private long lastTick;
    /** The Python program a run is starting or running, or null (a Java run). */
    private Supplier<String> program = () -> null;

    /**
     * Fills {@code stack} with the chart(s) of {@code run}, following the replay and feeding the results.
     *
     * @param charts makes the chart control(s)
     * @param copier where live timelines are copied, away from the FX thread
     */
    public ChartArea(UiText text, RunViewModel run, ReplayViewModel replay, ResultsViewModel results, VBox stack,
                     ChartLegend legend, Supplier<ChartPane> charts, Executor copier) {
        this.results = results;
        this.feed = new FrameFeed(copier);
        this.titles = new RunTitles(text);
        this.text = text;
        this.run = run;
        this.replay = replay;
        this.stack = stack;
        this.legend = legend;
        this.charts = new ChartPane[] {charts.get(), charts.get()};
        // A comparison's one legend line shows what either chart shows.
        legend.entriesProperty().bind(Bindings.createLongBinding(
                () -> this.charts[0].legendEntriesProperty().get() | this.charts[1].legendEntriesProperty().get(),
                this.charts[0].legendEntriesProperty(), this.charts[1].legendEntriesProperty()));
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
        for (Observable words : List.of(run.warmingUpProperty(), run.liveProperty(), run.liveSlotProperty(),
                run.firstProperty(), run.secondProperty())) {
            words.addListener(o -> showLabels());
        }
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
        for (int slot = 0; slot < charts.length; slot++) {
            charts[slot].setSharedTime(two ? sharedTime : null);
            // One legend line and one row of time labels for both: the rows get the height.
            charts[slot].setSharedLegend(two, !two || slot == RunViewModel.SECOND);
        }
        if (two && !stack.getChildren().contains(charts[1].node())) {
            stack.getChildren().add(charts[1].node());
        } else if (!two) {
            stack.getChildren().remove(charts[1].node());
        }
    }

    private void titled(int slot, RunConfig config) {
        // A program's run is titled as it when it starts, not with the Java settings until Python is found.
        String file = config == null ? null : program.get();
        charts[slot].setTitle(config == null ? "" : file == null ? title(slot, config)
                : slot == RunViewModel.FIRST ? titles.ofProgram(file, null) : javaTitle(config));
        charts[slot].setMode(config == null ? null : config.mode());
        RunConfig first = run.firstConfigProperty().get();
        if (slot == RunViewModel.SECOND && first != null && file == null) {
            charts[RunViewModel.FIRST].setTitle(title(RunViewModel.FIRST, first));
        }
        charts[slot].setMarkers(Double.NaN, Double.NaN);
        charts[slot].setSpanSeconds(Double.NaN);
        charts[slot].clear();
    }

    /** A single run's title names its mode and kind (the settings line the rest); a comparison's what differs. */
    private String title(int slot, RunConfig config) {
        RunConfig other = slot == RunViewModel.FIRST ? run.secondConfigProperty().get()
                : run.firstConfigProperty().get();
        return other == null ? titles.onStage(config, null)
                : titles.inOrder(titles.onStage(config, other), config, other, slot == RunViewModel.FIRST ? 1 : 2);
    }

    private void liveChanged(RunHandle handle) {
        feed.forget();
        pace.forget();
        liveKind = handle == null ? TaskKind.IO : handle.config().kind();
        if (handle instanceof PythonRun program) {
            charts[run.liveSlotProperty().get()].setTitle(titles.ofProgram(program.settings().file().toString(),
                    program.settings().python().version()));
            RunConfig java = run.secondConfigProperty().get();
            if (java != null) {
                charts[RunViewModel.SECOND].setTitle(javaTitle(java)); // same delays, two worlds
            }
        }
        if (handle != null) {
            for (ChartPane chart : charts) {
                chart.setSpanSeconds(Double.NaN); // a live run's axis grows with it
            }
            start();
        }
    }

    /** Whether {@code slot} is the Java run of "same delays, two worlds": a Python program ran first. */
    private boolean besideAProgram(int slot) {
        RunResult first = run.firstProperty().get();
        return slot == RunViewModel.SECOND && first != null && first.program() != null;
    }

    /** The Java chart beside a Python program: "Java · Event loop · I/O (waits)"; the settings line names the rest. */
    private String javaTitle(RunConfig config) {
        return text.format("twoworlds.java", titles.onStage(config, null));
    }

    private void stateChanged(RunState state) {
        if (state == RunState.IDLE) {
            for (ChartPane chart : charts) {
                chart.clear();
            }
        } else if (state == RunState.DONE) {
            settle();
        }
    }

    /** Draws a recording as it ended, with its total and ideal marked. */
    private void ended(int slot, RunResult result) {
        if (result != null) {
            // Total and average stand large in the results panel; the chart's title names the run only.
            charts[slot].setTitle(result.program() != null
                    ? titles.ofProgram(result.program().file(), result.program().version())
                    : besideAProgram(slot) ? javaTitle(result.config()) : title(slot, result.config()));
            charts[slot].setMode(result.config().mode());
            if (result.ranNothing()) {
                // A program that did not compile ran nothing: no bar, no total (its error is in the code).
                charts[slot].setMarkers(Double.NaN, Double.NaN);
                charts[slot].clear();
                return;
            }
            charts[slot].setMarkers(result.summary().totalSeconds(), result.summary().idealSeconds());
            charts[slot].show(result);
        }
    }

    /** Draws the finished recordings (on their shared axis in a comparison). */
    private void settle() {
        ended(RunViewModel.FIRST, run.firstProperty().get());
        ended(RunViewModel.SECOND, run.secondProperty().get());
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
            if (pace.due(liveKind, now) && drawLive(live)) {
                pace.drawn(now);
            }
        } else if (replay.playingProperty().get()) {
            replay.advance(elapsed);
            drawReplay();
        } else {
            stop();
        }
    }

    /** Hands the newest copy of the live run to its chart and the results; whether there was one to draw. */
    private boolean drawLive(RunHandle live) {
        run.followWarmUp();
        if (run.warmingUpProperty().get()) {
            // Before the run's clock nothing ran: the chart says it warms up, the results have no total yet.
            return false;
        }
        FrameFeed.Frame frame = feed.poll(live);
        if (frame == null) {
            return false;
        }
        int slot = run.liveSlotProperty().get();
        TimelineSnapshot timeline = frame.timeline();
        // Always hand the new frame over: the feed refills the one the chart held before. The results follow the
        // same frame, with the figures the copier read off it: throttled apart, the strip said 1,925 tasks done
        // while the chart's title said 2,032. A frame comes at most once a pulse, so both redraw at most once.
        charts[slot].show(timeline);
        results.follow(timeline, frame.figures());
        return true;
    }

    private void drawReplay() {
        List<ReplayTimeline> timelines = replay.timelines();
        for (int slot = 0; slot < timelines.size(); slot++) {
            // The axis keeps the whole run while the cursor moves: stepping back narrowed it to the cursor.
            charts[slot].setSpanSeconds(replay.endProperty().get());
            charts[slot].show(timelines.get(slot));
        }
        // A single run's results follow the cursor; a comparison's table keeps both runs' final figures.
        RunResult recording = run.firstProperty().get();
        if (timelines.size() == 1 && recording != null) {
            boolean atEnd = replay.positionProperty().get() >= replay.endProperty().get();
            results.replayAt(timelines.get(0), recording, atEnd);
        }
    }

    /**
     * Where the chart learns that a run is a Python program's before it is live: {@code file} gives the program's
     * file while one is started or runs, else null.
     */
    public void setProgram(Supplier<String> file) {
        program = file;
    }

    /** The chart of a slot ({@link RunViewModel#FIRST} or {@link RunViewModel#SECOND}). */
    ChartPane chart(int slot) {
        return charts[slot];
    }

    /** Zooms time in; a comparison's second chart follows through their shared axis. */
    public void zoomIn() {
        charts[0].zoomIn();
    }

    /** Zooms time out, in both charts together. */
    public void zoomOut() {
        charts[0].zoomOut();
    }

    /** Fits the whole run (both runs in a comparison). */
    public void fit() {
        charts[0].fit();
    }

    /** One row per thread instead of per task, in both charts. */
    public void setRowsPerThread(boolean perThread) {
        for (ChartPane chart : charts) {
            chart.setRowsPerThread(perThread);
        }
    }

    /** The colour theme of both charts. */
    public void setTheme(ChartTheme theme) {
        for (ChartPane chart : charts) {
            chart.setTheme(theme);
        }
        legend.setTheme(theme);
    }

    /** The words of both charts. */
    public void setLabels(ChartLabels labels) {
        this.labels = labels;
        showLabels();
        legend.setLabels(labels);
    }

    /**
     * Gives the charts their words. An empty chart says why, never "no run yet" beside a status bar that says it
     * is running: while the live run warms up before its clock, that it warms up (1.5 to 3 s at 10⁶ tasks); once
     * its clock runs, until the first copy of it is drawn, that it starts (over a second at 10⁶ tasks, when the
     * tasks' own start takes the cores); after a program that did not compile, that it did not compile.
     */
    private void showLabels() {
        RunResult[] ended = {run.firstProperty().get(), run.secondProperty().get()};
        boolean live = run.liveProperty().get() != null;
        for (int slot = 0; slot < charts.length; slot++) {
            ChartLabels.Key empty = ChartLabels.Key.NO_RUN;
            if (live && slot == run.liveSlotProperty().get()) {
                empty = run.warmingUpProperty().get() ? ChartLabels.Key.WARMING_UP : ChartLabels.Key.STARTING;
            } else if (ended[slot] != null && ended[slot].ranNothing()) {
                empty = ChartLabels.Key.NOT_COMPILED;
            }
            charts[slot].setLabels(labels.with(ChartLabels.Key.NO_RUN, labels.get(empty)));
        }
    }

    /** The size of both charts' text (and everything with it). */
    public void setTextScale(double scale) {
        textScale = scale;
        for (ChartPane chart : charts) {
            chart.setTextScale(scale);
        }
        legend.setTextScale(legendScale());
    }

    /**
     * Whether the code shows beside the charts: the comparison's shared legend keeps the default text size there
     * (larger, its three lines in presenter size covered the lower chart at 1280×720); the charts keep theirs.
     */
    public void setBesideCode(boolean beside) {
        besideCode = beside;
        legend.setTextScale(legendScale());
    }

    /**
     * Whether the window is short for its text size (layout11): the shared legend keeps the default text size, as
     * beside the code (at 32 px in 768 px it took four lines, 170 px).
     */
    public void setShortWindow(boolean isShort) {
        shortWindow = isShort;
        legend.setTextScale(legendScale());
    }

    private double legendScale() {
        return besideCode || shortWindow ? Math.min(1, textScale) : textScale;
    }

    /** Stops the clock for good: the window is closing. */
    public void dispose() {
        stop();
    }
}
