package org.asynclab.engine.python;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Applies the tracer's events ({@code asynclab_tracer.py} documents them) to the live rows and the program's log.
 * One batch is one line: a JSON array of events. Used by one thread, the reader of the tracer's descriptor.
 *
 * <p>A slice event {@code ["r", row, t0, t1, state, waits, raised]} closes the wait each listed row was in at
 * {@code t0}, records the slice as {@link Phase#RUNNING} and opens a {@link Phase#WAITING} at {@code t1} with the
 * line the row is paused on; a failed row's last slice carries, as its note, the type of what it raised. A
 * coroutine awaited directly that first appears in a slice where another one ended starts at the slice's end, so
 * one awaited after another never overlap (the tracer cannot see inside a slice).
 */
final class TraceEvents {
    private final LiveRows rows;
    private final ProgramLog log;
    private String version;
    private String executable;
    private Integer exitCode;

    TraceEvents(LiveRows rows, ProgramLog log) {
        this.rows = rows;
        this.log = log;
    }

    /**
     * Applies one line of events.
     *
     * @throws IOException when the line is not a batch of events (the tracer broke, or another program wrote)
     */
    void apply(String line) throws IOException {
        List<Object> batch = JSON.std.listFrom(line);
        for (Object item : batch) {
            if (item instanceof List<?> event && !event.isEmpty()) {
                try {
                    applyOne(event);
                } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
                    throw new IOException("the tracer sent an event AsyncLab does not understand: " + event, e);
                }
            }
        }
    }

    private void applyOne(List<?> e) {
        switch ((String) e.get(0)) {
            case "hello" -> {
                version = (String) e.get(1);
                executable = (String) e.get(3);
                rows.tracerClock(nanos(e, 4));
            }
            case "c" -> created(e);
            case "n" -> renamed(rows.row(integer(e, 1)), (String) e.get(2));
            case "e" -> ended(rows.row(integer(e, 1)), nanos(e, 2), nanos(e, 3), outcome((String) e.get(4)),
                    raised(e, 5));
            case "r" -> slice(e);
            case "s" -> underWay(e);
            case "o" -> log.add(printed(e));
            case "p" -> log.addPiece(printed(e));
            case "w" -> log.add(new ProgramProblem(ProgramProblem.Kind.WARNING, e.get(2) + ": " + e.get(3),
                    (String) e.get(4), lineOf(e.get(5)), 0, null, null));
            case "x" -> log.add(new ProgramProblem("syntax".equals(e.get(1)) ? ProgramProblem.Kind.SYNTAX_ERROR
                    : ProgramProblem.Kind.EXCEPTION, (String) e.get(2), (String) e.get(3), lineOf(e.get(4)),
                    e.get(5) instanceof Number column ? column.intValue() : 0, (String) e.get(6),
                    e.size() > 7 ? (String) e.get(7) : null));
            case "u" -> log.add(new ServedDelays.Call(integer(e, 2), integer(e, 4),
                    ((Number) e.get(3)).doubleValue(), Boolean.TRUE.equals(e.get(5))));
            case "exit" -> {
                rows.seen(nanos(e, 1));
                exitCode = integer(e, 2);
            }
            default -> {
                // a later tracer's event: nothing to do with it
            }
        }
    }

    /** A line or a piece of one, {@code [kind, t, stream, text]}: the clock has reached its time. */
    private ProgramOutput printed(List<?> e) {
        rows.seen(nanos(e, 1));
        return new ProgramOutput(nanos(e, 1), ProgramOutput.Stream.fromId((String) e.get(2)), (String) e.get(3));
    }

    private void created(List<?> e) {
        long t = nanos(e, 3);
        String kind = (String) e.get(5);
        LiveRows.Row row = rows.addRow((String) e.get(4), "main".equals(kind), t);
        if ("coro".equals(kind)) {
            row.started = t;
        }
    }

    /** The program named its task after making it ({@code create_task(coro, name=…)} before 3.13, set_name). */
    private static void renamed(LiveRows.Row row, String name) {
        if (row != null && name != null) {
            row.name = name;
        }
    }

    private void ended(LiveRows.Row row, long t0, long t1, TaskOutcome outcome, String raised) {
        if (row == null) {
            return;
        }
        rows.seen(t1);
        closeWait(row, t0);
        run(row, t0, t1, raised);
        row.outcome = outcome;
        row.finished = t1;
    }

    private void slice(List<?> e) {
        LiveRows.Row task = rows.row(integer(e, 1));
        if (task == null) {
            return;
        }
        long t0 = nanos(e, 2);
        long t1 = nanos(e, 3);
        rows.seen(t1);
        if (task.started == TaskTimeline.NOT_YET) {
            task.started = t0;
        }
        String state = (String) e.get(4);
        closeWait(task, t0);
        task.add(new LiveRows.Span(Phase.RUNNING, t0, PhaseTimeline.NO_LINE, raised(e, 6)));
        task.last().end = t1;
        if (!"w".equals(state)) {
            task.outcome = outcome(state);
            task.finished = t1;
            return;
        }
        for (Object item : (List<?>) e.get(5)) {
            List<?> wait = (List<?>) item;
            LiveRows.Row row = rows.row(integer(wait, 0));
            if (row == null || row.finished != TaskTimeline.NOT_YET) {
                continue;
            }
            if (row != task) {
                closeWait(row, t0);
                run(row, t0, t1, null);
            }
            LiveRows.Span waiting = new LiveRows.Span(Phase.WAITING, t1, lineOf(wait.get(1)), (String) wait.get(2));
            row.add(waiting);
            if (wait.get(3) instanceof Number seconds && seconds.doubleValue() > 0) {
                waiting.sleepNanos = Math.round(seconds.doubleValue() * 1e9);
                row.delayNanos += waiting.sleepNanos;
            }
        }
    }

    /**
     * At a stop, a task's slice that had begun at t0 and not ended (time.sleep blocking the loop, a loop that never
     * awaits): the task and the coroutines it awaits run from t0 until the run's end, which closes open spans. The
     * task read "waiting" on the line it last awaited, or, blocking from its first slice, never started.
     */
    private void underWay(List<?> e) {
        LiveRows.Row task = rows.row(integer(e, 1));
        if (task == null || task.finished != TaskTimeline.NOT_YET) {
            return;
        }
        long t0 = nanos(e, 2);
        rows.seen(t0);
        List<LiveRows.Row> running = new ArrayList<>(List.of(task));
        for (Object coroutine : (List<?>) e.get(3)) {
            LiveRows.Row row = rows.row(((Number) coroutine).intValue());
            if (row != null && row.finished == TaskTimeline.NOT_YET) {
                running.add(row);
            }
        }
        for (LiveRows.Row row : running) {
            if (row.started == TaskTimeline.NOT_YET) {
                row.started = t0;
            }
            closeWait(row, t0);
            row.add(new LiveRows.Span(Phase.RUNNING, Math.max(t0, row.started), PhaseTimeline.NO_LINE, null));
        }
    }

    /**
     * Records {@code row} as running from {@code t0} (or from its start, if later) to {@code t1}; {@code raised}:
     * the exception that failed it there, or null.
     */
    private static void run(LiveRows.Row row, long t0, long t1, String raised) {
        long from = Math.max(t0, row.started);
        if (from < t1) {
            LiveRows.Span span = new LiveRows.Span(Phase.RUNNING, from, PhaseTimeline.NO_LINE, raised);
            row.add(span);
            span.end = t1;
        }
    }

    /**
     * How much earlier than its length a sleep must end to count as cut: 1 ms, or 2 % of a longer sleep. The loop's
     * timers are not early, but a wait is traced from its step's end, a little after the sleep was asked: on a loaded
     * machine a sleep(0.1997) that ran its course read 1.26 ms short and its delay 198.4 ms.
     */
    private static final long CUT_NANOS = 1_000_000L;
    private static final double CUT_SHARE = 0.02;

    /**
     * Ends {@code row}'s open wait at {@code t}. An asyncio.sleep that ended more than {@link #CUT_NANOS} (or
     * {@link #CUT_SHARE} of it) before its length was cut by a cancellation (wait_for's timeout, task.cancel()): its
     * row's delay counts what it waited, as a Java task cut at its deadline does, whether the task then ended
     * cancelled or caught the CancelledError and went on. A sleep of 1 s cut after 0.2 s added the whole second to
     * the sum of delays and the speedup; cut and survived, it still did (1.05 s for 0.25 s of sleeping).
     */
    private static void closeWait(LiveRows.Row row, long t) {
        LiveRows.Span last = row.last();
        if (last != null && last.end == TaskTimeline.NOT_YET) {
            last.end = Math.max(last.start, t);
            long waited = last.end - last.start;
            long early = Math.max(CUT_NANOS, Math.round(last.sleepNanos * CUT_SHARE));
            if (last.sleepNanos > 0 && waited < last.sleepNanos - early) {
                row.delayNanos -= last.sleepNanos - waited;
            }
        }
    }

    private static TaskOutcome outcome(String state) {
        return switch (state) {
            case "x" -> TaskOutcome.FAILED;
            case "c" -> TaskOutcome.CANCELLED;
            default -> TaskOutcome.DONE;
        };
    }

    /** The type of the exception an ending event says failed its row ({@code ValueError}), or null. */
    private static String raised(List<?> e, int index) {
        return e.size() > index && e.get(index) instanceof String type ? type : null;
    }

    private static long nanos(List<?> e, int index) {
        return ((Number) e.get(index)).longValue();
    }

    private static int integer(List<?> e, int index) {
        return ((Number) e.get(index)).intValue();
    }

    private static int lineOf(Object value) {
        return value instanceof Number line ? line.intValue() : PhaseTimeline.NO_LINE;
    }

    /** The interpreter's version as the tracer reported it, or null before its first event. */
    String version() {
        return version;
    }

    /** The interpreter's executable as the tracer reported it, or null. */
    String executable() {
        return executable;
    }

    /** The exit code the tracer reported before Python's own exit, or null (it was stopped, or it crashed). */
    Integer exitCode() {
        return exitCode;
    }
}
