package org.asynclab.options;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.asynclab.model.Coordination;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.TaskKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The settings of a run as command-line options, defined once for every front end: {@code -n/--tasks},
 * {@code -d/--max-delay}, {@code -m/--mode}, {@code -w/--workers}, {@code -k/--kind}, {@code -s/--seed},
 * {@code --gil} and {@code --compare}. The headless command and the window's start-up options both mix it in:
 *
 * <pre>{@code
 * @Command(name = "asynclab")
 * class StartOptions {
 *     @Mixin RunOptions run = new RunOptions();
 *     @Option(names = "--run") boolean runAtOnce;
 * }
 * // after parsing:
 * RunConfig config = run.toConfig();   // valid, or a ParameterException naming the option
 * }</pre>
 *
 * <p>Each value is checked as it is parsed (its range, from {@link Limits}); what only a combination can break
 * (more than 20,000 tasks in mode threads) is checked by {@link RunConfig}, and its refusal is turned into a
 * {@link ParameterException} that names the option, so the front end prints both the same way. Without
 * {@code --seed} a random seed is drawn once; {@link #seedIsRandom()} says so, so the front end can print it.
 */
public final class RunOptions {
    private static final RunConfig DEFAULTS = RunConfig.defaults();
    /** Random seeds are drawn below this, so that one is short enough to type again. */
    private static final int RANDOM_SEED_BOUND = 1_000_000;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = {"-n", "--tasks"}, paramLabel = "N", converter = OptionConverters.Tasks.class,
            description = "Number of tasks, " + Limits.MIN_TASKS + " to " + Limits.MAX_TASKS + " (at most "
                    + Limits.MAX_THREADS_MODE_TASKS + " in mode threads). Default: ${DEFAULT-VALUE}.")
    private int tasks = DEFAULTS.tasks();

    @Option(names = {"-d", "--max-delay"}, paramLabel = "SECONDS", converter = OptionConverters.MaxDelay.class,
            description = "Longest delay, in seconds, 0 to " + (int) Limits.MAX_DELAY_SECONDS + " (decimals allowed);"
                    + " each task draws its delay uniformly from 0 to it. Default: ${DEFAULT-VALUE}.")
    private double maxDelay = DEFAULTS.maxDelaySeconds();

    @Option(names = {"-m", "--mode"}, paramLabel = "MODE", converter = OptionConverters.ModeId.class,
            completionCandidates = OptionConverters.ModeNames.class,
            description = "How the tasks run: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Mode mode = DEFAULTS.mode();

    @Option(names = {"-w", "--workers"}, paramLabel = "K", converter = OptionConverters.Workers.class,
            description = "Threads of a pool (mode pool, and --compare pool), " + Limits.MIN_WORKERS + " to "
                    + Limits.MAX_WORKERS + ". Default: ${DEFAULT-VALUE}.")
    private int workers = Limits.DEFAULT_WORKERS;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", converter = OptionConverters.KindId.class,
            completionCandidates = OptionConverters.KindNames.class,
            description = "What a task does for its delay: io (waits, like asyncio.sleep), cpu (computes) or http"
                    + " (fetches an answer from a real server on 127.0.0.1 that answers after the delay)."
                    + " Default: ${DEFAULT-VALUE}.")
    private TaskKind kind = DEFAULTS.kind();

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", converter = OptionConverters.Seed.class,
            description = "Seed of the delays, any whole number: the same seed gives the same delays in every mode."
                    + " Default: a random seed from 0 to 999999, printed so the run can be repeated.")
    private Long seed;

    @Option(names = "--gil",
            description = "Simulate CPython's GIL: one lock around computation, so that cpu tasks on threads, pool or"
                    + " virtual compute one at a time (Java itself has no GIL). No effect on io tasks, which release"
                    + " it while they wait, nor on sequential and event-loop, which compute on one thread anyway.")
    private boolean gil;

    @Option(names = "--compare", paramLabel = "MODE", converter = OptionConverters.ModeId.class,
            completionCandidates = OptionConverters.ModeNames.class,
            description = "Also run MODE on the same delays, and report both runs and the ratio of their totals:"
                    + " ${COMPLETION-CANDIDATES}.")
    private Mode compare;

    /**
     * The course lessons' options (issue 12): the race lesson's counter and its gap, asyncio.Semaphore,
     * asyncio.wait_for. Runs that are not the Java modes' own (a sweep, a Python program, real URLs) refuse them.
     */
    public static final List<String> COORDINATION = List.of("--counter", "--counter-gap", "--semaphore",
            "--deadline");

    // --- course lessons (issue 12): the race lesson, asyncio.Semaphore, asyncio.wait_for ---
    @Option(names = "--counter", paramLabel = "HOW", converter = OptionConverters.CounterId.class,
            completionCandidates = OptionConverters.CounterNames.class,
            description = "The race lesson: every task reads a shared counter, lets --counter-gap pass and writes"
                    + " it back + 1. no-await: nothing between read and write can run on the event loop (threads"
                    + " are pre-emptive: the OS still switches there); await: an await asyncio.sleep(gap) between"
                    + " them; lock: read and write inside a lock (asyncio.Lock on the loop, a Java lock on threads);"
                    + " off. Default: ${DEFAULT-VALUE}.")
    private SharedCounter counter = SharedCounter.OFF;

    @Option(names = "--counter-gap", paramLabel = "SECONDS", converter = OptionConverters.CounterGap.class,
            description = "Time between a task's read and its write of the counter, 0 to 10 s (decimals allowed)."
                    + " Default: ${DEFAULT-VALUE}.")
    private double counterGap = Coordination.DEFAULT_GAP;

    @Option(names = "--semaphore", paramLabel = "K", converter = OptionConverters.SemaphoreSize.class,
            description = "asyncio.Semaphore(K) around each task's wait, in the event-loop run (--mode or --compare):"
                    + " at most K tasks wait at once, the others wait for the semaphore. 1 to 10,000; 0 for none."
                    + " Default: none.")
    private int semaphore;

    @Option(names = "--deadline", paramLabel = "SECONDS", converter = OptionConverters.Deadline.class,
            description = "asyncio.wait_for(task, SECONDS): a task still waiting that long after its start is"
                    + " cancelled (on threads, pool, virtual and sequential each task's thread waits until its delay"
                    + " or its deadline, whichever comes first)."
                    + " 0.001 to 3600 s; 0 for none. Default: none.")
    private double deadline;

    /**
     * The counter, semaphore and deadline asked for; a semaphore only where a run is an event loop ({@code --mode}
     * or {@code --compare}): each run keeps it where it applies ({@link RunConfig}), as the window and scenario files
     * do, so {@code -m pool -w 4 --semaphore 4 --compare event-loop} is the semaphore lesson's comparison.
     */
    private Coordination coordination() {
        if (semaphore > 0 && mode != Mode.EVENT_LOOP && compare != Mode.EVENT_LOOP) {
            throw new InvalidSettingException("semaphore", "semaphore must go with an event-loop run (--mode or"
                    + " --compare event-loop: asyncio.Semaphore; threads get the same limit from --mode pool --workers"
                    + " K)");
        }
        return new Coordination(counter, counterGap, semaphore, deadline);
    }
    // --- end of course lessons ---

    private Long drawnSeed;

    /** The settings of the (first) run. The random seed, if any, is drawn at the first call and kept. */
    public RunConfig toConfig() {
        return validated(() -> new RunConfig(tasks, maxDelay, mode, workers, kind, seed(), gil, coordination()));
    }

    /** Whether {@code --gil} was given (the configs keep it only where it has an effect). */
    public boolean gilRequested() {
        return gil;
    }

    /**
     * The settings of a sweep of {@code modes} over the task counts {@code sizes}, with this run's max delay,
     * kind, seed, workers and {@code --gil}; a refusal names the option ({@code --sweep}, {@code --modes}, …).
     */
    public SweepPlan toSweepPlan(List<Mode> modes, List<Integer> sizes) {
        return validated(() -> new SweepPlan(modes, sizes, maxDelay, kind, seed(), workers, gil));
    }

    /** The settings of the run to compare with: the same tasks and seed in the {@code --compare} mode. */
    public Optional<RunConfig> compareConfig() {
        if (compare == null) {
            return Optional.empty();
        }
        RunConfig first = toConfig();
        // From the options, not from the first run's config: that one has dropped a semaphore it does not take.
        return Optional.of(validated(() -> new RunConfig(first.tasks(), first.maxDelaySeconds(), compare, workers,
                first.kind(), first.seed(), gil, coordination())));
    }

    /** The runs asked for, in order: the run, then the one to compare with, if any. */
    public List<RunConfig> toConfigs() {
        return compareConfig().map(second -> List.of(toConfig(), second)).orElseGet(() -> List.of(toConfig()));
    }

    /** Whether no {@code --seed} was given, so the seed was drawn at random (and should be shown). */
    public boolean seedIsRandom() {
        return seed == null;
    }

    /** The option that sets a {@link RunConfig} field, as named by {@link InvalidSettingException#field()}. */
    public static String optionFor(String field) {
        return switch (field) {
            case "tasks" -> "--tasks";
            case "maxDelay" -> "--max-delay";
            case "mode" -> "--mode";
            case "workers" -> "--workers";
            case "kind" -> "--kind";
            case "seed" -> "--seed";
            case "sizes" -> "--sweep";
            case "modes" -> "--modes";
            case "counterGap" -> "--counter-gap";
            default -> "--" + field;
        };
    }

    private long seed() {
        if (seed != null) {
            return seed;
        }
        if (drawnSeed == null) {
            drawnSeed = (long) ThreadLocalRandom.current().nextInt(RANDOM_SEED_BOUND);
        }
        return drawnSeed;
    }

    /** Builds settings; a refusal becomes a {@link ParameterException} naming the option (see {@link #optionFor}). */
    public <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidSettingException e) {
            if (command == null) {
                throw e;
            }
            throw new ParameterException(command.commandLine(), reworded(e), command.findOption(optionFor(e.field())),
                    null);
        }
    }

    /** "tasks must be at most …" becomes "--tasks must be at most …": the reader typed the option, not the field. */
    private static String reworded(InvalidSettingException e) {
        String option = optionFor(e.field());
        String message = e.getMessage();
        int verb = message.indexOf(" must ");
        return verb > 0 ? option + message.substring(verb) : option + ": " + message;
    }
}
