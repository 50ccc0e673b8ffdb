package org.asynclab.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunDifference;
import org.asynclab.model.RunResult;
import org.asynclab.model.StatedSettings;

/**
 * How a run is named, in the window and in exported pictures, so that a screenshot or a file explains itself: a
 * single run's title names all its settings; beside another run (a comparison) a run is named by its mode and by
 * what differs from the other run ("Event loop · shared counter, await" beside "Event loop · shared counter,
 * lock"). The one home of that rule: the charts' titles, the results table's columns and the comparison's
 * sentence all ask here.
 */
public final class RunTitles {
    private static final String SEPARATOR = " · ";

    private final UiText text;

    /** Titles in the language of {@code text}. */
    public RunTitles(UiText text) {
        this.text = text;
    }

    /** The title of a run about to start or going on. */
    public String of(RunConfig config) {
        return text.format("chart.title", poolMode(config), text.get("kind." + config.kind().id()),
                text.integer(config.tasks()), text.seconds(config.maxDelaySeconds()), String.valueOf(config.seed()));
    }

    /**
     * The title of a chart in the window: a single run by its mode and kind ("Event loop · I/O (waits)"), since the
     * settings line right above it names n, the max delay and the seed (a longer title was cut with "…" at
     * 1024×768); a comparison's chart as {@link #of(RunConfig, RunConfig)}. Exported pictures keep the full title.
     */
    public String onStage(RunConfig config, RunConfig other) {
        return other == null ? poolMode(config) + SEPARATOR + text.get("kind." + config.kind().id())
                : of(config, other);
    }

    /**
     * The title of a Python program's run (issue 11): its file and the Python that runs it ("two-worlds.py ·
     * Python 3.11.7"), not the settings; short enough to stay whole beside the code at 1280×720.
     */
    public String ofProgram(String file, String version) {
        return text.format("chart.python", Path.of(file).getFileName().toString(), version == null ? "3" : version);
    }

    /**
     * The title of one chart of a comparison: its mode ("Pool of 4") and everything that differs from
     * {@code other}'s run, what differs first when the modes are the same ("shared counter, await · Event loop");
     * the settings both share are in the settings line, and a shorter title leaves the rows their height. Without
     * {@code other}, the single run's title.
     */
    public String of(RunConfig config, RunConfig other) {
        if (other == null) {
            return of(config);
        }
        List<String> parts = new ArrayList<>(differencesBesideTheMode(config, other));
        // What tells the two apart comes first: with one mode for both, "Event loop · shared counter, …" was cut
        // before "await" and "lock" at 1024×768, and the two titles read the same.
        parts.add(config.mode() == other.mode() ? parts.size() : 0, poolMode(config));
        return String.join(SEPARATOR, parts);
    }

    /**
     * A run's short name beside another's, for the results table's columns and the comparison's sentence: its mode
     * when the modes differ ("Pool"), else the mode and the first thing that differs ("Event loop · shared
     * counter, await").
     */
    public String name(RunConfig mine, RunConfig theirs) {
        if (mine.mode() != theirs.mode()) {
            return mode(mine);
        }
        String mode = poolMode(mine);
        List<String> differences = differencesBesideTheMode(mine, theirs);
        return differences.isEmpty() ? mode : mode + SEPARATOR + differences.get(0);
    }

    /**
     * What the settings line says a comparison is against: the other run's mode, with its pool's size, when the modes
     * differ ("Pool of 4"), else what differs in it ("n = 50", "no GIL", "shared counter, lock"): a lesson may compare
     * more than modes, and "vs Event loop" beside an event loop named no difference.
     */
    public String versus(RunConfig mine, RunConfig theirs) {
        if (mine.mode() != theirs.mode()) {
            return poolMode(theirs);
        }
        List<String> differences = differencesBesideTheMode(theirs, mine);
        return differences.isEmpty() ? poolMode(theirs) : String.join(", ", differences);
    }

    /**
     * {@code name} of the run at {@code order} (1 first, 2 second) beside another of the very same settings, told
     * apart by its order ("Event loop · run 2"): a comparison of a mode with itself, to show the run-to-run noise,
     * said "Event loop was 1.1× faster than Event loop". Unchanged when the settings differ.
     */
    public String inOrder(String name, RunConfig mine, RunConfig theirs, int order) {
        return mine.equals(theirs) ? name + SEPARATOR + text.format("compare.order", order) : name;
    }

    /**
     * {@link #column} of the run at {@code order} (1 first, 2 second); beside a run of the very same settings, its
     * order alone ("run 2"): the mode is the same, the chart titles and the column's tooltip say it.
     */
    public String columnInOrder(RunConfig mine, RunConfig theirs, int order) {
        return mine.equals(theirs) ? text.format("compare.order", order) : column(mine, theirs);
    }

    /**
     * A run's name in the comparison's headline: {@link #columnInOrder}, but a mode with the pool's size ("Threads:
     * 2.7× faster than Pool of 4"): the sentence stands alone, with no table header above it to say which pool.
     */
    public String headlineInOrder(RunConfig mine, RunConfig theirs, int order) {
        return mine.mode() != theirs.mode() ? poolMode(mine) : columnInOrder(mine, theirs, order);
    }

    /**
     * A run's column name in the results table, as short as it can be in a narrow panel: its mode when the modes
     * differ ("Pool"), else what differs, the shared counter by its word alone ("await" beside "lock": the rows
     * say it is the counter). The column's tooltip has {@link #name}.
     */
    public String column(RunConfig mine, RunConfig theirs) {
        if (mine.mode() != theirs.mode()) {
            return mode(mine);
        }
        if (mine.kind() == theirs.kind() && mine.coordination().counter() != theirs.coordination().counter()) {
            return text.get("counter." + mine.coordination().counter().id());
        }
        List<String> differences = differences(mine, theirs);
        return differences.isEmpty() ? mode(mine) : differences.get(0);
    }

    /**
     * What tells a run apart from another, most telling first ({@link RunDifference}), in the window's words.
     * Empty when the settings are the same.
     */
    public List<String> differences(RunConfig mine, RunConfig theirs) {
        List<String> out = new ArrayList<>();
        for (RunDifference difference : RunDifference.between(mine, theirs)) {
            out.add(word(difference, mine));
        }
        return out;
    }

    /**
     * {@link #differences} but the pool's size, which {@link #poolMode} says: two pools of different sizes were
     * titled "4 workers · Pool of 4 workers".
     */
    private List<String> differencesBesideTheMode(RunConfig mine, RunConfig theirs) {
        List<String> out = new ArrayList<>();
        for (RunDifference difference : RunDifference.between(mine, theirs)) {
            if (difference != RunDifference.WORKERS) {
                out.add(word(difference, mine));
            }
        }
        return out;
    }

    /** {@code mine}'s side of {@code difference}: "I/O (waits)", "shared counter, lock", "n = 10", "seed 7". */
    private String word(RunDifference difference, RunConfig mine) {
        Coordination a = mine.coordination();
        return switch (difference) {
            case KIND -> text.get("kind." + mine.kind().id());
            case COUNTER -> text.format("settings.summary.counter",
                    text.get("counter." + (a.hasCounter() ? a.counter().id() : "off")));
            case SEMAPHORE -> a.semaphore() > 0 ? text.format("settings.summary.semaphore", text.integer(a.semaphore()))
                    : text.get("chart.differs.noSemaphore");
            case DEADLINE -> a.hasDeadline() ? text.format("settings.summary.deadline",
                    text.decimal(a.deadlineSeconds(), 3)) : text.get("chart.differs.noDeadline");
            case WORKERS -> text.format("chart.differs.workers", text.integer(mine.workers()), mine.workers());
            case TASKS -> "n = " + text.integer(mine.tasks());
            case MAX_DELAY -> text.format("chart.differs.maxDelay", text.seconds(mine.maxDelaySeconds()));
            case SEED -> text.format("chart.differs.seed", String.valueOf(mine.seed()));
            case GLOBAL_LOCK -> text.get(mine.globalLock() ? "settings.summary.gil" : "chart.differs.noGil");
        };
    }

    /**
     * A Java run's settings as it may state them ({@link StatedSettings}): with the max delay and the seed when they
     * drew its delays, else its mode, kind and n alone (a scenario's own delays, real URLs).
     */
    private String stated(RunResult result) {
        RunConfig config = result.config();
        return StatedSettings.of(result).seed() != null ? of(config) : text.format("chart.title.own",
                poolMode(config), text.get("kind." + config.kind().id()), text.integer(config.tasks()));
    }

    /** The mode's word ("Pool"). */
    private String mode(RunConfig config) {
        return text.get("mode." + config.mode().id());
    }

    /** The mode's word, with the pool's size ("Pool of 4"). */
    private String poolMode(RunConfig config) {
        return text.modeName(config.mode(), config.workers());
    }

    /**
     * The title of a finished run, with its total and average. A traced program's names its file, its Python, its
     * n and, only when AsyncLab served its delays, the seed ({@link StatedSettings}): not a Java mode's settings.
     */
    public String of(RunResult result) {
        String settings = stated(result);
        if (result.program() != null) {
            StatedSettings stated = StatedSettings.of(result);
            settings = ofProgram(result.program().file(), result.program().version()) + SEPARATOR + "n = "
                    + text.integer(stated.tasks()) + (stated.seed() == null ? ""
                    : SEPARATOR + text.format("chart.differs.seed", String.valueOf(stated.seed())));
        }
        return withFigures(settings, result);
    }

    /**
     * {@code named} with the run's total and average ("… · total 1.00 s · average 100 ms"), or with when it was
     * stopped ("… · stopped after 10.1 s"): a stopped run has no total of its tasks, nor an average of them.
     */
    private String withFigures(String named, RunResult result) {
        if (result.cancelled()) {
            return text.format("chart.title.stopped", named, text.duration(result.summary().totalSeconds()));
        }
        return text.format("chart.title.done", named, text.duration(result.summary().totalSeconds()),
                text.duration(result.summary().averageSeconds()));
    }

    /**
     * The title line of an exported picture of {@code result} (issue export10): what its chart's title says in the
     * window, with n, the max delay and the seed of the settings line a picture has no room for, then its total
     * and average: "Event loop · I/O (waits) · n = 20 · max delay 1 s · seed 1 · semaphore 4 · total … · average …".
     * The course's settings the run has are named (the shared counter, the semaphore, the deadline, the GIL), and
     * beside {@code other} (the run it was compared with, or null) those only the other has ("no semaphore"); a
     * comparison of the very same settings names the run by its {@code order} (1 or 2), a Java run beside a Python
     * program is headed "Java". A run with a shared counter adds its final count ("final count 102 of 500"), the
     * race lesson's figure; total and average are written as the window's results write them ({@link
     * UiText#duration}).
     */
    public String ofPicture(RunResult result, RunResult other, int order) {
        String named;
        if (result.program() != null) {
            named = ofProgram(result.program().file(), result.program().version());
        } else {
            RunConfig config = result.config();
            RunConfig theirs = other == null || other.program() != null ? null : other.config();
            List<String> parts = new ArrayList<>();
            parts.add(stated(result));
            parts.addAll(courseSettings(config, theirs));
            if (theirs != null && config.equals(theirs)) {
                parts.add(text.format("compare.order", order));
            }
            CounterTally tally = result.counterTally();
            if (tally != null) {
                // the race lesson's figure: a slide without it left out the lesson's point
                parts.add(text.format("chart.finalCount", text.integer(tally.finalCount()),
                        text.integer(tally.expected())));
            }
            named = String.join(SEPARATOR, parts);
            if (other != null && other.program() != null) {
                named = text.format("twoworlds.java", named);
            }
        }
        // durations as the window's results write them (1,15 ms, not 0,001 s): one rule, Durations
        return withFigures(named, result);
    }

    /** The course's settings {@code mine} has, and beside {@code theirs} (or null) those only it has. */
    private List<String> courseSettings(RunConfig mine, RunConfig theirs) {
        List<String> out = new ArrayList<>();
        for (RunDifference setting : RunDifference.courseSettings(mine, theirs)) {
            out.add(word(setting, mine));
        }
        return out;
    }
}
