package org.asynclab.chart.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TimeTicks.niceStep(1e9, 1000, 100)).isEqualTo(1e8);
        assertThat(TimeTicks.niceStep(1.5e9, 1000, 100)).isEqualTo(2e8);
        assertThat(TimeTicks.niceStep(3e9, 1000, 100)).isEqualTo(5e8);
        assertThat(TimeTicks.niceStep(7e9, 1000, 100)).isEqualTo(1e9);
    }

    @Test
    void theStepLeavesAtLeastTheMinimumSpacing() {
        for (double span = 1e3; span < 1e13; span *= 3.7) {
            double step = TimeTicks.niceStep(span, 1200, 110);
            assertThat(step / span * 1200).isGreaterThanOrEqualTo(110 - 1e-6);
        }
    }

    private static List<String> labels(double extent) {
        return labels(extent, new TimeTicks());
    }

    private static List<String> labels(double extent, TimeTicks ticks) {
        TimeAxis axis = new TimeAxis();
        axis.setPlot(0, 1000);
        axis.fit(extent);
        ticks.update(axis, 110);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ticks.count(); i++) {
            labels.add(ticks.label(i));
        }
        return labels;
    }

    @Test
    void secondsRunsAreLabelledInSeconds() {
        assertThat(labels(2e9)).containsExactly("0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s");
    }

    @Test
    void zoomingInSwitchesToMillisecondsAndThenMicroseconds() {
        assertThat(labels(40e6)).startsWith("0 ms", "5 ms", "10 ms");
        assertThat(labels(40e3)).startsWith("0 µs", "5 µs", "10 µs");
    }

    @Test
    void longRunsHaveWholeSecondLabels() {
        assertThat(labels(100e9)).startsWith("0 s", "20 s", "40 s");
    }

    @Test
    void ticksCoverExactlyTheVisibleWindow() {
        TimeAxis axis = new TimeAxis();
        axis.setPlot(0, 1000);
        axis.fit(1e9);
        axis.zoom(3, 500);
        TimeTicks ticks = new TimeTicks();

        ticks.update(axis, 110);

        assertThat(ticks.count()).isGreaterThan(1);
        assertThat(ticks.time(0)).isGreaterThanOrEqualTo(axis.start() - 1e-6);
        assertThat(ticks.time(ticks.count() - 1)).isLessThanOrEqualTo(axis.end() + 1e-6);
    }

    @Test
    void durationsAreWrittenWithThreeSignificantDigits() {
        assertThat(TimeTicks.formatDuration(1_234_000_000L)).isEqualTo("1.23 s");
        assertThat(TimeTicks.formatDuration(850_000_000L)).isEqualTo("850 ms");
        assertThat(TimeTicks.formatDuration(42_000)).isEqualTo("42.0 µs");
    }

    /**
     * A duration is rounded to three digits before its unit is chosen: the window's ideal of 999.96 ms said
     * "1000 ms", and 99.96 ms said "100.0 ms". A figure not measured, or an average over no task, is a dash, never
     * "Infinity s".
     */
    @Test
    void aDurationThatRoundsUpToTheNextUnitIsWrittenInIt() {
        assertThat(TimeTicks.formatDuration(999_960_000L)).isEqualTo("1.00 s");
        assertThat(TimeTicks.formatDuration(99_960_000L)).isEqualTo("100 ms");
        assertThat(TimeTicks.formatDuration(9_996_000L)).isEqualTo("10.0 ms");
        assertThat(TimeTicks.formatDuration(999_700L)).isEqualTo("1.00 ms");
        assertThat(TimeTicks.formatDuration(999L)).isEqualTo("999 ns");
        assertThat(TimeTicks.formatDuration(-999_960_000L)).isEqualTo("-1.00 s");
        assertThat(Durations.format(Double.POSITIVE_INFINITY, '.', ' ')).isEqualTo("—");
        // the sum of 20,000 delays: grouped as counts are, not "49900 s"
        assertThat(Durations.format(49_912e9, '.', ' ')).isEqualTo("49,900 s");
        assertThat(Durations.format(49_912e9, ',', ' ')).isEqualTo("49\u202f900 s");
        assertThat(Durations.format(999.4e9, '.', ' ')).isEqualTo("999 s");
        assertThat(Durations.format(Double.NaN, '.', ' ')).isEqualTo("—");
    }

    @Test
    void aDecimalCommaIsUsedWhenAsked() {
        TimeTicks ticks = new TimeTicks();
        labels(2e9, ticks);

        ticks.setDecimalSeparator(',');

        assertThat(labels(2e9, ticks)).startsWith("0,0 s", "0,5 s", "1,0 s");
        assertThat(TimeTicks.formatDuration(1_234_000_000L, ',')).isEqualTo("1,23 s");
        assertThat(TimeTicks.formatDuration(850_000_000L, ',')).isEqualTo("850 ms");
    }
}
