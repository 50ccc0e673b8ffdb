package org.asynclab.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The settings of a sweep: the same kind of workload run for several task counts n in several modes, to see how
 * each mode scales. For one n every mode gets the same delays (those of {@code seed}), so the modes differ only in
 * how they run them. A value that exists is valid: the constructor checks every range and throws an
 * {@link InvalidSettingException} naming the field otherwise.
 *
 * <p>Steps run in order of n, and for one n in the order of {@link #modes()}, so a sweep stopped early still
 * compares every mode on the small n. A mode that cannot take an n (more than 20,000 tasks in mode threads, see
 * {@link Limits#checkTasks(long, Mode)}) skips that n: see {@link #skipped()}.
 *
 * @param modes           the modes to compare, at least one, without repeats, in the order shown
 * @param sizes           the task counts, each 1 … 1,000,000, at least one; kept sorted, without repeats
 * @param maxDelaySeconds the longest delay a task can draw, 0 … 3600 seconds
 * @param kind            whether tasks wait or compute
 * @param seed            seed of the delays
 * @param workers         pool size for {@link Mode#POOL} (1 … 10,000); ignored by the other modes
 * @param globalLock      simulate CPython's GIL (only cpu tasks in threads, pool and virtual are affected)
 */
public record SweepPlan(List<Mode> modes, List<Integer> sizes, double maxDelaySeconds, TaskKind kind, long seed,
                        int workers, boolean globalLock) {
    /** The most task counts in one sweep: seven decades, 1 to 1,000,000, with room for steps in between. */
    public static final int MAX_SIZES = 40;

    /** Checks every setting; see the parameters for the ranges. */
    public SweepPlan {
        Objects.requireNonNull(kind, "kind");
        modes = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(modes, "modes")));
        if (modes.isEmpty()) {
            throw new InvalidSettingException("modes", "modes must name at least one mode (valid: "
                    + Mode.validIds() + ")");
        }
        sizes = List.copyOf(new TreeSet<>(Objects.requireNonNull(sizes, "sizes")));
        if (sizes.isEmpty() || sizes.size() > MAX_SIZES) {
            throw new InvalidSettingException("sizes", "sizes must list 1 to " + MAX_SIZES + " task counts (got "
                    + sizes.size() + ")");
        }
        for (int n : sizes) {
            Optional<String> problem = Limits.checkTasks(n);
            if (problem.isPresent()) {
                throw new InvalidSettingException("sizes", "each task count " + problem.get() + " (got " + n + ")");
            }
        }
        Limits.checkMaxDelay(maxDelaySeconds).ifPresent(p -> {
            throw new InvalidSettingException("maxDelay", "max delay " + p + " (got " + maxDelaySeconds + ")");
        });
        if (modes.contains(Mode.POOL)) {
            Limits.checkWorkers(workers).ifPresent(p -> {
                throw new InvalidSettingException("workers", "workers " + p + " (got " + workers + ")");
            });
        }
        if (stepsThatFit(modes, sizes, kind, true).isEmpty()) {
            throw new InvalidSettingException("sizes", "task counts must leave something to run: mode threads takes"
                    + " at most " + Limits.grouped(Limits.MAX_THREADS_MODE_TASKS)
                    + " tasks (use virtual or pool for more),"
                    + " http tasks at most " + Limits.grouped(Limits.MAX_HTTP_TASKS));
        }
    }

    /** One step of a sweep: {@code mode} at {@code tasks} tasks. */
    public record Step(Mode mode, int tasks) {
    }

    /** The steps that run, in order: by n, then by mode. */
    public List<Step> steps() {
        return stepsThatFit(modes, sizes, kind, true);
    }

    /** The steps left out because their mode cannot take that many tasks (mode threads past 20,000). */
    public List<Step> skipped() {
        return stepsThatFit(modes, sizes, kind, false);
    }

    private static List<Step> stepsThatFit(List<Mode> modes, List<Integer> sizes, TaskKind kind, boolean fit) {
        List<Step> steps = new ArrayList<>();
        for (int n : sizes) {
            for (Mode mode : modes) {
                boolean fits = Limits.checkTasks(n, mode).isEmpty() && Limits.checkTasks(n, kind).isEmpty();
                if (fits == fit) {
                    steps.add(new Step(mode, n));
                }
            }
        }
        return steps;
    }

    /** The settings of one step's run. */
    public RunConfig configFor(Step step) {
        return new RunConfig(step.tasks(), maxDelaySeconds, step.mode(), step.mode() == Mode.POOL ? workers : 0,
                kind, seed, globalLock);
    }

    /** The delays of every mode's run at {@code tasks} tasks: the same for each mode. */
    public Workload workloadFor(int tasks) {
        return Workload.generate(tasks, maxDelaySeconds, seed);
    }
}
