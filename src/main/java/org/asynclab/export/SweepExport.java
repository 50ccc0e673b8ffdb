package org.asynclab.export;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.Java2dSurface;
import org.asynclab.chart.render.SvgSurface;
import org.asynclab.chart.render.SweepPainter;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.SweepResult;

/**
 * Writes a sweep's plot (total and average against n, see {@link SweepPainter}) as PNG or SVG, with no display,
 * from the same painter as the window. The picture takes the size, theme and title of a {@link ChartSpec} (an empty
 * title gives {@link SweepPainter#defaultTitle}); the spec's view and ideal marker belong to the Gantt chart and do
 * not apply here.
 *
 * <pre>{@code
 * SweepExport.png(sweep, ChartSpec.defaults(), Path.of("sweep.png"), 2);
 * SweepExport.svg(sweep, ChartSpec.defaults().withTheme(ChartTheme.DARK), Path.of("sweep.svg"));
 * SweepCsv.write(Path.of("sweep.csv"), sweep);
 * }</pre>
 */
public final class SweepExport {
    private SweepExport() {
    }

    /**
     * Writes a PNG of {@code spec.width() × scale} by {@code spec.height() × scale} pixels, atomically.
     *
     * @throws InvalidSettingException when {@code scale} is outside 1 … 4
     * @throws ExportException         when the file cannot be written (no partial file is left)
     */
    public static void png(SweepResult sweep, ChartSpec spec, Path target, double scale) throws ExportException {
        PngExport.writeImage(renderPng(sweep, spec, scale), target);
    }

    /**
     * Writes an SVG of {@code spec.width()} × {@code spec.height()} points, atomically.
     *
     * @throws ExportException when the file cannot be written (no partial file is left)
     */
    public static void svg(SweepResult sweep, ChartSpec spec, Path target) throws ExportException {
        String svg = renderSvg(sweep, spec);
        AtomicFiles.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Draws the PNG's picture without writing it. */
    public static BufferedImage renderPng(SweepResult sweep, ChartSpec spec, double scale) {
        PngExport.checkScale(scale);
        SweepPainter painter = painter(sweep, spec);
        try (Java2dSurface surface = new Java2dSurface(spec.width(), spec.height(), scale)) {
            painter.paint(surface);
            return surface.image();
        }
    }

    /** The SVG document, without writing it. */
    public static String renderSvg(SweepResult sweep, ChartSpec spec) {
        SvgSurface surface = new SvgSurface(spec.width(), spec.height());
        painter(sweep, spec).paint(surface);
        return surface.document();
    }

    private static SweepPainter painter(SweepResult sweep, ChartSpec spec) {
        Objects.requireNonNull(sweep, "sweep");
        SweepPainter painter = new SweepPainter(spec.theme().palette());
        painter.setResult(sweep);
        painter.setTitle(spec.title());
        return painter;
    }
}
