package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.chart.ChartTheme;
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

    private static SweepPoint point(Mode mode, int n, double total) {
        return new SweepPoint(mode, n, new RunSummary(total, total / n, 0, 0, 0, 0, 1, 1, 1), 0, 10, false);
    }
}
