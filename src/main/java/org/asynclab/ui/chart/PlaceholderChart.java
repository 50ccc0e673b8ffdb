package org.asynclab.ui.chart;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.asynclab.ui.StyleClasses;
import org.asynclab.ui.UiText;

/**
 * Stands in the chart's place until the Gantt control exists: a pane that says how many tasks finished. It
 * keeps the window and its tests working; it draws no bars.
 */
public final class PlaceholderChart implements ChartPane {
    private final StackPane pane = new StackPane();
    private final Label label = new Label();
    private final UiText text;
    private String title = "";

    /** Creates an empty placeholder. */
    public PlaceholderChart(UiText text) {
        this.text = text;
        pane.getStyleClass().add(StyleClasses.CHART);
        label.getStyleClass().add(StyleClasses.CHART_PLACEHOLDER);
        pane.getChildren().add(label);
        clear();
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(TaskTimeline timeline) {
        int finished = timeline instanceof RunResult result ? result.finishedCount()
                : timeline instanceof TimelineSnapshot frame ? frame.finishedCount() : countFinished(timeline);
        label.setText(title + "  " + text.format("results.progress", text.integer(finished),
                text.integer(timeline.size())));
    }

    private static int countFinished(TaskTimeline timeline) {
        int finished = 0;
        for (int task = 0; task < timeline.size(); task++) {
            if (timeline.finishedNanos(task) != TaskTimeline.NOT_YET) {
                finished++;
            }
        }
        return finished;
    }

    @Override
    public void clear() {
        label.setText(text.get("chart.empty"));
    }

    @Override
    public void setTitle(String newTitle) {
        title = newTitle;
    }

    @Override
    public void setMarkers(double totalSeconds, double idealSeconds) {
    }

    @Override
    public void setSharedSpan(long nanos) {
    }

    @Override
    public void zoomIn() {
    }

    @Override
    public void zoomOut() {
    }

    @Override
    public void fit() {
    }
}
