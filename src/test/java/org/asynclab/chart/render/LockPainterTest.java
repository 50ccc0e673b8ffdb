package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under the simulated GIL a task's bar is cross-hatched (waiting for the lock) where it did not hold the lock, and
 * striped in its thread's colour where it did, in proportion at any zoom.
 */
class LockPainterTest {
    private static final long MS = TestRuns.MS;
    private static final Palette PALETTE = ChartTheme.LIGHT.palette();

    /** Two computing tasks on two threads over [0, 800 ms) that take turns: task 0 for {@code own}, then task 1. */
    private static RunResult takingTurns(long ownNanos, long otherNanos) {
        RunResult run = TestRuns.run(TaskKind.CPU, 800 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {800 * MS, 800 * MS}, new int[] {0, 1}, "thread-0", "thread-1");
        return run.withLockTimeline(new Turns(ownNanos, otherNanos, 800 * MS));
    }

    /** Holds that alternate between task 0 and task 1 until {@code end}. */
    private record Turns(long own, long other, long end) implements LockTimeline {
        @Override
        public int holdCount() {
            return (int) (end / (own + other)) * 2;
        }

        @Override
        public int holdTask(int hold) {
            return hold % 2;
        }

        @Override
        public long holdStartNanos(int hold) {
            return hold / 2 * (own + other) + (hold % 2 == 0 ? 0 : own);
        }

        @Override
        public long holdEndNanos(int hold) {
            return holdStartNanos(hold) + (hold % 2 == 0 ? own : other);
        }

        @Override
        public long lockWaitNanos(int task) {
            return task == 0 ? end / (own + other) * other : end / (own + other) * own;
        }

        @Override
        public boolean holdsComplete() {
            return true;
        }
    }

    /** Shares of task {@code row}'s bar, along its middle from 40 to 600 ms: {computing, waiting for the lock}. */
    private static double[] shares(RunResult run, ChartView view, int row) {
        ChartPainter painter = new ChartPainter(PALETTE);
        painter.setTimeline(run);
        painter.setView(view);
        BufferedImage image;
        try (Java2dSurface surface = new Java2dSurface(1600, 900, 1)) {
            painter.paint(surface);
            image = surface.image();
        }
        int y = (int) (painter.rows().rowTop(row) + painter.rows().rowHeight() * 0.3);
        int x0 = (int) Math.ceil(painter.axis().timeToX(40 * MS));
        int x1 = (int) Math.floor(painter.axis().timeToX(600 * MS));
        ChartPaint lane = PALETTE.lane(row, true);
        ChartPaint lock = PALETTE.lockWaiting();
        int computing = 0;
        int waiting = 0;
        for (int x = x0; x < x1; x++) {
            int rgb = image.getRGB(x, y) | 0xFF000000;
            computing += rgb == lane.argb() || rgb == lane.inkArgb() ? 1 : 0;
            waiting += rgb == lock.argb() || rgb == lock.inkArgb() ? 1 : 0;
        }
        return new double[] {computing / (double) (x1 - x0), waiting / (double) (x1 - x0)};
    }

    @ParameterizedTest(name = "holds of {0} µs against {1} µs")
    @CsvSource({"10000, 10000, 0.5", "10000, 30000, 0.25", "200, 200, 0.5", "100, 300, 0.25", "30, 70, 0.3"})
    void aTaskIsDrawnComputingForItsShareOfTheLockAndWaitingForTheRest(long ownMicros, long otherMicros,
                                                                       double share) {
        RunResult run = takingTurns(ownMicros * 1000, otherMicros * 1000);

        double[] task0 = shares(run, ChartView.TASKS, 0);

        assertThat(task0[0]).as("computing").isBetween(share - 0.06, share + 0.06);
        assertThat(task0[1]).as("waiting for the lock").isBetween(1 - share - 0.06, 1 - share + 0.06);
    }

    @Test
    void theThreadsViewShowsTheTurnsToo() {
        RunResult run = takingTurns(10 * MS, 30 * MS);

        double[] thread1 = shares(run, ChartView.THREADS, 1);

        assertThat(thread1[0]).isBetween(0.69, 0.81);
        assertThat(thread1[1]).isBetween(0.19, 0.31);
    }

    @Test
    void theLegendAndTheTooltipNameTheSimulatedGil() {
        RunResult run = takingTurns(10 * MS, 30 * MS);
        ChartPainter painter = new ChartPainter(PALETTE);
        painter.setTimeline(run);
        SvgSurface svg = new SvgSurface(1600, 900);

        painter.paint(svg);

        assertThat(svg.document()).contains(">waiting for the GIL (simulated)</text>",
                ">computing, holding the GIL</text>", "url(#p" + PALETTE.lockWaiting().id() + ")");
        assertThat(TaskLabels.describe(run, 0, run.nowNanos(), 0, ChartLabels.ENGLISH, null))
                .contains("waited for the GIL 600 ms");
        assertThat(ChartPaint.inkAt(ChartPaint.Pattern.CROSSHATCH, 3, 5, 8)).isTrue();
        assertThat(ChartPaint.inkAt(ChartPaint.Pattern.CROSSHATCH, 3, 4, 8)).isFalse();
    }
}
