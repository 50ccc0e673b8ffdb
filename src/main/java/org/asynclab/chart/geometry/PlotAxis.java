package org.asynclab.chart.geometry;

import java.util.Arrays;
import java.util.Locale;

/**
 * A value axis of a plot, logarithmic or linear: the mapping between values and points along the axis, and its
 * ticks. Pure arithmetic, no toolkit, like {@link TimeAxis}. The axis runs from {@code from} (the point of its
 * smallest value: the left edge of an x axis, the bottom of a y axis) to {@code to}.
 *
 * <p>A logarithmic axis shows whole decades (1 … 1,000; 0.01 s … 10 s), ticked at each power of ten and, where a
 * decade is wide enough, at 2 and 5 times it too; a linear axis starts at 0 and is ticked at 1, 2 or 5 × 10^k.
 */
public final class PlotAxis {
    /** How values are spaced along the axis. */
    public enum Scale {
        /** Equal room for each factor of ten: 1, 10, 100 equally spaced. */
        LOG,
        /** Equal room for equal differences, from 0. */
        LINEAR
    }

    /** Points a decade needs before 2 × and 5 × ticks are labelled on it. */
    private static final double MINOR_LABEL_DECADE = 220;
    /** Points a decade needs before its 2 … 9 grid lines are drawn. */
    private static final double MINOR_GRID_DECADE = 60;

    private Scale scale;
    private double lo = 1;
    private double hi = 10;
    private double from;
    private double to = 1;

    /** An axis of {@code scale} showing 1 … 10 until it is fitted. */
    public PlotAxis(Scale scale) {
        this.scale = scale;
    }

    /** The spacing of values; a change takes effect at the next {@link #fit}. */
    public void setScale(Scale newScale) {
        scale = newScale;
    }

    /** How values are spaced. */
    public Scale scale() {
        return scale;
    }

    /**
     * Shows {@code [min, max]}: on a log scale from the decade at or below min to the one at or above max (at least
     * one decade); on a linear scale from 0 to a nice number at or above max. Values that cannot be shown (NaN, and
     * on a log scale 0 or less) are the caller's to leave out; with none left, pass NaN and the axis shows 1 … 10.
     */
    public void fit(double min, double max) {
        boolean usable = min > 0 && max >= min && Double.isFinite(max);
        if (scale == Scale.LOG) {
            if (!usable) {
                lo = 1;
                hi = 10;
                return;
            }
            lo = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
            hi = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
            if (hi <= lo) {
                hi = lo * 10;
            }
            return;
        }
        lo = 0;
        double top = Double.isFinite(max) && max > 0 ? max * 1.05 : 1;
        double step = TimeTicks.niceStep(top, 5, 1);
        hi = Math.ceil(top / step - 1e-9) * step;
    }

    /** Places the axis: the points of its smallest and of its largest value. */
    public void place(double fromPoint, double toPoint) {
        this.from = fromPoint;
        this.to = toPoint;
    }

    /** The smallest value shown. */
    public double lo() {
        return lo;
    }

    /** The largest value shown. */
    public double hi() {
        return hi;
    }

    /** The point of {@code value}; on a log scale a value of 0 or less lies below the axis' start. */
    public double position(double value) {
        return from + share(value) * (to - from);
    }

    /** Where {@code value} lies from the smallest value shown (0) to the largest (1). */
    public double share(double value) {
        if (scale == Scale.LOG) {
            if (!(value > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            return (Math.log10(value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        }
        return (value - lo) / (hi - lo);
    }

    /** Whether {@code value} lies within the values shown (a rounding error's width outside counts as in). */
    public boolean shows(double value) {
        double s = share(value);
        return s >= -1e-9 && s <= 1 + 1e-9;
    }

    /** The length of the axis in points. */
    public double length() {
        return Math.abs(to - from);
    }

    /**
     * The labelled ticks: each power of ten (every other one, or fewer, when decades are narrower than
     * {@code minSpacing} points), plus 2 × and 5 × on wide decades; on a linear scale, a nice step at least
     * {@code minSpacing} points apart.
     */
    public double[] ticks(double minSpacing) {
        if (scale == Scale.LINEAR) {
            double step = TimeTicks.niceStep(hi - lo, length(), minSpacing);
            int count = (int) Math.floor((hi - lo) / step + 1e-9) + 1;
            double[] ticks = new double[count];
            for (int i = 0; i < count; i++) {
                ticks[i] = lo + i * step;
            }
            return ticks;
        }
        int decades = decades();
        double decadeLength = length() / decades;
        int every = (int) Math.max(1, Math.ceil(minSpacing / Math.max(1e-9, decadeLength)));
        boolean minor = decadeLength >= MINOR_LABEL_DECADE;
        double[] ticks = new double[(decades + 1) * 3];
        int n = 0;
        for (int d = 0; d <= decades; d++) {
            double decade = lo * Math.pow(10, d);
            if (d % every == 0) {
                ticks[n++] = decade;
            }
            if (minor && d < decades) {
                ticks[n++] = 2 * decade;
                ticks[n++] = 5 * decade;
            }
        }
        return Arrays.copyOf(ticks, n);
    }

    /** Unlabelled grid lines: 2 … 9 × each decade of a log axis where decades are wide enough; none if linear. */
    public double[] minorTicks() {
        int decades = decades();
        if (scale == Scale.LINEAR || length() / decades < MINOR_GRID_DECADE) {
            return new double[0];
        }
        double[] ticks = new double[decades * 8];
        int n = 0;
        for (int d = 0; d < decades; d++) {
            double decade = lo * Math.pow(10, d);
            for (int k = 2; k <= 9; k++) {
                ticks[n++] = k * decade;
            }
        }
        return ticks;
    }

    private int decades() {
        return Math.max(1, (int) Math.round(Math.log10(hi / lo)));
    }

    /** A task count for a tick: 1, 20, 500, 1k, 10k, 200k, 1M. */
    public static String countLabel(double value) {
        double v = Math.round(value * 1e6) / 1e6;
        if (v >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (v >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    /** Seconds for a tick, in the unit that suits the value: 2 µs, 50 ms, 1 s, 100 s; 0 is {@code 0 s}. */
    public static String secondsLabel(double seconds) {
        double abs = Math.abs(seconds);
        if (abs == 0 || abs >= 0.9995) {
            return trim(seconds) + " s";
        }
        if (abs >= 0.9995e-3) {
            return trim(seconds * 1e3) + " ms";
        }
        return trim(seconds * 1e6) + " µs";
    }

    /** A number with at most three decimals and no trailing zeros. */
    private static String trim(double v) {
        String text = String.format(Locale.ROOT, "%.3f", v);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
