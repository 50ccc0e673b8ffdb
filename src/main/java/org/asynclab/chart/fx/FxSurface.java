package org.asynclab.chart.fx;

import java.nio.IntBuffer;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;
import org.asynclab.chart.render.ChartFont;
import org.asynclab.chart.render.ChartPaint;
import org.asynclab.chart.render.ChartSurface;
import org.asynclab.chart.render.NativePaints;

/**
 * A {@link ChartSurface} on a JavaFX {@link Canvas}: the on-screen chart, or an offscreen canvas. Paints, fonts,
 * the density image and the text measurer are made once and reused, so a frame allocates nothing; every frame
 * starts with a full {@code clearRect}, which also empties the canvas' command buffer.
 */
public final class FxSurface implements ChartSurface {
    private static final double[] DASH = {9, 6};

    private final Canvas canvas;
    private final GraphicsContext gc;
    private final NativePaints<Paint> natives = new NativePaints<>(this::make);
    private final Map<ChartFont, Font> fonts = new EnumMap<>(ChartFont.class);
    private final Text measurer = new Text();
    private double scale = 1;
    private double zoom = 1;
    private WritableImage image;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int[] pixelArray;
    private final Callback<PixelBuffer<IntBuffer>, Rectangle2D> wholeBufferChanged = buffer -> null;

    /** A surface drawing on {@code canvas}. */
    public FxSurface(Canvas canvas) {
        this.canvas = canvas;
        this.gc = canvas.getGraphicsContext2D();
        gc.setImageSmoothing(false);
        gc.setTextBaseline(VPos.BASELINE);
        for (ChartFont f : ChartFont.values()) {
            fonts.put(f, Font.font(Font.getDefault().getFamily(), f.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    f.size()));
        }
    }

    /**
     * Sets the window's render scale and the chart's own zoom: the painter lays out a surface {@code zoom} times
     * smaller in points and everything is drawn {@code zoom} times larger, so text grows with its margins.
     * Edges snap to device pixels of both together.
     */
    public void setDeviceScale(double deviceScale, double chartZoom) {
        double z = chartZoom > 0 && Double.isFinite(chartZoom) ? chartZoom : 1;
        double s = (deviceScale > 0 ? deviceScale : 1) * z;
        if (s != scale || z != zoom) {
            scale = s;
            zoom = z;
            natives.clear();
        }
    }

    /** Sets the device pixels per point (the window's render scale), to snap edges to device pixels. */
    public void setDeviceScale(double deviceScale) {
        setDeviceScale(deviceScale, 1);
    }

    @Override
    public double width() {
        return canvas.getWidth() / zoom;
    }

    @Override
    public double height() {
        return canvas.getHeight() / zoom;
    }

    @Override
    public double deviceScale() {
        return scale;
    }

    @Override
    public void clear(ChartPaint background) {
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(zoom, 0, 0, zoom, 0, 0);
        gc.setFill(natives.get(background));
        gc.fillRect(0, 0, width(), height());
    }

    @Override
    public void fillRect(double x, double y, double w, double h, ChartPaint paint) {
        gc.setFill(natives.get(paint));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, ChartPaint paint, boolean dashed) {
        double device = Math.max(1, Math.round(lineWidth * scale));
        // A line of an odd number of device pixels is centred on a pixel's middle, not on its edge, to stay sharp.
        double shift = device % 2 == 1 ? 0.5 / scale : 0;
        gc.setStroke(natives.get(paint));
        gc.setLineWidth(device / scale);
        gc.setLineDashes(dashed ? DASH : null);
        gc.strokeLine(x1 + (x1 == x2 ? shift : 0), y1 + (y1 == y2 ? shift : 0),
                x2 + (x1 == x2 ? shift : 0), y2 + (y1 == y2 ? shift : 0));
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor) {
        gc.setFont(fonts.get(font));
        gc.setFill(natives.get(paint));
        gc.setTextAlign(anchor == Anchor.START ? TextAlignment.LEFT
                : anchor == Anchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.RIGHT);
        gc.fillText(text, x, y);
    }

    /** The chart's zoom: canvas pixels per point of the painter. */
    public double zoom() {
        return zoom;
    }

    @Override
    public double textWidth(String text, ChartFont font) {
        measurer.setFont(fonts.get(font));
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    @Override
    public void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            return;
        }
        // The image shares the painter's pixel array (no copy, no conversion): when the array or the size is the
        // same as last frame, telling the image that its buffer changed is enough.
        if (pixelBuffer == null || pixelArray != argb || pixelBuffer.getWidth() != pixelWidth
                || pixelBuffer.getHeight() != pixelHeight) {
            pixelArray = argb;
            pixelBuffer = new PixelBuffer<>(pixelWidth, pixelHeight, IntBuffer.wrap(argb),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixelBuffer);
        } else {
            pixelBuffer.updateBuffer(wholeBufferChanged);
        }
        gc.drawImage(image, x, y, w, h);
    }

    private Paint make(ChartPaint paint) {
        Color base = Color.rgb(paint.red(), paint.green(), paint.blue(), paint.opacity());
        if (paint.pattern() == ChartPaint.Pattern.SOLID) {
            return base;
        }
        int size = (int) Math.round(ChartPaint.TILE * scale);
        WritableImage tile = new WritableImage(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int argb = ChartPaint.inkAt(paint.pattern(), x, y, size) ? paint.inkArgb() : paint.argb();
                tile.getPixelWriter().setArgb(x, y, argb);
            }
        }
        return new ImagePattern(tile, 0, 0, ChartPaint.TILE, ChartPaint.TILE, false);
    }
}
