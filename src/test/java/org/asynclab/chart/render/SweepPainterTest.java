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
        assertThat(svg.document()).contains(">Pool of 4</text>").contains(">measuring Pool of 4</text>")
                .doesNotContain("pool of 0");
    }

    @Test
    void aReferenceLinesLabelGoesAroundTheValuesWritten() {
        // given a sweep near its end (issue 13's screenshot: "max delay", now "longest delay", was written under
        // "976 ms"), at the export's default size (at 1000 × 560 its four lines leave it no place that crosses none)
        TextSurface texts = painted(1600, 900, 1, List.of(point(Mode.SEQUENTIAL, 1, 0.08),
                point(Mode.EVENT_LOOP, 1, 0.065),
                point(Mode.POOL, 1, 0.07), point(Mode.VIRTUAL, 1, 0.066), point(Mode.SEQUENTIAL, 10, 5.2),
                point(Mode.EVENT_LOOP, 10, 0.976), point(Mode.POOL, 10, 1.75), point(Mode.VIRTUAL, 10, 0.976),
                point(Mode.SEQUENTIAL, 100, 55.1), point(Mode.EVENT_LOOP, 100, 1.0)));

        // then each reference line's label is written, and over no other text
        List<String> references = List.of("longest delay", "sum of the delays", "longest ÷ n");
        assertThat(texts.boxes.keySet()).containsAll(references);
        for (String reference : references) {
            double[] box = texts.boxes.get(reference);
            texts.boxes.forEach((other, at) -> assertThat(other.equals(reference) || box[0] >= at[2]
                    || at[0] >= box[2] || box[1] >= at[3] || at[1] >= box[3])
                    .as("'%s' over '%s'", reference, other).isTrue());
        }
    }

    /**
     * The sweep window at 1280×720, measuring n = 100: "max delay" was written a few points right of "317 ms", and
     * read "317 ms max delay" as one phrase. A reference's name keeps clear of the values, not only off them. (The
     * points are now a few per cent over the ideals of the plan's seed, 365 ms at n = 1 and 464 ms / 2.88 s at
     * n = 10, as the line goes through those.)
     */
    @Test
    void aReferenceLinesLabelKeepsClearOfTheValuesBesideIt() {
        TextSurface texts = painted(1200, 400, 0.5, measuringN100());

        // (the flat "longest delay" finds no place in so small a plot: under it the axis, over it the values)
        assertThat(texts.boxes).containsKeys("sum of the delays", "sum ÷ n", "longest ÷ n");
        for (String reference : List.of("longest delay", "sum of the delays", "longest ÷ n", "sum ÷ n")) {
            double[] box = texts.boxes.get(reference);
            if (box == null) {
                continue;
            }
            texts.boxes.forEach((other, at) -> {
                boolean beside = box[1] < at[3] && at[1] < box[3];
                double apart = Math.max(at[0] - box[2], box[0] - at[2]);
                assertThat(other.equals(reference) || !beside || apart >= SweepReferences.TEXT_CLEARANCE)
                        .as("'%s' %.1f points from '%s'", reference, apart, other).isTrue();
            });
        }
    }

    /** Four modes measured at n = 1 and 10 (the sweep window at 1280×720, measuring n = 100). */
    private static List<SweepPoint> measuringN100() {
        return List.of(point(Mode.SEQUENTIAL, 1, 0.37), point(Mode.EVENT_LOOP, 1, 0.368),
                point(Mode.POOL, 1, 0.372), point(Mode.VIRTUAL, 1, 0.369), point(Mode.SEQUENTIAL, 10, 2.93),
                point(Mode.EVENT_LOOP, 10, 0.468), point(Mode.POOL, 10, 0.93), point(Mode.VIRTUAL, 10, 0.467));
    }

    /**
     * A grid line under a reference line's name struck it through ("plus long ÷ n" on the 10 ms line, French,
     * 1024×768): the name is written on the plot's own colour, its box cleared just before it.
     */
    @Test
    void aReferenceLinesNameIsWrittenOnThePlotsColourNotOnAGridLine() {
        TextSurface texts = painted(1200, 400, 0.5, measuringN100());
        String plot = String.valueOf(ChartTheme.LIGHT.palette().of(ChartColor.PLOT));

        for (String reference : List.of("sum of the delays", "sum ÷ n", "longest ÷ n")) {
            int at = texts.drawn.indexOf(reference);
            assertThat(at).as(reference).isPositive();
            String[] fill = texts.drawn.get(at - 1).split(" ");
            assertThat(fill[0]).as("what is drawn just before '%s'", reference).isEqualTo("fill");
            double[] box = texts.boxes.get(reference);
            double left = Double.parseDouble(fill[1]);
            double top = Double.parseDouble(fill[2]);
            assertThat(left).isLessThanOrEqualTo(box[0]);
            assertThat(top).isLessThanOrEqualTo(box[1]);
            assertThat(left + Double.parseDouble(fill[3])).isGreaterThanOrEqualTo(box[2]);
            assertThat(top + Double.parseDouble(fill[4])).isGreaterThanOrEqualTo(box[3]);
            assertThat(texts.drawn.get(at - 1)).endsWith(" " + plot);
        }
    }

    /**
     * At 1024×768 in French the legend's "attendu sans surcoût" did not fit beside the four modes and was left out:
     * it goes on a second line, and the panels start below it.
     */
    @Test
    void aLegendTooWideForOneLineTakesASecondAndLeavesNoItemOut() {
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL),
                List.of(1, 10, 100), 0.2, TaskKind.IO, 7L, 4, false);
        SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(ChartLabels.from(java.util.ResourceBundle.getBundle("org.asynclab.ui.messages",
                java.util.Locale.FRENCH)), (mode, workers) -> switch (mode) {
                    case SEQUENTIAL -> "Séquentiel";
                    case EVENT_LOOP -> "Boucle d’événements";
                    case POOL -> "Pool de " + workers;
                    case THREADS -> "Threads";
                    case VIRTUAL -> "Threads virtuels";
                });
        painter.setResult(new SweepResult(plan, List.of(point(Mode.SEQUENTIAL, 1, 0.1), point(Mode.EVENT_LOOP, 1,
                0.1)), false));
        TextSurface texts = new TextSurface(984, 600);

        painter.paint(texts);

        double[] expected = texts.boxes.get("attendu sans surcoût");
        assertThat(expected).as("the reference's legend item").isNotNull();
        assertThat(expected[2]).isLessThanOrEqualTo(984);
        assertThat(texts.boxes.get("Temps total")[1]).as("the panel's heading, under the legend's second line")
                .isGreaterThan(expected[3]);
    }

    /** At 1920 x 1080 the n × max delay / 2 curve drew solid up to n = 40 or so: each of its pieces began a dash. */
    @Test
    void aCurvedReferenceLineIsDashedAlongItsWholeLength() {
        // given the total panel's curve on a linear scale, at 1920 x 1080
        TextSurface texts = painted(1920, 1080, 0.1, List.of(point(Mode.SEQUENTIAL, 1, 0.08),
                point(Mode.SEQUENTIAL, 10, 0.7), point(Mode.SEQUENTIAL, 100, 6.0)));

        // then dashed lines drawn end to end make one dash at most: a joint starts the pattern again, and links
        // longer together than a dash drew solid
        List<double[]> dashed = texts.lines.stream().filter(line -> line[4] == 1).toList();
        assertThat(dashed).hasSizeGreaterThan(20);
        for (double[] one : dashed) {
            for (double[] next : dashed) {
                if (next != one && Math.abs(next[0] - one[2]) < 1e-9 && Math.abs(next[1] - one[3]) < 1e-9) {
                    assertThat(Math.hypot(one[2] - one[0], one[3] - one[1]) + Math.hypot(next[2] - next[0],
                            next[3] - next[1])).isLessThanOrEqualTo(SweepReferences.DASH_ON + 1e-6);
                }
            }
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
        // and the y axis, 10 px right of its labels: "n × délai max / 2" began on it at 1024×768 (a tester's shot)
        double axis = texts.boxes.get("0 s")[2] + 10;
        for (String reference : List.of("longest delay", "sum of the delays")) {  // the total plot's lines
            double[] box = texts.boxes.get(reference);
            if (box != null) {
                assertThat(box[2]).as("'%s' ends before the values begin", reference).isLessThanOrEqualTo(valuesFrom);
                assertThat(box[0]).as("'%s' begins clear of the y axis", reference).isGreaterThanOrEqualTo(axis + 3);
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
        SweepPlan plan = tenTwentyFifty(0.2);
        List<SweepPoint> points = tenTwentyFifty(1.16, 0.19, 0.39, 0.2, 2.22, 0.195, 0.64, 0.196, 5.16, 0.194, 1.33,
                0.196);
        for (double[] size : SIZES) {
            for (PlotAxis.Scale scale : PlotAxis.Scale.values()) {
                TextSurface texts = painted(plan, points, size, scale);

                for (String reference : List.of("longest delay", "sum of the delays", "sum ÷ n", "longest ÷ n")) {
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
                        .containsKeys("sum of the delays", "longest ÷ n", "sum ÷ n");
                // and sequential's average, 103 ms beside the dashed 100 ms, is written off that line
                assertThat(texts.boxes).containsKey("103 ms");
                assertNoValueIsCrossedByADashedLine(texts, points, size, scale);
            }
        }
    }

    /**
     * Sizes 10 to 50 on an axis that runs on to 100: the dashed lines go on right of the last points, where their
     * values are written. At 1024 × 768, 1.94 ms (the event loop) and 1.97 ms (virtual threads) sat on the falling
     * max delay / n, and 98.3 ms-like totals on the flat max delay: no place within reach of one value alone was
     * off the line, both had to move together.
     */
    @Test
    void valuesRightOfTheLastPointsAreWrittenOffTheDashedLinesThatRunOnThere() {
        SweepPlan plan = tenTwentyFifty(0.1);
        List<SweepPoint> points = tenTwentyFifty(0.59, 0.103, 0.27, 0.102, 1.12, 0.093, 0.327, 0.094, 2.68, 0.097,
                0.691, 0.0985);
        for (double[] size : SIZES) {
            for (PlotAxis.Scale scale : PlotAxis.Scale.values()) {
                TextSurface texts = painted(plan, points, size, scale);

                assertThat(texts.boxes).containsKeys("1.94 ms", "1.97 ms");
                assertNoValueIsCrossedByADashedLine(texts, points, size, scale);
            }
        }
    }

    /**
     * A probe at 1024 × 768: the event loop's "106 ms" was written right on virtual threads' "102 ms", in the same
     * black, and read as one. Values stacked beside their points keep a clear gap between them.
     */
    @Test
    void valuesOfNearlyEqualPointsAreWrittenWithRoomBetweenThem() {
        SweepPlan plan = new SweepPlan(FOUR_MODES, List.of(1, 10, 100), 0.1, TaskKind.IO, 7L, 4, false);
        List<SweepPoint> points = List.of(point(Mode.SEQUENTIAL, 1, 0.075), point(Mode.EVENT_LOOP, 1, 0.074),
                point(Mode.POOL, 1, 0.076), point(Mode.VIRTUAL, 1, 0.075), point(Mode.SEQUENTIAL, 10, 0.59),
                point(Mode.EVENT_LOOP, 10, 0.094), point(Mode.POOL, 10, 0.2), point(Mode.VIRTUAL, 10, 0.095),
                point(Mode.SEQUENTIAL, 100, 5.28), point(Mode.EVENT_LOOP, 100, 0.106), point(Mode.POOL, 100, 1.36),
                point(Mode.VIRTUAL, 100, 0.102));
        for (double[] size : SIZES) {
            TextSurface texts = painted(plan, points, size, PlotAxis.Scale.LINEAR);

            double[] upper = texts.boxes.get("106 ms");
            double[] lower = texts.boxes.get("102 ms");
            assertThat(lower[1] - upper[3]).as("room between the two values at %sx%s", size[0], size[1])
                    .isGreaterThanOrEqualTo(6);
        }
    }

    private static final double[][] SIZES = {{1024, 768}, {1920, 1080}, {1280, 720}};
    private static final List<Mode> FOUR_MODES = List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL);

    /** A sweep of the four modes over 10, 20 and 50 tasks, whose n axis runs on to 100. */
    private static SweepPlan tenTwentyFifty(double maxDelay) {
        return new SweepPlan(FOUR_MODES, List.of(10, 20, 50), maxDelay, TaskKind.IO, 7L, 4, false);
    }

    /** Its points: the totals of sequential, event loop, pool and virtual at n = 10, then 20, then 50. */
    private static List<SweepPoint> tenTwentyFifty(double... totals) {
        List<SweepPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            points.add(point(FOUR_MODES.get(i % 4), List.of(10, 20, 50).get(i / 4), totals[i]));
        }
        return points;
    }

    /** A finished sweep of {@code plan} painted at {@code size} with the total on {@code scale}. */
    private static TextSurface painted(SweepPlan plan, List<SweepPoint> points, double[] size, PlotAxis.Scale scale) {
        SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
        painter.setResult(new SweepResult(plan, points, true));
        painter.setTotalScale(scale);
        TextSurface texts = new TextSurface(size[0], size[1]);
        painter.paint(texts);
        return texts;
    }

    /** Each mode's last total and average, as written beside its point, crosses no dashed line. */
    private static void assertNoValueIsCrossedByADashedLine(TextSurface texts, List<SweepPoint> points, double[] size,
                                                            PlotAxis.Scale scale) {
        int last = points.stream().mapToInt(SweepPoint::tasks).max().orElseThrow();
        for (SweepPoint point : points.stream().filter(q -> q.tasks() == last).toList()) {
            for (double seconds : new double[] {point.totalSeconds(), point.averageSeconds()}) {
                String value = ChartLabels.ENGLISH.duration(seconds * 1e9);
                double[] box = texts.boxes.get(value);
                assertThat(box).as("'%s' written at %sx%s, %s", value, size[0], size[1], scale).isNotNull();
                assertThat(texts.lines.stream().filter(line -> line[4] == 1)
                        .filter(line -> SweepReferences.crosses(box, line)).map(java.util.Arrays::toString))
                        .as("dashed lines through '%s' at %sx%s, %s", value, size[0], size[1], scale).isEmpty();
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
