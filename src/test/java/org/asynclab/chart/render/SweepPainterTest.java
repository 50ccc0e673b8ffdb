package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.geometry.PlotAxis;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;

class SweepPainterTest {
    @Test
    void theStepBeingMeasuredIsNamedAsTheLegendNamesItsMode() {
        // given a sweep of a pool of 4 workers whose n = 100 step is being measured
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.POOL), List.of(1, 10, 100), 1, TaskKind.IO, 7L,
                4, false);
        List<SweepPoint> points = List.of(point(Mode.SEQUENTIAL, 1, 0.5), point(Mode.POOL, 1, 0.5),
                point(Mode.SEQUENTIAL, 10, 5), point(Mode.POOL, 10, 1.7), point(Mode.SEQUENTIAL, 100, 50));
        SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
        painter.setResult(new SweepResult(plan, points, false));
        painter.setCurrent(new SweepPlan.Step(Mode.POOL, 100));

        SvgSurface svg = new SvgSurface(1200, 700);
        painter.paint(svg);

        // then both panels say which pool they measure: the plan's, not a pool of 0
        assertThat(svg.document()).contains(">pool of 4</text>").contains(">measuring pool of 4</text>")
                .doesNotContain("pool of 0");
    }

    @Test
    void aReferenceLinesLabelGoesAroundTheValuesWritten() {
        // given a sweep near its end (issue 13's screenshot: "max delay" was written under "976 ms"), at the
        // export's default size (at 1000 × 560 its four lines leave "max delay" no place that crosses none)
        TextSurface texts = painted(1600, 900, 1, List.of(point(Mode.SEQUENTIAL, 1, 0.08),
                point(Mode.EVENT_LOOP, 1, 0.065),
                point(Mode.POOL, 1, 0.07), point(Mode.VIRTUAL, 1, 0.066), point(Mode.SEQUENTIAL, 10, 5.2),
                point(Mode.EVENT_LOOP, 10, 0.976), point(Mode.POOL, 10, 1.75), point(Mode.VIRTUAL, 10, 0.976),
                point(Mode.SEQUENTIAL, 100, 55.1), point(Mode.EVENT_LOOP, 100, 1.0)));

        // then each reference line's label is written, and over no other text
        List<String> references = List.of("max delay", "n × max delay / 2", "max delay / n");
        assertThat(texts.boxes.keySet()).containsAll(references);
        for (String reference : references) {
            double[] box = texts.boxes.get(reference);
            texts.boxes.forEach((other, at) -> assertThat(other.equals(reference) || box[0] >= at[2]
                    || at[0] >= box[2] || box[1] >= at[3] || at[1] >= box[3])
                    .as("'%s' over '%s'", reference, other).isTrue());
        }
    }

    /** "n × max delay / 2", placed at its line's right end, ran past the plot into the values ("109 ms"). */
    @Test
    void aReferenceLinesLabelStaysInsideThePlot() {
        TextSurface texts = painted(1000, 560, 0.1, List.of(point(Mode.SEQUENTIAL, 1, 0.08),
                point(Mode.EVENT_LOOP, 1, 0.075),
                point(Mode.POOL, 1, 0.08), point(Mode.VIRTUAL, 1, 0.076), point(Mode.SEQUENTIAL, 10, 0.58),
                point(Mode.EVENT_LOOP, 10, 0.097), point(Mode.POOL, 10, 0.21), point(Mode.VIRTUAL, 10, 0.097),
                point(Mode.SEQUENTIAL, 100, 5.26), point(Mode.EVENT_LOOP, 100, 0.0999), point(Mode.POOL, 100, 1.35),
                point(Mode.VIRTUAL, 100, 0.109)));

        // the values written right of the last points, on the total plot (left half of the surface)
        double valuesFrom = texts.boxes.entrySet().stream()
                .filter(e -> List.of("5.26 s", "1.35 s", "109 ms", "99.9 ms").contains(e.getKey()))
                .mapToDouble(e -> e.getValue()[0]).min().orElseThrow();
        for (String reference : List.of("max delay", "n × max delay / 2")) {  // the total plot's lines
            double[] box = texts.boxes.get(reference);
            if (box != null) {
                assertThat(box[2]).as("'%s' ends before the values begin", reference).isLessThanOrEqualTo(valuesFrom);
            }
        }
    }

    /**
     * On a linear total scale the curve n × max delay / 2 runs along the axis at small n, where the other modes'
     * lines run too: its name, written below it there, crossed the pool's line and the event loop's. Every
     * reference name now crosses no line drawn (the modes', the references', its own) and no other text.
     */
    @Test
    void onALinearScaleAReferenceLinesNameCrossesNoLineAndNoOtherName() {
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL),
                List.of(10, 20, 50), 0.2, TaskKind.IO, 7L, 4, false);
        List<SweepPoint> points = List.of(point(Mode.SEQUENTIAL, 10, 1.16), point(Mode.EVENT_LOOP, 10, 0.19),
                point(Mode.POOL, 10, 0.39), point(Mode.VIRTUAL, 10, 0.2), point(Mode.SEQUENTIAL, 20, 2.22),
                point(Mode.EVENT_LOOP, 20, 0.195), point(Mode.POOL, 20, 0.64), point(Mode.VIRTUAL, 20, 0.196),
                point(Mode.SEQUENTIAL, 50, 5.16), point(Mode.EVENT_LOOP, 50, 0.194), point(Mode.POOL, 50, 1.33),
                point(Mode.VIRTUAL, 50, 0.196));
        for (double[] size : new double[][] {{1024, 768}, {1920, 1080}, {1280, 720}}) {
            for (PlotAxis.Scale scale : PlotAxis.Scale.values()) {
                SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
                painter.setResult(new SweepResult(plan, points, true));
                painter.setTotalScale(scale);
                TextSurface texts = new TextSurface(size[0], size[1]);
                painter.paint(texts);

                for (String reference : List.of("max delay", "n × max delay / 2", "max delay / 2", "max delay / n")) {
                    double[] box = texts.boxes.get(reference);
                    if (box == null) {
                        continue;
                    }
                    String where = reference + " at " + size[0] + "x" + size[1] + ", " + scale;
                    for (double[] line : texts.lines) {
                        assertThat(SweepReferences.crosses(box, line)).as("'%s' crosses the line %s", where,
                                java.util.Arrays.toString(line)).isFalse();
                    }
                    texts.boxes.forEach((other, at) -> assertThat(other.equals(reference) || box[0] >= at[2]
                            || at[0] >= box[2] || box[1] >= at[3] || at[1] >= box[3])
                            .as("'%s' over '%s'", where, other).isTrue());
                }
                assertThat(texts.boxes).as("at %sx%s, %s", size[0], size[1], scale)
                        .containsKeys("n × max delay / 2", "max delay / n", "max delay / 2");
                // and sequential's average, 103 ms beside the dashed 100 ms, is written off that line
                double[] value = texts.boxes.get("103 ms");
                assertThat(texts.lines.stream().filter(line -> line[4] == 1)
                        .noneMatch(line -> SweepReferences.crosses(value, line)))
                        .as("a dashed line runs through '103 ms' at %sx%s", size[0], size[1]).isTrue();
            }
        }
    }

    /**
     * A four-mode sweep of 1, 10 and 100 tasks at {@code maxDelay}, painted at width × height with {@code points}:
     * finished when it has all twelve, else measuring the pool at n = 100.
     */
    private static TextSurface painted(double width, double height, double maxDelay, List<SweepPoint> points) {
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL),
                List.of(1, 10, 100), maxDelay, TaskKind.IO, 7L, 4, false);
        SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
        boolean done = points.size() == 12;
        painter.setResult(new SweepResult(plan, points, done));
        if (!done) {
            painter.setCurrent(new SweepPlan.Step(Mode.POOL, 100));
        }
        TextSurface texts = new TextSurface(width, height);
        painter.paint(texts);
        return texts;
    }

    private static SweepPoint point(Mode mode, int n, double total) {
        return new SweepPoint(mode, n, new RunSummary(total, total / n, 0, 0, 0, 0, 1, 1, 1), 0, 10, false);
    }
}
