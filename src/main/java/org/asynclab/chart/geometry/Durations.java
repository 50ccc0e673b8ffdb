package org.asynclab.chart.geometry;

import java.util.Locale;

/**
 * The one rule for writing a measured duration so a class can read it at every scale: three significant digits
 * in the unit that suits it ({@code 1.23 s}, {@code 850 ms}, {@code 102 µs}, {@code 42 ns}), never
 * {@code 0.000 s} for a tenth of a millisecond. The chart's labels and the window's results both write through
 * here; exports (CSV, JSON) keep plain seconds.
 */
public final class Durations {
    private Durations() {
    }

    /**
     * {@code nanos} as a duration for people.
     *
     * @param separator the character before the decimals ({@code ','} in French)
     * @param space     the character between the number and its unit (a no-break space in the window)
     */
    public static String format(double nanos, char separator, char space) {
        if (!Double.isFinite(nanos)) {
            return "—";  // a figure not measured (or divided by no task): never "Infinity s"
        }
        if (nanos == 0) {
            return "0" + space + "s";
        }
        // Rounded to three digits before the unit is chosen: 999.9 ms is 1.00 s, not 1000 ms.
        double step = Math.pow(10, Math.floor(Math.log10(Math.abs(nanos))) - 2);
        double rounded = Math.round(nanos / step) * step;
        double abs = Math.abs(rounded);
        if (abs >= 1e12) {
            // 49,900 s (French 49 900 s), not 49900 s: thousands grouped as the window groups counts
            String grouped = String.format(Locale.ROOT, "%,d", Math.round(rounded / 1e9));
            return grouped.replace(',', separator == '.' ? ',' : '\u202f') + space + "s";
        }
        if (abs >= 1e9) {
            return withSeparator(significant(rounded / 1e9), separator) + space + "s";
        }
        if (abs >= 1e6) {
            return withSeparator(significant(rounded / 1e6), separator) + space + "ms";
        }
        if (abs >= 1e3) {
            return withSeparator(significant(rounded / 1e3), separator) + space + "µs";
        }
        return Math.round(rounded) + (space + "ns");
    }

    /** {@code number} (written with a dot) with {@code separator} instead. */
    static String withSeparator(String number, char separator) {
        return separator == '.' ? number : number.replace('.', separator);
    }

    private static String significant(double v) {
        double abs = Math.abs(v);
        int decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
