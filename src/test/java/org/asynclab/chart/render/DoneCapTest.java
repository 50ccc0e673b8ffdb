package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A finished bar's end cap shows where the task ended, on every lane colour of every theme: the light theme's
 * eighth lane is black like its cap, the dark theme's white like its cap, so tasks #7 and #15 of a threads run
 * ended with no visible end (cmp-threads.png).
 */
class DoneCapTest {
    private static final long MS = TestRuns.MS;
    private static final int TASKS = 2 * ChartColor.LANES;
    /**
     * The least contrast of a cap with its bar: the themes' own caps give 2.3 on the dark theme's light blue and 2.6
     * on the projector's blue, and clearly show there; the black-on-black and white-on-white caps gave 1.
     */
    private static final double LEAST_ON_BAR = 2.2;

    /** One thread per task, each started at 0 and done at 500 ms + 30 ms per task. */
    private static RunResult threads() {
        long[] zero = new long[TASKS];
        long[] finished = new long[TASKS];
        int[] lanes = new int[TASKS];
        String[] names = new String[TASKS];
        for (int i = 0; i < TASKS; i++) {
            finished[i] = (500 + 30 * i) * MS;
            lanes[i] = i;
            names[i] = "thread-" + i;
        }
        return TestRuns.run(TaskKind.IO, finished[TASKS - 1], zero, zero, finished, lanes, names);
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void everyLanesEndCapStandsOutFromItsBar(ChartTheme theme) {
        Palette palette = theme.palette();
        ChartPainter painter = new ChartPainter(palette);
        painter.setTimeline(threads());
        painter.setMode(Mode.THREADS);
        try (Java2dSurface surface = new Java2dSurface(1400, 700, 1)) {
            painter.paint(surface);
            BufferedImage image = surface.image();
            for (int task = 0; task < TASKS; task++) {
                int end = (int) Math.floor(painter.axis().timeToX((500 + 30 * task) * MS));
                int y = (int) (painter.rows().rowTop(task) + painter.rows().rowHeight() / 2);
                int bar = palette.lane(task, false).argb();
                assertThat(Palette.contrast(image.getRGB(end - 20, y) | 0xFF000000, bar)).as("bar of #%d", task)
                        .isLessThan(1.05);
                int cap = image.getRGB(end - 2, y) | 0xFF000000;
                assertThat(Palette.contrast(cap, bar))
                        .as("%s: the end cap of #%d on lane %d", theme, task, task % ChartColor.LANES)
                        .isGreaterThanOrEqualTo(LEAST_ON_BAR);
                assertThat(Palette.contrast(cap, palette.argb(ChartColor.PLOT)))
                        .as("%s: the end cap of #%d beside the plot", theme, task)
                        .isGreaterThanOrEqualTo(Palette.MIN_MARK_CONTRAST);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void everyFillACapCanEndOnGivesItAMarkThatShowsOnTheBarAndBesideIt(ChartTheme theme) {
        Palette palette = theme.palette();
        int plot = palette.argb(ChartColor.PLOT);
        for (int lane = 0; lane < ChartColor.LANES; lane++) {
            for (boolean computing : new boolean[] {false, true}) {
                ChartPaint fill = palette.lane(lane, computing);
                int cap = palette.doneCapOn(fill).argb();
                assertThat(Palette.contrast(cap, fill.argb())).as("%s lane %d computing %s", theme, lane, computing)
                        .isGreaterThanOrEqualTo(LEAST_ON_BAR);
                assertThat(Palette.contrast(cap, plot)).as("%s lane %d beside", theme, lane)
                        .isGreaterThanOrEqualTo(Palette.MIN_MARK_CONTRAST);
            }
        }
        for (Phase phase : Phase.values()) {
            ChartPaint fill = palette.phase(phase);
            // a traced task's phases: never a cap that shows less than the theme's own would
            int own = palette.argb(ChartColor.DONE);
            int cap = palette.doneCapOn(fill).argb();
            assertThat(Math.min(Palette.contrast(cap, fill.argb()), Palette.contrast(cap, plot)))
                    .as("%s %s", theme, phase)
                    .isGreaterThanOrEqualTo(Math.min(Palette.contrast(own, fill.argb()), Palette.contrast(own, plot)));
        }
    }
}
