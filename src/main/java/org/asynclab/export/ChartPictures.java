package org.asynclab.export;

import java.util.Objects;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/**
 * The painter of an exported picture, set up from a {@link ChartSpec}: theme, view, language, title and ideal
 * marker; and, for a run, its mode, so the legend words the waits as the window does ("waiting for a worker", not
 * "to start").
 */
final class ChartPictures {
    private ChartPictures() {
    }

    static ChartPainter painter(TaskTimeline timeline, ChartSpec spec) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(spec, "spec");
        ChartPainter painter = new ChartPainter(spec.theme().palette());
        painter.setTimeline(timeline);
        painter.setView(spec.view());
        painter.setTitle(spec.title());
        painter.setLabels(spec.words());
        if (timeline instanceof RunResult run) {
            painter.setMode(run.config().mode());
        }
        painter.setIdealNanos(Double.isNaN(spec.idealSeconds()) ? -1 : Math.round(spec.idealSeconds() * 1e9));
        return painter;
    }
}
