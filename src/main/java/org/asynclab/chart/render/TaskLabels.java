package org.asynclab.chart.render;

import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * The words the chart writes about tasks: the row label, the delay on a bar, and the hover description. Labels
 * are made once per task and kept, so drawing the same rows again allocates nothing.
 *
 * <p>Tasks are numbered from 0, like the {@code id} of the JSON and CSV files, Python's {@code range(n)} and the
 * list indices of the course's {@code wait_n}: the chart, the window and the command line all show task 0 first.
 */
public final class TaskLabels {
    /** Longer task names are cut with an ellipsis: the label column must leave the bars their room. */
    private static final int MAX_NAME = 26;
    private TaskTimeline source;
    private ChartLabels words = ChartLabels.ENGLISH;
    private String[] numbers = new String[0];
    private String[] delays = new String[0];

    /** The number people see for task id {@code task}. */
    public static int displayNumber(int task) {
        return task;
    }

    void use(TaskTimeline timeline, ChartLabels language) {
        if (timeline != source || language != words || timeline != null && numbers.length != timeline.size()) {
            words = language;
            source = timeline;
            int n = timeline == null ? 0 : timeline.size();
            numbers = new String[n];
            delays = new String[n];
        }
    }

    /**
     * Whether the rows are labelled with bare numbers ({@code #7}), whose digits stand no taller than a thin row,
     * rather than names ({@code Task-2 wait_random}), whose letters reach above and below them.
     */
    boolean bareNumbers() {
        PhaseTimeline phases = source == null ? null : source.phaseTimeline();
        // asked on every paint: the names as recorded, not shortened (which would make a new string each time)
        return phases == null || source.size() == 0
                || phases.taskName(0) == null && phases.taskName(source.size() - 1) == null;
    }

    /** The row label of a task: its own name when it has one ({@code Task-2 wait_random}), else {@code #7}. */
    String number(int task) {
        String s = numbers[task];
        if (s == null) {
            String name = nameOf(source, task);
            s = name != null ? name : label(task, words);
            numbers[task] = s;
        }
        return s;
    }

    /**
     * The words on a finished task's bar. A task of a run that simulates its delays: its delay, what it was served
     * ({@code 0.84 s}), where its bar is about that long ({@link #about}; from its start, or from when it got past
     * a semaphore); else how long the bar is, as a teacher reads it against the time axis: 1.5 s of computing that
     * took 3.9 s on a loaded machine read "1.50 s" on a bar reaching 3.9 s (the delay stays in the bar's hover
     * text). Of a run whose delays are not known (real URLs), how long it took. A task of a traced program: what
     * its bar shows, how long it lived from its start to its finish; the {@code asyncio.sleep(d)} it asked instead
     * only when its whole life was that one sleep and the loop woke it on time (by the same {@link #about}), so
     * that it reads as Java's bar of the same delay does. Then how it ended, when not well: a task cancelled (at
     * its deadline, or a program's) by how long it waited ({@code 0.50 s · cancelled}), from when it got past a
     * semaphore, if one held it; a failed one by what it raised, when known ({@code 0.10 s · failed: ValueError}).
     */
    String delay(int task) {
        String s = delays[task];
        if (s == null) {
            PhaseTimeline phases = source.phaseTimeline();
            long started = source.startedNanos(task);
            TaskOutcome outcome = phases == null ? null : phases.outcome(task);
            if (outcome == TaskOutcome.CANCELLED) {
                long waited = source.finishedNanos(task) - PhaseTimeline.pastEntryNanos(phases, task, started);
                s = words.format(ChartLabels.Key.BAR_CANCELLED, words.duration(waited));
            } else if (nameOf(source, task) == null && !source.delaysKnown()) {
                s = words.duration(source.finishedNanos(task) - started);
            } else if (nameOf(source, task) == null) {
                long asked = source.delayNanos(task);
                long lived = source.finishedNanos(task) - PhaseTimeline.pastEntryNanos(phases, task, started);
                s = words.duration(about(asked, lived) ? asked : lived);
            } else {
                long lived = source.finishedNanos(task) - started;
                long asked = source.delayNanos(task);
                s = words.duration(oneSleepOnTime(phases, task, asked, lived) ? asked : lived);
                String raised = outcome == TaskOutcome.FAILED ? failure(phases, task) : null;
                if (raised != null) {
                    s = words.format(ChartLabels.Key.BAR_FAILED, s, raised);
                }
            }
            delays[task] = s;
        }
        return s;
    }

    /**
     * A delay d is its bar's label when the bar is d give or take this share of d … (2 %: a few pixels at 1024×768;
     * at 10 % a bar of "1,50 s" visibly ended on the "total 1,60 s" line)
     */
    static final double ON_TIME_SHARE = 0.02;
    /** … or this, for short delays … */
    static final long ON_TIME_NANOS = 10_000_000L;
    /**
     * … but never more than this share of d: below 40 ms, 10 ms is more than a quarter of the delay (an
     * {@code asyncio.sleep(0.0001)} that lived 288 µs read "100 µs").
     */
    static final double ON_TIME_MOST_SHARE = 0.25;

    /**
     * Whether a bar of {@code lived} is about the {@code asked} delay (nanoseconds), so that it is labelled by the
     * delay: within {@link #ON_TIME_SHARE} of it or 10 ms, and the 10 ms within a quarter of it. Public for the tests
     * that check a picture's words against a real run: they ask this rule rather than write it again.
     */
    public static boolean about(long asked, long lived) {
        long shortDelays = Math.min(ON_TIME_NANOS, Math.round(asked * ON_TIME_MOST_SHARE));
        return Math.abs(lived - asked) <= Math.max(shortDelays, Math.round(asked * ON_TIME_SHARE));
    }

    /** Whether a traced task's life was one wait, a sleep of {@code asked}, and it lived about that. */
    private static boolean oneSleepOnTime(PhaseTimeline phases, int task, long asked, long lived) {
        if (asked <= 0 || !about(asked, lived)) {
            return false;
        }
        int waits = 0;
        for (int p = 0; p < phases.phaseCount(task); p++) {
            waits += phases.phase(task, p) == Phase.RUNNING ? 0 : 1;
        }
        return waits == 1;
    }

    /** What a failed task raised: the note of its last phase ({@code ValueError}), or null. */
    private static String failure(PhaseTimeline phases, int task) {
        int count = phases.phaseCount(task);
        return count == 0 ? null : phases.phaseNote(task, count - 1);
    }

    /** The widest row label of {@code timeline}'s tasks in {@code language}, for the width of the label column. */
    static String widest(TaskTimeline timeline, ChartLabels language) {
        int n = timeline == null ? 0 : timeline.size();
        String widest = label(Math.max(0, n - 1), language);
        if (timeline != null && timeline.phaseTimeline() != null) {
            for (int task = 0; task < n; task++) {
                String name = nameOf(timeline, task);
                widest = name != null && name.length() > widest.length() ? name : widest;
            }
        }
        return widest;
    }

    /** A task's own name, shortened for the label column, or null. */
    private static String nameOf(TaskTimeline timeline, int task) {
        PhaseTimeline phases = timeline == null ? null : timeline.phaseTimeline();
        String name = phases == null ? null : phases.taskName(task);
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    /**
     * {@code #7}, {@code #5,000}, {@code #10,000}: one rule for every row, the number grouped as the chart's language
     * groups it (French with a narrow no-break space: {@code #5 000}), as the results and the tooltips write it.
     */
    private static String label(int task, ChartLabels language) {
        return "#" + language.integer(displayNumber(task));
    }

    /**
     * Several lines about one task as of {@code now}: its number, delay, the instants it was submitted, started
     * and finished (or "not yet"), its phases in {@code mode}'s words (null: not known), and its thread. Instants are
     * written from {@code origin}, the time axis' 0.
     */
    public static String describe(TaskTimeline timeline, int task, long now, long origin, ChartLabels words,
                                  Mode mode) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(timeline.delaysKnown() ? words.format(ChartLabels.Key.TIP_TASK, String.valueOf(displayNumber(task)),
                words.duration(timeline.delayNanos(task)))
                : words.format(ChartLabels.Key.TIP_TASK_ONLY, String.valueOf(displayNumber(task))));
        appendInstant(sb, words, ChartLabels.Key.TIP_SUBMITTED, timeline.submittedNanos(task), now, origin);
        appendInstant(sb, words, ChartLabels.Key.TIP_STARTED, timeline.startedNanos(task), now, origin);
        appendInstant(sb, words, ChartLabels.Key.TIP_FINISHED, timeline.finishedNanos(task), now, origin);
        long st = timeline.startedNanos(task);
        long fi = timeline.finishedNanos(task);
        if (st != TaskTimeline.NOT_YET && fi != TaskTimeline.NOT_YET && fi <= now) {
            sb.append('\n').append(words.format(ChartLabels.Key.TIP_RAN_FOR, words.duration(fi - st)));
        }
        if (timeline.lockTimeline() != null && st != TaskTimeline.NOT_YET && st <= now) {
            sb.append('\n').append(words.format(ChartLabels.Key.TIP_LOCK_WAIT,
                    words.duration(timeline.lockTimeline().lockWaitNanos(task))));
        }
        appendPhases(sb, timeline, task, now, origin, words, mode);
        int lane = timeline.lane(task);
        String thread = lane >= 0 && lane < timeline.laneCount() ? timeline.laneName(lane)
                : words.get(ChartLabels.Key.TIP_NO_THREAD);
        sb.append('\n').append(words.format(ChartLabels.Key.TIP_THREAD, thread));
        return sb.toString();
    }

    /** Most phases a tooltip lists; a Python task may have hundreds. */
    private static final int TIP_PHASES = 8;

    /** A line per phase begun as of {@code now} ("connect 0.10 s → 0.11 s · GET /delay/530"), then the outcome. */
    private static void appendPhases(StringBuilder sb, TaskTimeline timeline, int task, long now, long origin,
                                     ChartLabels words, Mode mode) {
        PhaseTimeline phases = timeline.phaseTimeline();
        if (phases == null) {
            return;
        }
        int count = phases.phaseCount(task);
        int begun = 0;
        long lastEnd = TaskTimeline.NOT_YET;
        for (int p = 0; p < count && phases.phaseStartNanos(task, p) <= now; p++, begun++) {
            long end = phases.phaseEndNanos(task, p);
            lastEnd = end == TaskTimeline.NOT_YET || end > now ? TaskTimeline.NOT_YET : end;
            if (begun < TIP_PHASES) {
                appendPhase(sb, phases, task, p, lastEnd, origin, words,
                        words.get(LegendEntry.of(phases.phase(task, p), mode, timeline.kind()).words()));
            }
        }
        if (begun > TIP_PHASES) {
            sb.append('\n').append(words.format(ChartLabels.Key.TIP_MORE_PHASES, words.integer(begun - TIP_PHASES)));
        }
        TaskOutcome outcome = phases.outcome(task);
        if (outcome != null && lastEnd != TaskTimeline.NOT_YET) {
            ChartLabels.Key word = switch (outcome) {
                case DONE -> ChartLabels.Key.LEGEND_DONE;
                case CANCELLED -> ChartLabels.Key.OUTCOME_CANCELLED;
                case FAILED -> ChartLabels.Key.OUTCOME_FAILED;
            };
            sb.append('\n').append(words.format(ChartLabels.Key.TIP_OUTCOME, words.get(word)));
        }
    }

    private static void appendPhase(StringBuilder sb, PhaseTimeline phases, int task, int p, long end, long origin,
                                    ChartLabels words, String name) {
        sb.append('\n').append(words.format(ChartLabels.Key.TIP_PHASE, name,
                words.duration(phases.phaseStartNanos(task, p) - origin),
                end == TaskTimeline.NOT_YET ? words.get(ChartLabels.Key.TIP_NOT_YET) : words.duration(end - origin)));
        String note = phases.phaseNote(task, p);
        if (note != null) {
            sb.append(" · ").append(note);
        }
        if (phases.phaseLine(task, p) != PhaseTimeline.NO_LINE) {
            sb.append(" · ").append(words.format(ChartLabels.Key.TIP_LINE, String.valueOf(phases.phaseLine(task, p))));
        }
    }

    private static void appendInstant(StringBuilder sb, ChartLabels words, ChartLabels.Key what, long instant,
                                      long now, long origin) {
        String when = instant == TaskTimeline.NOT_YET || instant > now ? words.get(ChartLabels.Key.TIP_NOT_YET)
                : words.format(ChartLabels.Key.TIP_AT, words.duration(instant - origin));
        sb.append('\n').append(words.format(what, when));
    }
}
