package org.asynclab.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.Workload;

/**
 * The summary of "same delays, two worlds" ({@code --python FILE --compare event-loop}): a Python asyncio program
 * run on AsyncLab's seeded delays, then Java's run on the same delays, side by side, and whether each Python call
 * of {@code random.uniform} got the Java task's delay of the same index.
 *
 * <pre>
 * two worlds        the same 5 delays (seed 42, from 0 to 1.000 s), served to wait_n.py's random.uniform
 *                   python wait_n.py   java event-loop
 * total             0.962 s            0.958 s
 * average           0.192 s            0.192 s
 * ratio of totals   python / java = 1.00
 * delays            5 calls of random.uniform, each got the Java task's delay of the same index
 * </pre>
 */
final class TwoWorldsReport {
    private static final double SAME_NANOS = 1;

    private TwoWorldsReport() {
    }

    /** The summary of {@code python} then {@code java}, whose delays were {@code delays}. */
    static String format(RunResult python, RunResult java, Workload delays) {
        ServedDelays served = python.program().served();
        String file = Path.of(python.program().file()).getFileName().toString();
        StringBuilder text = new StringBuilder();
        // "the same delays" only when the program took each, once: else they were offered (the delays line says how
        // many it took), and the ratio compares two different sets of delays
        boolean same = served != null && served.matches();
        line(text, "two worlds", String.format(Locale.ROOT, "%s%d delays (seed %d, from 0 to %s), %s %s's"
                + " random.uniform%s", same ? "the same " : "", delays.size(), java.config().seed(),
                SummaryReport.seconds(java.config().maxDelaySeconds()), same ? "served to" : "offered to", file,
                same ? "" : ": not the same delays in both worlds"));
        line(text, "", cells("python " + file, "java " + java.config().mode().id()));
        line(text, "total", cells(SummaryReport.seconds(python.summary().totalSeconds()),
                SummaryReport.seconds(java.summary().totalSeconds())));
        line(text, "average", cells(SummaryReport.seconds(python.summary().averageSeconds()),
                SummaryReport.seconds(java.summary().averageSeconds())));
        double a = python.summary().totalSeconds();
        double b = java.summary().totalSeconds();
        line(text, "ratio of totals", !python.comparableWith(java)
                ? SummaryReport.noRatio(python.cancelled() ? "python" : "java", python.cancelled() ? python : java)
                : a > 0 && b > 0 ? "python / java = " + SummaryReport.factor(a / b) : "not defined (a total is zero)");
        line(text, "delays", served == null ? "none served" : delaysNote(served, delays));
        return text.toString();
    }

    /**
     * What the program did with the delays offered, plainly: one call per delay and each the Java task's of the same
     * index; or how many calls it made for how many delays, and what became of the difference.
     */
    static String delaysNote(ServedDelays served, Workload delays) {
        int mismatched = 0;
        for (ServedDelays.Call call : served.calls()) {
            if (call.served() && (call.index() >= delays.size()
                    || Math.abs(call.seconds() * 1e9 - delays.delayNanos(call.index())) > SAME_NANOS)) {
                mismatched++;
            }
        }
        String same = mismatched == 0 ? "each served one is the Java task's delay of the same index"
                : mismatched + " served calls differ from the Java task's delay of the same index (a bug)";
        if (served.matches()) {
            return served.calls().size() + " calls of random.uniform for " + served.offered() + " delays: " + same;
        }
        return taken(served, " (Java's tasks still wait all " + served.offered() + ")") + "; " + same;
    }

    /**
     * How many calls of random.uniform a program made for the delays offered, and what became of the difference
     * ({@code unusedAside} after the delays never used): the one wording of it, beside a Java run or alone.
     */
    static String taken(ServedDelays served, String unusedAside) {
        StringBuilder note = new StringBuilder().append("the program called random.uniform ")
                .append(served.calls().size()).append(served.calls().size() == 1 ? " time" : " times").append(" for ")
                .append(served.offered()).append(" delays offered");
        if (served.unused() > 0) {
            note.append("; ").append(served.unused()).append(served.unused() == 1 ? " delay was" : " delays were")
                    .append(" never used").append(unusedAside);
        }
        if (served.beyond() > 0) {
            note.append("; the last ").append(served.beyond()).append(served.beyond() == 1 ? " call" : " calls")
                    .append(" drew Python's own numbers, not AsyncLab's");
        }
        return note.toString();
    }

    private static String cells(String python, String java) {
        return String.format(Locale.ROOT, "%-24s %s", python, java);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-18s%s", label, value).stripTrailing()).append('\n');
    }
}
