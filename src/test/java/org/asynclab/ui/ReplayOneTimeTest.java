package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.replay.ReplayTimeline;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stepping the replay shows one time everywhere: the chart, the replay bar and the results. After an event-loop
 * run of five tasks, Shift+← twice then Shift+→ twice read "now 509 ms" on the chart through all four steps, the
 * bar 509 → 469 → 509 → 850 ms and the results 850 → 509 → 469 → 850 ms, one step behind.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayOneTimeTest {
    private final List<RecordingChart> charts = new ArrayList<>();
    private final UiText text = UiText.forLocale(Locale.ENGLISH);
    private MainWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        window = RecordingChart.englishWindow(charts);
        model = window.model();
        window.show(stage);
    }

    @Test
    void aSingleRunsChartBarAndResultsAgreeAtEveryStep(FxRobot robot) throws Exception {
        // given an event-loop run of five tasks that ended
        runToTheEnd(robot, Mode.EVENT_LOOP, null);

        // when the teacher steps back twice, then forward twice, each step is one time everywhere
        for (KeyCode key : new KeyCode[] {KeyCode.LEFT, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.RIGHT}) {
            step(robot, key);
            double at = FxTurns.call(() -> model.replay().positionProperty().get());
            double end = FxTurns.call(() -> model.replay().endProperty().get());
            String where = key + " to " + at + " s";
            assertChartsAt(at, 1, where);
            assertThat(FxTurns.call(this::barTime)).as("bar after " + where)
                    .contains(text.duration(at));
            RunResult recording = FxTurns.call(() -> model.run().firstProperty().get());
            String total = at >= end ? text.duration(recording.summary().totalSeconds()) : text.duration(at);
            assertThat(FxTurns.call(() -> model.results().totalProperty().get())).as("results after " + where)
                    .isEqualTo(total);
            int done = FxTurns.call(() -> finishedBy(charts.get(0).shown()));
            assertThat(FxTurns.call(() -> model.results().progressProperty().get())).as("progress after " + where)
                    .startsWith(done + " of 5");
        }
    }

    /** A comparison's two charts follow the one cursor too, up to its end: 5.10 s had stayed beside 5.202 s. */
    @Test
    void aComparisonsChartsFollowTheBarToTheEnd(FxRobot robot) throws Exception {
        runToTheEnd(robot, Mode.POOL, Mode.THREADS);

        for (KeyCode key : new KeyCode[] {KeyCode.LEFT, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.RIGHT}) {
            step(robot, key);
            double at = FxTurns.call(() -> model.replay().positionProperty().get());
            double end = FxTurns.call(() -> model.replay().endProperty().get());
            assertChartsAt(at, 2, key + " to " + at + " s");
            assertThat(FxTurns.call(this::barTime)).as("bar").contains(text.duration(at));
        }
    }

    /**
     * A run of seconds reads on the bar as on the chart from its first microseconds: its first step read "0.000 s"
     * on the bar while the chart's cursor said "now 271 µs", one clock written by two rules.
     */
    @Test
    void aRunOfSecondsReadsOnTheBarAsTheChartsNowAtEveryStep(FxRobot robot) throws Exception {
        // given a sequential run of three tasks, 1.54 s in all with these delays
        runToTheEnd(robot, Mode.SEQUENTIAL, null, "3", "0.6", "4");
        double end = FxTurns.call(() -> model.replay().endProperty().get());
        assertThat(end).as("the replay's length").isGreaterThan(1);

        // when the teacher goes back to the start and steps forward through the first starts and finishes
        FxTurns.run(() -> model.replay().positionProperty().set(0));
        for (int step = 0; step < 3; step++) {
            step(robot, KeyCode.RIGHT);
            double at = FxTurns.call(() -> model.replay().positionProperty().get());
            RecordingChart chart = charts.get(0);
            ReplayTimeline shown = (ReplayTimeline) FxTurns.call(chart::shown);
            String chartsNow = ChartLabels.ENGLISH.duration(FxTurns.call(chart::shownNow) - shown.origin());

            // then the bar's time reads the chart's "now", and its end the chart's "total"
            assertThat(FxTurns.call(this::barTime).replace('\u00a0', ' ')).as("bar at %s s", at)
                    .startsWith(chartsNow + " / ")
                    .endsWith(" / " + ChartLabels.ENGLISH.duration(shown.length()));
        }
        // and the three steps were the run's first three events (task 0's start and finish, task 1's start), read
        // off the recording: a bound of one second failed once in a loaded suite, where the sleeps ran late
        RunResult recording = FxTurns.call(() -> model.run().firstProperty().get());
        long origin = ((ReplayTimeline) FxTurns.call(charts.get(0)::shown)).origin();
        long[] events = IntStream.range(0, recording.size()).boxed()
                .flatMapToLong(t -> LongStream.of(recording.startedNanos(t), recording.finishedNanos(t)))
                .map(instant -> instant - origin).filter(since -> since > 0).sorted().distinct().toArray();
        assertThat(Math.round(FxTurns.call(() -> model.replay().positionProperty().get()) * 1e9))
                .as("the cursor after three steps").isEqualTo(events[2]);
    }

    private void runToTheEnd(FxRobot robot, Mode mode, Mode compareWith) throws Exception {
        runToTheEnd(robot, mode, compareWith, "5", "0.5", "5");
    }

    private void runToTheEnd(FxRobot robot, Mode mode, Mode compareWith, String tasks, String maxDelay, String seed)
            throws Exception {
        FxTurns.run(() -> {
            model.settings().tasksProperty().set(tasks);
            model.settings().maxDelayProperty().set(maxDelay);
            model.settings().seedProperty().set(seed);
            model.settings().modeProperty().set(mode);
            model.settings().workersProperty().set("2");
            model.settings().compareWithProperty().set(compareWith);
        });
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                model.run().getState() == RunState.DONE
                        && (compareWith == null || model.run().secondProperty().get() != null)));
        FxTurns.settle();
    }

    private static void step(FxRobot robot, KeyCode arrow) throws Exception {
        robot.press(KeyCode.SHIFT).type(arrow).release(KeyCode.SHIFT);
        FxTurns.settle();
    }

    /** Each chart was last told to draw its recording at the cursor (clamped to its own length). */
    private void assertChartsAt(double at, int count, String where) throws Exception {
        for (int slot = 0; slot < count; slot++) {
            RecordingChart chart = charts.get(slot);
            TaskTimeline shown = FxTurns.call(chart::shown);
            assertThat(shown).as("chart %d after %s", slot, where).isInstanceOf(ReplayTimeline.class);
            ReplayTimeline replayed = (ReplayTimeline) shown;
            long expected = Math.min(Math.round(at * 1e9), replayed.length());
            assertThat(FxTurns.call(chart::shownNow) - replayed.origin()).as("chart %d's now after %s", slot, where)
                    .isEqualTo(expected);
        }
    }

    private String barTime() {
        return ((Labeled) window.root().lookup("#replayPosition")).getText();
    }

    private static int finishedBy(TaskTimeline timeline) {
        int done = 0;
        for (int task = 0; task < timeline.size(); task++) {
            done += timeline.finishedNanos(task) == TaskTimeline.NOT_YET ? 0 : 1;
        }
        return done;
    }
}
