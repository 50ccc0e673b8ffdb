package org.asynclab.ui.results;

import java.util.Arrays;
import org.asynclab.engine.SummaryCalculator;
import org.asynclab.model.TaskTimeline;

/**
 * The figures of a run that can be read off its timeline while it goes on: how many tasks finished, how many run
 * now, and the first tasks to finish, in order. One pass over the tasks with storage allocated once, so it can
 * run for every frame of 10⁶ tasks (on the thread that copies the frames, not on the FX thread).
 */
public final class LiveFigures {
    private final int keep;
    private final long[] bestFinish;
    private final int[] bestTask;
    private int kept;
    private int finished;
    private int running;
    private int size;
    private long firstSubmit;
    private long lastFinish;

    /** Creates a scanner that keeps the first {@code keep} tasks to finish. */
    public LiveFigures(int keep) {
        this.keep = keep;
        this.bestFinish = new long[keep];
        this.bestTask = new int[keep];
    }

    /** Reads {@code timeline} as it is now. */
    public void scan(TaskTimeline timeline) {
        kept = 0;
        finished = 0;
        running = 0;
        lastFinish = 0;
        long first = Long.MAX_VALUE;
        int n = timeline.size();
        size = n;
        for (int task = 0; task < n; task++) {
            long submitted = timeline.submittedNanos(task);
            if (submitted != TaskTimeline.NOT_YET && submitted < first) {
                first = submitted;
            }
            long end = timeline.finishedNanos(task);
            if (end != TaskTimeline.NOT_YET) {
                finished++;
                lastFinish = Math.max(lastFinish, end);
                offer(task, end);
            } else if (timeline.startedNanos(task) != TaskTimeline.NOT_YET) {
                running++;
            }
        }
        firstSubmit = first == Long.MAX_VALUE ? TaskTimeline.NOT_YET : first;
    }

    /**
     * The total so far as of {@code now}, by the total's own rule ({@link SummaryCalculator#totalNanos(long, long,
     * boolean, long)}): from the first task's submission (the run's start before any) to {@code now} while a task has
     * not ended, to the last finish once every task has. A Python program goes on after its tasks (asyncio.run's
     * teardown, code after it): its results read "Total 511 ms", counting to now, beside a chart whose every row had
     * ended at its "total 402 ms".
     */
    public double elapsedSeconds(long now) {
        return SummaryCalculator.totalNanos(firstSubmit, lastFinish, finished == size, now) / 1e9;
    }

    /** Keeps the {@code keep} earliest finishes in order: an insertion into a short sorted array. */
    private void offer(int task, long end) {
        if (kept == keep && end >= bestFinish[kept - 1]) {
            return;
        }
        int at = kept == keep ? kept - 1 : kept++;
        while (at > 0 && bestFinish[at - 1] > end) {
            bestFinish[at] = bestFinish[at - 1];
            bestTask[at] = bestTask[at - 1];
            at--;
        }
        bestFinish[at] = end;
        bestTask[at] = task;
    }

    /** Tasks finished at the last scan. */
    public int finished() {
        return finished;
    }

    /** Tasks started but not finished at the last scan. */
    public int running() {
        return running;
    }

    /** The first tasks to finish, earliest first (at most {@code keep}). */
    public int[] firstFinished() {
        return Arrays.copyOf(bestTask, kept);
    }
}
