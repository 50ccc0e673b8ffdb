package org.asynclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calibration's decisions, fed with samples by hand: no clock, no timing. */
class CpuCalibrationTest {
    private static final long NANOS = 1_000_000L;

    /** Offers a sample of {@code rate} iterations per ns; whether more are needed. */
    private static boolean offer(CpuCalibration calibration, double rate) {
        return calibration.offer(Math.round(rate * NANOS), NANOS);
    }

    private static CpuCalibration warmedUpAt(double rate) {
        CpuCalibration calibration = new CpuCalibration();
        while (!calibration.precise()) {
            offer(calibration, rate);
        }
        return calibration;
    }

    @Test
    void theWarmUpLastsUntilTheJitHasStoppedSpeedingTheLoopUp() {
        // given a loop that the JIT makes faster for 20 samples, then no more
        CpuCalibration calibration = new CpuCalibration();
        int samples = 0;
        while (!calibration.precise()) {
            offer(calibration, samples < 20 ? 0.1 * (samples + 1) : 2.0);
            samples++;
        }

        // then the precise samples begin only once 6 samples in a row gained nothing, at the compiled rate
        assertThat(samples).isEqualTo(20 + CpuCalibration.WARM_STEADY);
        assertThat(calibration.warmRate()).isEqualTo(2.0);
    }

    @Test
    void theRateKeptIsTheFastestOfATasksOwnSamplesNotTheWarmUps() {
        // given a warm-up that rated the bare loop at 1.000, and a task's own work measured faster
        CpuCalibration calibration = warmedUpAt(1.000);
        for (double rate : new double[] {1.004, 1.006, 1.005, 1.003, 1.006, 1.002}) {
            offer(calibration, rate);
        }

        // then the rate is the task's fastest: a rate 0.5 % too slow made every task end 0.5 % early
        assertThat(calibration.rate()).isEqualTo(1.006);
    }

    @Test
    void preciseSamplesGoOnWhileTheBestStillGainsMoreThanAHundredthOfAPercent() {
        // given a task's rate that still rises by 0.1 % a sample for 10 samples
        CpuCalibration calibration = warmedUpAt(1.0);
        int samples = 0;
        double rate = 1.0;
        boolean more = true;
        while (more) {
            rate = samples < 10 ? 1.0 * Math.pow(1.001, samples + 1) : 1.0;
            more = offer(calibration, rate);
            samples++;
        }

        // then it is followed to its top, and ends 3 samples without a gain later
        assertThat(samples).isEqualTo(10 + CpuCalibration.PRECISE_STEADY);
        assertThat(calibration.rate()).isEqualTo(Math.round(Math.pow(1.001, 10) * NANOS) / (double) NANOS);
    }

    @Test
    void aSteadyRateTakesTheFewestPreciseSamples() {
        CpuCalibration calibration = warmedUpAt(1.0);
        int samples = 0;
        while (offer(calibration, 1.0)) {
            samples++;
        }

        assertThat(samples + 1).isEqualTo(CpuCalibration.PRECISE_MIN_SAMPLES);
        assertThat(calibration.rate()).isEqualTo(1.0);
    }

    @Test
    void aSampleTheClockDidNotSeeGainsNothingAndRatesNothing() {
        // given a CPU clock too coarse to see some samples (0 ns)
        CpuCalibration calibration = new CpuCalibration();
        calibration.offer(1_000, 0);

        // then it is no gain and no infinite rate
        assertThat(calibration.rate()).isZero();
        assertThat(calibration.precise()).isFalse();
    }
}
