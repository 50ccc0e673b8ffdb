package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * How many lines a chart's own legend gets: none of its entries left out while its rows can spare the room, and none
 * kept for entries the laid-out rows no longer show.
 */
class LegendLayoutTest {

    /**
     * The legend's lines were counted before the rows were laid out: a chart whose rows became bands dropped
     * "done" and "colour = thread" from a legend that then fitted one line, and kept a blank second line above
     * its plot (100,000 virtual threads at 1024×768).
     */
    @Test
    void theLinesOfTheEntriesBandsLeaveOutGoToThePlot() {
        // given a pool of 4 over 3,000 tasks and one over 20, at 800 points wide, where all the pool's entries
        // take two lines
        RunConfig many = new RunConfig(3_000, 1.0, Mode.POOL, 4, TaskKind.IO, 1);
        RunConfig few = new RunConfig(20, 1.0, Mode.POOL, 4, TaskKind.IO, 1);
        ChartPainter dense = poolChart(HandBuiltResults.simulate(many, Workload.generate(many)));
        ChartPainter bars = poolChart(HandBuiltResults.simulate(few, Workload.generate(few)));
        assertThat(LegendEntry.of(bars.legendEntries())).contains(LegendEntry.DONE, LegendEntry.LANES);
        assertThat(LegendEntry.of(dense.legendEntries())).doesNotContain(LegendEntry.DONE, LegendEntry.LANES);

        // then the bands' legend takes one line less, and their plot starts a line higher
        assertThat(dense.rows().isDense()).isTrue();
        assertThat(bars.rows().top() - dense.rows().top()).isEqualTo(28.0);
    }

    private static ChartPainter poolChart(RunResult run) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(Mode.POOL);
        painter.setTitle("Pool of 4 · io · n = 3,000 · max delay 1.000 s · seed 1 · total 750 ms · average 250 µs");
        painter.setIdealNanos(1_000_000_000L);
        painter.paint(new SvgSurface(800, 768));
        return painter;
    }

    /**
     * bonjour-monde-gather beside the code at 1024×768 in French: a chart of three rows, 400 points tall, whose
     * legend needed two lines got one (the header kept to 40 % of the chart), and lost "awaiting", the state of every
     * bar, and "total", with room to spare under the rows. The legend takes the lines the rows can spare.
     */
    @Test
    void aLegendTakesTheLinesItsRowsCanSpare() {
        // given a program's three rows, each a slice, an await and a slice
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.tracedProgram(3));
        painter.setMode(Mode.EVENT_LOOP);
        painter.setTitle("bonjour-monde-gather.py · Python 3.11.7");

        // when it is drawn 480 × 400 points, where its legend needs two lines
        SvgSurface svg = new SvgSurface(480, 400);
        painter.paint(svg);

        // then every entry is there, and the rows keep their height
        assertThat(svg.document()).contains(">done</text>", ">running slice</text>", ">awaiting</text>",
                ">total</text>");
        assertThat(painter.rows().rowHeight()).isEqualTo(60.0);
    }
}
