package org.asynclab.engine;

/**
 * When {@link CpuWork}'s calibration has measured enough, and which rate it keeps: the decisions alone, fed with
 * samples (loop iterations and the CPU nanoseconds they took), so that tests can hold them to their rules without
 * a clock.
 *
 * <ol>
 * <li><b>Warm-up</b>: short samples of the bare loop until the JIT has compiled it, that is until the best rate has
 * stopped improving by more than 1 % ({@value #WARM_MIN_SAMPLES} samples at least, {@value #WARM_STEADY} in a row
 * without such a gain). Measuring before the loop is compiled rated it several times too slow.</li>
 * <li><b>Precise</b>: longer samples of the very work a task does ({@link CpuWork#compute} at the warm-up's rate),
 * until the best has not improved by more than {@value #PRECISE_GAIN} for {@value #PRECISE_STEADY} samples in a
 * row ({@value #PRECISE_MIN_SAMPLES} at least). The rate kept is the fastest of them: the nearest to an idle core.
 * </li>
 * </ol>
 *
 * <p>Why the second step: the warm-up's best is that of other code (the bare loop with a clock read every 16 K
 * iterations, in 5 ms samples, stopped at a 1 % gain), and it came out about 0.5 % slower than a task's work: a task
 * of 0.4507 s computed for 0.4485 s on a quiet core. A rate too slow makes every computing task end early; the
 * fastest of the task's own samples errs, if at all, the other way.
 */
final class CpuCalibration {
    /** Length of a warm-up sample, ns. */
    static final long WARM_SAMPLE_NANOS = 5_000_000L;
    /** Length of a precise sample, ns of CPU time at the warm-up's rate. */
    static final long PRECISE_SAMPLE_NANOS = 20_000_000L;
    static final int WARM_MIN_SAMPLES = 12;
    static final int WARM_STEADY = 6;
    static final int PRECISE_MIN_SAMPLES = 5;
    static final int PRECISE_STEADY = 3;
    static final double WARM_GAIN = 0.01;
    static final double PRECISE_GAIN = 0.0005;

    private double warmBest;
    private int warmSamples;
    private int warmSinceImproved;
    private boolean precise;
    private double preciseBest;
    private int preciseSamples;
    private int preciseSinceImproved;

    /** Whether the warm-up is over and samples are now of a task's own work. */
    boolean precise() {
        return precise;
    }

    /**
     * Takes one sample: {@code iterations} done in {@code cpuNanos} (0 when a coarse clock did not see it, which
     * counts as no gain).
     *
     * @return whether more samples are needed
     */
    boolean offer(long iterations, long cpuNanos) {
        double rate = cpuNanos > 0 ? iterations / (double) cpuNanos : 0;
        if (!precise) {
            warmSamples++;
            warmSinceImproved = rate > warmBest * (1 + WARM_GAIN) ? 0 : warmSinceImproved + 1;
            warmBest = Math.max(warmBest, rate);
            precise = warmSamples >= WARM_MIN_SAMPLES && warmSinceImproved >= WARM_STEADY && warmBest > 0;
            return true;
        }
        preciseSamples++;
        preciseSinceImproved = rate > preciseBest * (1 + PRECISE_GAIN) ? 0 : preciseSinceImproved + 1;
        preciseBest = Math.max(preciseBest, rate);
        return preciseSamples < PRECISE_MIN_SAMPLES || preciseSinceImproved < PRECISE_STEADY;
    }

    /** The warm-up's best rate so far, iterations per ns (0 before any sample saw time pass). */
    double warmRate() {
        return warmBest;
    }

    /** The rate to keep: the fastest precise sample, else (cut short) the warm-up's best; 0 when none. */
    double rate() {
        return preciseBest > 0 ? preciseBest : warmBest;
    }
}
