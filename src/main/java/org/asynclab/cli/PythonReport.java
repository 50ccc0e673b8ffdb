package org.asynclab.cli;

import java.util.Locale;
import java.util.StringJoiner;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.python.PythonSettings;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.TaskEnds;
import org.asynclab.model.TaskTimeline;

/**
 * The summary of a traced Python program: which program on which Python, how it ended, its rows (tasks and
 * awaited coroutines), total and average, and the order they finished in.
 *
 * <pre>
 * program      bonjour.py
 * python       3.11.7 (/usr/bin/python3)
 * exit code    0
 * rows         3: Task-1 main, dire_bonjour(), dire_monde()
 * tasks        3 of 3 tasks done
 * first task   0.031 s    created then on the output's clock (from the program's start): the chart's and the files' 0
 * total        2.004 s    first task created to last finished
 * average      1.002 s    total / n, n = 2 (tasks and awaited coroutines other than the main task)
 * completion order: dire_bonjour(), dire_monde(), Task-1 main
 * </pre>
 *
 * <p>A program that did not compile ends after its exit code with {@code not run  syntax error}: no rows, no
 * figures.
 */
final class PythonReport {
    private static final int ROWS_SHOWN = 20;

    private PythonReport() {
    }

    /** The summary of {@code result}, run with {@code settings}. */
    static String format(RunResult result, PythonSettings settings) {
        ProgramRun program = result.program();
        StringBuilder text = new StringBuilder();
        line(text, "program", program.file(), "");
        line(text, "python", program.version() + " (" + program.interpreter() + ")", "");
        line(text, "exit code", program.exitCode() == ProgramRun.STOPPED ? "stopped" : Integer.toString(
                program.exitCode()), "");
        if (!program.ran()) {
            // Python compiled the file before running any of it: there is no run to sum up, only the error
            // (said on stderr with its file, line and column).
            line(text, "not run", "syntax error", "Python could not compile the program: none of it ran");
            return text.toString();
        }
        if (settings.served() != null) {
            String seed = String.format(Locale.ROOT, "seed %d, from 0 to %s", settings.served().seed(),
                    SummaryReport.seconds(settings.served().maxDelaySeconds()));
            ServedDelays served = program.served();
            // what the program took of them: "2 served" of a program that never called random.uniform was not so
            line(text, "delays", served == null || served.matches()
                    ? settings.served().tasks() + " served to random.uniform"
                    : settings.served().tasks() + " offered to random.uniform", served == null || served.matches()
                    ? seed : seed + "; " + TwoWorldsReport.taken(served, ""));
        }
        line(text, "rows", result.size() + ": " + names(result, allRows(result.size()), false), "");
        line(text, "tasks", ChartLabels.ENGLISH.tasksEnded(TaskEnds.of(result), result.size(),
                ChartLabels.Key.TASKS_DONE), "");
        // The lines above are timed from the program's start, as they came; the chart, the JSON and the CSV count
        // from its first task (a program that slept 0.5 s before asyncio.run printed "0.504 s | main begins" where
        // the JSON said 0.000): the row says where that 0 is on the lines' clock.
        if (result.size() > 0 && result.submittedNanos(0) != TaskTimeline.NOT_YET) {
            line(text, "first task", SummaryReport.seconds(TaskTimeline.originNanos(result) / 1e9),
                    "created then on the output's clock (from the program's start): the chart's and the files' 0");
        }
        // A stopped run's total counts to the stop, as the chart's does: "last finished" would name what never was.
        line(text, "total", SummaryReport.seconds(result.summary().totalSeconds()), program.exitCode()
                == ProgramRun.STOPPED ? "first task created to the stop (from the program's start if none was)"
                : "first task created to last finished");
        double average = result.summary().averageSeconds();
        line(text, "average", SummaryReport.seconds(average), Double.isNaN(average) ? noAverage(result, program)
                : "total / n, n = " + program.n()
                + " (" + whatNCounts(program.n(), result.size(), settings.n() > 0) + ")");
        // rows started and not finished (the summary's peak): a row created but waiting for the loop does not
        // count, so time.sleep's trap reads 2 (main and the one blocking coroutine) beside its 4 rows
        line(text, "peak concurrency", Integer.toString(result.summary().peakConcurrency()),
                "rows started and not finished at once; one waiting for the loop has not started");
        text.append("completion order: ").append(result.finishedCount() == 0 ? "none finished"
                : names(result, result.completionOrder(), true)).append('\n');
        text.append(BusyMachineNote.program(result));
        return text.toString();
    }

    /**
     * Why there is no average: the program was stopped, or (it ended by itself) some rows were never seen to end
     * (Python 3.12's eager tasks, which start inside create_task, before the tracer knows them: a run that exited 0
     * read "stopped before its tasks ended").
     */
    private static String noAverage(RunResult result, ProgramRun program) {
        if (program.exitCode() == ProgramRun.STOPPED) {
            return "none: stopped before its tasks ended, the total is not theirs";
        }
        int open = result.size() - result.finishedCount();
        return "none: " + open + " of " + result.size() + " rows have no end the tracer saw, the total is not theirs";
    }

    /**
     * What n counted: the program's own n, else the rows other than the main task; when none is, every row (a
     * program that made no task besides its main one, or no asyncio task at all: its one row is the program).
     */
    static String whatNCounts(int n, int rows, boolean given) {
        if (given) {
            return "--tasks";
        }
        return n == rows ? "every row" : "tasks and awaited coroutines other than the main task";
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * The rows' names, at most {@link #ROWS_SHOWN}; with {@code outcomes}, a row cancelled or failed says so
     * ("Task-7 wait (cancelled)"), as the Java runs' order does: under {@code wait_for} it did not complete.
     */
    private static String names(RunResult result, int[] rows, boolean outcomes) {
        PhaseTimeline phases = result.phaseTimeline();
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < Math.min(rows.length, ROWS_SHOWN); i++) {
            String name = phases == null ? null : phases.taskName(rows[i]);
            String mark = outcomes ? SummaryReport.notDone(result, rows[i]) : "";
            names.add((name == null ? Integer.toString(rows[i]) : name) + (mark.isEmpty() ? "" : " " + mark));
        }
        return rows.length > ROWS_SHOWN ? names + " ... (+" + (rows.length - ROWS_SHOWN) + " more)" : names.toString();
    }

    private static void line(StringBuilder text, String label, String value, String note) {
        String row = String.format(Locale.ROOT, "%-18s%-14s %s", label, value, note);
        text.append(row.stripTrailing()).append('\n');
    }
}
