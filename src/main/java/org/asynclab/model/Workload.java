package org.asynclab.model;

import java.util.Arrays;
import java.util.Random;

/**
 * The delays of a run's tasks, in nanoseconds. Drawn like Python's {@code random.uniform(0, max_delay)} from a
 * seeded generator, so the same seed gives the same delays in every mode; or given one by one (a scenario's
 * "two tasks of one second"); or not known at all (real servers' answers). Its {@link Source} decides what a result
 * may state of its delays: a seed and a max delay only when they drew them, figures built on the delays (ideal,
 * speedup) only when they are known. Two workloads are equal when their delays are, wherever they came from.
 */
public final class Workload {
    private final long[] delayNanos;
    private final Source source;
    private final long sumNanos;
    private final long longestNanos;

    /** Where a workload's delays came from. */
    public enum Source {
        /** Drawn from {@code [0, max delay]} with the seed: the seed and the max delay repeat them. */
        DRAWN,
        /** Given one by one (a scenario's own delays): no seed drew them. */
        GIVEN,
        /** Not known to AsyncLab (real URLs: the servers take what they take); counted as 0. */
        UNKNOWN
    }

    private Workload(long[] delayNanos, Source source) {
        this.delayNanos = delayNanos;
        this.source = source;
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
        return new Workload(delays, Source.DRAWN);
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
        return new Workload(delays, Source.GIVEN);
    }

    /** The delays of {@code n} tasks that AsyncLab does not know (fetching real URLs), counted as 0. */
    public static Workload unknown(int n) {
        Limits.checkTasks(n).ifPresent(p -> {
            throw new InvalidSettingException("tasks", "tasks " + p);
        });
        return new Workload(new long[n], Source.UNKNOWN);
    }

    /** Where the delays came from. */
    public Source source() {
        return source;
    }

    /** Whether AsyncLab knows the delays: false for real servers' answers, whose figures on the delays are none. */
    public boolean known() {
        return source != Source.UNKNOWN;
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
