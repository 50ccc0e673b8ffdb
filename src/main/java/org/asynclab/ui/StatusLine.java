package org.asynclab.ui;

import org.asynclab.engine.RunHandle;
import org.asynclab.model.Mode;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.TwoWorlds;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.python.ProgramRunViewModel;
import org.asynclab.ui.run.GuessViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.run.RunViewModel;

/**
 * The status bar's sentence for the window's run as it stands: idle, running (which mode, or which Python program),
 * failed, stopped with what finished, done — and after a Python program, its problem or whether its tasks got the
 * Java run's delays.
 */
final class StatusLine {
    private final UiText text;
    private final RunViewModel run;
    private final ProgramRunViewModel python;
    private final TwoWorlds worlds;
    private final GuessViewModel guess;

    StatusLine(UiText text, RunViewModel run, ProgramRunViewModel python, TwoWorlds worlds, GuessViewModel guess) {
        this.text = text;
        this.run = run;
        this.python = python;
        this.worlds = worlds;
        this.guess = guess;
    }

    /** The sentence now. */
    String now() {
        RunState state = run.getState();
        if (!run.failureProperty().get().isEmpty()) {
            return text.format("status.failed", run.failureProperty().get());
        }
        if (state != RunState.RUNNING && !guess.problemProperty().get().isEmpty()) {
            // Run is off while the guess cannot be read: the field's red mark alone did not say why.
            return guess.problemProperty().get();
        }
        if (state == RunState.IDLE && run.stoppedBeforeStartProperty().get()) {
            return text.get("status.stoppedBeforeStart");
        }
        if (state == RunState.IDLE) {
            // A lesson that asks for a guess first: Run is off until there is one, so "press Run" would mislead;
            // once it is typed, the guess field has the keys, where Space is a space and Return runs.
            if (!guess.readyBinding().get()) {
                return text.get("status.guessFirst");
            }
            return text.get(guess.requiredProperty().get() ? "status.guessTaken" : "status.idle");
        }
        if (state == RunState.RUNNING && (python.followingProperty().get() || programEnding())) {
            int port = python.serverPortProperty().get();
            return port > 0 ? text.format("status.python.running.server", python.nameProperty().get(),
                    Integer.toString(port)) : text.format("status.python.running", python.nameProperty().get());
        }
        if (state == RunState.RUNNING) {
            RunHandle live = run.liveProperty().get();
            Mode mode = live == null ? run.firstConfigProperty().get().mode() : live.config().mode();
            return text.format(run.warmingUpProperty().get() ? "status.warmingUp" : "status.running",
                    text.get("mode." + mode.id()));
        }
        return ended();
    }

    /**
     * Whether a program's run has ended and the run with it, the window not yet told: no Java run follows (it said
     * "Running: Event loop…" in between).
     */
    private boolean programEnding() {
        RunResult first = run.firstProperty().get();
        return run.liveProperty().get() == null && first != null && first.program() != null
                && run.secondConfigProperty().get() == null;
    }

    private String ended() {
        RunResult first = run.firstProperty().get();
        RunResult last = run.secondProperty().get() != null ? run.secondProperty().get() : first;
        boolean stopped = last != null && last.cancelled();
        String problem = python.messageProperty().get();
        if (last != null && last.program() != null && !problem.isEmpty()) {
            // The problem itself, with its line, is the status bar's message beside: said once, not cut here.
            ProgramProblem main = ProgramRunViewModel.mainProblem(last.program());
            return text.get(!last.program().ran() ? "status.python.notRun"
                    : main != null && main.isError() ? "status.python.error" : "status.python.warning");
        }
        if (!stopped && last != first && first.program() != null && first.program().served() != null
                && problem.isEmpty()) {
            return worlds.delaysNote(first.program().served());
        }
        if (stopped) {
            return text.formatCount("status.stopped", last.finishedCount(), last.size());
        }
        return run.warmUpNanos() > 0 ? text.format("status.done.warmedUp", text.duration(run.warmUpNanos() / 1e9))
                : text.get("status.done");
    }
}
