package org.asynclab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.Java2dSurface;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.TaskTimeline;

/**
 * Writes the chart of a timeline as a PNG, with no display needed. At scale 2 the chart is drawn again with twice
 * the pixels per point by the same painter, never an upscaled picture, so text and bar edges are as sharp as at 1.
 */
public final class PngExport {
    /** Smallest scale: one pixel per point. */
    public static final double MIN_SCALE = 1;
    /** Largest scale: four pixels per point. */
    public static final double MAX_SCALE = 4;

    private PngExport() {
    }

    /**
     * Writes {@code target} atomically: {@code spec.width() × scale} by {@code spec.height() × scale} pixels.
     *
     * @throws InvalidSettingException when {@code scale} is outside 1 … 4
     * @throws ExportException         when the file cannot be written (no partial file is left)
     */
    public static void write(TaskTimeline timeline, ChartSpec spec, Path target, double scale) throws ExportException {
        writeImage(render(timeline, spec, scale), target);
    }

    /** Writes {@code image} as a PNG file, atomically. */
    static void writeImage(BufferedImage image, Path target) throws ExportException {
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available in this Java runtime");
            }
        });
    }

    /** Draws the picture without writing it. */
    public static BufferedImage render(TaskTimeline timeline, ChartSpec spec, double scale) {
        return render(ChartPictures.painter(timeline, spec), spec, scale);
    }

    /** Draws {@code painter}'s picture of {@code spec}'s size at {@code scale}. */
    static BufferedImage render(ChartPainter painter, ChartSpec spec, double scale) {
        checkScale(scale);
        try (Java2dSurface surface = new Java2dSurface(spec.width(), spec.height(), scale)) {
            painter.paint(surface);
            return surface.image();
        }
    }

    /** Checks a scale: 1 … 4, decimals allowed. */
    public static void checkScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new InvalidSettingException("scale", "scale must be a number from 1 to 4 (got " + scale + ")");
        }
    }
}
