package org.asynclab.ui;

import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.results.ComparisonTable;
import org.asynclab.ui.results.ResultsViewModel;
import org.asynclab.ui.run.GuessViewModel;
import org.asynclab.ui.run.RunViewModel;
import org.asynclab.ui.settings.SettingsSummary;

/**
 * What follows the run cycle as it goes: the results panel and the comparison table take the live run and then its
 * result, the settings fold for the picture, a Python program's settings line is written, and the guess is revealed
 * against the first run's total.
 */
final class RunFollowers {
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final ComparisonTable table;
    private final SettingsSummary summary;
    private final TwoWorlds worlds;
    private final GuessViewModel guess;
    private final Runnable statusChanged;

    RunFollowers(RunViewModel run, ResultsViewModel results, ComparisonTable table, SettingsSummary summary,
                 TwoWorlds worlds, GuessViewModel guess, Runnable statusChanged) {
        this.run = run;
        this.results = results;
        this.table = table;
        this.summary = summary;
        this.worlds = worlds;
        this.guess = guess;
        this.statusChanged = statusChanged;
    }

    void listen() {
        run.liveProperty().addListener((o, was, now) -> followed(now));
        run.firstProperty().addListener((o, was, now) -> ended(now));
        // In a comparison, the guess names its run, the first column's: the table beside shows two totals.
        run.firstProperty().addListener((o, was, now) -> guess.reveal(now,
                table.columnsProperty().get().isEmpty() ? "" : table.columnsProperty().get().getFirst()));
        run.secondProperty().addListener((o, was, now) -> ended(now));
        run.firstProperty().addListener((o, was, now) -> tabled(RunViewModel.FIRST, now));
        run.secondProperty().addListener((o, was, now) -> tabled(RunViewModel.SECOND, now));
    }

    private void followed(RunHandle handle) {
        if (handle != null && run.liveSlotProperty().get() == RunViewModel.FIRST) {
            RunConfig second = run.secondConfigProperty().get();
            PythonRun program = handle instanceof PythonRun p ? p : null;
            summary.programProperty().set(program == null ? ""
                    : worlds.settingsLine(program.settings(), second == null ? null : second.mode()));
            table.follow(handle, second);
        }
        if (handle != null) {
            summary.fold();
            // A Python program's delays are known only once it has run: none are claimed before.
            results.begin(handle.config(), handle instanceof PythonRun ? Workload.ofSeconds(0) : run.workload());
            statusChanged.run();
        }
    }

    private void ended(RunResult result) {
        if (result != null) {
            results.settle(result);
            results.machine().show(run.finishedRuns());
        }
    }

    private void tabled(int slot, RunResult result) {
        if (result != null) {
            table.settle(slot, result, results.resources().lastSample(), run.peakOf(slot));
        }
    }
}
