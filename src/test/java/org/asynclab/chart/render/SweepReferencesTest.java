package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;

/**
 * The dashed "without overhead" lines go through the ideals of the plan's own steps. A probe of
 * {@code --sweep-window --max-delay 0.1 --seed 7} found them drawn from the max delay alone: at n = 1 the recorded
 * ideal was 73.1 ms where the lines said 50 ms (n × max delay / 2) and 100 ms (max delay), and at n = 100
 * sequential's line said 5.00 s for a recorded ideal of 5.227 s.
 */
class SweepReferencesTest {
    private static final List<Integer> SIZES = List.of(1, 10, 100);
    private static final double[][] SCREENS = {{1024, 768}, {1920, 1080}};

    @Test
    void sequentialPointsThatTookExactlyTheSumOfTheirDelaysSitOnTheDashedLine() {
        assertPointsThatTookTheirIdealSitOnTheDashedLine(Mode.SEQUENTIAL, Workload::sumNanos);
    }

    @Test
    void concurrentPointsThatTookExactlyTheirLongestDelaySitOnTheDashedLine() {
        assertPointsThatTookTheirIdealSitOnTheDashedLine(Mode.VIRTUAL, Workload::longestNanos);
    }

    /** A sweep of {@code mode} alone whose every step took exactly {@code ideal} of its delays, at both sizes. */
    private static void assertPointsThatTookTheirIdealSitOnTheDashedLine(Mode mode, ToLongFunction<Workload> ideal) {
        SweepPlan plan = new SweepPlan(List.of(mode), SIZES, 0.1, TaskKind.IO, 7L, 4, false);
        List<SweepPoint> points = new ArrayList<>();
        for (int n : SIZES) {
            points.add(point(mode, n, ideal.applyAsLong(plan.workloadFor(n)) / 1e9));
        }
        for (double[] screen : SCREENS) {
            assertEveryPointIsOnADashedLine(plan, points, screen);
        }
    }

    @Test
    void atOneTaskBothLinesAreThatTasksOwnDelay() {
        // one task: its delay is both the sum and the longest, so both lines meet there (they were 2x apart)
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL, Mode.VIRTUAL), SIZES,
                0.1, TaskKind.IO, 7L, 4, false);
        Workload one = plan.workloadFor(1);

        SweepReferences.Ideals ideals = SweepReferences.Ideals.of(plan);

        assertThat(ideals.sums().get(0).seconds()).isEqualTo(one.sumNanos() / 1e9);
        assertThat(ideals.longest().get(0).seconds()).isEqualTo(one.longestNanos() / 1e9)
                .isEqualTo(ideals.sums().get(0).seconds()).isBetween(0.073, 0.0732);
        assertThat(ideals.sums()).extracting(p -> p.tasks()).containsExactly(1, 10, 100);
        assertThat(ideals.sums().get(2).seconds()).isEqualTo(plan.workloadFor(100).sumNanos() / 1e9)
                .isBetween(5.22, 5.23);
    }

    @Test
    void theLinesAreNamedForWhatTheyAreInEnglishAndInFrench() {
        SweepPlan plan = new SweepPlan(List.of(Mode.SEQUENTIAL, Mode.VIRTUAL), SIZES, 0.1, TaskKind.IO, 7L, 4, false);
        List<SweepPoint> points = new ArrayList<>();
        for (int n : SIZES) {
            points.add(point(Mode.SEQUENTIAL, n, plan.workloadFor(n).sumNanos() / 1e9 * 1.01));
            points.add(point(Mode.VIRTUAL, n, plan.workloadFor(n).longestNanos() / 1e9 * 1.01));
        }
        ChartLabels french = ChartLabels.from(java.util.ResourceBundle.getBundle("org.asynclab.ui.messages",
                java.util.Locale.FRENCH));

        TextSurface english = painted(plan, points, new double[] {1920, 1080}, ChartLabels.ENGLISH);
        TextSurface inFrench = painted(plan, points, new double[] {1920, 1080}, french);

        assertThat(english.texts).contains("sum of the delays", "longest delay", "sum ÷ n", "longest ÷ n")
                .doesNotContain("n × max delay / 2", "max delay", "max delay / 2", "max delay / n");
        assertThat(inFrench.texts).contains("somme des délais", "plus long délai", "somme ÷ n", "plus long ÷ n")
                .doesNotContain("n × délai max / 2", "délai max", "délai max / 2", "délai max / n");
    }

    /** Each point of the modes' lines (their solid segments' ends) lies on a dashed line, on both panels. */
    private static void assertEveryPointIsOnADashedLine(SweepPlan plan, List<SweepPoint> points, double[] screen) {
        TextSurface texts = painted(plan, points, screen, ChartLabels.ENGLISH);
        List<double[]> dashed = texts.lines.stream().filter(line -> line[4] == 1).toList();
        // the modes' lines, in the panels (the legend's swatch is above them)
        List<double[]> series = texts.lines.stream().filter(line -> line[4] == 0 && line[5] == SweepMarks.LINE
                && line[1] > 130).toList();
        assertThat(series).as("both panels' lines at %sx%s", screen[0], screen[1]).hasSize(2 * (SIZES.size() - 1));
        for (double[] segment : series) {
            for (double[] end : new double[][] {{segment[0], segment[1]}, {segment[2], segment[3]}}) {
                double nearest = dashed.stream().mapToDouble(d -> distance(end, d)).min().orElseThrow();
                // a point may fall in a gap between two dashes, or after the last dash: a gap along the line from one
                assertThat(nearest).as("point (%.1f, %.1f) from the dashed line at %sx%s", end[0], end[1],
                        screen[0], screen[1]).isLessThanOrEqualTo(SweepReferences.DASH_OFF + 1);
            }
        }
    }

    /** How far the point {x, y} is from the segment {x0, y0, x1, y1}. */
    private static double distance(double[] point, double[] seg) {
        double dx = seg[2] - seg[0];
        double dy = seg[3] - seg[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((point[0] - seg[0]) * dx + (point[1] - seg[1]) * dy) / length;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(point[0] - (seg[0] + t * dx), point[1] - (seg[1] + t * dy));
    }

    private static TextSurface painted(SweepPlan plan, List<SweepPoint> points, double[] size, ChartLabels words) {
        SweepPainter painter = new SweepPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(words, (mode, workers) -> mode.name());
        painter.setResult(new SweepResult(plan, points, false));
        TextSurface texts = new TextSurface(size[0], size[1]);
        painter.paint(texts);
        return texts;
    }

    private static SweepPoint point(Mode mode, int n, double total) {
        return new SweepPoint(mode, n, new RunSummary(total, total / n, 0, 0, 0, 0, 1, 1, 1), 0, 10, false);
    }
}
