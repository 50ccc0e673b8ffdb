package org.asynclab.export;

import java.nio.file.Path;
import org.asynclab.chart.ChartSpec;
import org.asynclab.model.TaskTimeline;

/**
 * The exports of a run in one place, for the command line and the app: PNG (at 1× … 4×), SVG and trace JSON.
 * Every file is written whole or not at all; none needs a display.
 *
 * <pre>{@code
 * ChartSpec spec = ChartSpec.defaults().withTitle(title).withIdealSeconds(summary.idealSeconds());
 * ChartExport.png(result, spec, Path.of("run.png"), 2);
 * ChartExport.svg(result, spec.withTheme(ChartTheme.DARK), Path.of("run.svg"));
 * ChartExport.trace(result, Path.of("run.trace.json"));
 * }</pre>
 */
public final class ChartExport {
    private ChartExport() {
    }

    /** A PNG of {@code spec}'s size times {@code scale} (1 … 4); see {@link PngExport#write}. */
    public static void png(TaskTimeline timeline, ChartSpec spec, Path target, double scale) throws ExportException {
        PngExport.write(timeline, spec, target, scale);
    }

    /** An SVG of {@code spec}'s size in points; see {@link SvgExport#write}. */
    public static void svg(TaskTimeline timeline, ChartSpec spec, Path target) throws ExportException {
        SvgExport.write(timeline, spec, target);
    }

    /** A Chrome / Perfetto trace; see {@link TraceExport#write}. */
    public static void trace(TaskTimeline timeline, Path target) throws ExportException {
        TraceExport.write(timeline, target);
    }
}
