package org.asynclab.chart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link ChartSurface} that draws into a Java2D image, for PNG export with no display (it works with
 * {@code java.awt.headless=true}). It draws in device pixels with no scale transform: every rectangle is rounded
 * to whole pixels, so at 2× a bar edge is as sharp as at 1× instead of a blurred half pixel.
 */
public final class Java2dSurface implements ChartSurface, AutoCloseable {
    private final double width;
    private final double height;
    private final double scale;
    private final BufferedImage image;
    private final Graphics2D g;
    private final Map<ChartFont, Font> fonts = new HashMap<>();
    private final Map<Long, BasicStroke> strokes = new HashMap<>();
    private final NativePaints<Paint> natives = new NativePaints<>(this::make);
    private BufferedImage pixelImage;

    /** A surface of {@code widthPoints} × {@code heightPoints} at {@code deviceScale} pixels per point. */
    public Java2dSurface(double widthPoints, double heightPoints, double deviceScale) {
        this.width = widthPoints;
        this.height = heightPoints;
        this.scale = deviceScale;
        int w = (int) Math.round(widthPoints * deviceScale);
        int h = (int) Math.round(heightPoints * deviceScale);
        this.image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    /** The picture drawn so far. */
    public BufferedImage image() {
        return image;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public double deviceScale() {
        return scale;
    }

    private int px(double points) {
        return (int) Math.round(points * scale);
    }

    @Override
    public void clear(ChartPaint background) {
        g.setPaint(paint(background));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    @Override
    public void fillRect(double x, double y, double w, double h, ChartPaint paint) {
        int x0 = px(x);
        int y0 = px(y);
        int x1 = px(x + w);
        int y1 = px(y + h);
        if (x1 > x0 && y1 > y0) {
            g.setPaint(paint(paint));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, ChartPaint paint, boolean dashed) {
        g.setPaint(paint(paint));
        g.setStroke(stroke(lineWidth, dashed));
        if (x1 == x2 || y1 == y2) {
            g.drawLine(px(x1), px(y1), px(x2), px(y2));
            return;
        }
        // A slanted line (a sweep's plot) is smoothed; straight ones stay on whole pixels, sharp as bar edges.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.draw(new Line2D.Double(x1 * scale, y1 * scale, x2 * scale, y2 * scale));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    private BasicStroke stroke(double lineWidth, boolean dashed) {
        long key = Double.doubleToLongBits(lineWidth) ^ (dashed ? 1 : 0);
        return strokes.computeIfAbsent(key, k -> {
            float w = (float) Math.max(1, Math.round(lineWidth * scale));
            float[] dash = dashed ? new float[] {(float) (9 * scale), (float) (6 * scale)} : null;
            return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dash, 0);
        });
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor) {
        Font f = font(font);
        g.setFont(f);
        g.setPaint(paint(paint));
        float w = (float) (textWidth(text, font) * scale);
        float left = (float) (x * scale) - (anchor == Anchor.MIDDLE ? w / 2 : anchor == Anchor.END ? w : 0);
        g.drawString(text, left, (float) (y * scale));
    }

    @Override
    public double textWidth(String text, ChartFont font) {
        FontMetrics metrics = g.getFontMetrics(font(font));
        return metrics.getStringBounds(text, g).getWidth() / scale;
    }

    private Font font(ChartFont font) {
        return fonts.computeIfAbsent(font, k -> new Font(Font.SANS_SERIF, k.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) (k.size() * scale)));
    }

    @Override
    public void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            return;
        }
        if (pixelImage == null || pixelImage.getWidth() != pixelWidth || pixelImage.getHeight() != pixelHeight) {
            pixelImage = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        int[] target = ((DataBufferInt) pixelImage.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, target, 0, pixelWidth * pixelHeight);
        g.drawImage(pixelImage, px(x), px(y), px(x + w) - px(x), px(y + h) - px(y), null);
    }

    private Paint paint(ChartPaint paint) {
        return natives.get(paint);
    }

    private Paint make(ChartPaint paint) {
        Color base = new Color(paint.argb(), true);
        if (paint.pattern() == ChartPaint.Pattern.SOLID) {
            return base;
        }
        int size = (int) Math.round(ChartPaint.TILE * scale);
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                tile.setRGB(x, y, ChartPaint.inkAt(paint.pattern(), x, y, size) ? paint.inkArgb() : paint.argb());
            }
        }
        return new TexturePaint(tile, new Rectangle(0, 0, size, size));
    }

    @Override
    public void close() {
        g.dispose();
    }
}
