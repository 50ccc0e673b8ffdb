package org.asynclab.model;

import java.util.Arrays;
import java.util.Random;

/**
 * The delays of a run's tasks, in nanoseconds. Drawn like Python's {@code random.uniform(0, max_delay)} from a
 * seeded generator, so the same seed gives the same delays in every mode; or given one by one (a scenario's
 * "two tasks of one second").
 */
public final class Workload {
    private final long[] delayNanos;
    private final long sumNanos;
    private final long longestNanos;

    private Workload(long[] delayNanos) {
        this.delayNanos = delayNanos;
        long sum = 0;
        long longest = 0;
        for (long d : delayNanos) {
            sum += d;
            longest = Math.max(longest, d);
        }
        this.sumNanos = sum;
        this.longestNanos = longest;
    }

    /** Draws the delays of {@code config}: task i gets the i-th draw of {@code new Random(seed)}. */
    public static Workload generate(RunConfig config) {
        return generate(config.tasks(), config.maxDelaySeconds(), config.seed());
    }

    /** Draws {@code n} delays uniformly from {@code [0, maxDelaySeconds]} with {@code seed}. */
    public static Workload generate(int n, double maxDelaySeconds, long seed) {
        Limits.checkTasks(n).ifPresent(p -> {
            throw new InvalidSettingException("tasks", "tasks " + p);
        });
        Limits.checkMaxDelay(maxDelaySeconds).ifPresent(p -> {
            throw new InvalidSettingException("maxDelay", "max delay " + p);
        });
        Random random = new Random(seed);
        long[] delays = new long[n];
        for (int i = 0; i < n; i++) {
            delays[i] = Math.round(random.nextDouble() * maxDelaySeconds * 1e9);
        }
        return new Workload(delays);
    }

    /** A workload with exactly these delays, in seconds (each 0 … 3600). */
    public static Workload ofSeconds(double... seconds) {
        Limits.checkTasks(seconds.length).ifPresent(p -> {
            throw new InvalidSettingException("tasks", "tasks " + p);
        });
        long[] delays = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            double s = seconds[i];
            Limits.checkMaxDelay(s).ifPresent(p -> {
                throw new InvalidSettingException("delays", "each delay " + p + " (got " + s + ")");
            });
            delays[i] = Math.round(s * 1e9);
        }
        return new Workload(delays);
    }

    /** Number of tasks. */
    public int size() {
        return delayNanos.length;
    }

    /** Delay of task {@code i} in nanoseconds. */
    public long delayNanos(int i) {
        return delayNanos[i];
    }

    /** Delay of task {@code i} in seconds. */
    public double delaySeconds(int i) {
        return delayNanos[i] / 1e9;
    }

    /** Sum of all delays in nanoseconds: what a sequential run takes at best. */
    public long sumNanos() {
        return sumNanos;
    }

    /** The longest delay in nanoseconds: what a concurrent I/O run takes at best. */
    public long longestNanos() {
        return longestNanos;
    }

    /** A copy of the delays in nanoseconds. */
    public long[] delaysNanos() {
        return delayNanos.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workload other && Arrays.equals(delayNanos, other.delayNanos);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(delayNanos);
    }
}
