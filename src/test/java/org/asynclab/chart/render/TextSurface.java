package org.asynclab.chart.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A surface of a chosen size that keeps the texts it is asked to write, their baselines and their boxes; a text is
 * as wide as its characters times 0.55 of its font's size, here and to the painter that measures it.
 */
final class TextSurface implements ChartSurface {
    final List<String> texts = new ArrayList<>();
    final List<Double> baselines = new ArrayList<>();
    /** Each text's box, {left, top, right, bottom} (the last of a text written twice). */
    final Map<String, double[]> boxes = new HashMap<>();
    /** The x of each vertical line drawn (markers), in the order drawn. */
    final List<Double> verticalLines = new ArrayList<>();
    /** Every line drawn, {x1, y1, x2, y2, 1 when dashed else 0, width}, in the order drawn. */
    final List<double[]> lines = new ArrayList<>();
    /** What was drawn, in order: a text by itself, a filled rectangle as "fill x y w h paint". */
    final List<String> drawn = new ArrayList<>();
    private final double width;
    private final double height;

    TextSurface(double width, double height) {
        this.width = width;
        this.height = height;
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
    public void clear(ChartPaint background) {
        texts.clear();
        baselines.clear();
        boxes.clear();
        verticalLines.clear();
        lines.clear();
        drawn.clear();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, ChartPaint paint) {
        drawn.add("fill " + x + " " + y + " " + w + " " + h + " " + paint);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double w, ChartPaint paint, boolean dashed) {
        if (x1 == x2) {
            verticalLines.add(x1);
        }
        lines.add(new double[] {x1, y1, x2, y2, dashed ? 1 : 0, w});
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor) {
        texts.add(text);
        drawn.add(text);
        baselines.add(y);
        double w = textWidth(text, font);
        double left = anchor == Anchor.START ? x : anchor == Anchor.END ? x - w : x - w / 2;
        boxes.put(text, new double[] {left, y - font.size() * 0.75, left + w, y + font.size() * 0.2});
    }

    @Override
    public double textWidth(String text, ChartFont font) {
        return text.length() * font.size() * 0.55;
    }

    @Override
    public void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight) {
    }
}
