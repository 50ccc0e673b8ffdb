package org.asynclab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How the benchmark reads the app's summary: every unit the summary writes durations in. */
class AppLaunchBenchmarkTest {
    @Test
    void theOverheadAndWarmUpAreReadInTheUnitTheSummaryWroteThem() {
        String eventLoop = "ideal              1.000 s           what the mode takes without overhead\n"
                + "overhead           9.228 ms          total - ideal\n"
                + "warm-up            0.150 s           before the clock\n";
        String virtual = "overhead           0.087 s           total - ideal\n";
        String tiny = "overhead           -3.500 us         total - ideal\n";

        assertThat(AppLaunchBenchmark.figures(eventLoop)[0]).isCloseTo(0.009228, within(1e-9));
        assertThat(AppLaunchBenchmark.figures(eventLoop)[1]).isCloseTo(0.150, within(1e-9));
        assertThat(AppLaunchBenchmark.figures(virtual)[0]).isCloseTo(0.087, within(1e-9));
        assertThat(AppLaunchBenchmark.figures(virtual)[1]).isNaN();
        assertThat(AppLaunchBenchmark.figures(tiny)[0]).isCloseTo(-3.5e-6, within(1e-12));
    }
}
