package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.chart.geometry.RowLayout;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The threads view's "waiting" row among more lanes than pixels (2,000 virtual threads, many.png): it shared its
 * pixel with the first lanes, so the row labelled "waiting" showed those lanes running. It keeps a band of its own,
 * where only waits are drawn.
 */
class QueueBandTest {
    private static final long MS = TestRuns.MS;
    private static final int TASKS = 3000;

    /** One virtual thread per task, submitted over 30 ms, each waiting 20 ms for a carrier, then 100 ms of I/O. */
    private static RunResult virtual() {
        long[] submitted = new long[TASKS];
        long[] started = new long[TASKS];
        long[] finished = new long[TASKS];
        int[] lanes = new int[TASKS];
        String[] names = new String[TASKS];
        for (int i = 0; i < TASKS; i++) {
            submitted[i] = i * 10_000L;
            started[i] = submitted[i] + 20 * MS;
            finished[i] = started[i] + 100 * MS;
            lanes[i] = i;
            names[i] = "virtual-" + i;
        }
        return TestRuns.run(TaskKind.IO, finished[TASKS - 1], submitted, started, finished, lanes, names);
    }

    @Test
    void theWaitingRowKeepsABandOfItsOwnWhereNoLaneRuns() {
        Palette palette = ChartTheme.LIGHT.palette();
        ChartPainter painter = new ChartPainter(palette);
        painter.setTimeline(virtual());
        painter.setMode(Mode.VIRTUAL);
        painter.setView(ChartView.THREADS);
        Set<Integer> running = new HashSet<>();
        for (int level : palette.runningLevels(false)) {
            running.add(level | 0xFF000000);
        }
        try (Java2dSurface surface = new Java2dSurface(1200, 500, 1)) {
            painter.paint(surface);
            BufferedImage image = surface.image();
            assertThat(painter.rows().isDense()).isTrue();
            // at 35 ms half the threads run and the last submitted still wait for a carrier
            int x = (int) Math.round(painter.axis().timeToX(35 * MS));
            int top = (int) Math.ceil(painter.rows().rowTop(0));
            for (int y = top; y < top + 6; y++) {
                assertThat(running).as("a running lane's colour %d px into the waiting row", y - top)
                        .doesNotContain(image.getRGB(x, y) | 0xFF000000);
            }
            int lanes = 0;
            for (int y = top + 12; y < top + 40; y++) {
                lanes += running.contains(image.getRGB(x, y) | 0xFF000000) ? 1 : 0;
            }
            assertThat(lanes).as("the first lanes under it run").isPositive();
        }
    }

    @Test
    void aBandOfItsOwnIsOneRowAmongRowsOfAPixelOrMoreAndAboutItsPixelsAmongThinnerOnes() {
        assertThat(RowLayout.rowsForBand(8, 400, 10)).isEqualTo(1);
        assertThat(RowLayout.rowsForBand(399, 400, 10)).isEqualTo(1);
        int rows = RowLayout.rowsForBand(2000, 680, 10);
        double rowPx = 680.0 / (2000 + rows);
        assertThat(rows * rowPx).isBetween(10.0, 11.0);
        assertThat(RowLayout.rowsForBand(1_000_000, 12, 10) * (12.0 / (1_000_000 + RowLayout.rowsForBand(1_000_000,
                12, 10)))).isLessThanOrEqualTo(6.01);
    }
}
