package org.asynclab.export;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.comp.ArrayComposer;
import com.fasterxml.jackson.jr.ob.comp.ObjectComposer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.asynclab.chart.render.LegendEntry;
import org.asynclab.chart.render.TaskLabels;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Writes a run as Chrome / Perfetto trace-event JSON ({@code {"traceEvents":[…]}}), streamed so that a million
 * tasks need no big buffer. Each task is a complete event ({@code "ph":"X"}, {@code ts}/{@code dur} in µs) on the
 * track of its thread; tasks that overlap on one thread (the event loop) get sub-tracks of that thread
 * ({@link TraceTracks}), because a trace viewer nests events of one track. Metadata events name every track, and
 * a wait to start of a millisecond or more is an async event on a "waiting" track, named as the picture's legend names
 * that wait in the run's mode ("waiting for a worker", "waiting for the loop"). Open it at ui.perfetto.dev or in
 * chrome://tracing.
 */
public final class TraceExport {
    private static final int PID = 1;
    private static final int WAITING_TID = 0;
    /** Waits shorter than this are a scheduler's hand-over, not a queue: they would only bloat the file. */
    static final long MIN_WAIT_NANOS = 1_000_000;

    private TraceExport() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws ExportException when the file cannot be written (no partial file is left)
     */
    public static void write(TaskTimeline timeline, Path target) throws ExportException {
        Objects.requireNonNull(timeline, "timeline");
        TraceTracks tracks = TraceTracks.of(timeline);
        AtomicFiles.write(target, out -> writeTo(timeline, tracks, out));
    }

    private static void writeTo(TaskTimeline timeline, TraceTracks tracks, OutputStream out) throws IOException {
        var root = JSON.std.composeTo(out).startObject();
        var events = root.startArrayField("traceEvents");
        metadata(events, "process_name", WAITING_TID, "AsyncLab run (" + timeline.kind().id() + " tasks)");
        metadata(events, "thread_name", WAITING_TID, LegendEntry.waitingIn(
                timeline instanceof RunResult run ? run.config().mode() : null).words().english());
        for (int track = 0; track < tracks.count(); track++) {
            metadata(events, "thread_name", track + 1, tracks.name(track));
        }
        long now = timeline.nowNanos();
        String category = timeline.kind().id();
        for (int task = 0; task < timeline.size(); task++) {
            waiting(events, timeline, task, now);
            long start = timeline.startedNanos(task);
            if (start == TaskTimeline.NOT_YET || tracks.track(task) < 0) {
                continue;
            }
            long finish = timeline.finishedNanos(task);
            boolean finished = finish != TaskTimeline.NOT_YET;
            long end = finished ? finish : Math.max(start, now);
            TaskOutcome outcome = PhaseTimeline.endOf(timeline, task);
            var event = events.startObject().put("name", sliceName(timeline, task, outcome))
                    .put("cat", category).put("ph", "X").put("ts", micros(start)).put("dur", micros(end - start))
                    .put("pid", PID).put("tid", tracks.track(task) + 1);
            var args = event.startObjectField("args").put("task", TaskLabels.displayNumber(task));
            if (timeline.delaysKnown()) {
                args.put("delay_ms", timeline.delayNanos(task) / 1e6);
            }
            args.put("thread", timeline.laneName(timeline.lane(task)));
            if (outcome != null) {
                args.put("outcome", outcome.id());
            }
            if (!finished) {
                args.put("unfinished", true);
            }
            args.end().end();
        }
        events.end().end().finish();
    }

    /**
     * What a task's slice is called: its own name where it has one (a Python program's "Task-2 wait_random", as its
     * row), else "task 3"; and how it ended unless it was done, as the completion order says it ("task 3
     * (cancelled)"). A deadline lesson's trace showed cancelled tasks of 730 ms lasting 500 ms, like done ones.
     */
    private static String sliceName(TaskTimeline timeline, int task, TaskOutcome outcome) {
        PhaseTimeline phases = timeline.phaseTimeline();
        String own = phases == null ? null : phases.taskName(task);
        String name = own != null ? own : "task " + TaskLabels.displayNumber(task);
        return outcome == null || outcome == TaskOutcome.DONE ? name : name + " (" + outcome.id() + ")";
    }

    private static void waiting(ArrayComposer<?> events, TaskTimeline timeline, int task, long now)
            throws IOException {
        long submitted = timeline.submittedNanos(task);
        long started = timeline.startedNanos(task);
        if (submitted == TaskTimeline.NOT_YET) {
            return;
        }
        long until = started == TaskTimeline.NOT_YET ? Math.max(submitted, now) : started;
        if (until - submitted < MIN_WAIT_NANOS) {
            return;
        }
        String name = "task " + TaskLabels.displayNumber(task) + " waits";
        asyncEvent(events, name, "b", submitted, task);
        asyncEvent(events, name, "e", until, task);
    }

    private static void asyncEvent(ArrayComposer<?> events, String name, String phase, long nanos, int task)
            throws IOException {
        events.startObject().put("name", name).put("cat", "waiting").put("ph", phase).put("ts", micros(nanos))
                .put("pid", PID).put("tid", WAITING_TID).put("id", task).end();
    }

    private static void metadata(ArrayComposer<?> events, String kind, int tid, String name) throws IOException {
        ObjectComposer<?> event = events.startObject().put("name", kind).put("ph", "M").put("pid", PID)
                .put("tid", tid);
        event.startObjectField("args").put("name", name).end().end();
    }

    /** Nanoseconds as microseconds, the unit of trace events, keeping nanosecond precision as decimals. */
    private static double micros(long nanos) {
        return nanos / 1e3;
    }
}
