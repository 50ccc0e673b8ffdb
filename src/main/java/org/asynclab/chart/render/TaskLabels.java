package org.asynclab.chart.render;

import java.util.Locale;
import org.asynclab.chart.geometry.TimeTicks;
import org.asynclab.model.TaskTimeline;

/**
 * The words the chart writes about tasks: the row label, the delay on a bar, and the hover description. Labels
 * are made once per task and kept, so drawing the same rows again allocates nothing.
 *
 * <p>Tasks are numbered from 1 for people (task id 0 is "task 1"), everywhere the chart writes a number.
 */
public final class TaskLabels {
    private TaskTimeline source;
    private String[] numbers = new String[0];
    private String[] delays = new String[0];

    /** The number people see for task id {@code task}. */
    public static int displayNumber(int task) {
        return task + 1;
    }

    void use(TaskTimeline timeline) {
        if (timeline != source || timeline != null && numbers.length != timeline.size()) {
            source = timeline;
            int n = timeline == null ? 0 : timeline.size();
            numbers = new String[n];
            delays = new String[n];
        }
    }

    /** The row label of a task, e.g. {@code #7}. */
    String number(int task) {
        String s = numbers[task];
        if (s == null) {
            s = label(task);
            numbers[task] = s;
        }
        return s;
    }

    /** The delay of a task for its bar, e.g. {@code 0.84 s}. */
    String delay(int task) {
        String s = delays[task];
        if (s == null) {
            s = TimeTicks.formatDuration(source.delayNanos(task));
            delays[task] = s;
        }
        return s;
    }

    /** The widest row label of {@code n} tasks, for the width of the label column. */
    static String widestNumber(int n) {
        return label(Math.max(0, n - 1));
    }

    private static String label(int task) {
        int number = displayNumber(task);
        return number < 10_000 ? "#" + number : String.format(Locale.ROOT, "#%,d", number);
    }

    /**
     * Several lines about one task as of {@code now}: its number, delay, the instants it was submitted, started
     * and finished (or "not yet"), and its thread.
     */
    public static String describe(TaskTimeline timeline, int task, long now) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("task ").append(displayNumber(task)).append(" · delay ")
                .append(TimeTicks.formatDuration(timeline.delayNanos(task)));
        appendInstant(sb, "\nsubmitted ", timeline.submittedNanos(task), now);
        appendInstant(sb, "\nstarted ", timeline.startedNanos(task), now);
        appendInstant(sb, "\nfinished ", timeline.finishedNanos(task), now);
        long st = timeline.startedNanos(task);
        long fi = timeline.finishedNanos(task);
        if (st != TaskTimeline.NOT_YET && fi != TaskTimeline.NOT_YET && fi <= now) {
            sb.append("\nran for ").append(TimeTicks.formatDuration(fi - st));
        }
        if (timeline.lockTimeline() != null && st != TaskTimeline.NOT_YET && st <= now) {
            sb.append("\nwaited for the GIL ")
                    .append(TimeTicks.formatDuration(timeline.lockTimeline().lockWaitNanos(task)));
        }
        int lane = timeline.lane(task);
        sb.append("\nthread ").append(lane >= 0 && lane < timeline.laneCount() ? timeline.laneName(lane) : "none yet");
        return sb.toString();
    }

    private static void appendInstant(StringBuilder sb, String what, long instant, long now) {
        sb.append(what);
        if (instant == TaskTimeline.NOT_YET || instant > now) {
            sb.append("not yet");
        } else {
            sb.append("at ").append(TimeTicks.formatDuration(instant));
        }
    }
}
