package org.asynclab.chart.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

    private static TimeAxis axis(double left, double width, double extent) {
        TimeAxis axis = new TimeAxis();
        axis.setPlot(left, width);
        axis.fit(extent);
        return axis;
    }

    @Test
    void aFittedAxisStartsAtTimeZeroOnThePlotsLeftEdgeAndShowsTheWholeExtent() {
        TimeAxis axis = axis(100, 1000, 2e9);

        assertThat(axis.timeToX(0)).isEqualTo(100);
        assertThat(axis.timeToX(2e9)).isBetween(1000.0, 1100.0);
        assertThat(axis.isFitted()).isTrue();
    }

    @Test
    void timeToXAndXToTimeAreInverse() {
        TimeAxis axis = axis(50, 800, 3e9);

        for (double t : new double[] {0, 1.234e9, 2.9e9}) {
            assertThat(axis.xToTime(axis.timeToX(t))).isCloseTo(t, within(1e-3));
        }
    }

    @Test
    void zoomKeepsTheInstantUnderTheAnchorInPlaceAndLeavesFitMode() {
        TimeAxis axis = axis(0, 1000, 1e9);
        double anchorTime = axis.xToTime(300);

        axis.zoom(4, 300);

        assertThat(axis.xToTime(300)).isCloseTo(anchorTime, within(1e-3));
        assertThat(axis.span()).isCloseTo(1.04e9 / 4, within(1.0));
        assertThat(axis.isFitted()).isFalse();
    }

    @Test
    void zoomStopsAtOneMicrosecondAcrossThePlot() {
        TimeAxis axis = axis(0, 1000, 1e9);

        axis.zoom(1e12, 500);

        assertThat(axis.span()).isEqualTo(TimeAxis.MIN_SPAN_NANOS);
    }

    @Test
    void panningRightShowsEarlierTimesButNotFarBeforeTheStart() {
        TimeAxis axis = axis(0, 1000, 1e9);
        axis.zoom(2, 1000);
        double before = axis.start();

        axis.pan(100);

        assertThat(axis.start()).isLessThan(before);
        axis.pan(1e6);
        assertThat(axis.start()).isEqualTo(-axis.span() / 2);
    }

    @Test
    void followRefitsOnlyWhileTheAxisIsFitted() {
        TimeAxis axis = axis(0, 1000, 1e9);
        axis.follow(2e9);
        assertThat(axis.end()).isGreaterThan(2e9);

        axis.zoom(2, 0);
        double span = axis.span();
        axis.follow(5e9);

        assertThat(axis.span()).isEqualTo(span);
    }

    @Test
    void anEmptyRunStillHasAOneSecondAxis() {
        TimeAxis axis = axis(0, 1000, 0);

        assertThat(axis.span()).isGreaterThanOrEqualTo(TimeAxis.EMPTY_SPAN_NANOS);
    }
}
