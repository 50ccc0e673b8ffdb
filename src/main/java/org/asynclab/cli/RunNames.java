package org.asynclab.cli;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunDifference;

/**
 * How the command line names a run beside another: by its mode ("Pool of 4", "Event loop", the window's
 * names) when the modes differ, else by its mode and the first thing that differs ({@link RunDifference}, the rule
 * the window follows too): "Event loop · counter await" beside "Event loop · counter lock", never "event-loop /
 * event-loop". Two runs of the same settings (a teacher measuring the noise, or the warm-up, run to run) are told
 * apart by their order: "Event loop · run 1" and "Event loop · run 2", as the window lets them run too.
 */
final class RunNames {
    private static final String SEPARATOR = " · ";

    private RunNames() {
    }

    /**
     * The mode's name as the window's English names it, with the pool's size ({@link Mode#englishName(int)}): "Event
     * loop", "Pool of 4", "Virtual threads" (the ids, "event-loop" and "pool", are for typing, not for
     * reading); the table's mode row too, which said "pool of 4".
     */
    static String mode(RunConfig config) {
        return config.mode().englishName(config.workers());
    }

    /** The names of a comparison's two runs, in their order. */
    static List<String> names(RunConfig first, RunConfig second) {
        if (first.mode() == second.mode() && RunDifference.between(first, second).isEmpty()) {
            String mode = mode(first);
            return List.of(mode + SEPARATOR + "run 1", mode + SEPARATOR + "run 2");
        }
        return List.of(name(first, second), name(second, first));
    }

    /** {@code mine}'s name beside {@code theirs}. */
    private static String name(RunConfig mine, RunConfig theirs) {
        String mode = mode(mine);
        if (mine.mode() != theirs.mode()) {
            return mode;
        }
        List<RunDifference> differences = RunDifference.between(mine, theirs);
        differences.remove(RunDifference.WORKERS); // already in the mode's name
        return differences.isEmpty() ? mode : mode + SEPARATOR + word(differences.get(0), mine);
    }

    private static String word(RunDifference difference, RunConfig mine) {
        Coordination a = mine.coordination();
        return switch (difference) {
            case KIND -> mine.kind().id();
            case COUNTER -> "counter " + a.counter().id();
            case SEMAPHORE -> a.semaphore() > 0 ? "semaphore " + a.semaphore() : "no semaphore";
            case DEADLINE -> a.hasDeadline() ? "deadline " + SummaryReport.seconds(a.deadlineSeconds()) : "no deadline";
            case WORKERS -> mine.workers() + (mine.workers() == 1 ? " worker" : " workers");
            case TASKS -> "n = " + mine.tasks();
            case MAX_DELAY -> "max delay " + SummaryReport.seconds(mine.maxDelaySeconds());
            case SEED -> "seed " + mine.seed();
            case GLOBAL_LOCK -> mine.globalLock() ? "gil" : "no gil";
        };
    }

    /**
     * The course's settings {@code mine} has (shared counter, semaphore, deadline, GIL), and beside {@code theirs}
     * (or null) those only the other has ("no semaphore"): for a picture's title, which has no settings line.
     */
    static List<String> courseSettings(RunConfig mine, RunConfig theirs) {
        List<String> out = new ArrayList<>();
        for (RunDifference setting : RunDifference.courseSettings(mine, theirs)) {
            out.add(word(setting, mine));
        }
        return out;
    }
}
