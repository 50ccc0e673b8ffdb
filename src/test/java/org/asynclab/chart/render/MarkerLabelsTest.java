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
 * A line the class cannot name is noise: the ideal's and the total's lines are named beside them, placed so that
 * they cover no other words, or by the legend when there is no room; a bar's label stays readable where one of
 * them crosses it; and two meanings of one swatch stay under that one swatch, on one line of the legend.
 */
class MarkerLabelsTest {
    private static final long MS = TestRuns.MS;

    /** Four tasks one after another on one thread, done at 1.5, 2, 3 and 4.1 s: a sequential run of 4.1 s. */
    private static RunResult sequential() {
        return TestRuns.run(TaskKind.CPU, 4100 * MS, new long[] {0, 0, 0, 0},
                new long[] {0, 1500 * MS, 2000 * MS, 3000 * MS},
                new long[] {1500 * MS, 2000 * MS, 3000 * MS, 4100 * MS}, new int[] {0, 0, 0, 0}, "event-loop");
    }

    private static ChartPainter compact(RunResult run, long idealNanos) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(Mode.EVENT_LOOP);
        painter.setTitle("CPU (computes) · Event loop");
        painter.setOwnLegend(false);
        painter.setIdealNanos(idealNanos);
        return painter;
    }

    /** A marker's label: its word and value, or its word alone where the value found no room. */
    private static boolean isMarker(String text, String word) {
        return text.equals(word) || text.startsWith(word + " ");
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /**
     * io-vs-cpu's CPU chart: the ideal (the sum, 400 ms here) is left of the total, too near the title for its
     * label to end left of its line: it was drawn and never named. It is named right of its line.
     */
    @Test
    void anIdealLineNearTheTitleIsNamedRightOfItself() {
        TextSurface surface = new TextSurface(1200, 300);
        ChartPainter painter = compact(sequential(), 400 * MS);

        painter.paint(surface);

        assertThat(surface.texts).contains("ideal 400 ms", "total 4.10 s");
        double idealX = surface.lines.stream().filter(l -> l[4] == 1).findFirst().orElseThrow()[0];
        assertThat(surface.boxes.get("ideal 400 ms")[0]).isGreaterThan(idealX);
        assertThat(overlap(surface.boxes.get("ideal 400 ms"), surface.boxes.get("total 4.10 s"))).isFalse();
        assertThat(overlap(surface.boxes.get("ideal 400 ms"), surface.boxes.get("CPU (computes) · Event loop")))
                .isFalse();
        assertThat(LegendEntry.IDEAL.in(painter.legendEntries())).isFalse();
    }

    /**
     * At every width, from a narrow chart beside the code to a projector's, every marker line drawn is named: by
     * its label on the title line, covering no other words, or else by the shared legend (bonjour-monde's event
     * loop chart at 1024 px in French named neither its ideal nor its total).
     */
    @Test
    void everyMarkerLineDrawnIsNamedBesideItOrInTheLegend() {
        for (long ideal : new long[] {400 * MS, 4000 * MS, 4100 * MS}) {
            for (int width = 380; width <= 1600; width += 20) {
                TextSurface surface = new TextSurface(width, 300);
                ChartPainter painter = compact(sequential(), ideal);

                painter.paint(surface);

                long legend = painter.legendEntries();
                boolean idealLine = surface.lines.stream().anyMatch(l -> l[0] == l[2] && l[4] == 1);
                boolean totalLine = surface.lines.stream().anyMatch(l -> l[0] == l[2] && l[4] == 0);
                boolean idealNamed = surface.texts.stream().anyMatch(t -> isMarker(t, "ideal"));
                boolean totalNamed = surface.texts.stream().anyMatch(t -> isMarker(t, "total"));
                assertThat(idealLine).isTrue();
                assertThat(totalLine).isTrue();
                assertThat(idealNamed || LegendEntry.IDEAL.in(legend)).as("ideal %d at %d", ideal, width).isTrue();
                assertThat(totalNamed || LegendEntry.TOTAL.in(legend)).as("total %d at %d", ideal, width).isTrue();
                for (String marker : surface.texts) {
                    if (isMarker(marker, "ideal") || isMarker(marker, "total")) {
                        for (String other : surface.texts) {
                            assertThat(other.equals(marker) || !overlap(surface.boxes.get(marker),
                                    surface.boxes.get(other))).as("%s over %s at %d", marker, other, width).isTrue();
                        }
                    }
                }
            }
        }
    }

    /**
     * The pool lesson's "771 ms" and "9|64 ms": the ideal's dashed line ran through a bar's delay. The label is
     * written over the line on a halo of its bar's colour: no dash of the line shows through the label.
     */
    @Test
    void aMarkerLineThatCrossesABarsLabelDoesNotCutIt() {
        RunResult run = TestRuns.run(TaskKind.IO, 1000 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {1000 * MS, 400 * MS}, new int[] {0, 1}, "thread-0", "thread-1");
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(Mode.THREADS);
        try (Java2dSurface first = new Java2dSurface(1600, 500, 1)) {
            painter.paint(first);
        }
        // the delay "1.00 s" ends 8 points before its bar's end: 20 points before the end is inside it
        long inLabel = Math.round(painter.axis().xToTime(painter.axis().timeToX(1000 * MS) - 20));
        painter.setIdealNanos(inLabel);
        try (Java2dSurface surface = new Java2dSurface(1600, 500, 1)) {
            painter.paint(surface);
            BufferedImage image = surface.image();
            int x = (int) Math.round(painter.axis().timeToX(inLabel));
            double centre = painter.rows().rowTop(0) + painter.rows().rowHeight() / 2;
            int ideal = ChartTheme.LIGHT.palette().argb(ChartColor.IDEAL) | 0xFF000000;
            int dashes = 0;
            for (int dx = -1; dx <= 1; dx++) {
                for (int y = (int) centre - 6; y <= (int) centre + 6; y++) {
                    dashes += (image.getRGB(x + dx, y) | 0xFF000000) == ideal ? 1 : 0;
                }
            }
            assertThat(dashes).isZero();
            // while the line still shows above and below the label, in the rest of the row
            int elsewhere = 0;
            for (int y = (int) painter.rows().rowTop(1); y < (int) painter.rows().rowTop(2); y++) {
                elsewhere += (image.getRGB(x, y) | 0xFF000000) == ideal ? 1 : 0;
            }
            assertThat(elsewhere).isPositive();
        }
    }

    /**
     * bonjour-monde at 1024 px in French: "running (I/O wait)" and "sleeping (await)", the same plain bar in two
     * charts' words, fell on two lines with two identical swatches, as if two states. They stay one item, one
     * swatch, at every width.
     */
    @Test
    void twoMeaningsOfOneSwatchStayOneItemAtEveryWidth() {
        long union = LegendEntry.WAITING_TURN.bit() | LegendEntry.RUNNING_IO.bit() | LegendEntry.SLEEPING.bit()
                | LegendEntry.DONE.bit() | LegendEntry.RUNNING_CPU.bit() | LegendEntry.HOLDING_LOCK.bit();
        LegendStrip strip = new LegendStrip(ChartTheme.LIGHT.palette());
        for (int width = 640; width <= 1400; width += 10) {
            SvgSurface svg = new SvgSurface(width, 200);

            strip.paint(svg, union);

            assertThat(svg.document()).as("at %d", width).contains("> / sleeping (await)</text>",
                    "> / computing, holding the GIL</text>").doesNotContain(">sleeping (await)</text>",
                    ">computing, holding the GIL</text>");
        }
    }
}
