package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.bench.SyntheticRuns;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.chart.geometry.SharedTime;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class SharedTimeAxisTest {
    private static final RunConfig CONFIG = new RunConfig(6, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 3);

    private static RunResult run(Mode mode) {
        RunConfig config = CONFIG.withMode(mode);
        return SyntheticRuns.simulate(config, Workload.generate(CONFIG), 60_000 * TestRuns.MS);
    }

    private static ChartPainter painter(RunResult run, ChartView view, SharedTime time) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setView(view);
        painter.setSharedTime(time, () -> { });
        return painter;
    }

    @Test
    void twoChartsOnOneSharedAxisHaveTheSameSecondsPerPointAndSpan() {
        // given a fast run and a slow run of the same tasks, one drawn per task and one per thread
        RunResult fast = run(Mode.EVENT_LOOP);
        RunResult slow = run(Mode.SEQUENTIAL);
        SharedTime time = new SharedTime();
        ChartPainter a = painter(fast, ChartView.TASKS, time);
        ChartPainter b = painter(slow, ChartView.THREADS, time);
        Java2dSurface surface = new Java2dSurface(1200, 500, 1);

        // when both are drawn (twice: the first frame of one learns what the other needs)
        for (int i = 0; i < 2; i++) {
            a.paint(surface);
            b.paint(surface);
        }

        // then one second is as long in both, the plots line up, and the slow run's end is inside both
        assertThat(a.axis().nanosPerPoint()).isEqualTo(b.axis().nanosPerPoint());
        assertThat(a.axis().left()).isEqualTo(b.axis().left());
        assertThat(a.axis().end()).isGreaterThanOrEqualTo(slow.nowNanos()).isEqualTo(b.axis().end());
        assertThat(slow.summary().totalSeconds()).isGreaterThan(2 * fast.summary().totalSeconds());
    }

    @Test
    void aZoomOnOneChartMovesTheOther() {
        SharedTime time = new SharedTime();
        ChartPainter a = painter(run(Mode.EVENT_LOOP), ChartView.TASKS, time);
        ChartPainter b = painter(run(Mode.SEQUENTIAL), ChartView.TASKS, time);
        Java2dSurface surface = new Java2dSurface(1200, 500, 1);
        a.paint(surface);
        b.paint(surface);
        double before = b.axis().span();

        a.axis().zoom(2, a.axis().left());
        a.paint(surface);
        b.paint(surface);

        assertThat(b.axis().span()).isEqualTo(before / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(b.axis().span()).isEqualTo(a.axis().span());
    }

    @Test
    void withoutSharingEachChartFitsItsOwnRun() {
        ChartPainter a = painter(run(Mode.EVENT_LOOP), ChartView.TASKS, null);
        ChartPainter b = painter(run(Mode.SEQUENTIAL), ChartView.TASKS, null);
        Java2dSurface surface = new Java2dSurface(1200, 500, 1);
        a.paint(surface);
        b.paint(surface);

        assertThat(a.axis().nanosPerPoint()).isLessThan(b.axis().nanosPerPoint());
    }
}
