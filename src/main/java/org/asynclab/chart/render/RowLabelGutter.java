package org.asynclab.chart.render;

import org.asynclab.chart.ChartView;

/**
 * The width of a chart's row-label column. It is measured again only when the widest label may have changed (the
 * view, the task count, the surface or the first and last lanes' names): a live run lays its chart out at every
 * pulse, and measuring 10⁴ labels there would cost the FX thread a frame.
 */
final class RowLabelGutter {
    /** The narrowest and widest the column may be, in points. */
    private static final double MIN = 44;
    private static final double MAX = 300;

    private ChartView view;
    private int size = -1;
    private ChartSurface surface;
    private String first = "";
    private String last = "";
    private double width;

    /** The column's width for the frame {@code f}, on {@code s}. */
    double width(Frame f, ChartSurface s) {
        int lanes = f.timeline == null ? 0 : f.timeline.laneCount();
        boolean threads = f.view == ChartView.THREADS && lanes > 0;
        String firstLane = threads ? f.timeline.laneName(0) : "";
        String lastLane = threads ? f.timeline.laneName(lanes - 1) : "";
        if (f.view != view || f.size() != size || s != surface || !firstLane.equals(first) || !lastLane.equals(last)) {
            view = f.view;
            size = f.size();
            surface = s;
            first = firstLane;
            last = lastLane;
            String widest = f.view == ChartView.TASKS ? TaskLabels.widest(f.timeline, f.words)
                    : lanes == 0 ? f.words.get(ChartLabels.Key.QUEUE_ROW) : longer(firstLane, lastLane);
            width = Math.min(MAX, Math.max(MIN, s.textWidth(widest, ChartFont.LABEL)));
        }
        return width;
    }

    private static String longer(String a, String b) {
        return a.length() >= b.length() ? a : b;
    }
}
