package org.asynclab.ui;

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
        String mode = text.get("mode." + config.mode().id());
        if (config.mode() == Mode.POOL) {
            mode = text.format("chart.pool", mode, text.integer(config.workers()));
        }
        return text.format("chart.title", mode, text.get("kind." + config.kind().id()), text.integer(config.tasks()),
                text.seconds(config.maxDelaySeconds()), String.valueOf(config.seed()));
    }

    /** The title of a Python program's run (issue 11): its file and the Python that runs it, not the settings. */
    public String ofProgram(String file, String version) {
        return text.format("chart.python", java.nio.file.Path.of(file).getFileName().toString(),
                version == null ? "3" : version);
    }

    /** The title of a finished run, with its total and average. */
    public String of(RunResult result) {
        return text.format("chart.title.done", of(result.config()), text.seconds(result.summary().totalSeconds()),
                text.seconds(result.summary().averageSeconds()));
    }
}
