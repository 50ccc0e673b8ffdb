package org.asynclab.ui.chart;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.asynclab.chart.ChartLegend;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.replay.ReplayViewModel;
import org.asynclab.ui.results.ResultsViewModel;
import org.asynclab.ui.run.RunViewModel;

/**
 * The controller of ChartStage.fxml: places the chart(s) made by {@link ChartArea}, shows the shared legend line
 * in a comparison and the hint before the first run. The main controller reaches the charts (zoom, theme, text
 * size) through {@link #chartArea()}.
 */
public final class ChartStageController {
    @FXML private VBox chartStack;
    @FXML private ChartLegend sharedLegend;
    @FXML private Label chartHint;
    /** The replay bar's place until the hint first gives way, then the bar. */
    @FXML private Node replayBar;

    private final ChartStageViewModel stage;
    private final UiText text;
    private final RunViewModel run;
    private final ReplayViewModel replay;
    private final ResultsViewModel results;
    private final Supplier<ChartPane> charts;
    private final Executor copier;
    private final UnaryOperator<Node> replayRoom;
    private boolean replayLoaded;
    private ChartArea chartArea;

    /**
     * Creates the controller.
     *
     * @param charts makes the chart control(s)
     * @param copier where live timelines are copied, away from the FX thread
     * @param replayRoom loads the replay bar (ReplayBar.fxml) in the place of the node it is given and returns
     *                   it; called when the hint first gives way (a run), not at every start
     */
    public ChartStageController(ChartStageViewModel stage, UiText text, RunViewModel run, ReplayViewModel replay,
                                ResultsViewModel results, Supplier<ChartPane> charts, Executor copier,
                                UnaryOperator<Node> replayRoom) {
        this.stage = stage;
        this.text = text;
        this.run = run;
        this.replay = replay;
        this.results = results;
        this.charts = charts;
        this.copier = copier;
        this.replayRoom = replayRoom;
    }

    @FXML
    private void initialize() {
        chartArea = new ChartArea(text, run, replay, results, chartStack, sharedLegend, charts, copier);
        show(sharedLegend, stage.comparingProperty().get());
        stage.comparingProperty().addListener((o, was, now) -> show(sharedLegend, now));
        show(chartHint, stage.hintShownProperty().get());
        showReplay(!stage.hintShownProperty().get());
        stage.hintShownProperty().addListener((o, was, now) -> {
            show(chartHint, now);
            showReplay(!now);
        });
    }

    private void showReplay(boolean shown) {
        if (shown && !replayLoaded) {
            replayBar = replayRoom.apply(replayBar);
            replayLoaded = true;
        }
        show(replayBar, shown);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The charts of the stage. */
    public ChartArea chartArea() {
        return chartArea;
    }

    /** The pane the charts stand in, one above the other: the stage's share of the window is its height. */
    public VBox chartStack() {
        return chartStack;
    }
}
