package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * A run stopped before its tasks finished ends on a line named "stop", not "now": a slide of it read "now 10.1 s"
 * beside a hundred tasks that never ran, as if the run went on.
 */
class StoppedMarkerTest {
    private static final long MS = TestRuns.MS;
    private static final ChartLabels FRENCH = ChartLabels.from(
            ResourceBundle.getBundle("org.asynclab.ui.messages", Locale.FRENCH));

    /** Task 0 done after 40 ms, task 1 still waiting when the run ended at 100 ms. */
    private static RunResult run(boolean stopped) {
        RunResult partial = TestRuns.run(TaskKind.IO, 100 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {40 * MS, -1}, new int[] {0, 1}, "thread-0", "thread-1");
        RunConfig config = partial.config();
        return new RunResult(config, partial.workload(), new RunResult.Timings(new long[] {0, 0}, new long[] {0, 0},
                new long[] {40 * MS, -1}, new int[] {0, 1}), new String[] {"thread-0", "thread-1"},
                partial.completionOrder(), partial.summary(), stopped, 100 * MS);
    }

    private static TextSurface painted(RunResult run, ChartLabels words) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(words);
        painter.setMode(Mode.THREADS);
        painter.setTimeline(run);
        TextSurface surface = new TextSurface(1200, 400);
        painter.paint(surface);
        return surface;
    }

    @Test
    void aStoppedRunsLastLineIsTheStopInItsLegendAndItsLabel() {
        for (ChartLabels words : new ChartLabels[] {ChartLabels.ENGLISH, FRENCH}) {
            TextSurface surface = painted(run(true), words);

            String stop = words.get(ChartLabels.Key.STOPPED);
            assertThat(surface.texts).contains(stop, stop + " " + words.duration(100 * MS))
                    .doesNotContain(words.get(ChartLabels.Key.NOW))
                    .noneMatch(text -> text.startsWith(words.get(ChartLabels.Key.NOW) + " "));
        }
    }

    @Test
    void aLiveRunsLineIsStillNow() {
        TextSurface surface = painted(run(false), ChartLabels.ENGLISH);

        assertThat(surface.texts).contains("now", "now 100 ms").doesNotContain("stop");
    }
}
