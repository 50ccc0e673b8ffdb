package org.asynclab.ui.common;

import java.nio.file.Path;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;

/**
 * The title line of a chart, in the window and in exported pictures, so that a screenshot or a file explains
 * itself: mode, kind, n, max delay and seed, then total and average once the run ended.
 */
public final class RunTitles {
    private final UiText text;

    /** Titles in the language of {@code text}. */
    public RunTitles(UiText text) {
        this.text = text;
    }

    /** The title of a run about to start or going on. */
    public String of(RunConfig config) {
        return text.format("chart.title", mode(config), text.get("kind." + config.kind().id()),
                text.integer(config.tasks()), text.seconds(config.maxDelaySeconds()), String.valueOf(config.seed()));
    }

    /** The title of a Python program's run (issue 11): its file and the Python that runs it, not the settings. */
    public String ofProgram(String file, String version) {
        return text.format("chart.python", Path.of(file).getFileName().toString(), version == null ? "3" : version);
    }

    /** The title of a finished run, with its total and average. */
    /**
     * The title of one chart of a comparison: its mode and only what differs from {@code other}'s run; the
     * settings both share are in the settings line, and a shorter title leaves the rows their height.
     */
    public String of(RunConfig config, RunConfig other) {
        if (other == null) {
            return of(config);
        }
        StringBuilder title = new StringBuilder(mode(config));
        if (config.kind() != other.kind()) {
            title.append(" · ").append(text.get("kind." + config.kind().id()));
        }
        if (config.tasks() != other.tasks()) {
            title.append(" · n = ").append(text.integer(config.tasks()));
        }
        if (config.maxDelaySeconds() != other.maxDelaySeconds()) {
            String maxDelay = text.seconds(config.maxDelaySeconds());
            title.append(" · ").append(text.format("chart.differs.maxDelay", maxDelay));
        }
        if (config.seed() != other.seed()) {
            title.append(" · ").append(text.format("chart.differs.seed", String.valueOf(config.seed())));
        }
        return title.toString();
    }

    private String mode(RunConfig config) {
        String mode = text.get("mode." + config.mode().id());
        return config.mode() == Mode.POOL ? text.format("chart.pool", mode, text.integer(config.workers())) : mode;
    }

    public String of(RunResult result) {
        return text.format("chart.title.done", of(result.config()), text.seconds(result.summary().totalSeconds()),
                text.seconds(result.summary().averageSeconds()));
    }
}
