package org.asynclab.engine;

import java.util.Locale;
import java.util.Optional;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Mode;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;

/**
 * How long a sweep's steps should take, and the guard against a sweep that would run for hours: sequential at
 * n = 10,000 with a max delay of 1 s takes about 5,000 s (n × max delay / 2), which no class waits for.
 *
 * <p>A step's expected time is its mode's ideal total ({@link IdealTotal}) for the expected delays: their sum is
 * n × max delay / 2, and the longest is taken as the max delay. Every step must be expected to take at most the
 * budget (120 s unless told otherwise); a sweep with a step over it is refused before anything runs, with the
 * largest max delay that would fit. Refusing, rather than skipping the slow steps, keeps a plot's lines whole.
 */
public final class SweepBudget {
    /** The default longest expected time of one step, in seconds. */
    public static final double DEFAULT_STEP_SECONDS = 120;

    private final double stepSeconds;
    private final int cores;

    /** A budget of {@code stepSeconds} per step, on a machine of {@code cores} cores (for cpu tasks). */
    public SweepBudget(double stepSeconds, int cores) {
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("a step's budget must be a positive number of seconds");
        }
        this.stepSeconds = stepSeconds;
        this.cores = Math.max(1, cores);
    }

    /** The default budget on this machine. */
    public static SweepBudget standard() {
        return new SweepBudget(DEFAULT_STEP_SECONDS, Runtime.getRuntime().availableProcessors());
    }

    /** The longest expected time of one step, in seconds. */
    public double stepSeconds() {
        return stepSeconds;
    }

    /** The expected time of one step without overhead, in seconds. */
    public double expectedSeconds(SweepPlan plan, SweepPlan.Step step) {
        double maxDelayNanos = plan.maxDelaySeconds() * 1e9;
        long sum = Math.round(step.tasks() * maxDelayNanos / 2);
        long longest = Math.round(maxDelayNanos);
        boolean lock = plan.globalLock() && plan.kind() == TaskKind.CPU;
        return IdealTotal.nanos(step.mode(), plan.kind(), plan.workers(), lock, sum, longest, cores) / 1e9;
    }

    /** The expected time of the whole sweep without overhead, in seconds. */
    public double expectedSeconds(SweepPlan plan) {
        return plan.steps().stream().mapToDouble(step -> expectedSeconds(plan, step)).sum();
    }

    /** Why {@code plan} is refused: its slowest step is over the budget; empty when it fits. */
    public Optional<InvalidSettingException> problem(SweepPlan plan) {
        SweepPlan.Step slowest = null;
        double worst = 0;
        for (SweepPlan.Step step : plan.steps()) {
            double expected = expectedSeconds(plan, step);
            if (expected > worst) {
                worst = expected;
                slowest = step;
            }
        }
        if (slowest == null || worst <= stepSeconds) {
            return Optional.empty();
        }
        // Every ideal total grows in proportion to the max delay, so this is the largest that fits.
        double fits = plan.maxDelaySeconds() * stepSeconds / worst;
        String message = String.format(Locale.ROOT, "max delay %s s would make %s at n = %,d take about %s (%s);"
                        + " a sweep step may take at most %s: use a max delay of at most %s s, or fewer tasks",
                number(plan.maxDelaySeconds()), slowest.mode().id(), slowest.tasks(), duration(worst),
                formula(plan, slowest.mode()), duration(stepSeconds), floor3(fits));
        return Optional.of(new InvalidSettingException("maxDelay", message));
    }

    /** Refuses {@code plan} when its slowest step is over the budget. */
    public void check(SweepPlan plan) {
        problem(plan).ifPresent(p -> {
            throw p;
        });
    }

    private String formula(SweepPlan plan, Mode mode) {
        boolean cpu = plan.kind() == TaskKind.CPU;
        if (mode == Mode.SEQUENTIAL || cpu && (mode == Mode.EVENT_LOOP || plan.globalLock())) {
            return "n x max delay / 2";
        }
        if (mode == Mode.POOL) {
            return cpu ? "n x max delay / 2 / min(workers, cores)" : "n x max delay / 2 / workers";
        }
        return cpu ? "n x max delay / 2 / cores" : "about the max delay";
    }

    /** Seconds as minutes or hours where that reads better. */
    static String duration(double seconds) {
        if (seconds >= 7200) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        if (seconds >= 120) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.0f s", seconds);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** {@code v} rounded down to 3 significant digits, so that the suggestion really fits. */
    static String floor3(double v) {
        if (!(v > 0)) {
            return "0";
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 2);
        double floored = Math.floor(v / magnitude + 1e-9) * magnitude;
        return new java.math.BigDecimal(floored).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
