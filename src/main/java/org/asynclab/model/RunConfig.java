package org.asynclab.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one run: n tasks whose delays are drawn uniformly from {@code [0, maxDelaySeconds]} with
 * {@code seed}, run in {@code mode}. A value that exists is valid: the constructor checks every range and throws
 * an {@link InvalidSettingException} naming the field otherwise.
 *
 * @param tasks           number of tasks, 1 … 1,000,000 (at most 20,000 in mode threads)
 * @param maxDelaySeconds the longest delay a task can draw, 0 … 3600 seconds
 * @param mode            how the tasks are executed
 * @param workers         pool size for {@link Mode#POOL} (1 … 10,000); ignored, and reported as 0, otherwise
 * @param kind            whether tasks wait or compute
 * @param seed            seed of the delay generator: the same seed gives the same delays in every mode
 * @param globalLock      simulate CPython's GIL: one lock around computation (cpu tasks on threads only)
 * @param coordination    a shared counter, a semaphore (event loop only; 0 otherwise), a deadline
 */
public record RunConfig(int tasks, double maxDelaySeconds, Mode mode, int workers, TaskKind kind, long seed,
                        boolean globalLock, Coordination coordination) {

    /** Checks every setting; see the parameters for the ranges. */
    public RunConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(kind, "kind");
        refuse("tasks", "tasks", Limits.checkTasks(tasks, mode), tasks);
        refuse("tasks", "tasks", Limits.checkTasks(tasks, kind), tasks);
        refuse("maxDelay", "max delay", Limits.checkMaxDelay(maxDelaySeconds), maxDelaySeconds);
        if (mode == Mode.POOL) {
            refuse("workers", "workers", Limits.checkWorkers(workers), workers);
        } else {
            workers = 0;
        }
        globalLock = globalLock && kind == TaskKind.CPU && mode != Mode.SEQUENTIAL && mode != Mode.EVENT_LOOP;
        // course lessons: asyncio.Semaphore belongs to the event loop, as workers belong to the pool
        coordination = coordination == null ? Coordination.NONE : coordination;
        if (mode != Mode.EVENT_LOOP && coordination.semaphore() != 0) {
            coordination = coordination.withSemaphore(0);
        }
        // An http task's phases are its request's; the course's counter, semaphore and deadline wrap a wait or a
        // computation. Refused rather than silently dropped: the run must be what the settings say.
        if (kind == TaskKind.HTTP && coordination.active()) {
            throw new InvalidSettingException("kind", "kind http does not combine with a shared counter, a semaphore"
                    + " or a deadline (they wrap io and cpu tasks)");
        }
    }

    /** A config without a shared counter, a semaphore or a deadline. */
    public RunConfig(int tasks, double maxDelaySeconds, Mode mode, int workers, TaskKind kind, long seed,
                     boolean globalLock) {
        this(tasks, maxDelaySeconds, mode, workers, kind, seed, globalLock, Coordination.NONE);
    }

    private static void refuse(String field, String label, Optional<String> problem, Object value) {
        if (problem.isPresent()) {
            throw new InvalidSettingException(field, label + " " + problem.get() + " (got " + value + ")");
        }
    }

    /** A config without the simulated global lock. */
    public RunConfig(int tasks, double maxDelaySeconds, Mode mode, int workers, TaskKind kind, long seed) {
        this(tasks, maxDelaySeconds, mode, workers, kind, seed, false);
    }

    /** The classroom default: 10 I/O tasks of at most 1 s on an event loop, seed 42. */
    public static RunConfig defaults() {
        return new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 42L);
    }

    /** The pool size, or {@code null} when the mode is not a pool (as written in JSON). */
    public Integer workersOrNull() {
        return mode == Mode.POOL ? workers : null;
    }

    /** This config in another mode; a pool without a size gets {@link Limits#DEFAULT_WORKERS}. */
    public RunConfig withMode(Mode newMode) {
        int newWorkers = newMode == Mode.POOL && workers == 0 ? Limits.DEFAULT_WORKERS : workers;
        return new RunConfig(tasks, maxDelaySeconds, newMode, newWorkers, kind, seed, globalLock, coordination);
    }

    /** This config in another mode with the given pool size. */
    public RunConfig withMode(Mode newMode, int newWorkers) {
        return new RunConfig(tasks, maxDelaySeconds, newMode, newWorkers, kind, seed, globalLock, coordination);
    }

    /** This config with another seed. */
    public RunConfig withSeed(long newSeed) {
        return new RunConfig(tasks, maxDelaySeconds, mode, workers, kind, newSeed, globalLock, coordination);
    }

    /** This config with the simulated global lock switched on or off. */
    public RunConfig withGlobalLock(boolean on) {
        return new RunConfig(tasks, maxDelaySeconds, mode, workers, kind, seed, on, coordination);
    }

    /** This config with another counter, semaphore and deadline (course lessons). */
    public RunConfig withCoordination(Coordination newCoordination) {
        return new RunConfig(tasks, maxDelaySeconds, mode, workers, kind, seed, globalLock, newCoordination);
    }
}
