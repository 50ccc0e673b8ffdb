package org.asynclab.chart;

import java.util.Arrays;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/** Runs built by hand, with instants known to the nanosecond, for the chart's and the exporters' tests. */
public final class TestRuns {
    /** Milliseconds in nanoseconds. */
    public static final long MS = 1_000_000L;

    private TestRuns() {
    }

    /**
     * A finished pool of two workers with three I/O tasks: task 0 runs on lane 0 over [0, 400 ms), task 1 on
     * lane 1 over [0, 600 ms), task 2 waits from 0 and runs on lane 0 over [400, 900 ms).
     */
    public static RunResult pool() {
        return run(TaskKind.IO, 900 * MS,
                new long[] {0, 0, 0}, new long[] {0, 0, 400 * MS}, new long[] {400 * MS, 600 * MS, 900 * MS},
                new int[] {0, 1, 0}, "pool-worker-1", "pool-worker-2");
    }

    /** Three I/O tasks that overlap on one event loop: [0, 500), [0, 800), [0, 300) ms. */
    public static RunResult eventLoop() {
        return run(Mode.EVENT_LOOP, TaskKind.IO, 800 * MS,
                new long[] {0, 0, 0}, new long[] {0, 0, 0}, new long[] {500 * MS, 800 * MS, 300 * MS},
                new int[] {0, 0, 0}, "event-loop");
    }

    /** The pool run as seen live at 500 ms: task 0 done, task 1 running, task 2 running since 400 ms. */
    public static RunResult poolLiveAt500() {
        long no = TaskTimeline.NOT_YET;
        return run(TaskKind.IO, 500 * MS,
                new long[] {0, 0, 0}, new long[] {0, 0, 400 * MS}, new long[] {400 * MS, no, no},
                new int[] {0, 1, 0}, "pool-worker-1", "pool-worker-2");
    }

    /**
     * Two tasks submitted 20 ms into the recording (as when a thread's start comes first), finished at 60 and
     * 120 ms, seen at 130 ms: a total of 100 ms, counted from the submission.
     */
    public static RunResult submittedLate() {
        return run(TaskKind.IO, 130 * MS, new long[] {20 * MS, 20 * MS}, new long[] {20 * MS, 20 * MS},
                new long[] {60 * MS, 120 * MS}, new int[] {0, 1}, "a", "b");
    }

    /** A run with the given instants (ns) and lanes, cancelled if some task has not finished. */
    public static RunResult run(TaskKind kind, long now, long[] submitted, long[] started, long[] finished,
                                int[] lanes, String... laneNames) {
        return run(Mode.POOL, kind, now, submitted, started, finished, lanes, laneNames);
    }

    /** A run of {@code mode} with the given instants (ns) and lanes, cancelled if some task has not finished. */
    private static RunResult run(Mode mode, TaskKind kind, long now, long[] submitted, long[] started,
                                 long[] finished, int[] lanes, String... laneNames) {
        int n = submitted.length;
        double[] delays = new double[n];
        int done = 0;
        for (int i = 0; i < n; i++) {
            delays[i] = started[i] >= 0 && finished[i] >= 0 ? (finished[i] - started[i]) / 1e9 : 0.5;
            done += finished[i] >= 0 ? 1 : 0;
        }
        int[] order = new int[done];
        for (int i = 0, k = 0; i < n; i++) {
            if (finished[i] >= 0) {
                order[k++] = i;
            }
        }
        Workload workload = Workload.ofSeconds(delays);
        RunConfig config = new RunConfig(n, 1.0, mode, laneNames.length, kind, 1);
        RunSummary summary = new RunSummary(now / 1e9, now / 1e9 / n, 0, 0, 0, 0, 0, laneNames.length,
                laneNames.length);
        return new RunResult(config, workload, new RunResult.Timings(submitted, started, finished, lanes),
                laneNames, order, summary, done < n, now);
    }

    /** A Python program's {@code rows} coroutines on one loop, traced: each runs a slice, awaits 980 ms, runs again. */
    public static RunResult tracedProgram(int rows) {
        long[] zero = new long[rows];
        long[] finished = new long[rows];
        Arrays.fill(finished, 1000 * MS);
        RunResult run = run(TaskKind.IO, 1000 * MS, zero, zero.clone(), finished, new int[rows],
                "MainThread");
        PhaseRecording phases = new PhaseRecording(rows, 3, true);
        for (int task = 0; task < rows; task++) {
            phases.begin(task, Phase.RUNNING, 0);
            phases.begin(task, Phase.WAITING, 10 * MS);
            phases.begin(task, Phase.RUNNING, 990 * MS);
            phases.finish(task, TaskOutcome.DONE, 1000 * MS);
        }
        return run.withPhaseTimeline(phases);
    }
}
