package org.asynclab.chart.render;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.asynclab.chart.geometry.TimeTicks;

/**
 * The words the chart writes (legend, markers, status, tooltip), in one language. {@link #ENGLISH} is the
 * default, so headless exports need nothing; the window passes {@link #from(ResourceBundle)} with its own bundle,
 * whose keys are {@code chart.} + the key's {@link Key#id() id} ({@code chart.legendWaiting} …). A key the bundle
 * lacks keeps its English words.
 */
public final class ChartLabels {
    /** Every word of the chart, with its English text ({@code {0}} … are filled in). */
    public enum Key {
        /** Centre of an empty chart, and its status. */
        NO_RUN("noRun", "no run yet"),
        /** Centre of a chart whose run warms up before its clock (the JIT, the memory of a large run). */
        WARMING_UP("warmingUp", "warming up…"),
        /** Centre of a live run's chart once its clock runs, until its first picture is drawn. */
        STARTING("starting", "starting…"),
        /** Centre of the chart of a program that did not compile, so ran nothing. */
        NOT_COMPILED("notCompiled", "did not compile"),
        /** Status at the top right: {0} finished of {1}. */
        TASKS_DONE("tasksDone", "{0} of {1} {3,choice,0#tasks|1#task|1<tasks} done"),
        /** The same when the long one would cut the chart's title: {0} finished / {1}. */
        TASKS_DONE_SHORT("tasksDoneShort", "{0}/{1}"),
        /** Legend: the hatched part of a bar. */
        LEGEND_WAITING("legendWaiting", "waiting for a worker"),
        /** Legend: a running I/O task. */
        LEGEND_RUNNING_IO("legendRunningIo", "running (I/O wait)"),
        /** Legend: a running CPU task. */
        LEGEND_RUNNING_CPU("legendRunningCpu", "running (CPU, striped)"),
        /** Legend: the cap at the end of a finished bar. */
        LEGEND_DONE("legendDone", "done"),
        LEGEND_LOCK_WAITING("legendLockWaiting", "waiting for the GIL (simulated)"),
        LEGEND_HOLDING_LOCK("legendHoldingLock", "computing, holding the GIL"),
        /** Legend: lane colours. */
        LEGEND_LANES("legendLanes", "colour = thread"),
        /** The now marker. */
        NOW("now", "now"),
        /** The same marker where a stopped run ended. */
        STOPPED("stopped", "stop"),
        /** The ideal total marker. */
        IDEAL("ideal", "ideal"),
        /** The measured total marker. */
        TOTAL("total", "total"),
        /** The threads view's queue row. */
        QUEUE_ROW("queueRow", "waiting"),
        /** Tooltip first line: task {0}, delay {1}. */
        TIP_TASK("tipTask", "task {0} · delay {1}"),
        /** Tooltip first line of a task whose delay is not known (a real URL's): task {0}. */
        TIP_TASK_ONLY("tipTaskOnly", "task {0}"),
        /** Tooltip: submitted {0}. */
        TIP_SUBMITTED("tipSubmitted", "submitted {0}"),
        /** Tooltip: started {0}. */
        TIP_STARTED("tipStarted", "started {0}"),
        /** Tooltip: finished {0}. */
        TIP_FINISHED("tipFinished", "finished {0}"),
        /** Tooltip: at the instant {0}. */
        TIP_AT("tipAt", "at {0}"),
        /** Tooltip: an instant not reached yet. */
        TIP_NOT_YET("tipNotYet", "not yet"),
        /** Tooltip: ran for {0}. */
        TIP_RAN_FOR("tipRanFor", "ran for {0}"),
        /** Tooltip: on thread {0}. */
        TIP_LOCK_WAIT("tipLockWait", "waited for the GIL {0}"),
        TIP_THREAD("tipThread", "thread {0}"),
        /** Tooltip: no thread picked the task up yet. */
        TIP_NO_THREAD("tipNoThread", "none yet"),
        // Phases inside a task (issue 12): legend words, one per Phase in its order, then the outcomes.
        /** Legend: {@link org.asynclab.model.Phase#RUNNING}. */
        PHASE_RUNNING("phaseRunning", "running slice"),
        /** Legend: {@link org.asynclab.model.Phase#WAITING}. */
        PHASE_WAITING("phaseWaiting", "awaiting"),
        /** Legend: {@link org.asynclab.model.Phase#CONNECT}. */
        PHASE_CONNECT("phaseConnect", "connect"),
        /** Legend: {@link org.asynclab.model.Phase#AWAIT_ANSWER}. */
        PHASE_AWAIT_ANSWER("phaseAwaitAnswer", "await the answer"),
        /** Legend: {@link org.asynclab.model.Phase#READ}. */
        PHASE_READ("phaseRead", "read the answer"),
        /** Legend: {@link org.asynclab.model.Phase#READ_WRITE}. */
        PHASE_READ_WRITE("phaseReadWrite", "read → write"),
        /** Legend: {@link org.asynclab.model.Phase#LOCK_WAIT}. */
        PHASE_LOCK_WAIT("phaseLockWait", "waiting for a lock"),
        /** Legend: {@link org.asynclab.model.Phase#SEMAPHORE_WAIT}: a free place, not a lock. */
        PHASE_SEMAPHORE_WAIT("phaseSemaphoreWait", "waiting for the semaphore"),
        /** Legend: the cut cap of a cancelled task. */
        OUTCOME_CANCELLED("outcomeCancelled", "cancelled"),
        /** Legend: the cap of a failed task. */
        OUTCOME_FAILED("outcomeFailed", "failed"),
        /** Tooltip: one phase: its name {0}, from {1} to {2}. */
        TIP_PHASE("tipPhase", "{0} {1} → {2}"),
        /** Tooltip: the phase's source line {0}. */
        TIP_LINE("tipLine", "line {0}"),
        /** Tooltip: how many more phases the tooltip leaves out. */
        TIP_MORE_PHASES("tipMorePhases", "… {0} more phases"),
        /** Tooltip: how the task ended. */
        TIP_OUTCOME("tipOutcome", "ended: {0}"),
        // The legend's words per mode (branch stage): the hatched part and the plain part mean other things.
        /** Legend, sequential: the hatched part. */
        LEGEND_WAITING_TURN("legendWaitingTurn", "waiting its turn"),
        /** Legend, event loop: the hatched part. */
        LEGEND_WAITING_LOOP("legendWaitingLoop", "waiting for the loop"),
        /** Legend, a thread per task: the hatched part. */
        LEGEND_WAITING_THREAD("legendWaitingThread", "waiting for its thread"),
        /** Legend, virtual threads: the hatched part. */
        LEGEND_WAITING_CARRIER("legendWaitingCarrier", "waiting for a carrier thread"),
        /** Legend, a mode not known: the hatched part. */
        LEGEND_WAITING_START("legendWaitingStart", "waiting to start"),
        /** Legend, event loop: an I/O task's wait. */
        LEGEND_SLEEPING("legendSleeping", "sleeping (await)"),
        /** Legend: {@link org.asynclab.model.Phase#WAITING} on a thread, which blocks in its wait (no await). */
        PHASE_BLOCKED("phaseBlocked", "waiting (thread blocked)"),
        /** Legend: {@link org.asynclab.model.Phase#AWAIT_ANSWER} on a thread, blocked until the answer comes. */
        PHASE_BLOCKED_ANSWER("phaseBlockedAnswer", "blocked until the answer"),
        /** Legend: {@link org.asynclab.model.Phase#WAITING} on a virtual thread: parked, its carrier free. */
        PHASE_PARKED("phaseParked", "waiting (virtual thread parked)"),
        /** Legend: {@link org.asynclab.model.Phase#AWAIT_ANSWER} on a virtual thread, parked until the answer. */
        PHASE_PARKED_ANSWER("phaseParkedAnswer", "parked until the answer"),
        // The sweep's plot (issue 10, branch rooms): how each mode scales with n.
        /** An empty sweep plot. */
        SWEEP_NONE("sweepNone", "no sweep yet"),
        /** Status: {0} steps measured of {1}. */
        SWEEP_STEPS("sweepSteps", "{0} of {1} steps"),
        /** Status: {0} steps measured of {1}, then cancelled. */
        SWEEP_STOPPED("sweepStopped", "{0} of {1} steps (stopped)"),
        /** Legend: the dashed reference lines. */
        SWEEP_EXPECTED("sweepExpected", "expected without overhead"),
        /** Legend: mode threads left out past {0} tasks. */
        SWEEP_THREADS_STOP("sweepThreadsStop", "threads stop at {0} tasks (one OS thread each)"),
        /** The total panel's name. */
        SWEEP_TOTAL("sweepTotal", "Total time"),
        /** The total panel's detail. */
        SWEEP_TOTAL_DETAIL("sweepTotalDetail", "first submit to last finish"),
        /** The average panel's name. */
        SWEEP_AVERAGE("sweepAverage", "Average time per task"),
        /** The average panel's detail. */
        SWEEP_AVERAGE_DETAIL("sweepAverageDetail", "total / n"),
        /** Added to a panel's detail: {0}, log scale. */
        SWEEP_LOG("sweepLog", "{0}, log scale"),
        /** The n axis. */
        SWEEP_N_AXIS("sweepNAxis", "number of tasks n (log scale)"),
        /** The step measured now: mode {0}. */
        SWEEP_MEASURING("sweepMeasuring", "measuring {0}"),
        /** Reference: the ideal total of the modes that run one task after another, the sum of the delays. */
        SWEEP_REF_SUM("sweepRefSum", "sum of the delays"),
        /** Reference: the same per task, on the average panel. */
        SWEEP_REF_SUM_PER_TASK("sweepRefSumPerTask", "sum ÷ n"),
        /** Reference: the ideal total of the modes that wait for every task at once, the longest delay. */
        SWEEP_REF_LONGEST("sweepRefLongest", "longest delay"),
        /** Reference: the same per task, on the average panel. */
        SWEEP_REF_LONGEST_PER_TASK("sweepRefLongestPerTask", "longest ÷ n"),
        // A cancelled task's bar (branch ideal9): what it waited before the deadline, not the delay it never reached.
        /** On a cancelled task's bar: it waited {0}, then was cancelled. */
        BAR_CANCELLED("barCancelled", "{0} · cancelled"),
        /** On a failed task's bar: it lived {0}, then raised {1} (the exception's type). */
        BAR_FAILED("barFailed", "{0} · failed: {1}"),
        // How the ended tasks ended (branch python11): the count never calls a cancelled or failed task done.
        /** Status when some task was cancelled or failed: {0} ended of {1}, {4} the parts. */
        TASKS_ENDED("tasksEnded", "{0} of {1} {3,choice,0#tasks|1#task|1<tasks} ended: {4}"),
        /** A part of {@link #TASKS_ENDED}: {0} tasks done ({2}: the bare number, for plurals). */
        ENDED_DONE("endedDone", "{0} done"),
        /** A part of {@link #TASKS_ENDED}: {0} tasks cancelled. */
        ENDED_CANCELLED("endedCancelled", "{0} cancelled"),
        /** A part of {@link #TASKS_ENDED}: {0} tasks failed. */
        ENDED_FAILED("endedFailed", "{0} failed");

        private final String id;
        private final String english;

        Key(String id, String english) {
            this.id = id;
            this.english = english;
        }

        /** The key's name in a bundle, after {@code chart.}. */
        public String id() {
            return id;
        }

        /** The English words. */
        public String english() {
            return english;
        }
    }

    /** The English words, numbers written as in {@code 1,000}. */
    public static final ChartLabels ENGLISH = new ChartLabels(Locale.ENGLISH, Map.of());

    private final Locale locale;
    private final Map<Key, String> words = new EnumMap<>(Key.class);
    private final char decimal;

    private ChartLabels(Locale locale, Map<Key, String> given) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        for (Key key : Key.values()) {
            words.put(key, given.getOrDefault(key, key.english()));
        }
    }

    /** The words of {@code bundle} ({@code chart.<id>} keys), numbers in its locale; English for missing keys. */
    public static ChartLabels from(ResourceBundle bundle) {
        Map<Key, String> given = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            String name = "chart." + key.id();
            if (bundle.containsKey(name)) {
                given.put(key, bundle.getString(name));
            }
        }
        Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        return new ChartLabels(locale, given);
    }

    /** These words with {@code key}'s replaced by {@code replacement}. */
    public ChartLabels with(Key key, String replacement) {
        Map<Key, String> given = new EnumMap<>(words);
        given.put(key, Objects.requireNonNull(replacement, "replacement"));
        return new ChartLabels(locale, given);
    }

    /** The plain words of {@code key}. */
    public String get(Key key) {
        return words.get(key);
    }

    /** The words of {@code key} with {@code {0}}, {@code {1}} … filled in by {@code args} as they are. */
    public String format(Key key, String... args) {
        return new MessageFormat(words.get(key), locale).format(args);
    }

    /**
     * {@code key} with {@code done} and {@code total} as {0} and {1}, written as counts, and as {2} and {3},
     * numbers, for the words that agree with them ("1 task", "1 tâche terminée", "2 tâches terminées").
     */
    public String formatCount(Key key, long done, long total) {
        return new MessageFormat(words.get(key), locale).format(new Object[] {integer(done), integer(total), done,
            total});
    }

    /**
     * The count of ended tasks: {@code done}'s words ({@link Key#TASKS_DONE}, or the results' own) when every
     * task that ended ran to its end, else {@code "4 of 4 tasks ended: 1 done, 1 cancelled, 2 failed"} (parts
     * that are 0 left out, done always said): the one rule of the chart, the results and the status bar.
     */
    public String tasksEnded(org.asynclab.model.TaskEnds ends, long total, Key done) {
        if (ends.allDone()) {
            return formatCount(done, ends.finished(), total);
        }
        return new MessageFormat(words.get(Key.TASKS_ENDED), locale).format(new Object[] {integer(ends.finished()),
            integer(total), ends.finished(), total, endedParts(ends)});
    }

    /**
     * How the ended tasks ended, without the count before it: {@code "1 done, 1 cancelled, 2 failed"} (parts that
     * are 0 left out, done always said). The chart's title line says this alone when the whole count is too long.
     */
    public String endedParts(org.asynclab.model.TaskEnds ends) {
        StringBuilder parts = new StringBuilder(formatCount(Key.ENDED_DONE, ends.done(), 0));
        if (ends.cancelled() > 0) {
            parts.append(", ").append(formatCount(Key.ENDED_CANCELLED, ends.cancelled(), 0));
        }
        if (ends.failed() > 0) {
            parts.append(", ").append(formatCount(Key.ENDED_FAILED, ends.failed(), 0));
        }
        return parts.toString();
    }

    /** The character before decimals in this language: {@code '.'} in English, {@code ','} in French. */
    public char decimalSeparator() {
        return decimal;
    }

    /** A duration in this language's digits: {@code 1.23 s} or {@code 1,23 s}. */
    public String duration(double nanos) {
        return TimeTicks.formatDuration(nanos, decimal);
    }

    /** A whole number with this language's grouping: {@code 1,000} or {@code 1 000}. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
