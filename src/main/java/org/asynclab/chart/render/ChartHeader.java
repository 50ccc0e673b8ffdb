package org.asynclab.chart.render;

/**
 * The header of a chart with a legend of its own: the title (one line, or two for a picture's long title), the
 * legend (beside the title when it fits there, else on as many lines under it as its entries need) and the line of
 * the markers' labels; where the plot starts under them.
 */
final class ChartHeader {
    private static final double TITLE_BASELINE = ChartPainter.PAD + 24;
    /** Below the title: the legend's line, when it has one of its own. */
    private static final double LINE = 28;
    /** From a line's centre to the top of the plot: room for the marker labels. */
    private static final double MARKER_ROOM = 14;
    /** The share of a chart's height its title, legend and markers may take before the legend stops wrapping. */
    private static final double LEGEND_SHARE = 0.4;

    /** The legend's lines, for its entries before the rows are laid out and for those the rows show (two masks). */
    private final LegendLineCount allLines = new LegendLineCount();
    private final LegendLineCount shownLines = new LegendLineCount();
    private double legendX;
    private double legendCentre;
    /** The distance between two lines of the legend; 0 when it stands on the title's line. */
    private double legendLine;
    private int legendLines = 1;
    private double markerCentre;
    /** Whether the title takes two lines (a picture's long title, layout11); the rest of the header moves down. */
    private boolean titleBroken;

    /**
     * Lays the header out for the {@code legend}'s entries ({@code shown}: as the laid-out rows show them) and
     * returns the top of the plot, in points.
     *
     * @param spare the lowest the plot may start and keep its rows at their preferred height
     */
    double layout(Frame f, TitleLine titleLine, String title, long legend, boolean shown, double spare) {
        double pad = ChartPainter.PAD;
        double height = f.surface.height();
        legendX = titleLine.inlineLegendX(f, title, pad, legend);
        boolean inline = !Double.isNaN(legendX);
        // A title too long for its line takes a second one rather than end in "…", while the header keeps to
        // its share of the height (a thumbnail keeps one cut line and its bars).
        titleBroken = !inline && titleLine.titleBreaks(f, title, pad)
                && TITLE_BASELINE + 2 * LINE + MARKER_ROOM <= height * LEGEND_SHARE;
        double titleBottom = TITLE_BASELINE + (titleBroken ? LINE : 0);
        legendCentre = inline ? TITLE_BASELINE - ChartFont.TITLE.centreToBaseline() : titleBottom + LINE;
        legendX = inline ? legendX : pad;
        // Under the title, the legend takes as many lines as its entries need, none left out (a narrow chart,
        // beside the code at 1024 px in French, lost "failed" and "total" when it had one line), so long as the
        // plot keeps most of the chart, or its rows their preferred height: a thumbnail keeps one line and its bars,
        // and a Python chart of three rows beside the code no longer lost "awaiting", the state of its bars.
        legendLine = inline ? 0 : LINE;
        int byShare = (int) Math.floor((height * LEGEND_SHARE - titleBottom - 2 * LINE - MARKER_ROOM) / LINE);
        int byRows = (int) Math.floor((spare - titleBottom - 2 * LINE - MARKER_ROOM) / LINE);
        int needed = (shown ? shownLines : allLines).of(f, legend, pad);
        legendLines = inline ? 1 : Math.max(1, Math.min(1 + Math.max(0, Math.max(byShare, byRows)), needed));
        markerCentre = (inline ? TITLE_BASELINE : legendCentre + (legendLines - 1) * LINE) + LINE;
        return markerCentre + MARKER_ROOM;
    }

    /** The centre of the markers' labels' line, as of the last layout. */
    double markerCentre() {
        return markerCentre;
    }

    /** Paints the legend's {@code legend} entries and the title where the last layout put them. */
    void paint(Frame f, TitleLine titleLine, String title, long legend) {
        LegendPainter.paint(f, legend, legendX, legendCentre, legendLine, legendLines);
        if (titleBroken) {
            titleLine.paintTitle(f, title, ChartPainter.PAD, TITLE_BASELINE, LINE);
        } else {
            titleLine.paintTitle(f, title, ChartPainter.PAD, TITLE_BASELINE, false);
        }
    }
}
