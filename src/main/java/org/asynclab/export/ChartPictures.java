package org.asynclab.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.SvgSurface;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskTimeline;

/**
 * The painter of an exported picture, set up from a {@link ChartSpec}: theme, view, language, title and ideal
 * marker; and, for a run, its mode, so the legend words the waits as the window does ("waiting for a worker", not
 * "to start"). A comparison's pictures share one time axis, as its charts do in the window ({@link #onOneAxis}).
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

    /**
     * The painters of a comparison's pictures on one time axis ({@link SharedTime}), as the window draws them: the
     * same seconds per point and the same span, so a 0.575 s run and a 3.72 s run no longer look equally long.
     * Each is laid out once before any is painted, so the first knows the second's span.
     */
    static List<ChartPainter> onOneAxis(List<? extends TaskTimeline> timelines, List<ChartSpec> specs) {
        SharedTime time = new SharedTime();
        List<ChartPainter> painters = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            ChartPainter painter = painter(timelines.get(i), specs.get(i));
            if (timelines.size() > 1) {
                painter.setSharedTime(time, () -> { });
            }
            painters.add(painter);
        }
        if (timelines.size() > 1) {
            for (int i = 0; i < painters.size(); i++) {
                painters.get(i).layout(new SvgSurface(specs.get(i).width(), specs.get(i).height()));
            }
        }
        return painters;
    }
}
