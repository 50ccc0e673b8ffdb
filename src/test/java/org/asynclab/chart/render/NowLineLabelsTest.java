package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The replay's cursor (a live run's "now" line) crosses the delays written after the bars as the ideal's and the
 * total's lines do: on a halo, so that "121 ms" never reads "121 m|s" (w9-keys-play.png), while the line still
 * shows above and below the label.
 */
class NowLineLabelsTest {
    private static final long MS = TestRuns.MS;
    private static final long SHORT = 40 * MS;

    /** A task done after 40 ms and one still running at {@code now}, on an axis the 3 s ideal holds still. */
    private static ChartPainter painter(long now) {
        RunResult run = TestRuns.run(TaskKind.IO, now, new long[] {0, 0}, new long[] {0, 0}, new long[] {SHORT, -1},
                new int[] {0, 1}, "thread-0", "thread-1");
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(Mode.THREADS);
        painter.setIdealNanos(3000 * MS);
        return painter;
    }

    @Test
    void theNowLineDoesNotCutTheDelayWrittenAfterABar() {
        ChartPainter first = painter(1000 * MS);
        try (Java2dSurface surface = new Java2dSurface(1600, 500, 1)) {
            first.paint(surface);
        }
        // the delay is written from 8 points after the bar's end: 16 points after the end is inside its first digits
        long inLabel = Math.round(first.axis().xToTime(first.axis().timeToX(SHORT) + 16));
        ChartPainter painter = painter(inLabel);
        try (Java2dSurface surface = new Java2dSurface(1600, 500, 1)) {
            painter.paint(surface);
            BufferedImage image = surface.image();
            int x = (int) Math.round(painter.axis().timeToX(inLabel));
            assertThat(Math.abs(painter.axis().timeToX(inLabel) - first.axis().timeToX(SHORT) - 16)).isLessThan(2);
            int now = ChartTheme.LIGHT.palette().argb(ChartColor.NOW) | 0xFF000000;
            double centre = painter.rows().rowTop(0) + painter.rows().rowHeight() / 2;
            int through = 0;
            for (int dx = -1; dx <= 1; dx++) {
                for (int y = (int) centre - 5; y <= (int) centre + 5; y++) {
                    through += (image.getRGB(x + dx, y) | 0xFF000000) == now ? 1 : 0;
                }
            }
            assertThat(through).as("now-line pixels through the label").isZero();
            int elsewhere = 0;
            for (int y = (int) painter.rows().rowTop(0); y < (int) centre - 12; y++) {
                elsewhere += (image.getRGB(x, y) | 0xFF000000) == now ? 1 : 0;
            }
            assertThat(elsewhere).as("the line above the label").isPositive();
        }
    }
}
