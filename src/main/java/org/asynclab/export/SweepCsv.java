package org.asynclab.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;

/**
 * Writes a sweep as CSV (RFC 4180, CRLF line ends), one row per measured (mode, n) in the order the steps ran,
 * under {@link #HEADER}. Seconds are decimal numbers with the recorded nanosecond precision; a figure that is not a
 * number (a start-up time that was never reached) is an empty field. The sweep's settings are repeated on every row
 * (workers, kind, max delay, seed, global lock), so that each row stands on its own in a spreadsheet.
 */
public final class SweepCsv {
    /** The header: the figures first, then the settings. */
    public static final String HEADER = "mode,tasks,totalSeconds,averageSeconds,idealSeconds,overheadSeconds,speedup,"
            + "peakConcurrency,threadsUsed,startupSeconds,peakJvmThreads,sumOfDelaysSeconds,longestDelaySeconds,"
            + "workers,kind,maxDelaySeconds,seed,globalLock";

    private static final String LINE_END = "\r\n";

    private SweepCsv() {
    }

    /**
     * Writes {@code sweep} to {@code target}, atomically.
     *
     * @throws ExportException naming the file and the reason when it cannot be written
     */
    public static void write(Path target, SweepResult sweep) throws ExportException {
        AtomicFiles.write(target, out -> writeTo(out, sweep));
    }

    /** Writes {@code sweep} as CSV into {@code out}, which stays open. */
    public static void writeTo(OutputStream out, SweepResult sweep) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(HEADER);
        writer.write(LINE_END);
        SweepPlan plan = sweep.plan();
        for (SweepPoint point : sweep.points()) {
            RunSummary f = point.summary();
            StringBuilder row = new StringBuilder(256);
            row.append(point.mode().id()).append(',').append(point.tasks());
            seconds(row, f.totalSeconds());
            seconds(row, f.averageSeconds());
            seconds(row, f.idealSeconds());
            seconds(row, f.overheadSeconds());
            row.append(',').append(plain(f.speedup()));
            row.append(',').append(f.peakConcurrency()).append(',').append(f.threadsUsed());
            seconds(row, point.startupSeconds());
            row.append(',').append(point.peakJvmThreads());
            seconds(row, f.sumOfDelaysSeconds());
            seconds(row, f.longestDelaySeconds());
            row.append(',').append(point.mode() == Mode.POOL ? Integer.toString(plan.workers()) : "");
            row.append(',').append(plan.kind().id()).append(',').append(plain(plan.maxDelaySeconds()));
            row.append(',').append(plan.seed()).append(',').append(plan.globalLock());
            writer.append(row).append(LINE_END);
        }
        writer.flush();
    }

    /** Seconds that came from nanoseconds, written back exactly as those nanoseconds. */
    private static void seconds(StringBuilder row, double seconds) {
        row.append(',');
        if (Double.isFinite(seconds)) {
            row.append(SecondsText.of(Math.round(seconds * 1e9)));
        }
    }

    /** A number as plain decimals (never {@code 1.0E-6}); empty when it is not a finite number. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.contains(".") || text.contains("E") ? text : text + ".0";
    }
}
