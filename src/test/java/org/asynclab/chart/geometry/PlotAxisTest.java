package org.asynclab.chart.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlotAxisTest {

    @Test
    void aLogAxisShowsWholeDecadesEquallySpaced() {
        PlotAxis axis = new PlotAxis(PlotAxis.Scale.LOG);
        axis.fit(3, 700);
        axis.place(100, 400);

        assertThat(axis.lo()).isEqualTo(1);
        assertThat(axis.hi()).isEqualTo(1000);
        assertThat(axis.position(1)).isEqualTo(100);
        assertThat(axis.position(10)).isCloseTo(200, within(1e-9));
        assertThat(axis.position(1000)).isCloseTo(400, within(1e-9));
        assertThat(axis.ticks(60)).containsExactly(1, 10, 100, 1000);
    }

    @Test
    void aValueOnAPowerOfTenEndsTheAxisThereAndOneValueGetsADecade() {
        PlotAxis axis = new PlotAxis(PlotAxis.Scale.LOG);

        axis.fit(1, 1000);
        assertThat(axis.hi()).isEqualTo(1000);
        axis.fit(0.5, 0.5);
        assertThat(axis.lo()).isCloseTo(0.1, within(1e-12));
        assertThat(axis.hi()).isCloseTo(1, within(1e-12));
        axis.fit(Double.NaN, Double.NaN);
        assertThat(axis.lo()).isEqualTo(1);
        assertThat(axis.hi()).isEqualTo(10);
    }

    @Test
    void narrowDecadesAreTickedEveryOtherOneAndWideOnesAtTwoAndFiveToo() {
        PlotAxis axis = new PlotAxis(PlotAxis.Scale.LOG);
        axis.fit(1, 1_000_000);
        axis.place(0, 180);

        assertThat(axis.ticks(60)).containsExactly(1, 100, 10_000, 1_000_000);
        assertThat(axis.minorTicks()).isEmpty();

        axis.fit(1, 10);
        axis.place(600, 0);
        assertThat(axis.ticks(40)).containsExactly(1, 2, 5, 10);
        assertThat(axis.minorTicks()).hasSize(8).contains(2, 9);
        assertThat(axis.position(1)).isEqualTo(600);
    }

    @Test
    void zeroAndLessLieBelowALogAxisAndAreNotShown() {
        PlotAxis axis = new PlotAxis(PlotAxis.Scale.LOG);
        axis.fit(1, 10);

        assertThat(axis.shows(0)).isFalse();
        assertThat(axis.shows(-1)).isFalse();
        assertThat(axis.shows(10)).isTrue();
        assertThat(axis.shows(11)).isFalse();
    }

    @Test
    void aLinearAxisStartsAtZeroAndEndsOnANiceNumberAboveTheData() {
        PlotAxis axis = new PlotAxis(PlotAxis.Scale.LINEAR);
        axis.fit(0.45, 0.52);
        axis.place(500, 100);

        assertThat(axis.lo()).isZero();
        assertThat(axis.hi()).isCloseTo(0.6, within(1e-9));
        assertThat(axis.position(0.3)).isCloseTo(300, within(1e-9));
        assertThat(axis.ticks(64)).containsExactly(0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001);
    }

    @Test
    void ticksAreWrittenShortlyInTheirUnit() {
        assertThat(PlotAxis.countLabel(1)).isEqualTo("1");
        assertThat(PlotAxis.countLabel(500)).isEqualTo("500");
        assertThat(PlotAxis.countLabel(1000)).isEqualTo("1k");
        assertThat(PlotAxis.countLabel(20_000)).isEqualTo("20k");
        assertThat(PlotAxis.countLabel(1_000_000)).isEqualTo("1M");
        assertThat(PlotAxis.secondsLabel(0)).isEqualTo("0 s");
        assertThat(PlotAxis.secondsLabel(100)).isEqualTo("100 s");
        assertThat(PlotAxis.secondsLabel(0.5)).isEqualTo("500 ms");
        assertThat(PlotAxis.secondsLabel(0.001)).isEqualTo("1 ms");
        assertThat(PlotAxis.secondsLabel(2e-6)).isEqualTo("2 µs");
        assertThat(PlotAxis.secondsLabel(1.5)).isEqualTo("1.5 s");
    }
}
