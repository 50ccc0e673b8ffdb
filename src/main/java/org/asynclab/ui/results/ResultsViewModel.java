package org.asynclab.ui.results;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.IdealTotal;
import org.asynclab.engine.PeaksOverTime;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.TaskEnds;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;
import org.asynclab.ui.common.UiText;

/**
 * The results panel without its nodes: every figure already worded in the window's language. While a run goes
 * on it follows the timeline (elapsed time, tasks finished, peak so far); when the run ends it settles on the
 * recording's summary, so what stays on screen is exactly what JSON and CSV exports say.
 */
public final class ResultsViewModel {
    private static final String NONE = "—";

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", NONE);
    private final ReadOnlyStringWrapper average = new ReadOnlyStringWrapper(this, "average", NONE);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", NONE);
    private final ReadOnlyStringWrapper sumOfDelays = new ReadOnlyStringWrapper(this, "sumOfDelays", NONE);
    private final ReadOnlyStringWrapper longestDelay = new ReadOnlyStringWrapper(this, "longestDelay", NONE);
    private final ReadOnlyStringWrapper ideal = new ReadOnlyStringWrapper(this, "ideal", NONE);
    private final ReadOnlyStringWrapper overhead = new ReadOnlyStringWrapper(this, "overhead", NONE);
    private final ReadOnlyStringWrapper speedup = new ReadOnlyStringWrapper(this, "speedup", NONE);
    private final ReadOnlyStringWrapper peak = new ReadOnlyStringWrapper(this, "peak", NONE);
    private final ReadOnlyStringWrapper threads = new ReadOnlyStringWrapper(this, "threads", NONE);
    private final ReadOnlyStringWrapper order = new ReadOnlyStringWrapper(this, "order", "");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled");
    private final ReadOnlyBooleanWrapper orderFirst = new ReadOnlyBooleanWrapper(this, "orderFirst");

    private final UiText text;
    /** The chart's words in the same language: the count of ended tasks has its one rule there. */
    private final ChartLabels words;
    private final CompletionOrderText orderText;
    private final LiveFigures scanner = new LiveFigures(CompletionOrderText.HEAD);
    private final ResourceFigures resources;
    private final CourseFigures course;
    private final MachineWarning machine;
    /** Most tasks seen running at once in the frames of the run followed so far. */
    private int peakSeen;
    /** The replayed recording's peaks over time, made at its first replayed frame (two sorts), and for which. */
    private PeaksOverTime peaks;
    private RunResult peaksOf;
    /** Tasks finished when the live order was last written: it is written again only when one more finished. */
    private int orderWrittenAt = -1;

    /** Creates an empty panel in the language of {@code text}. */
    public ResultsViewModel(UiText text) {
        this.text = text;
        this.words = ChartLabels.from(text.bundle());
        this.orderText = new CompletionOrderText(text);
        this.resources = new ResourceFigures(text);
        this.course = new CourseFigures(text);
        this.machine = new MachineWarning(text);
    }

    /** Empties the panel. */
    public void clear() {
        peakSeen = 0;
        orderWrittenAt = -1;
        heading.set("");
        for (ReadOnlyStringWrapper figure : figures()) {
            figure.set(NONE);
        }
        order.set("");
        settled.set(false);
        resources.clear();
        course.clear();
        machine.clear();
    }

    private ReadOnlyStringWrapper[] figures() {
        return new ReadOnlyStringWrapper[] {total, average, progress, sumOfDelays, longestDelay, ideal, overhead,
            speedup, peak, threads};
    }

    /** Starts following a new run: the figures known before it starts (delays) are shown at once. */
    public void begin(RunConfig config, Workload workload) {
        clear();
        heading.set(text.format("results.heading", text.get("mode." + config.mode().id())));
        orderFirst.set(config.mode() == Mode.EVENT_LOOP);
        IdealTotal.CutDelays delays = IdealTotal.cutDelays(config, workload);
        sumOfDelays.set(text.duration(delays.sumNanos() / 1e9));
        longestDelay.set(text.duration(delays.longestNanos() / 1e9));
        // No total before the run's clock starts: "0 s" stood there while a large run warmed up for seconds.
        total.set(NONE);
        average.set(NONE);
        progress.set(text.formatCount("results.progress", 0, workload.size()));
        resources.begin();
    }

    /** Follows the run going on, scanning {@code timeline} here: for tests and small runs. */
    public void follow(TaskTimeline timeline) {
        scanner.scan(timeline);
        follow(timeline, scanner);
    }

    /** Follows the run going on with figures already read off {@code timeline} (by the frame copier). */
    public void follow(TaskTimeline timeline, LiveFigures live) {
        peakSeen = Math.max(peakSeen, live.running());
        int n = timeline.size();
        showSoFar(live.elapsedSeconds(timeline.nowNanos()), timeline.countedTasks(), n);
        progress.set(progress(timeline, live.finished(), n, timeline.nowNanos()));
        peak.set(text.integer(peakSeen));
        threads.set(text.integer(timeline.laneCount()));
        // Followed every frame: the order (fifteen formatted entries) only when a task has finished since.
        if (live.finished() != orderWrittenAt) {
            orderWrittenAt = live.finished();
            order.set(orderText.format(live.firstFinished(), live.finished(), timeline));
        }
        resources.follow(timeline, live.finished() + live.running());
    }

    /**
     * Follows a replay: the figures at the replay's cursor (tasks done so far, elapsed, running average, peak
     * concurrency and threads used by then), and the recording's own figures once the cursor is at its end. The
     * JVM's figures stay those of the run itself.
     */
    public void replayAt(TaskTimeline atCursor, RunResult recording, boolean atEnd) {
        if (atEnd) {
            settleFigures(recording);
            return;
        }
        scanner.scan(atCursor);
        int n = atCursor.size();
        resources.replayAt(scanner.finished() + scanner.running() >= n);
        showSoFar(scanner.elapsedSeconds(atCursor.nowNanos()), atCursor.countedTasks(), n);
        progress.set(progress(atCursor, scanner.finished(), n, atCursor.nowNanos()));
        order.set(orderText.format(scanner.firstFinished(), scanner.finished(), atCursor));
        // The peak and the threads by the cursor: at a pool's replay at 0 they read "3" and "3", its final figures.
        if (peaksOf != recording) {
            peaks = PeaksOverTime.of(recording);
            peaksOf = recording;
        }
        peak.set(text.integer(peaks.concurrencyBy(atCursor.nowNanos())));
        threads.set(text.integer(peaks.threadsBy(atCursor.nowNanos())));
        // Worked out from the final total, as a live run they are known only at the end: beside the cursor's total
        // (531 ms) the overhead said 2.79 ms, the final total (733 ms) less the ideal.
        overhead.set(NONE);
        speedup.set(NONE);
        // The counter's final value and the cancellations are the run's end: not known at the cursor.
        course.clear();
        settled.set(false);
    }

    /**
     * The total and the average so far, by the rule of the run's own figures: from the first submission, divided by
     * the run's n (a program's n leaves out its main task). No average before there is a task to divide by.
     */
    private void showSoFar(double elapsedSeconds, int n, int rows) {
        total.set(text.duration(elapsedSeconds));
        average.set(n > 0 ? average(elapsedSeconds / n, n, rows) : NONE);
    }

    /**
     * An average, with the n it divides by when that is not the number of tasks the progress counts: a Python
     * program's rows include its main task, which its average leaves out ("501 ms (÷ 2)" beside "3 of 3 tasks").
     * A run stopped before its tasks finished has no average, and nothing to divide: "—", not "— (÷ 4)".
     */
    private String average(double seconds, int n, int rows) {
        if (!Double.isFinite(seconds)) {
            return NONE;
        }
        return n == rows ? text.duration(seconds) : text.format("results.averageOver", text.duration(seconds),
                text.integer(n));
    }

    /**
     * "4 of 4 tasks finished", or, when a task was cancelled or failed, how they ended ("4 of 4 tasks ended: 1 done,
     * 1 cancelled, 2 failed"): the chart's rule. Only runs with phases record outcomes: the others are read once.
     */
    private String progress(TaskTimeline timeline, int finished, int n, long now) {
        TaskEnds ends = timeline.phaseTimeline() == null ? null : TaskEnds.of(timeline, now);
        return ends == null || ends.allDone() ? text.formatCount("results.progress", finished, n)
                : words.tasksEnded(ends, n, ChartLabels.Key.TASKS_DONE);
    }

    /** Settles on a finished (or stopped) run's recording. */
    public void settle(RunResult result) {
        settleFigures(result);
        resources.settle(result);
    }

    private void settleFigures(RunResult result) {
        if (result.ranNothing()) {
            notRun(result);
            return;
        }
        RunSummary s = result.summary();
        heading.set(text.format(result.cancelled() ? "results.heading.stopped" : "results.heading",
                text.get("mode." + result.config().mode().id())));
        total.set(text.duration(s.totalSeconds()));
        average.set(average(s.averageSeconds(), result.countedTasks(), result.size()));
        progress.set(progress(result, result.finishedCount(), result.size(), Long.MAX_VALUE));
        sumOfDelays.set(text.duration(s.sumOfDelaysSeconds()));
        longestDelay.set(text.duration(s.longestDelaySeconds()));
        ideal.set(text.duration(s.idealSeconds()));
        overhead.set(text.duration(s.overheadSeconds()));
        speedup.set(Double.isFinite(s.speedup()) ? text.format("results.times", text.decimal(s.speedup(), 1)) : NONE);
        peak.set(text.integer(s.peakConcurrency()));
        threads.set(text.integer(s.threadsUsed()));
        order.set(orderText.format(result.completionOrder(), result.finishedCount(), result));
        course.settle(result);
        settled.set(true);
    }

    /** A program that did not compile ran nothing: no figure, only that it did not run (its error says why). */
    private void notRun(RunResult result) {
        clear();
        heading.set(text.format("results.heading", text.get("mode." + result.config().mode().id())));
        progress.set(text.get("results.notRun"));
        settled.set(true);
    }

    /** What the run costs the JVM: threads, heap, start-up time. */
    public ResourceFigures resources() {
        return resources;
    }

    /** The course's figures: the shared counter's verdict, the lock wait, the cancelled tasks. */
    public CourseFigures course() {
        return course;
    }

    /** The line under the figures when other programs took the machine during the runs that ended. */
    public MachineWarning machine() {
        return machine;
    }

    /** Which run the figures are of ("Event loop"), with "stopped" when it was. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** First submit to last finish (elapsed so far while running). */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Total / n: Python's {@code measure_time}. */
    public ReadOnlyStringProperty averageProperty() {
        return average.getReadOnlyProperty();
    }

    /** Tasks finished out of n. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** All delays added up: a sequential run's ideal. */
    public ReadOnlyStringProperty sumOfDelaysProperty() {
        return sumOfDelays.getReadOnlyProperty();
    }

    /** The longest delay: a concurrent I/O run's ideal. */
    public ReadOnlyStringProperty longestDelayProperty() {
        return longestDelay.getReadOnlyProperty();
    }

    /** What the mode would take with zero overhead (known at the end). */
    public ReadOnlyStringProperty idealProperty() {
        return ideal.getReadOnlyProperty();
    }

    /** Total − ideal (known at the end). */
    public ReadOnlyStringProperty overheadProperty() {
        return overhead.getReadOnlyProperty();
    }

    /** Sum of delays / total, as "5.3×" (known at the end). */
    public ReadOnlyStringProperty speedupProperty() {
        return speedup.getReadOnlyProperty();
    }

    /** Most tasks running at once. */
    public ReadOnlyStringProperty peakProperty() {
        return peak.getReadOnlyProperty();
    }

    /** Distinct threads that ran tasks. */
    public ReadOnlyStringProperty threadsProperty() {
        return threads.getReadOnlyProperty();
    }

    /** The order in which tasks finished, with their delays, shortened for big runs. */
    public ReadOnlyStringProperty orderProperty() {
        return order.getReadOnlyProperty();
    }

    /**
     * Whether the order of completion is the run's point and comes right under the average: on the event loop it
     * is the order of the delays, the {@code wait_n} lesson's point (threads and a pool only come near it).
     */
    public ReadOnlyBooleanProperty orderFirstProperty() {
        return orderFirst.getReadOnlyProperty();
    }

    /** Whether the figures are final (the run ended). */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }
}
