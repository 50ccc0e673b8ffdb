package org.asynclab.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Writes the tasks of runs as CSV (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break), one row per task under the header
 * {@code id,delaySeconds,submittedSeconds,startedSeconds,finishedSeconds,thread,lane,outcome}. Times are seconds
 * with the recorded nanosecond precision; an instant that did not happen, and the thread and lane of a task that
 * never started, are empty fields. {@code delaySeconds} is what a task was asked to wait (a traced Python task: the
 * {@code asyncio.sleep}s it awaited itself; a real URL's: empty, the server's own and not known);
 * {@code finishedSeconds} − {@code startedSeconds} is what it took;
 * {@code outcome} is how it ended, {@code done}, {@code cancelled} (a deadline) or {@code failed} (a request, an
 * exception), empty for a task that did not end (a stopped run): a deadline lesson's sheet otherwise read as if
 * every task had waited out its delay.
 *
 * <p>Several runs (a comparison) go into one file with three more columns in front, {@code run} (0, 1, …),
 * {@code mode} and {@code language}, so the rows of each run stay apart and the task columns keep their names. The
 * language tells the two worlds apart when their modes agree: a traced Python program runs on asyncio's event loop,
 * as AsyncLab's Java event loop does, so its mode is {@code event-loop} too (as in the JSON) and its language is the
 * JSON's {@code program.language}, {@code python}; AsyncLab's own runs are {@code java}.
 */
public final class ResultCsv {
    /** The header of a file of one run. */
    public static final String HEADER =
            "id,delaySeconds,submittedSeconds,startedSeconds,finishedSeconds,thread,lane,outcome";
    /** The header of a file of several runs. */
    public static final String RUNS_HEADER = "run,mode,language," + HEADER;

    private static final String LINE_END = "\r\n";

    private ResultCsv() {
    }

    /**
     * Writes the tasks of runs to {@code target}, atomically.
     *
     * @throws ExportException naming the file and the reason when it cannot be written
     */
    public static void write(Path target, List<RunResult> results) throws ExportException {
        requireRuns(results);
        AtomicFiles.write(target, out -> writeTo(out, results));
    }

    /** Writes the tasks of runs as CSV into {@code out}, which stays open. */
    public static void writeTo(OutputStream out, List<RunResult> results) throws IOException {
        requireRuns(results);
        boolean several = results.size() > 1;
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(several ? RUNS_HEADER : HEADER);
        writer.write(LINE_END);
        StringBuilder row = new StringBuilder(128);
        char[] number = new char[SecondsText.MAX_LENGTH];
        for (int run = 0; run < results.size(); run++) {
            RunResult result = results.get(run);
            String prefix = several
                    ? run + "," + field(result.config().mode().id()) + "," + field(language(result)) + ","
                    : "";
            long origin = TaskTimeline.originNanos(result);
            for (int task = 0; task < result.size(); task++) {
                row.setLength(0);
                row.append(prefix);
                appendTask(row, result, task, origin, number);
                row.append(LINE_END);
                writer.append(row);
            }
        }
        writer.flush();
    }

    /** The language {@code result} ran in: a traced program's, else Java, AsyncLab's own. */
    static String language(RunResult result) {
        return result.program() == null ? "java" : result.program().language();
    }

    /** A task's row; its instants from {@code origin}, the run's first submission, as in the JSON. */
    private static void appendTask(StringBuilder row, RunResult result, int task, long origin, char[] number) {
        row.append(task).append(',');
        appendSeconds(row, result.delaysKnown() ? result.delayNanos(task) : TaskTimeline.NOT_YET, number);
        appendSeconds(row, instant(result.submittedNanos(task), origin), number);
        appendSeconds(row, instant(result.startedNanos(task), origin), number);
        appendSeconds(row, instant(result.finishedNanos(task), origin), number);
        int lane = result.lane(task);
        if (lane >= 0) {
            row.append(field(result.laneName(lane))).append(',').append(lane);
        } else {
            row.append(',');
        }
        TaskOutcome outcome = PhaseTimeline.endOf(result, task);
        row.append(',').append(outcome == null ? "" : outcome.id());
    }

    private static long instant(long nanos, long origin) {
        return nanos == TaskTimeline.NOT_YET ? nanos : nanos - origin;
    }

    private static void appendSeconds(StringBuilder row, long nanos, char[] number) {
        if (nanos != TaskTimeline.NOT_YET) {
            row.append(number, 0, SecondsText.format(nanos, number));
        }
        row.append(',');
    }

    /** A field as RFC 4180 wants it: quoted, with quotes doubled, only when it holds a comma, quote or break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static void requireRuns(List<RunResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("at least one run is needed");
        }
    }
}
