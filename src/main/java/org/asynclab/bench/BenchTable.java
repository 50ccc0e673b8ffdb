package org.asynclab.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.asynclab.model.Mode;

/**
 * The engine benchmark's table: one row per n, the median overhead of each mode and of asyncio, each mode's
 * overhead as a share of asyncio's, and the targets checked.
 */
final class BenchTable {
    private static final int TARGET_N = 100_000;
    private static final int LARGE_N = 1_000_000;

    private final List<Mode> modes;
    private final List<Integer> sizes;
    private final List<double[]> rows;

    /** @param rows per size: the modes' overheads, then asyncio's (NaN when not measured), in seconds */
    BenchTable(List<Mode> modes, List<Integer> sizes, List<double[]> rows) {
        this.modes = modes;
        this.sizes = sizes;
        this.rows = rows;
    }

    void print(PrintStream out) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%n%11s", "n"));
        for (Mode mode : modes) {
            head.append(String.format(Locale.ROOT, "%13s", mode.id()));
        }
        head.append(String.format(Locale.ROOT, "%13s", "asyncio"));
        for (Mode mode : modes) {
            head.append(String.format(Locale.ROOT, "%20s", mode.id() + "/asyncio"));
        }
        out.println(head);
        for (int r = 0; r < sizes.size(); r++) {
            double[] row = rows.get(r);
            double asyncio = row[modes.size()];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,11d", sizes.get(r)));
            for (int m = 0; m <= modes.size(); m++) {
                line.append(String.format(Locale.ROOT, "%13s", EngineBenchmark.seconds(row[m])));
            }
            for (int m = 0; m < modes.size(); m++) {
                line.append(String.format(Locale.ROOT, "%20s", percent(row[m], asyncio)));
            }
            out.println(line);
        }
        printTargets(out);
    }

    private static String percent(double part, double whole) {
        if (Double.isNaN(part) || Double.isNaN(whole) || whole <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * part / whole);
    }

    private void printTargets(PrintStream out) {
        out.println();
        out.println("Targets:");
        target(out, Mode.EVENT_LOOP, TARGET_N, 10);
        target(out, Mode.VIRTUAL, TARGET_N, 25);
        int large = sizes.indexOf(LARGE_N);
        int loop = modes.indexOf(Mode.EVENT_LOOP);
        if (large >= 0 && loop >= 0) {
            double overhead = rows.get(large)[loop];
            out.printf(Locale.ROOT, "  n=10^6 event-loop overhead <= 1 s: %s -> %s%n",
                    EngineBenchmark.seconds(overhead), overhead <= 1.0 ? "met" : "MISSED");
        }
    }

    private void target(PrintStream out, Mode mode, int n, double maxPercent) {
        int r = sizes.indexOf(n);
        int m = modes.indexOf(mode);
        if (r < 0 || m < 0) {
            return;
        }
        double asyncio = rows.get(r)[modes.size()];
        if (Double.isNaN(asyncio)) {
            out.printf(Locale.ROOT, "  n=10^5 %s <= %.0f %% of asyncio's overhead: not measured (no asyncio)%n", mode,
                    maxPercent);
            return;
        }
        double share = 100 * rows.get(r)[m] / asyncio;
        out.printf(Locale.ROOT, "  n=10^5 %s <= %.0f %% of asyncio's overhead: %.1f %% -> %s%n", mode, maxPercent,
                share, share <= maxPercent ? "met" : "MISSED");
    }
}
