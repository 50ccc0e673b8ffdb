package org.asynclab.chart.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.TestRuns;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;

class RowLayoutTest {

    private static RowLayout layout(int rows, double height, double scale) {
        RowLayout layout = new RowLayout();
        layout.update(rows, 100, height, scale, 40);
        return layout;
    }

    @Test
    void fewRowsGetThePreferredHeightAndAllShow() {
        RowLayout layout = layout(10, 800, 1);

        assertThat(layout.rowHeight()).isEqualTo(40);
        assertThat(layout.firstVisibleRow()).isZero();
        assertThat(layout.lastVisibleRow()).isEqualTo(9);
        assertThat(layout.isScrollable()).isFalse();
        assertThat(layout.isDense()).isFalse();
    }

    @Test
    void manyRowsShrinkToFitThePlot() {
        RowLayout layout = layout(400, 800, 1);

        assertThat(layout.rowHeight()).isEqualTo(2);
        assertThat(layout.lastVisibleRow()).isEqualTo(399);
        assertThat(layout.isDense()).isFalse();
    }

    @Test
    void moreRowsThanDevicePixelsMergeIntoDensityBands() {
        RowLayout layout = layout(100_000, 800, 1);

        assertThat(layout.isDense()).isTrue();
        assertThat(layout.rowsPerDevicePixel()).isEqualTo(125);
    }

    @Test
    void aHiDpiSurfaceMergesOnlyPastItsDevicePixels() {
        assertThat(layout(1_200, 800, 1).isDense()).isTrue();
        assertThat(layout(1_200, 800, 2).isDense()).isFalse();
    }

    @Test
    void rowsMadeTallerThanTheFitScrollAndShowOnlyPartOfTheRows() {
        RowLayout layout = layout(400, 800, 1);

        layout.zoomRows(10, 100);
        layout.setScroll(50);

        assertThat(layout.rowHeight()).isEqualTo(20);
        assertThat(layout.isScrollable()).isTrue();
        assertThat(layout.firstVisibleRow()).isEqualTo(50);
        assertThat(layout.lastVisibleRow()).isEqualTo(89);
        assertThat(layout.rowTop(50)).isEqualTo(100);
    }

    @Test
    void scrollingStopsAtTheLastRow() {
        RowLayout layout = layout(400, 800, 1);
        layout.zoomRows(10, 100);

        layout.scrollBy(1e9);

        assertThat(layout.scroll()).isEqualTo(360);
        assertThat(layout.lastVisibleRow()).isEqualTo(399);
    }

    @Test
    void rowAtFindsTheRowUnderYAndNothingOutsideThePlot() {
        RowLayout layout = layout(10, 800, 1);

        assertThat(layout.rowAt(100)).isZero();
        assertThat(layout.rowAt(100 + 40 * 3 + 20)).isEqualTo(3);
        assertThat(layout.rowAt(99)).isEqualTo(-1);
        assertThat(layout.rowAt(100 + 40 * 10 + 1)).isEqualTo(-1);
    }

    @Test
    void hitTestFindsTheTaskWhoseBarIsUnderTheMouse() {
        RunResult run = TestRuns.pool();
        RowLayout layout = layout(run.size(), 800, 1);
        TimeAxis axis = new TimeAxis();
        axis.setPlot(0, 1000);
        axis.fit(1e9);
        double middleOfTask2 = axis.timeToX(650 * TestRuns.MS);
        double afterTask0 = axis.timeToX(700 * TestRuns.MS);

        assertThat(layout.taskAt(middleOfTask2, layout.rowTop(2) + 20, axis, run, run.nowNanos(), null))
                .isEqualTo(2);
        assertThat(layout.taskAt(afterTask0, layout.rowTop(0) + 20, axis, run, run.nowNanos(), null))
                .isEqualTo(-1);
    }

    @Test
    void hitTestInTheThreadsViewFindsTheTaskOfTheSubRowUnderTheMouse() {
        RunResult run = TestRuns.eventLoop();
        LaneSlots slots = new LaneSlots();
        slots.update(run);
        RowLayout layout = layout(1, 600, 1);
        layout.update(1, 100, 600, 1, 300);
        TimeAxis axis = new TimeAxis();
        axis.setPlot(0, 1000);
        axis.fit(1e9);
        double subRow = layout.rowHeight() / 3;
        double x = axis.timeToX(100 * TestRuns.MS);

        for (int task = 0; task < 3; task++) {
            double y = layout.rowTop(0) + (slots.slot(task) + 0.5) * subRow;
            assertThat(layout.taskAt(x, y, axis, run, run.nowNanos(), slots)).isEqualTo(task);
        }
    }
}
