package org.asynclab.chart.render;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.asynclab.chart.geometry.PlotAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepResult;

/**
 * Paints a sweep's plot on any {@link ChartSurface}: how each mode scales with n. Two panels side by side, total
 * time against n and average time against n, one line and marker shape per mode in the mode's colour
 * ({@code -al-mode-*}), on a logarithmic n axis; the average is always on a log scale, the total on a log scale
 * when its values span two decades or more (or as {@link #setTotalScale set}). Dashed lines show what the modes
 * would reach without overhead: the ideal totals of the plan's own steps (the sum of the delays, the longest delay;
 * {@link SweepReferences}), so a class sees the measured points sit on them.
 *
 * <pre>{@code
 * SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
 * painter.setResult(sweep.soFar());            // after each step; the axes grow with the points
 * painter.setCurrent(new SweepPlan.Step(Mode.VIRTUAL, 1000));   // the step being measured, or null
 * painter.paint(surface);                      // an FxSurface, a Java2dSurface (PNG) or an SvgSurface
 * }</pre>
 *
 * <p>Not thread-safe: use one painter from one thread. It is cheap (a few hundred shapes), so it redraws whole.
 */
public final class SweepPainter {
    private static final double PAD = 20;
    private static final double TITLE_BASELINE = PAD + 26;
    private static final double LEGEND_CENTRE = 84;
    private static final double PANELS_TOP = 112;
    /** How far a legend's second line is below its first. */
    private static final double LEGEND_LINE = 28;

    private final SweepPanel total = new SweepPanel(SweepPanel.Figure.TOTAL);
    private final SweepPanel average = new SweepPanel(SweepPanel.Figure.AVERAGE);
    private Palette palette;
    private ChartLabels words = ChartLabels.ENGLISH;
    private BiFunction<Mode, Integer, String> modeNames = Mode::englishName;
    private SweepResult result;
    private String title = "";
    private PlotAxis.Scale totalScale;
    private SweepPlan.Step current;
    /** The ideals the dashed lines go through, of the plan shown last: worked out again only for another plan. */
    private SweepReferences.Ideals ideals;

    /** A painter with the colours of {@code palette} and nothing to show yet. */
    public SweepPainter(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** Uses other colours from the next frame on. */
    public void setPalette(Palette newPalette) {
        palette = Objects.requireNonNull(newPalette, "palette");
    }

    /**
     * Writes the plot's words from {@code labels} and names the modes with {@code names} (a mode and the pool's
     * size: the window's "Pool de 4"); English words and names otherwise.
     */
    public void setLabels(ChartLabels labels, BiFunction<Mode, Integer, String> names) {
        words = Objects.requireNonNull(labels, "labels");
        modeNames = Objects.requireNonNull(names, "names");
        total.setLabels(labels, names);
        average.setLabels(labels, names);
    }

    /** Shows {@code sweep}'s points (null for none): a finished sweep, or the points of one under way. */
    public void setResult(SweepResult sweep) {
        result = sweep;
    }

    /** The title line; empty for {@link #defaultTitle(SweepPlan)}. */
    public void setTitle(String text) {
        title = text == null ? "" : text;
    }

    /** The total panel's y scale: log, linear, or null to choose by the data (log when it spans two decades). */
    public void setTotalScale(PlotAxis.Scale scale) {
        totalScale = scale;
    }

    /** The step being measured, drawn as a dashed line at its n; null for none. */
    public void setCurrent(SweepPlan.Step step) {
        current = step;
    }

    /** "Sweep: 1 to 1,000 io tasks, max delay 0.5 s, seed 42": what the plot shows, for its title line. */
    public static String defaultTitle(SweepPlan plan) {
        int first = plan.sizes().get(0);
        int last = plan.sizes().get(plan.sizes().size() - 1);
        String lock = plan.globalLock() ? ", simulated GIL" : "";
        return String.format(Locale.ROOT, "Sweep: %,d to %,d %s tasks, max delay %s s, seed %d%s", first, last,
                plan.kind().id(), seconds(plan.maxDelaySeconds()), plan.seed(), lock);
    }

    private static String seconds(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    /** Paints one whole picture. */
    public void paint(ChartSurface s) {
        s.clear(palette.of(ChartColor.BACKGROUND));
        if (result == null) {
            s.text(words.get(ChartLabels.Key.SWEEP_NONE), s.width() / 2, s.height() / 2, ChartFont.TITLE,
                    palette.of(ChartColor.TEXT_MUTED),
                    ChartSurface.Anchor.MIDDLE);
            return;
        }
        String heading = title.isEmpty() ? defaultTitle(result.plan()) : title;
        // A title too long for the title font (a narrow window, a long language) is written smaller, never cut.
        ChartFont font = s.textWidth(heading, ChartFont.TITLE) <= s.width() - 2 * PAD ? ChartFont.TITLE
                : ChartFont.MARKER;
        s.text(heading, PAD, TITLE_BASELINE, font, palette.of(ChartColor.TEXT), ChartSurface.Anchor.START);
        paintStatus(s, PAD + s.textWidth(heading, font));
        double top = PANELS_TOP + (paintLegend(s) - 1) * LEGEND_LINE;
        double width = (s.width() - 3 * PAD) / 2;
        double height = Math.max(120, s.height() - top - PAD / 2);
        PlotAxis.Scale scale = totalScale != null ? totalScale
                : SweepPanel.spansDecades(result, SweepPanel.Figure.TOTAL) ? PlotAxis.Scale.LOG : PlotAxis.Scale.LINEAR;
        total.paint(s, palette, result, ideals(result.plan()), new double[] {PAD, top, width, height}, scale,
                current);
        average.paint(s, palette, result, ideals(result.plan()), new double[] {2 * PAD + width, top, width, height},
                PlotAxis.Scale.LOG, current);
    }

    private SweepReferences.Ideals ideals(SweepPlan plan) {
        if (ideals == null || !ideals.plan().equals(plan)) {
            ideals = SweepReferences.Ideals.of(plan);
        }
        return ideals;
    }

    /**
     * How many steps are measured, on the right of the title line, if it fits beside the title ending at
     * {@code titleEnd} (the window says it in its progress line as well).
     */
    private void paintStatus(ChartSurface s, double titleEnd) {
        int steps = result.plan().steps().size();
        String status = words.format(result.cancelled() ? ChartLabels.Key.SWEEP_STOPPED : ChartLabels.Key.SWEEP_STEPS,
                words.integer(result.points().size()), words.integer(steps));
        if (titleEnd + 2 * PAD + s.textWidth(status, ChartFont.LABEL) > s.width() - PAD) {
            return;
        }
        s.text(status, s.width() - PAD, TITLE_BASELINE, ChartFont.LABEL, palette.of(ChartColor.TEXT_MUTED),
                ChartSurface.Anchor.END);
    }

    /**
     * One item per mode (line, marker, name), the dashed reference line, and the steps a mode had to skip, on as
     * many lines as they need (two at most); returns how many it took. At 1024 px in French the reference's item
     * ("attendu sans surcoût") did not fit beside the four modes and was left out, while a reference line's own name
     * is left out where no place fits it: the dashed line then said nothing at all.
     */
    private int paintLegend(ChartSurface s) {
        ChartPaint text = palette.of(ChartColor.TEXT);
        ChartPaint muted = palette.of(ChartColor.TEXT_MUTED);
        SweepPlan plan = result.plan();
        LegendRow row = new LegendRow(s.width() - PAD);
        for (Mode mode : plan.modes()) {
            String name = modeNames.apply(mode, plan.workers());
            double centre = row.place(SweepMarks.SWATCH_W + 8 + s.textWidth(name, ChartFont.LABEL));
            double x = row.x + SweepMarks.swatch(s, mode, row.x, centre, palette.of(ChartColor.mode(mode))) + 8;
            s.text(name, x, centre + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL, text,
                    ChartSurface.Anchor.START);
            row.advance();
        }
        if (ideals(plan).any()) {
            String reference = words.get(ChartLabels.Key.SWEEP_EXPECTED);
            double centre = row.place(SweepMarks.SWATCH_W + 8 + s.textWidth(reference, ChartFont.LABEL));
            if (row.fits()) {
                s.line(row.x, centre, row.x + SweepMarks.SWATCH_W, centre, 2, muted, true);
                s.text(reference, row.x + SweepMarks.SWATCH_W + 8, centre + ChartFont.LABEL.centreToBaseline(),
                        ChartFont.LABEL, text, ChartSurface.Anchor.START);
                row.advance();
            }
        }
        if (!plan.skipped().isEmpty()) {
            String note = words.format(ChartLabels.Key.SWEEP_THREADS_STOP,
                    words.integer(org.asynclab.model.Limits.MAX_THREADS_MODE_TASKS));
            double centre = row.place(s.textWidth(note, ChartFont.LABEL));
            if (row.fits()) {
                s.text(note, row.x, centre + ChartFont.LABEL.centreToBaseline(), ChartFont.LABEL, muted,
                        ChartSurface.Anchor.START);
            }
        }
        return row.line;
    }

    /** Where the legend's next item goes: on the first line while it fits, then on the second. */
    private static final class LegendRow {
        private final double right;
        private double x = PAD;
        private double width;
        private int line = 1;

        LegendRow(double right) {
            this.right = right;
        }

        /** Places an item {@code itemWidth} wide (starting the second line if it does not fit); its centre. */
        double place(double itemWidth) {
            width = itemWidth;
            if (x > PAD && x + width > right && line == 1) {
                line = 2;
                x = PAD;
            }
            return LEGEND_CENTRE + (line - 1) * LEGEND_LINE;
        }

        /** Whether the item placed last fits on its line (a second line too narrow for it leaves it out). */
        boolean fits() {
            return x + width <= right;
        }

        /** Moves past the item placed last and the gap after it. */
        void advance() {
            x += width + 28;
        }
    }
}
