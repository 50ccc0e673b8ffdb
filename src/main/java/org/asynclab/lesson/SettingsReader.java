package org.asynclab.lesson;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.asynclab.model.Coordination;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.model.Workload;

/**
 * Reads the run settings of a scenario file (the names of the command line's JSON config: tasks, maxDelay, mode,
 * workers, kind, seed, globalLock) and its explicit delays. The ranges are {@link Limits}'s and the last word is
 * {@link RunConfig}'s own validation, so a file and the command line accept exactly the same settings.
 */
final class SettingsReader {
    /** The settings' field names, as on the command line's JSON config. */
    static final List<String> FIELDS = List.of("tasks", "maxDelay", "mode", "workers", "kind", "seed",
            "globalLock", "counter", "counterGap", "semaphore", "deadline");

    // The ids a field takes; a value of another type (3, true) is refused in the same words as an unknown id.
    private static final Phrase MODES = Phrase.of("expect.oneOf", Mode.validIds());
    private static final Phrase KINDS = Phrase.of("expect.kind");

    private SettingsReader() {
    }

    /**
     * The settings a file gives; those it leaves out are null.
     *
     * @param tasks      number of tasks
     * @param maxDelay   max delay in seconds
     * @param mode       how the tasks run
     * @param workers    pool size
     * @param kind       io, cpu or http
     * @param seed       seed of the delays
     * @param globalLock simulated GIL
     * @param course     the shared counter, its gap, the semaphore and the deadline (course lessons)
     */
    record Partial(Integer tasks, Double maxDelay, Mode mode, Integer workers, TaskKind kind, Long seed,
                   Boolean globalLock, CourseFields course) {

        /** These settings, each one that is absent taken from {@code base}. */
        Partial over(Partial base) {
            return new Partial(pick(tasks, base.tasks), pick(maxDelay, base.maxDelay), pick(mode, base.mode),
                    pick(workers, base.workers), pick(kind, base.kind), pick(seed, base.seed),
                    pick(globalLock, base.globalLock), course.over(base.course));
        }

        private static <T> T pick(T mine, T theirs) {
            return mine != null ? mine : theirs;
        }
    }

    /** Reads the settings among {@code fields}, each checked against its range. */
    static Partial read(FieldReader fields) throws ScenarioException {
        Long tasks = wholeInRange(fields, "tasks", Ranges.TASKS, Limits::checkTasks);
        Optional<Double> maxDelay = fields.number("maxDelay", Ranges.MAX_DELAY);
        if (maxDelay.isPresent() && Limits.checkMaxDelay(maxDelay.get()).isPresent()) {
            throw fields.problemGot("maxDelay", Ranges.MAX_DELAY);
        }
        Long workers = wholeInRange(fields, "workers", Ranges.WORKERS, Limits::checkWorkers);
        Mode mode = oneOf(fields, "mode", MODES, Mode::fromId);
        TaskKind kind = oneOf(fields, "kind", KINDS, TaskKind::fromId);
        Long seed = fields.wholeNumber("seed", Phrase.of("expect.whole")).orElse(null);
        return new Partial(tasks == null ? null : tasks.intValue(), maxDelay.orElse(null), mode,
                workers == null ? null : workers.intValue(), kind, seed, fields.bool("globalLock").orElse(null),
                readCourse(fields));
    }

    private static Long wholeInRange(FieldReader fields, String name, Phrase range,
                                     LongFunction<Optional<String>> check) throws ScenarioException {
        Optional<Long> value = fields.wholeNumber(name, range);
        if (value.isPresent() && check.apply(value.get()).isPresent()) {
            throw fields.problemGot(name, range);
        }
        return value.orElse(null);
    }

    /** An id such as {@code event-loop}, parsed by {@code parse}, which refuses unknown ids. */
    private static <T> T oneOf(FieldReader fields, String name, Phrase valid, Function<String, T> parse)
            throws ScenarioException {
        Optional<String> id = fields.string(name, valid);
        if (id.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(id.get());
        } catch (IllegalArgumentException e) {
            throw fields.problemGot(name, valid);
        }
    }

    /**
     * Reads explicit delays in seconds, e.g. {@code [1, 1]}, or empty when the file leaves them out.
     */
    static Optional<Workload> readDelays(FieldReader fields) throws ScenarioException {
        Optional<List<?>> list = fields.list("delays", Phrase.of("delays.expected"));
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<?> values = list.get();
        if (Limits.checkTasks(values.size()).isPresent()) {
            throw fields.problem("delays", Phrase.got(Phrase.of("delays.count", Limits.MIN_TASKS, Limits.MAX_TASKS),
                    String.valueOf(values.size())));
        }
        double[] seconds = new double[values.size()];
        for (int i = 0; i < seconds.length; i++) {
            Object value = values.get(i);
            if (!(value instanceof Number n) || Limits.checkMaxDelay(n.doubleValue()).isPresent()) {
                throw fields.problem("delays[" + i + "]", Phrase.got(Ranges.MAX_DELAY, FieldReader.show(value)));
            }
            seconds[i] = n.doubleValue();
        }
        return Optional.of(Workload.ofSeconds(seconds));
    }

    /**
     * Builds the run's config: the given settings, the explicit delays' count and longest delay where the file
     * leaves tasks and max delay out, then {@link RunConfig#defaults()}.
     *
     * @param blame where the settings came from, to name the field at fault
     */
    static RunConfig build(Partial given, Optional<Workload> delays, FieldReader blame) throws ScenarioException {
        RunConfig defaults = RunConfig.defaults();
        int tasks = given.tasks() != null ? given.tasks() : delays.map(Workload::size).orElse(defaults.tasks());
        double maxDelay = given.maxDelay() != null ? given.maxDelay()
                : delays.map(w -> w.longestNanos() / 1e9).orElse(defaults.maxDelaySeconds());
        Mode mode = given.mode() != null ? given.mode() : defaults.mode();
        int workers = given.workers() != null ? given.workers() : Limits.DEFAULT_WORKERS;
        try {
            return new RunConfig(tasks, maxDelay, mode, workers,
                    given.kind() != null ? given.kind() : defaults.kind(),
                    given.seed() != null ? given.seed() : defaults.seed(),
                    given.globalLock() != null && given.globalLock(), given.course().toCoordination());
        } catch (InvalidSettingException e) {
            throw SettingRules.refusal(e, blame, tasks);
        }
    }

    /**
     * Refuses each of {@code fields}' settings that no run it gives uses, {@code runsOf} naming those runs for a
     * field: workers without a pool, a counter's gap without a counter, a GIL over no computing threads, a semaphore
     * off the event loop. A file was dropping them unsaid ("workers": 3 beside threads; a semaphore of 2 beside
     * threads, which ran 6 tasks at once). A run drops a semaphore off the loop: the semaphore lesson's pool,
     * compared with the loop's semaphore, has none.
     */
    static void refuseIdle(FieldReader fields, Function<String, List<RunConfig>> runsOf) throws ScenarioException {
        if (fields.wholeNumber("semaphore", Ranges.SEMAPHORE).orElse(0L) > 0
                && runsOf.apply("semaphore").stream().allMatch(c -> c.coordination().semaphore() == 0)) {
            throw fields.problem("semaphore", Phrase.of("idle.semaphore"));
        }
        if (fields.has("workers") && runsOf.apply("workers").stream().noneMatch(c -> c.mode() == Mode.POOL)) {
            throw fields.problem("workers", Phrase.of("idle.workers"));
        }
        if (fields.has("counterGap") && runsOf.apply("counterGap").stream()
                .allMatch(c -> c.coordination().counter() == SharedCounter.OFF)) {
            throw fields.problem("counterGap", Phrase.of("idle.counterGap"));
        }
        if (fields.bool("globalLock").orElse(false)
                && runsOf.apply("globalLock").stream().noneMatch(RunConfig::globalLock)) {
            throw fields.problem("globalLock", Phrase.of("idle.globalLock"));
        }
    }

    // --- course lessons (issue 12): counter, counterGap, semaphore, deadline ---

    /**
     * The course lessons' settings a file gives; those it leaves out are null.
     *
     * @param counter    off, no-await, await or lock
     * @param counterGap seconds between a task's read and its write
     * @param semaphore  asyncio.Semaphore(k), 0 for none
     * @param deadline   asyncio.wait_for's timeout in seconds, 0 for none
     */
    record CourseFields(SharedCounter counter, Double counterGap, Integer semaphore, Double deadline) {

        /** These fields, each one that is absent taken from {@code base}. */
        CourseFields over(CourseFields base) {
            return new CourseFields(Partial.pick(counter, base.counter), Partial.pick(counterGap, base.counterGap),
                    Partial.pick(semaphore, base.semaphore), Partial.pick(deadline, base.deadline));
        }

        /** The coordination these fields give, the absent ones at their defaults. */
        Coordination toCoordination() {
            return new Coordination(counter != null ? counter : SharedCounter.OFF,
                    counterGap != null ? counterGap : Coordination.DEFAULT_GAP,
                    semaphore != null ? semaphore : 0, deadline != null ? deadline : 0);
        }
    }

    private static CourseFields readCourse(FieldReader fields) throws ScenarioException {
        SharedCounter counter = oneOf(fields, "counter", Phrase.of("expect.oneOf", SharedCounter.validIds()),
                SharedCounter::fromId);
        Optional<Double> gap = fields.number("counterGap", Ranges.GAP);
        if (gap.isPresent() && !(gap.get() >= Coordination.MIN_GAP && gap.get() <= Coordination.MAX_GAP)) {
            throw fields.problemGot("counterGap", Ranges.GAP);
        }
        Long semaphore = wholeInRange(fields, "semaphore", Ranges.SEMAPHORE,
                k -> k >= 0 && k <= Coordination.MAX_SEMAPHORE ? Optional.empty()
                        : Optional.of(Coordination.semaphoreProblem()));
        Optional<Double> deadline = fields.number("deadline", Ranges.DEADLINE);
        if (deadline.isPresent() && deadline.get() != 0 && !(deadline.get() >= Coordination.MIN_DEADLINE
                && deadline.get() <= Limits.MAX_DELAY_SECONDS)) {
            throw fields.problemGot("deadline", Ranges.DEADLINE);
        }
        return new CourseFields(counter, gap.orElse(null), semaphore == null ? null : semaphore.intValue(),
                deadline.orElse(null));
    }
    // --- end of course lessons ---
}
