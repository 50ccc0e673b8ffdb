package org.asynclab.ui.results;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskOutcome;
import org.asynclab.ui.common.UiText;

/**
 * The course's results of a run (issue 12), worded: the race lesson's verdict ("expected 500, got 121 — 379
 * updates lost", or "500 of 500: nothing lost"), the time spent waiting for the lock or the semaphore, and how
 * many tasks a deadline cancelled. Each is empty when the run had no such thing, so the panel shows only what
 * happened. The figures are the recording's, the same the command line and the JSON report.
 */
public final class CourseFigures {
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper lockWait = new ReadOnlyStringWrapper(this, "lockWait", "");
    private final ReadOnlyStringWrapper cancelled = new ReadOnlyStringWrapper(this, "cancelled", "");
    /** Whether the verdict on screen says that updates were lost. */
    private boolean lost;
    private final UiText text;

    /** Empty figures worded by {@code text}. */
    public CourseFigures(UiText text) {
        this.text = text;
    }

    /** No run, or a run whose course figures are not known yet. */
    public void clear() {
        verdict.set("");
        lockWait.set("");
        cancelled.set("");
    }

    /** Settles on a finished run's figures. */
    public void settle(RunResult result) {
        CounterTally tally = result.counterTally();
        lost = tally != null && tally.lost() > 0;
        verdict.set(tally == null ? "" : verdict(tally));
        lockWait.set(waitsForALock(result) ? text.duration((result.phaseNanos(Phase.LOCK_WAIT)
                + result.phaseNanos(Phase.SEMAPHORE_WAIT)) / 1e9) : "");
        cancelled.set(result.config().coordination().hasDeadline() ? cancelledOf(result) : "");
    }

    /** Whether the verdict on screen says that updates were lost (drawn in the danger colour). */
    public boolean verdictLost() {
        return lost;
    }

    /** "expected 500, got 121 — 379 updates lost", or "500 of 500: nothing lost". */
    public String verdict(CounterTally tally) {
        String expected = text.integer(tally.expected());
        String got = text.integer(tally.finalCount());
        if (tally.lost() == 0) {
            return text.format("results.counter.kept", got, expected);
        }
        return tally.lost() == 1 ? text.format("results.counter.lostOne", expected, got)
                : text.format("results.counter.lost", expected, got, text.integer(tally.lost()));
    }

    /** "121 of 500": the counter's final value out of what it should read; empty without a counter. */
    public String finalCount(RunResult result) {
        CounterTally tally = result.counterTally();
        return tally == null ? "" : text.format("results.outOf", text.integer(tally.finalCount()),
                text.integer(tally.expected()));
    }

    /** "3 of 10": the tasks the deadline cancelled, of n. */
    public String cancelledOf(RunResult result) {
        return text.format("results.outOf", text.integer(result.outcomeCount(TaskOutcome.CANCELLED)),
                text.integer(result.size()));
    }

    /** Whether the run's tasks could wait for a lock (the counter's) or the semaphore. */
    public static boolean waitsForALock(RunResult result) {
        Coordination rules = result.config().coordination();
        return rules.semaphore() > 0 || rules.counter() == SharedCounter.LOCK;
    }

    /** The race lesson's verdict, or empty without a shared counter. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The time spent waiting for the lock or the semaphore, added up; empty when there was neither. */
    public ReadOnlyStringProperty lockWaitProperty() {
        return lockWait.getReadOnlyProperty();
    }

    /** "3 of 10" tasks cancelled at the deadline; empty without a deadline. */
    public ReadOnlyStringProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }
}
