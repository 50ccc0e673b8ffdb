package org.asynclab.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.ChartPainter;
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

    /**
     * PNGs of a comparison's runs (or of one run), a file each, on one time axis as the window draws them: a run
     * that took a sixth of the other's time is a sixth as long. {@code specs} and {@code targets} go with
     * {@code timelines}, index by index.
     */
    public static void pngs(List<? extends TaskTimeline> timelines, List<ChartSpec> specs, List<Path> targets,
                            double scale) throws ExportException {
        PngExport.checkScale(scale);
        List<ChartPainter> painters = ChartPictures.onOneAxis(timelines, specs);
        for (int i = 0; i < painters.size(); i++) {
            PngExport.writeImage(PngExport.render(painters.get(i), specs.get(i), scale), targets.get(i));
        }
    }

    /** SVGs of a comparison's runs on one time axis, as {@link #pngs} draws them. */
    public static void svgs(List<? extends TaskTimeline> timelines, List<ChartSpec> specs, List<Path> targets)
            throws ExportException {
        List<ChartPainter> painters = ChartPictures.onOneAxis(timelines, specs);
        for (int i = 0; i < painters.size(); i++) {
            String svg = SvgExport.render(painters.get(i), specs.get(i));
            AtomicFiles.write(targets.get(i), out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
