package org.asynclab.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.SvgSurface;
import org.asynclab.model.TaskTimeline;

/**
 * Writes the chart of a timeline as an SVG, from the same painter and layout as the PNG: a vector picture for
 * slides and print. Each task is a {@code <g class="task">} with a tooltip title; density bands, where rows are
 * thinner than a point, are one embedded image.
 */
public final class SvgExport {
    private SvgExport() {
    }

    /**
     * Writes {@code target} atomically, {@code spec.width()} × {@code spec.height()} points.
     *
     * @throws ExportException when the file cannot be written (no partial file is left)
     */
    public static void write(TaskTimeline timeline, ChartSpec spec, Path target) throws ExportException {
        String svg = render(timeline, spec);
        AtomicFiles.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SVG document, without writing it. */
    public static String render(TaskTimeline timeline, ChartSpec spec) {
        return render(ChartPictures.painter(timeline, spec), spec);
    }

    /** The SVG document of {@code painter}'s picture of {@code spec}'s size. */
    static String render(ChartPainter painter, ChartSpec spec) {
        SvgSurface surface = new SvgSurface(spec.width(), spec.height());
        painter.paint(surface);
        return surface.document();
    }
}
