package org.asynclab.engine.python;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.asynclab.engine.SummaryCalculator;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RecordedPhases;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Turns the rows of a finished (or stopped) Python program into a {@link RunResult} like a Java run's, so the
 * chart, the results table, replay and every export take it as they are.
 *
 * <ul>
 * <li>Rows: the program's tasks and the coroutines it awaited directly, in the order they appeared. A program that
 * made none (no asyncio at all) gets one row, the program itself, from its start to its end; one that did not
 * compile ({@link ProgramRun#ran()}) gets that row never started, and a summary of zeros.</li>
 * <li>A row's delay: the {@code asyncio.sleep}s it awaited itself, added up (what it asked to wait).</li>
 * <li>Config: mode event-loop (asyncio's loop), kind io, n the number of rows; max delay and seed those served to
 * {@code random.uniform} when AsyncLab served its delays, else the longest delay and 0. What a result states of
 * them (the JSON, a picture's title) is {@link org.asynclab.model.StatedSettings}'s rule: the program's n, and
 * neither seed nor max delay nor kind it never had.</li>
 * <li>Total: first row created → last row finished, as for Java runs (for a stopped run, → the stop). Average:
 * total / n, where n is the program's own n when given ({@link PythonSettings#n()}), else the rows other than
 * the main task {@code asyncio.run} made: {@code measure_time}'s figure.</li>
 * <li>Ideal and overhead: not known for a program (NaN, written as null): AsyncLab cannot tell what the program
 * would take without overhead.</li>
 * </ul>
 */
final class PythonResults {
    private PythonResults() {
    }

    /** The result of a run whose rows are {@code rows}, ended at {@code endNanos} (exit code −1: stopped). */
    static RunResult build(LiveRows rows, ProgramLog log, PythonSettings settings, String version,
                           String executable, int exitCode, long endNanos) {
        List<LiveRows.Row> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            list.add(rows.row(i));
        }
        boolean stopped = exitCode == ProgramRun.STOPPED;
        List<ProgramProblem> problems = named(log.problems(), settings);
        boolean ran = ProgramRun.compileError(settings.name(), problems) == null;
        if (list.isEmpty()) {
            list.add(wholeProgram(endNanos, exitCode, stopped, ran));
        }
        if (list.size() > Limits.MAX_TASKS) {
            list = list.subList(0, Limits.MAX_TASKS);
        }
        int n = list.size();
        double[] delays = new double[n];
        long[] submitted = new long[n];
        long[] started = new long[n];
        long[] finished = new long[n];
        int[] lanes = new int[n];
        RecordedPhases.Builder phases = new RecordedPhases.Builder(n);
        int others = 0;
        for (int i = 0; i < n; i++) {
            LiveRows.Row row = list.get(i);
            delays[i] = Math.min(Limits.MAX_DELAY_SECONDS, row.delayNanos / 1e9);
            submitted[i] = row.submitted;
            long finish = row.finished;
            long start = row.started;
            started[i] = start;
            finished[i] = start == TaskTimeline.NOT_YET ? TaskTimeline.NOT_YET : finish;
            lanes[i] = start == TaskTimeline.NOT_YET ? -1 : 0;
            for (int p = 0; p < row.count(); p++) {
                LiveRows.Span span = row.span(p);
                long end = span.end == TaskTimeline.NOT_YET ? Math.max(span.start, endNanos) : span.end;
                phases.add(i, span.kind, span.start, end, span.line, span.note);
            }
            phases.finish(i, finished[i] == TaskTimeline.NOT_YET ? null : row.outcome, row.name);
            others += row.main ? 0 : 1;
        }
        Workload workload = Workload.ofSeconds(delays);
        RunConfig served = settings.served();
        RunConfig config = new RunConfig(n, served != null ? served.maxDelaySeconds() : workload.longestNanos() / 1e9,
                Mode.EVENT_LOOP, 0, TaskKind.IO, served != null ? served.seed() : 0);
        RunResult.Timings timings = new RunResult.Timings(submitted, started, finished, lanes);
        RunSummary plain = SummaryCalculator.summarize(config, workload, timings, endNanos, 1,
                Runtime.getRuntime().availableProcessors());
        int averageN = averageN(settings.n(), n, others);
        boolean cancelled = stopped && list.stream().anyMatch(r -> r.finished == TaskTimeline.NOT_YET);
        // A program that did not compile ran nothing: no time (none to replay either), no task; only its error.
        // One whose rows did not all end (stopped) has no average, as SummaryCalculator says of every run.
        RunSummary summary = ran ? new RunSummary(plain.totalSeconds(),
                Double.isNaN(plain.averageSeconds()) ? Double.NaN : plain.totalSeconds() / averageN,
                plain.sumOfDelaysSeconds(), plain.longestDelaySeconds(), Double.NaN, Double.NaN, plain.speedup(),
                plain.peakConcurrency(), plain.threadsUsed())
                : new RunSummary(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        RunResult result = new RunResult(config, workload, timings, new String[] {LiveRows.LOOP_LANE},
                completionOrder(finished), summary, cancelled, ran ? endNanos : 0);
        ProgramRun program = new ProgramRun(ProgramRun.PYTHON, settings.name(),
                executable == null ? settings.python().executable().toString() : executable,
                version == null ? settings.python().version() : version,
                exitCode, averageN, log.output(), problems,
                served == null ? null : new ServedDelays(served.tasks(), log.draws()));
        return result.withPhaseTimeline(phases.build()).withProgram(program);
    }

    /**
     * The problems, those in the program itself naming it as the user knows it ({@link PythonSettings#name()}):
     * the file that ran may be a copy that is gone once the run ends. Those in other files keep their path.
     */
    private static List<ProgramProblem> named(List<ProgramProblem> problems, PythonSettings settings) {
        String ran = settings.file().toAbsolutePath().normalize().toString();
        return problems.stream().map(p -> !ran.equals(p.file()) ? p : new ProgramProblem(p.kind(), p.message(),
                settings.name(), p.line(), p.column(), p.text(), p.detail())).toList();
    }

    /**
     * The n of a program's average: the n the user gave, else its rows other than the main task, else (a program
     * without asyncio, one row) every row. The live figures and the final ones use this one rule.
     */
    static int averageN(int given, int rows, int others) {
        return given > 0 ? given : Math.max(1, others == 0 ? rows : others);
    }

    /** The one row of a program that made no task: itself, from its start to its end; never started if it never ran. */
    private static LiveRows.Row wholeProgram(long endNanos, int exitCode, boolean stopped, boolean ran) {
        LiveRows.Row row = new LiveRows.Row("<module>", true, 0);
        if (!ran) {
            return row;
        }
        row.started = 0;
        row.add(new LiveRows.Span(Phase.RUNNING, 0, PhaseTimeline.NO_LINE, null));
        row.last().end = endNanos;
        if (!stopped) {
            row.outcome = exitCode == 0 ? TaskOutcome.DONE : TaskOutcome.FAILED;
            row.finished = endNanos;
        }
        return row;
    }

    private static int[] completionOrder(long[] finished) {
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < finished.length; i++) {
            if (finished[i] != TaskTimeline.NOT_YET) {
                done.add(i);
            }
        }
        // Equal instants: the awaited coroutine (made later, a higher row) ended before the task that awaited it.
        done.sort(Comparator.comparingLong((Integer i) -> finished[i]).thenComparing(i -> -i));
        return done.stream().mapToInt(Integer::intValue).toArray();
    }
}
