package org.asynclab.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.model.Coordination;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunDifference;
import org.asynclab.model.RunResult;

/**
 * The file of a comparison's second picture or trace, beside the first's: named after what tells its run apart,
 * its mode when the modes differ ({@code run-sequential.png}), else the first thing that differs, as the runs'
 * names say it ({@code race-lock.png} beside {@code race.png} in the race lesson, where both were
 * {@code …-event-loop}). Beside a program's run, a Java run is named by its mode and a program's by its language
 * ({@code two-event-loop.png} beside {@code two.png}): their settings differ only in how the program's rows were
 * counted, which tells nothing apart. A sharp picture's scale stays at the end of its name
 * ({@code race-lock@2x.png}). The one home of that rule for the window's export and the command line's.
 */
public final class RunFiles {
    /** A picture's scale at the end of its name ("@2x"), which slide tools read there: the word goes before it. */
    private static final Pattern SCALE = Pattern.compile("@\\d+x$");

    private RunFiles() {
    }

    /** {@code first} with {@code -word} before {@code extension} (e.g. "png", "trace.json"), or at its end. */
    public static Path beside(Path first, RunResult mine, RunResult theirs, String extension) {
        return beside(first, word(mine, theirs), extension);
    }

    /**
     * {@code first} with {@code -word} before {@code extension}, for runs not yet made: {@code mine} and
     * {@code theirs} each a program's language ("python") or null for a Java run.
     */
    public static Path beside(Path first, RunConfig mine, String myLanguage, RunConfig theirs, String theirLanguage,
                              String extension) {
        return beside(first, word(mine, myLanguage, theirs, theirLanguage), extension);
    }

    private static Path beside(Path first, String word, String extension) {
        String name = first.getFileName().toString();
        String dotted = "." + extension;
        int dot = name.length();
        if (name.endsWith(dotted) && name.length() > dotted.length()) {
            dot -= dotted.length();
        } else if (name.lastIndexOf('.') > 0) {
            dot = name.lastIndexOf('.');
        }
        Matcher scale = SCALE.matcher(name.substring(0, dot));
        int end = scale.find() ? scale.start() : dot;
        return first.resolveSibling(name.substring(0, end) + "-" + word + name.substring(end));
    }

    /** What names {@code mine}'s file beside {@code theirs}'s, as the class says. */
    public static String word(RunResult mine, RunResult theirs) {
        return word(mine.config(), language(mine), theirs.config(), language(theirs));
    }

    /**
     * What names {@code mine}'s file beside {@code theirs}'s, each run a program's language or null for Java's:
     * beside the other world's run, its language or its mode's id; else {@link #word(RunConfig, RunConfig)}.
     */
    public static String word(RunConfig mine, String myLanguage, RunConfig theirs, String theirLanguage) {
        if (myLanguage != null && !myLanguage.equals(theirLanguage)) {
            return myLanguage.toLowerCase(Locale.ROOT);
        }
        if (theirLanguage != null && myLanguage == null) {
            return mine.mode().id();
        }
        return word(mine, theirs);
    }

    private static String language(RunResult run) {
        return run.program() == null ? null : run.program().language();
    }

    /**
     * What names {@code mine}'s file beside {@code theirs}'s: its mode's id when the modes differ, else the first
     * difference ("lock", "semaphore-4", "seed-4"), else "run-2" (a run of the very same settings).
     */
    public static String word(RunConfig mine, RunConfig theirs) {
        if (mine.mode() != theirs.mode()) {
            return mine.mode().id();
        }
        List<RunDifference> differences = RunDifference.between(mine, theirs);
        if (differences.isEmpty()) {
            return "run-2";
        }
        Coordination a = mine.coordination();
        String word = switch (differences.get(0)) {
            case KIND -> mine.kind().id();
            case COUNTER -> a.hasCounter() ? a.counter().id() : "no-counter";
            case SEMAPHORE -> a.semaphore() > 0 ? "semaphore-" + a.semaphore() : "no-semaphore";
            case DEADLINE -> a.hasDeadline() ? "deadline-" + plain(a.deadlineSeconds()) + "s" : "no-deadline";
            case WORKERS -> mine.workers() + "-workers";
            case TASKS -> "n" + mine.tasks();
            case MAX_DELAY -> "max-delay-" + plain(mine.maxDelaySeconds()) + "s";
            case SEED -> "seed-" + mine.seed();
            case GLOBAL_LOCK -> mine.globalLock() ? "gil" : "no-gil";
        };
        return word.toLowerCase(Locale.ROOT);
    }

    private static String plain(double seconds) {
        return java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }
}
