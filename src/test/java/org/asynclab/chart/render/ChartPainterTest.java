package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import org.asynclab.bench.MovingNow;
import org.asynclab.bench.SyntheticRuns;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

    /** A surface that only counts what it is asked to draw. */
    private static final class CountingSurface implements ChartSurface {
        int rects;
        int images;
        int texts;

        @Override
        public double width() {
            return 1600;
        }

        @Override
        public double height() {
            return 900;
        }

        @Override
        public double deviceScale() {
            return 1;
        }

        @Override
        public void clear(ChartPaint background) {
            rects = 0;
            images = 0;
            texts = 0;
        }

        @Override
        public void fillRect(double x, double y, double w, double h, ChartPaint paint) {
            rects++;
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, double w, ChartPaint paint, boolean dashed) {
        }

        @Override
        public void text(String text, double x, double y, ChartFont font, ChartPaint paint, Anchor anchor) {
            texts++;
        }

        @Override
        public double textWidth(String text, ChartFont font) {
            return text.length() * font.size() * 0.55;
        }

        @Override
        public void pixels(double x, double y, double w, double h, int[] argb, int pixelWidth, int pixelHeight) {
            images++;
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void repaintingTheSameFrameAllocatesNothing() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        painter.setTitle("pool · n = 3");
        painter.setIdealNanos(500 * TestRuns.MS);
        CountingSurface surface = new CountingSurface();
        for (int i = 0; i < 20; i++) {
            painter.paint(surface);
        }

        long probe = allocatedBytes();
        long probeCost = allocatedBytes() - probe;
        long before = allocatedBytes();
        painter.paint(surface);
        long allocated = allocatedBytes() - before - probeCost;

        assertThat(allocated).isZero();
    }

    @Test
    void aLiveFrameOfAHundredThousandTasksAllocatesAtMostTheTextOfItsNowMarker() {
        RunConfig config = new RunConfig(100_000, 1.0, Mode.POOL, 8, TaskKind.IO, 1);
        RunResult run = SyntheticRuns.simulate(config, Workload.generate(config), 3_000 * TestRuns.MS);
        long[] now = {run.nowNanos()};
        MovingNow live = new MovingNow(run);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(live);
        CountingSurface surface = new CountingSurface();
        for (int i = 0; i < 20; i++) {
            now[0] -= TestRuns.MS;
            live.setNow(now[0]);
            painter.paint(surface);
        }

        live.setNow(now[0] - TestRuns.MS);
        long probe = allocatedBytes();
        long probeCost = allocatedBytes() - probe;
        long before = allocatedBytes();
        painter.paint(surface);
        long allocated = allocatedBytes() - before - probeCost;

        assertThat(surface.images).isEqualTo(1);
        assertThat(allocated).isLessThan(1024);
    }

    @Test
    void aHundredThousandTasksDrawAsOneImageNotAsBars() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(SyntheticRuns.finished(new RunConfig(100_000, 1.0, Mode.POOL, 8, TaskKind.IO, 1)));
        CountingSurface surface = new CountingSurface();

        painter.paint(surface);

        assertThat(surface.images).isEqualTo(1);
        assertThat(surface.rects).isLessThan(200);
    }

    /**
     * The total counts from the first submission (here 20 ms after the recording's start, as a thread's start can
     * make it) to the last finish. The axis counts from there too, so the "total 100 ms" marker stands on the axis'
     * 100 ms, and the ideal marker at its own figure: the chart's 0 was the recording's start, and a total of
     * 19.2 ms stood at 28 ms.
     */
    @Test
    void theTimeAxisCountsFromTheFirstSubmissionAsTheTotalDoes() {
        long ms = 1_000_000;
        RunResult late = org.asynclab.chart.TestRuns.submittedLate();
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(late);
        painter.setIdealNanos(80 * ms);
        TextSurface surface = new TextSurface(1000, 500);

        painter.paint(surface);

        double totalX = painter.axis().timeToX(120 * ms);
        assertThat(surface.texts).contains("total 100 ms");
        assertThat(surface.verticalLines).anySatisfy(x -> assertThat(x).isCloseTo(totalX, within(0.5)));
        // Each tick labelled N ms stands N ms after the first submission (the last one is moved in from the edge).
        double[] tick = surface.boxes.get("40 ms");
        assertThat(tick).as("a tick labelled 40 ms, in %s", surface.texts).isNotNull();
        assertThat((tick[0] + tick[2]) / 2).as("the 40 ms tick stands where the first task ended")
                .isCloseTo(painter.axis().timeToX(60 * ms), within(0.5));
        double idealX = painter.axis().timeToX(100 * ms);
        assertThat(surface.verticalLines).as("the ideal 80 ms after the first submission")
                .anySatisfy(x -> assertThat(x).isCloseTo(idealX, within(0.5)));
        assertThat(painter.describe(0)).contains("submitted at 0 s", "finished at 40.0 ms");
    }

    @Test
    void aFewTasksDrawAsBarsWithTheirLabels() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        CountingSurface surface = new CountingSurface();

        painter.paint(surface);

        assertThat(surface.images).isZero();
        assertThat(surface.rects).isGreaterThanOrEqualTo(4);
        assertThat(surface.texts).isGreaterThanOrEqualTo(3 + 3);
    }

    @Test
    void anEventLoopWithThousandsOfWaitingTasksIsOneProfileInTheThreadsView() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(SyntheticRuns.finished(new RunConfig(10_000, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 1)));
        painter.setView(ChartView.THREADS);
        CountingSurface surface = new CountingSurface();

        painter.paint(surface);

        assertThat(painter.rows().rowCount()).isEqualTo(1);
        assertThat(surface.images).isEqualTo(1);
    }

    @Test
    void theThreadsViewOfAPoolWithAQueueHasAWaitingRowAboveItsThreads() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        painter.setView(ChartView.THREADS);
        CountingSurface surface = new CountingSurface();

        painter.paint(surface);

        assertThat(painter.rows().rowCount()).isEqualTo(1 + 2);
        assertThat(surface.images).isEqualTo(1);
        double y = painter.rows().rowTop(1) + painter.rows().rowHeight() / 2;
        assertThat(painter.taskAt(painter.axis().timeToX(200 * TestRuns.MS), y)).isZero();
    }

    @Test
    void anEventLoopWhoseTasksNeverQueueHasNoWaitingRow() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.eventLoop());
        painter.setView(ChartView.THREADS);

        painter.paint(new CountingSurface());

        assertThat(painter.rows().rowCount()).isEqualTo(1);
    }
}
