package org.asynclab.options;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import picocli.CommandLine.ParseResult;

/**
 * The options given to a run that change nothing in it, each with why: the run goes ahead as it would without
 * them, and a note says so before it starts, so that {@code -w 8 -m threads} is not read as eight threads, nor
 * {@code --scenario wait-n-5-5 -m threads} as threads. (The simulated GIL's note, which depends on each run's mode
 * and kind, is the summary's.) The command line says them before its run; the window, for a scenario, in the terminal
 * before it opens.
 */
public final class IdleOptions {
    /** The settings of a run, which a scenario's own replace. */
    private static final List<String> RUN_SETTINGS = Stream.concat(Stream.of("--tasks", "--max-delay", "--mode",
            "--workers", "--kind", "--seed", "--gil", "--compare"), RunOptions.COORDINATION.stream()).toList();

    /** How a picture looks: of no use without one. */
    private static final List<String> PICTURE_LOOKS = List.of("--width", "--height", "--scale", "--view", "--theme");

    private IdleOptions() {
    }

    /** The notes on the options of {@code parsed} that change nothing in runs of {@code configs}. */
    public static List<String> notes(ParseResult parsed, List<RunConfig> configs) {
        List<String> notes = new ArrayList<>();
        if (parsed.hasMatchedOption("--workers") && configs.stream().noneMatch(c -> c.mode() == Mode.POOL)) {
            notes.add(workersIdle("--mode pool, or --compare pool"));
        }
        if (parsed.hasMatchedOption("--counter-gap")
                && configs.stream().allMatch(c -> c.coordination().counter() == SharedCounter.OFF)) {
            notes.add("--counter-gap has no effect without --counter (the gap is between a task's read and its"
                    + " write of the shared counter)");
        }
        if (parsed.hasMatchedOption("--timeout") && configs.stream().noneMatch(c -> c.kind() == TaskKind.HTTP)) {
            notes.add("--timeout has no effect here: only http tasks make requests (-k http, or --urls)");
        }
        notes.addAll(forPictures(parsed));
        return notes;
    }

    /** The notes on how a picture looks ({@code --width}, {@code --scale}…) where no picture is drawn. */
    public static List<String> forPictures(ParseResult parsed) {
        boolean png = parsed.hasMatchedOption("--png");
        if (!png && !parsed.hasMatchedOption("--svg")) {
            List<String> given = PICTURE_LOOKS.stream().filter(parsed::hasMatchedOption).toList();
            return given.isEmpty() ? List.of()
                    : List.of(haveNoEffect(given) + " without a picture (--png or --svg)");
        }
        if (!png && parsed.hasMatchedOption("--scale")) {
            return List.of("--scale has no effect on an SVG (a vector picture has no pixels; --scale is a PNG's"
                    + " pixels per point)");
        }
        return List.of();
    }

    /**
     * The notes on the options of {@code parsed} that change nothing in a Python program's run: the max delay
     * without the seeded delays that take it ({@code --seed}, {@code --compare}).
     */
    public static List<String> forProgram(ParseResult parsed) {
        List<String> notes = new ArrayList<>();
        if (parsed.hasMatchedOption("--max-delay") && !parsed.hasMatchedOption("--seed")
                && !parsed.hasMatchedOption("--compare")) {
            notes.add("--max-delay has no effect without --seed or --compare: the program draws its own delays"
                    + " (with --seed, AsyncLab serves its random.uniform delays from 0 to the max delay)");
        }
        Mode compared = parsed.matchedOptionValue("--compare", null);
        if (parsed.hasMatchedOption("--workers") && compared != Mode.POOL) {
            notes.add(workersIdle("--compare pool"));
        }
        notes.addAll(forPictures(parsed));
        return notes;
    }

    /** The notes on the options of {@code parsed} that change nothing in a sweep of {@code modes}. */
    public static List<String> inSweep(ParseResult parsed, List<Mode> modes) {
        List<String> notes = new ArrayList<>();
        if (parsed.hasMatchedOption("--workers") && !modes.contains(Mode.POOL)) {
            notes.add(workersIdle("pool in --modes"));
        }
        notes.addAll(forPictures(parsed));
        return notes;
    }

    /**
     * The note on the settings of {@code parsed} that {@code --urls} replaces: the file's URLs are the tasks, and
     * their delays are the servers' own.
     */
    public static List<String> overriddenByUrls(ParseResult parsed) {
        List<String> given = List.of("--tasks", "--max-delay", "--kind", "--seed").stream()
                .filter(parsed::hasMatchedOption).toList();
        if (given.isEmpty()) {
            return List.of();
        }
        return List.of(haveNoEffect(given) + " with --urls: the file's URLs are the tasks, and the servers take what"
                + " they take");
    }

    /** The note on the run settings of {@code parsed} that the scenario {@code id}'s own settings replaced. */
    public static List<String> overriddenByScenario(ParseResult parsed, String id) {
        List<String> given = RUN_SETTINGS.stream().filter(parsed::hasMatchedOption).toList();
        if (given.isEmpty()) {
            return List.of();
        }
        return List.of(haveNoEffect(given) + ": the scenario " + id + " runs with its own settings");
    }

    /** The note on {@code --workers} where no pool runs; {@code poolBy}: how one would. */
    private static String workersIdle(String poolBy) {
        return "--workers has no effect here: only a pool has workers (" + poolBy + ")";
    }

    /** Says each of {@code notes} on {@code err}, a line each: "note: …". */
    public static void say(List<String> notes, PrintWriter err) {
        notes.forEach(note -> err.println("note: " + note));
        err.flush();
    }

    /** "--width, --theme have no effect", "--width has no effect". */
    private static String haveNoEffect(List<String> given) {
        return String.join(", ", given) + (given.size() == 1 ? " has" : " have") + " no effect";
    }
}
