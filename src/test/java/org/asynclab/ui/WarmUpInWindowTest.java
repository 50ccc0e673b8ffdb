package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large run warms up before its clock (1.5 to 3 s at 10⁶ tasks): the chart said "no run yet" and the results
 * "Total 0 s", beside a status bar that said it was warming up. The chart now says it warms up, the results have no
 * total yet, and both follow the run once its clock starts; until its first picture, the chart says it starts.
 */
@ExtendWith(ApplicationExtension.class)
class WarmUpInWindowTest {
    private final ScriptedLauncher launcher = new ScriptedLauncher();
    private final List<RecordingChart> charts = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(UiText.forLocale(Locale.FRENCH), launcher, Platform::runLater, () -> {
            RecordingChart chart = new RecordingChart();
            charts.add(chart);
            return chart;
        });
        window.show(stage);
    }

    @Test
    void whileTheRunWarmsUpTheChartSaysSoAndTheResultsHaveNoTotalYet() throws Exception {
        launcher.warmingUpAtStart(true);
        FxTurns.run(() -> window.model().runOrIgnore());
        ScriptedLauncher.ScriptedRun run = launcher.awaitRun(1);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxTurns.call(
                () -> window.model().run().warmingUpProperty().get()));
        FxTurns.run(() -> { });

        assertThat(charts.get(0).labels().get(ChartLabels.Key.NO_RUN)).isEqualTo("préchauffage…");
        assertThat(FxTurns.call(() -> window.model().results().totalProperty().get())).isEqualTo("—");
        assertThat(FxTurns.call(() -> window.model().results().averageProperty().get())).isEqualTo("—");

        run.warmingUp(false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !FxTurns.call(
                () -> window.model().run().warmingUpProperty().get()));
        FxTurns.run(() -> { });

        // Its clock runs, and until the first copy of it is drawn the empty chart says it starts: it said "no run
        // yet" for over a second at 10⁶ virtual threads, beside "Running: Virtual threads…".
        assertThat(charts.get(0).labels().get(ChartLabels.Key.NO_RUN)).isEqualTo("démarrage…");
        run.finish(Recordings.eventLoop(0.25, 0.75));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxTurns.call(
                () -> window.model().results().totalProperty().get()).equals("750\u00a0ms"));
        assertThat(FxTurns.call(() -> charts.get(0).labels().get(ChartLabels.Key.NO_RUN)))
                .isEqualTo("aucune exécution");
    }
}
