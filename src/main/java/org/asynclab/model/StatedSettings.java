package org.asynclab.model;

/**
 * The settings a result may state as what happened, for everything that reports them (the JSON's {@code config},
 * a picture's title, an export's file name). The one home of the rule for runs that AsyncLab did not set up
 * itself:
 *
 * <ul>
 * <li>A Java run states its {@link RunConfig} as it is: its n tasks drew their delays from {@code [0, max delay]}
 * with the seed, in the mode, as that kind. Unless no seed drew them ({@link Workload.Source}): a scenario's own
 * delays, or real URLs' unknown ones, state no max delay nor seed (null), which would not repeat them.</li>
 * <li>A traced program states its own n, the n of its average (total / n): the program's n when given, else its
 * rows other than the main task ({@link ProgramRun#n()}); its rows may be one more. Its max delay and seed only
 * when AsyncLab served its seeded delays to {@code random.uniform} and it took at least one; a program that drew its
 * own numbers, or none, has neither (null), not seed 0 nor its longest delay called a max delay. Its kind is null:
 * whether its tasks wait or compute is the program's to say, and its phases show it. Its mode is asyncio's event
 * loop.</li>
 * </ul>
 *
 * @param tasks           the n of the run: total / n is its average
 * @param maxDelaySeconds the max delay the delays were drawn up to, or null when none was
 * @param mode            how the tasks ran
 * @param workers         the pool's size, or null when the mode is not a pool
 * @param kind            whether the tasks waited or computed, or null when AsyncLab did not choose
 * @param seed            the seed the delays were drawn with, or null when none was
 * @param globalLock      whether the run simulated CPython's GIL
 */
public record StatedSettings(int tasks, Double maxDelaySeconds, Mode mode, Integer workers, TaskKind kind, Long seed,
                             boolean globalLock) {

    /** What {@code result} may state of its settings. */
    public static StatedSettings of(RunResult result) {
        RunConfig config = result.config();
        ProgramRun program = result.program();
        if (program == null) {
            boolean drawn = result.workload().source() == Workload.Source.DRAWN;
            return new StatedSettings(config.tasks(), drawn ? config.maxDelaySeconds() : null, config.mode(),
                    config.workersOrNull(), config.kind(), drawn ? config.seed() : null, config.globalLock());
        }
        // served and taken: a program that never called random.uniform drew none of them
        boolean served = program.served() != null && program.served().used() > 0;
        return new StatedSettings(program.n(), served ? config.maxDelaySeconds() : null, config.mode(), null, null,
                served ? config.seed() : null, false);
    }

    /**
     * The config of a result read back from these statements, whose {@code rows} tasks waited up to
     * {@code longestDelaySeconds}: a program's config holds its rows, and, where nothing was stated, what
     * {@link #of} leaves out (its longest delay, seed 0, io), so that writing it again states the same.
     */
    public RunConfig toConfig(int rows, double longestDelaySeconds) {
        return new RunConfig(rows, maxDelaySeconds != null ? maxDelaySeconds : longestDelaySeconds, mode,
                workers == null ? 0 : workers, kind == null ? TaskKind.IO : kind, seed == null ? 0 : seed,
                globalLock);
    }
}
