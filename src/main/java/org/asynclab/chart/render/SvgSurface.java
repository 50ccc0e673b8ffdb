package org.asynclab.chart.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A {@link ChartSurface} that writes SVG: every bar a {@code <rect>} inside a {@code <g class="task">} with a
 * {@code <title>} (a browser shows it on hover), patterns as {@code <pattern>} tiles drawn by the same rule as the
 * other back-ends, and density bands as one embedded PNG. Text is measured with Java2D's metrics of the same font,
 * so labels are placed as in the PNG.
 */
public final class SvgSurface implements ChartSurface {
    private static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final BitSet definedPatterns = new BitSet();
    private final Java2dSurface measurer = new Java2dSurface(1, 1, 1);

    /** An SVG picture of {@code widthPoints} × {@code heightPoints}. */
    public SvgSurface(double widthPoints, double heightPoints) {
        this.width = widthPoints;
        this.height = heightPoints;
    }

    /** The whole SVG document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"" + num(width) + "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " "
                + num(height) + "\">\n<defs>" + defs + "</defs>\n" + body + "</svg>\n";
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
        return 1;
    }

    @Override
    public boolean groupsTasks() {
        return true;
    }

    @Override
    public void clear(ChartPaint background) {
        body.setLength(0);
        body.append("<rect width=\"100%\" height=\"100%\"").append(fill(background)).append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, ChartPaint paint) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"').append(fill(paint)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, ChartPaint paint, boolean dashed) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(hex(paint.argb()))
                .append("\" stroke-width=\"").append(num(lineWidth)).append('"');
        if (dashed) {
            body.append(" stroke-dasharray=\"9 6\"");
        }
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor) {
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-family=\"")
                .append(FONT_FAMILY).append("\" font-size=\"").append(num(font.size())).append('"');
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        body.append(" fill=\"").append(hex(paint.argb())).append("\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, ChartFont font) {
        return measurer.textWidth(text, font);
    }

    @Override
    public void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0) {
            return;
        }
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, target, 0, pixelWidth * pixelHeight);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("the density image could not be encoded", e);
        }
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        body.append("<image class=\"density\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"").append(data)
                .append("\" xlink:href=\"").append(data).append("\"/>\n");
    }

    @Override
    public void beginTask(int task, String description) {
        body.append("<g class=\"task\" data-task=\"").append(task).append("\"><title>").append(escape(description))
                .append("</title>\n");
    }

    @Override
    public void endTask() {
        body.append("</g>\n");
    }

    private String fill(ChartPaint paint) {
        if (paint.pattern() == ChartPaint.Pattern.SOLID) {
            String opacity = paint.opacity() < 1 ? "\" fill-opacity=\"" + num(paint.opacity()) : "";
            return " fill=\"" + hex(paint.argb()) + opacity + "\"";
        }
        if (!definedPatterns.get(paint.id())) {
            definedPatterns.set(paint.id());
            int size = ChartPaint.TILE;
            defs.append("<pattern id=\"p").append(paint.id()).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                    .append(size).append("\" height=\"").append(size).append("\"><rect width=\"").append(size)
                    .append("\" height=\"").append(size).append("\" fill=\"").append(hex(paint.argb())).append("\"/>");
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (ChartPaint.inkAt(paint.pattern(), x, y, size)) {
                        defs.append("<rect x=\"").append(x).append("\" y=\"").append(y)
                                .append("\" width=\"1\" height=\"1\" fill=\"").append(hex(paint.inkArgb()))
                                .append("\"/>");
                    }
                }
            }
            defs.append("</pattern>");
        }
        return " fill=\"url(#p" + paint.id() + ")\"";
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** A coordinate with at most two decimals and no trailing zeros. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return String.format(Locale.ROOT, "%.2f", hundredths / 100.0).replaceAll("0$", "");
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
