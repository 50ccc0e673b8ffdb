package org.asynclab.chart.render;

import org.asynclab.model.Mode;
import org.asynclab.model.Phase;

/**
 * The colours a theme defines, each a CSS looked-up colour on {@code .root} (e.g. {@code -al-running}). The
 * control reads them through styleable properties of the same names; headless export reads them from the theme
 * file. Everything else the chart paints is derived from these in {@link Palette}.
 */
public enum ChartColor {
    /** Behind everything. */
    BACKGROUND("-al-background"),
    /** Behind the rows of the plot. */
    PLOT("-al-plot"),
    /** Tick lines and row separators. */
    GRID("-al-grid"),
    /** Title, labels and tick labels. */
    TEXT("-al-text"),
    /** Secondary text: delays, lane names' details. */
    TEXT_MUTED("-al-text-muted"),
    /** Ink of running tasks where rows merge into density bands, and of the legend's "running". */
    RUNNING("-al-running"),
    /** Tasks submitted but not started: waiting for a worker. */
    WAITING("-al-waiting"),
    /** The end cap of a finished task. */
    DONE("-al-done"),
    /** The "now" line of a live run. */
    NOW("-al-now"),
    /** The mode's ideal total. */
    IDEAL("-al-ideal"),
    /** The measured total. */
    TOTAL("-al-total"),
    /** Lane (thread) colours, in order; lanes past the eighth reuse them. */
    LANE_1("-al-lane-1"),
    /** Second lane. */
    LANE_2("-al-lane-2"),
    /** Third lane. */
    LANE_3("-al-lane-3"),
    /** Fourth lane. */
    LANE_4("-al-lane-4"),
    /** Fifth lane. */
    LANE_5("-al-lane-5"),
    /** Sixth lane. */
    LANE_6("-al-lane-6"),
    /** Seventh lane. */
    LANE_7("-al-lane-7"),
    /** Eighth lane. */
    LANE_8("-al-lane-8"),
    /** The line of mode sequential in a sweep's plot (and wherever a mode is shown by colour). */
    MODE_SEQUENTIAL("-al-mode-sequential"),
    /** The line of mode event-loop. */
    MODE_EVENT_LOOP("-al-mode-event-loop"),
    /** The line of mode threads. */
    MODE_THREADS("-al-mode-threads"),
    /** The line of mode pool. */
    MODE_POOL("-al-mode-pool"),
    /** The line of mode virtual. */
    MODE_VIRTUAL("-al-mode-virtual"),
    // Phases inside a task (issue 12): one colour per Phase, in the enum's order, then the outcome caps.
    /** {@link Phase#RUNNING}: a coroutine's step or a thread on a core. */
    PHASE_RUNNING("-al-phase-running"),
    /** {@link Phase#WAITING}: suspended (drawn hatched). */
    PHASE_WAITING("-al-phase-waiting"),
    /** {@link Phase#CONNECT}: the lightest of the request's three tones. */
    PHASE_CONNECT("-al-phase-connect"),
    /** {@link Phase#AWAIT_ANSWER}: the middle tone. */
    PHASE_AWAIT_ANSWER("-al-phase-await-answer"),
    /** {@link Phase#READ}: the darkest tone. */
    PHASE_READ("-al-phase-read"),
    /** {@link Phase#READ_WRITE}: between reading and writing a shared value (drawn striped). */
    PHASE_READ_WRITE("-al-phase-read-write"),
    /** {@link Phase#LOCK_WAIT}: waiting for a lock (drawn cross-hatched). */
    PHASE_LOCK_WAIT("-al-phase-lock-wait"),
    /** {@link Phase#SEMAPHORE_WAIT}: waiting for a free place at a semaphore (cross-hatched in its own colour). */
    PHASE_SEMAPHORE_WAIT("-al-phase-semaphore-wait"),
    /** The end cap of a cancelled task. */
    OUTCOME_CANCELLED("-al-outcome-cancelled"),
    /** The end cap of a failed task. */
    OUTCOME_FAILED("-al-outcome-failed");

    /** Number of lane colours. */
    public static final int LANES = 8;

    private final String cssName;

    ChartColor(String cssName) {
        this.cssName = cssName;
    }

    /** The looked-up colour's name in CSS, e.g. {@code -al-running}. */
    public String cssName() {
        return cssName;
    }

    /** The colour of {@code mode}: the same in every plot, whichever modes it shows. */
    public static ChartColor mode(Mode mode) {
        return switch (mode) {
            case SEQUENTIAL -> MODE_SEQUENTIAL;
            case EVENT_LOOP -> MODE_EVENT_LOOP;
            case THREADS -> MODE_THREADS;
            case POOL -> MODE_POOL;
            case VIRTUAL -> MODE_VIRTUAL;
        };
    }

    /** The colour of a phase inside a task. */
    public static ChartColor phase(Phase phase) {
        return values()[PHASE_RUNNING.ordinal() + phase.ordinal()];
    }

    /** The colour of lane {@code lane} (0-based; wraps after eight). */
    public static ChartColor lane(int lane) {
        return values()[LANE_1.ordinal() + Math.floorMod(lane, LANES)];
    }
}
