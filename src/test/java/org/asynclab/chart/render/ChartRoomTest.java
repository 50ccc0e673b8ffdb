package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.junit.jupiter.api.Test;

/** How a short chart, such as one of a comparison's two, gives its room to the bars. */
class ChartRoomTest {

    private static ChartPainter painterOf(String title) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        painter.setTitle(title);
        return painter;
    }

    @Test
    void aShortChartOfFewTasksLabelsEveryRow() {
        ChartPainter painter = painterOf("Pool · n = 3");
        TextSurface surface = new TextSurface(1000, 190);

        painter.paint(surface);

        assertThat(painter.rows().rowHeight()).isLessThan(AxisPainter.SMALL_ROW);
        assertThat(surface.texts).contains("#0", "#1", "#2");
    }

    @Test
    void onThinRowsTheFirstRowsLabelStaysBelowTheTitleLine() {
        // given 60 tasks in a chart 150 px tall, as a comparison's chart beside the code: rows of about 1 px
        int n = 60;
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.run(org.asynclab.model.TaskKind.IO, 1000 * TestRuns.MS, new long[n],
                new long[n], new long[n], new int[n], "main"));
        painter.setTitle("two-worlds.py · Python 3.11.7");
        TextSurface surface = new TextSurface(600, 150);

        painter.paint(surface);

        // then "#0" is written, its top inside the plot, not on the title's line above it
        assertThat(painter.rows().rowHeight()).isLessThan(AxisPainter.FEW_ROW);
        int first = surface.texts.indexOf("#0");
        assertThat(first).isNotNegative();
        double top = surface.baselines.get(first) - ChartFont.SMALL.centreToBaseline() - ChartFont.SMALL.size() / 2;
        assertThat(top).isGreaterThanOrEqualTo(painter.rows().top() - 0.5);
    }

    @Test
    void namedRowsTooThinForTheirLettersAreNotEachLabelled() {
        // given 9 named rows of about 11 px, as two-worlds' Python chart beside the code
        int n = 9;
        org.asynclab.engine.PhaseRecording phases = new org.asynclab.engine.PhaseRecording(n, 1, true);
        for (int task = 0; task < n; task++) {
            phases.name(task, "Task-" + (task + 1) + " wait_random");
        }
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.run(org.asynclab.model.TaskKind.IO, 1000 * TestRuns.MS, new long[n],
                new long[n], new long[n], new int[n], "main").withPhaseTimeline(phases));
        TextSurface surface = new TextSurface(600, 250);

        painter.paint(surface);

        // then no two names are written closer than a line of their font
        assertThat(painter.rows().rowHeight()).isBetween(AxisPainter.FEW_ROW, AxisPainter.SMALL_ROW);
        List<Double> named = new ArrayList<>();
        for (int i = 0; i < surface.texts.size(); i++) {
            if (surface.texts.get(i).startsWith("Task-")) {
                named.add(surface.baselines.get(i));
            }
        }
        assertThat(named).isNotEmpty();
        for (int i = 1; i < named.size(); i++) {
            assertThat(named.get(i) - named.get(i - 1)).isGreaterThanOrEqualTo(ChartFont.SMALL.size());
        }
    }

    @Test
    void theLegendJoinsTheTitleLineWhenThereIsRoom() {
        ChartPainter wide = painterOf("Pool");
        ChartPainter narrow = painterOf("Pool");

        wide.layout(new TextSurface(2400, 400));
        narrow.layout(new TextSurface(900, 400));

        assertThat(wide.rows().top()).isLessThan(narrow.rows().top() - 20);
    }

    @Test
    void aLongTitleKeepsTheLegendOnALineOfItsOwn() {
        ChartPainter longTitle = painterOf("x".repeat(200));
        ChartPainter narrow = painterOf("Pool");

        longTitle.layout(new TextSurface(2400, 400));
        narrow.layout(new TextSurface(900, 400));

        assertThat(longTitle.rows().top()).isEqualTo(narrow.rows().top());
    }

    @Test
    void onANarrowChartTheTasksDoneShortenBeforeTheTitleIsCut() {
        ChartPainter wide = painterOf("Boucle d’événements · E/S (attend)");
        ChartPainter narrow = painterOf("Boucle d’événements · E/S (attend)");
        TextSurface wideSurface = new TextSurface(1200, 400);
        TextSurface narrowSurface = new TextSurface(430, 400);
        int n = TestRuns.pool().size();

        wide.paint(wideSurface);
        narrow.paint(narrowSurface);

        assertThat(wideSurface.texts).contains("Boucle d’événements · E/S (attend)", n + " of " + n + " tasks done");
        assertThat(narrowSurface.texts).contains("Boucle d’événements · E/S (attend)", n + "/" + n)
                .noneMatch(text -> text.endsWith("…"));
    }
}
