package org.asynclab.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;

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

    /** The title of a Python program's run (issue 11): its file and the Python that runs it, not the settings. */
    public String ofProgram(String file, String version) {
        return text.format("chart.python", Path.of(file).getFileName().toString(), version == null ? "3" : version);
    }

    /**
     * The title of one chart of a comparison: its mode ("Pool of 4 workers") and everything that differs from
     * {@code other}'s run; the settings both share are in the settings line, and a shorter title leaves the rows
     * their height. Without {@code other}, the single run's title.
     */
    public String of(RunConfig config, RunConfig other) {
        if (other == null) {
            return of(config);
        }
        List<String> parts = new ArrayList<>();
        parts.add(poolMode(config));
        parts.addAll(differences(config, other));
        return String.join(SEPARATOR, parts);
    }

    /**
     * A run's short name beside another's, for the results table's columns and the comparison's sentence: its mode
     * when the modes differ ("Pool"), else the mode and the first thing that differs ("Event loop · shared
     * counter, await").
     */
    public String name(RunConfig mine, RunConfig theirs) {
        String mode = mode(mine);
        if (mine.mode() != theirs.mode()) {
            return mode;
        }
        List<String> differences = differences(mine, theirs);
        return differences.isEmpty() ? mode : mode + SEPARATOR + differences.get(0);
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
     * What tells a run apart from another, most telling first: the kind, the course's setting (shared counter,
     * semaphore, deadline), the pool's size, n, the max delay, the seed. Empty when the settings are the same.
     */
    public List<String> differences(RunConfig mine, RunConfig theirs) {
        List<String> out = new ArrayList<>();
        if (mine.kind() != theirs.kind()) {
            out.add(text.get("kind." + mine.kind().id()));
        }
        String course = courseDifference(mine.coordination(), theirs.coordination());
        if (!course.isEmpty()) {
            out.add(course);
        }
        if (mine.mode() == Mode.POOL && theirs.mode() == Mode.POOL && mine.workers() != theirs.workers()) {
            out.add(text.format("settings.summary.pool", text.integer(mine.workers())));
        }
        if (mine.tasks() != theirs.tasks()) {
            out.add("n = " + text.integer(mine.tasks()));
        }
        if (mine.maxDelaySeconds() != theirs.maxDelaySeconds()) {
            out.add(text.format("chart.differs.maxDelay", text.seconds(mine.maxDelaySeconds())));
        }
        if (mine.seed() != theirs.seed()) {
            out.add(text.format("chart.differs.seed", String.valueOf(mine.seed())));
        }
        if (mine.globalLock() != theirs.globalLock()) {
            out.add(text.get(mine.globalLock() ? "settings.summary.gil" : "chart.differs.noGil"));
        }
        return out;
    }

    /** The course's setting that differs ("shared counter, lock", "semaphore 4", "deadline 0.5 s"), or empty. */
    private String courseDifference(Coordination a, Coordination b) {
        if (a.counter() != b.counter()) {
            return a.hasCounter() ? text.format("settings.summary.counter", text.get("counter." + a.counter().id()))
                    : text.format("settings.summary.counter", text.get("counter.off"));
        }
        if (a.semaphore() != b.semaphore()) {
            return a.semaphore() > 0 ? text.format("settings.summary.semaphore", text.integer(a.semaphore()))
                    : text.get("chart.differs.noSemaphore");
        }
        if (a.deadlineSeconds() != b.deadlineSeconds()) {
            return a.hasDeadline() ? text.format("settings.summary.deadline", text.decimal(a.deadlineSeconds(), 3))
                    : text.get("chart.differs.noDeadline");
        }
        return "";
    }

    /** The mode's word ("Pool"). */
    private String mode(RunConfig config) {
        return text.get("mode." + config.mode().id());
    }

    /** The mode's word, with the pool's size ("Pool of 4 workers"). */
    private String poolMode(RunConfig config) {
        String mode = mode(config);
        return config.mode() == Mode.POOL ? text.format("chart.pool", mode, text.integer(config.workers())) : mode;
    }

    /** The title of a finished run, with its total and average. */
    public String of(RunResult result) {
        return text.format("chart.title.done", of(result.config()), text.seconds(result.summary().totalSeconds()),
                text.seconds(result.summary().averageSeconds()));
    }
}
