package org.asynclab.chart.geometry;

import java.util.Locale;

/**
 * The ticks of a {@link TimeAxis}: "nice" steps of 1, 2 or 5 times a power of ten, written in s, ms or µs
 * depending on the zoom. The instants and labels live in arrays that are reused from frame to frame; a label is
 * formatted again only when the step or the first tick changes, so a steady live frame allocates nothing.
 */
public final class TimeTicks {
    /** Most ticks ever shown; a plot would need to be far wider than any screen to want more. */
    static final int MAX_TICKS = 64;

    private final double[] times = new double[MAX_TICKS];
    private final String[] labels = new String[MAX_TICKS];
    private int count;
    private double step;
    private long firstIndex = Long.MIN_VALUE;
    private double labelledStep;
    private String unit = "s";
    private char decimal = '.';

    /**
     * The nice step for a span shown across {@code width} points with at least {@code minSpacing} points between
     * ticks: the smallest of 1, 2, 5 × 10^k nanoseconds that leaves that much room.
     */
    public static double niceStep(double spanNanos, double width, double minSpacing) {
        double raw = spanNanos * minSpacing / Math.max(1, width);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1e9;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normal = raw / magnitude;
        double nice;
        if (normal <= 1.0000001) {
            nice = 1;
        } else if (normal <= 2.0000001) {
            nice = 2;
        } else if (normal <= 5.0000001) {
            nice = 5;
        } else {
            nice = 10;
        }
        return nice * magnitude;
    }

    /**
     * Writes decimals with {@code separator} from the next update on ({@code ','} in French), so the chart's
     * numbers read as the window's "1,000 s"; {@code '.'} by default, as in English and in exported files.
     */
    public void setDecimalSeparator(char separator) {
        if (separator != decimal) {
            decimal = separator;
            labelledStep = Double.NaN;
        }
    }

    /** Recomputes the ticks for the axis' current window; labels are reformatted only when they change. */
    public void update(TimeAxis axis, double minSpacing) {
        double newStep = niceStep(axis.span(), axis.width(), minSpacing);
        long first = (long) Math.ceil(axis.start() / newStep - 1e-9);
        int n = 0;
        for (long k = first; n < MAX_TICKS; k++) {
            double t = k * newStep;
            if (t > axis.end() + newStep * 1e-9) {
                break;
            }
            times[n++] = t;
        }
        boolean relabel = newStep != labelledStep || first != firstIndex || n > count;
        step = newStep;
        count = n;
        if (relabel) {
            unit = unitFor(step);
            double unitNanos = unitNanos(unit);
            int decimals = decimalsFor(step / unitNanos);
            for (int i = 0; i < n; i++) {
                labels[i] = Durations.withSeparator(format(times[i] / unitNanos, decimals), decimal) + " " + unit;
            }
            labelledStep = newStep;
            firstIndex = first;
        }
    }

    /** Number of ticks in the window. */
    public int count() {
        return count;
    }

    /** The instant of tick {@code i}, in nanoseconds. */
    public double time(int i) {
        return times[i];
    }

    /** The label of tick {@code i}, e.g. {@code 0.5 s} or {@code 20 ms}. */
    public String label(int i) {
        return labels[i];
    }

    /** The step between ticks, in nanoseconds. */
    public double step() {
        return step;
    }

    /** The unit of the labels: s, ms or µs. */
    public String unit() {
        return unit;
    }

    /** The unit a step is written in: seconds from 0.1 s up, milliseconds from 0.1 ms, else microseconds. */
    static String unitFor(double stepNanos) {
        if (stepNanos >= 1e8 - 1) {
            return "s";
        }
        return stepNanos >= 1e5 - 1 ? "ms" : "µs";
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "s" -> 1e9;
            case "ms" -> 1e6;
            default -> 1e3;
        };
    }

    private static int decimalsFor(double stepInUnit) {
        int decimals = 0;
        double s = stepInUnit;
        while (decimals < 6 && Math.abs(s - Math.rint(s)) > 1e-6) {
            s *= 10;
            decimals++;
        }
        return decimals;
    }

    private static String format(double value, int decimals) {
        double v = Math.abs(value) < 1e-9 ? 0 : value;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * A duration for people: {@code 1.23 s}, {@code 850 ms}, {@code 42 µs}, with three significant digits.
     */
    public static String formatDuration(double nanos) {
        return formatDuration(nanos, '.');
    }

    /** {@link #formatDuration(double)} with {@code separator} before the decimals: {@code 1,23 s} in French. */
    public static String formatDuration(double nanos, char separator) {
        return Durations.format(nanos, separator, ' ');
    }
}
