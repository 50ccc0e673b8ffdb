package org.asynclab.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.LockTimeline;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.StatedSettings;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * Writes run results as JSON, and reads them back. Scripts rely on the names; one run looks like this (a
 * {@code --compare} writes {@code {"runs": [first, second]}}):
 *
 * <pre>{@code
 * {
 *   "config":{"tasks":10,"maxDelay":1.0,"mode":"event-loop","workers":null,"kind":"io","seed":42,
 *             "globalLock":false},
 *   "summary":{"totalSeconds":0.98,"averageSeconds":0.098,"sumOfDelaysSeconds":4.9,"longestDelaySeconds":0.97,
 *              "idealSeconds":0.97,"overheadSeconds":0.01,"speedup":5.0,"peakConcurrency":10,"threadsUsed":1},
 *   "tasks":[
 *     {"id":0,"delaySeconds":0.37,"submittedSeconds":0.0,"startedSeconds":0.0,"finishedSeconds":0.37,
 *      "thread":"event-loop","lane":0}
 *   ],
 *   "completionOrder":[3,7,0],
 *   "cancelled":false
 * }
 * }</pre>
 *
 * <p>Times are seconds as JSON numbers with the recorded nanosecond precision. Instants (a task's submitted, started
 * and finished, a phase's start and end, a program's output line) count from the run's first submission, as the
 * chart's time axis and {@code totalSeconds} do: the first task is submitted at 0.0, the last finish is the total
 * (until 2 Dec 2026 they counted from the run clock's start, 5 to 80 ms earlier; a line a program printed before its
 * first task may be negative). An instant that did not happen (a
 * stopped run) is {@code null}, as are {@code thread} and {@code lane} of a task that never started, and a figure
 * that is not a finite number. {@code globalLock} says whether the run simulated CPython's GIL (a lock around
 * computation; it is true only for cpu tasks on threads, pool or virtual); such a run's tasks also have
 * {@code gilWaitSeconds}, the hover text's "waited for the GIL" (the hatched part of its bar), and
 * {@code gilHeldSeconds}, its holds added up (striped): the two make its bar, {@code finishedSeconds} −
 * {@code startedSeconds}; null for a task that never started, and the holds null when a run of hundreds of
 * thousands of chunks kept only its first holds. The writer streams: a million tasks
 * never become a tree in memory.
 *
 * <p>{@code config} says what the run's settings were ({@link StatedSettings}): {@code tasks} is the run's n
 * ({@code averageSeconds} = {@code totalSeconds} / {@code tasks}). Its {@code maxDelay} and {@code seed} are null
 * when no seed drew the delays: a scenario's own delays, or real URLs'. Real URLs' delays are not known: each
 * task's {@code delaySeconds} is null, and so are the figures built on them ({@code sumOfDelaysSeconds},
 * {@code longestDelaySeconds}, {@code idealSeconds}, {@code overheadSeconds}, {@code speedup}). A traced Python
 * program's {@code tasks} is that n, while its {@code tasks} array holds every row (the main task too); its
 * {@code maxDelay} and {@code seed} are null unless AsyncLab served its seeded delays to the program and it took
 * one, and its {@code kind} is null. A program's task's
 * {@code delaySeconds} is what it asked to wait (the {@code asyncio.sleep}s it awaited itself, 0 if none: the
 * delay its bar is labelled with, as a Java task's is the delay it was served); what it took is
 * {@code finishedSeconds} − {@code startedSeconds}, the bar's length.
 *
 * <p>A run the engine measured the machine for has {@code "otherPrograms":{"cores":1.3,"machineCores":2}}: the
 * cores other programs kept busy on average while it ran (the window's "busy machine" line from half a core on);
 * runs not measured (not Linux, under 0.25 s, Python programs) have no such field; {@link #readAll} gives it back.
 */
public final class ResultJson {
    private static final JsonFactory FACTORY = JSON.std.getStreamingFactory();

    private ResultJson() {
    }

    /**
     * Writes runs to {@code target}, atomically: one run as a result object, several as {@code {"runs": [...]}}.
     *
     * @throws ExportException naming the file and the reason when it cannot be written
     */
    public static void write(Path target, List<RunResult> results) throws ExportException {
        requireRuns(results);
        AtomicFiles.write(target, out -> writeTo(out, results));
    }

    /** Writes runs as JSON into {@code out}, which stays open. */
    public static void writeTo(OutputStream out, List<RunResult> results) throws IOException {
        requireRuns(results);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(new ResultLayout());
            if (results.size() == 1) {
                writeResult(g, results.get(0));
            } else {
                g.writeStartObject();
                g.writeArrayFieldStart("runs");
                for (RunResult result : results) {
                    writeResult(g, result);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeRaw('\n');
        }
    }

    /**
     * Reads the first (or only) run of a file written by {@link #write}.
     *
     * @throws IOException naming the file and the problem when it cannot be read or is not a result
     */
    public static RunResult read(Path source) throws IOException {
        return readAll(source).get(0);
    }

    /** Reads every run of a file written by {@link #write}: one, or those of a {@code runs} array. */
    public static List<RunResult> readAll(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return new ResultJsonReader(FACTORY.createParser(in), source.toString()).readAll();
        }
    }

    private static void requireRuns(List<RunResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("at least one run is needed");
        }
    }

    /** The cores other programs kept busy during the run, when the engine measured them (the busy machine's line). */
    private static void writeOtherPrograms(JsonGenerator g, OtherPrograms others) throws IOException {
        if (others.known()) {
            g.writeObjectFieldStart("otherPrograms");
            g.writeNumberField("cores", others.cores());
            g.writeNumberField("machineCores", others.machineCores());
            g.writeEndObject();
        }
    }

    private static void writeResult(JsonGenerator g, RunResult result) throws IOException {
        g.writeStartObject();
        writeConfig(g, StatedSettings.of(result));
        writeSummary(g, result.summary());
        writeTasks(g, result);
        g.writeArrayFieldStart("completionOrder");
        for (int rank = 0; rank < result.finishedCount(); rank++) {
            g.writeNumber(result.completedAt(rank));
        }
        g.writeEndArray();
        g.writeBooleanField("cancelled", result.cancelled());
        writeOtherPrograms(g, result.otherPrograms());
        writeCourse(g, result);
        // Python runs: what the program printed and how it ended (PhaseJson).
        PhaseJson.writeProgram(g, result);
        g.writeEndObject();
    }

    /**
     * Course lessons (issue 12), added after the others and only for runs that have them: the counter, semaphore
     * and deadline ({@code "course"}), the race lesson's {@code expectedCount} and {@code finalCount}, and the
     * tasks a deadline cancelled ({@code cancelledTasks}).
     */
    private static void writeCourse(JsonGenerator g, RunResult result) throws IOException {
        Coordination rules = result.config().coordination();
        if (!rules.active()) {
            return;
        }
        g.writeObjectFieldStart("course");
        g.writeStringField("counter", rules.counter().id());
        g.writeNumberField("counterGap", rules.counterGapSeconds());
        g.writeNumberField("semaphore", rules.semaphore());
        g.writeNumberField("deadline", rules.deadlineSeconds());
        g.writeEndObject();
        CounterTally tally = result.counterTally();
        if (tally != null) {
            g.writeNumberField("expectedCount", tally.expected());
            g.writeNumberField("finalCount", tally.finalCount());
        }
        if (rules.hasDeadline()) {
            g.writeNumberField("cancelledTasks", result.outcomeCount(TaskOutcome.CANCELLED));
        }
    }

    // What the result may state (StatedSettings): a traced program's n, and null where it drew its own delays.
    private static void writeConfig(JsonGenerator g, StatedSettings config) throws IOException {
        g.writeObjectFieldStart("config");
        g.writeNumberField("tasks", config.tasks());
        writeNullable(g, "maxDelay", config.maxDelaySeconds());
        g.writeStringField("mode", config.mode().id());
        writeNullable(g, "workers", config.workers());
        g.writeFieldName("kind");
        if (config.kind() == null) {
            g.writeNull();
        } else {
            g.writeString(config.kind().id());
        }
        writeNullable(g, "seed", config.seed());
        // Added after the others, so that scripts reading the older keys see no change.
        g.writeBooleanField("globalLock", config.globalLock());
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String name, Number value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writeNumber(value.longValue());
        }
    }

    private static void writeSummary(JsonGenerator g, RunSummary summary) throws IOException {
        g.writeObjectFieldStart("summary");
        writeFigure(g, "totalSeconds", summary.totalSeconds());
        writeFigure(g, "averageSeconds", summary.averageSeconds());
        writeFigure(g, "sumOfDelaysSeconds", summary.sumOfDelaysSeconds());
        writeFigure(g, "longestDelaySeconds", summary.longestDelaySeconds());
        writeFigure(g, "idealSeconds", summary.idealSeconds());
        writeFigure(g, "overheadSeconds", summary.overheadSeconds());
        writeFigure(g, "speedup", summary.speedup());
        g.writeNumberField("peakConcurrency", summary.peakConcurrency());
        g.writeNumberField("threadsUsed", summary.threadsUsed());
        g.writeEndObject();
    }

    private static void writeTasks(JsonGenerator g, RunResult result) throws IOException {
        char[] number = new char[SecondsText.MAX_LENGTH];
        long origin = TaskTimeline.originNanos(result);
        LockTimeline lock = result.lockTimeline();
        long[] held = lock == null || !lock.holdsComplete() ? null : heldNanos(lock, result.size());
        g.writeArrayFieldStart("tasks");
        for (int task = 0; task < result.size(); task++) {
            g.writeStartObject();
            g.writeNumberField("id", task);
            writeSeconds(g, "delaySeconds", result.delaysKnown() ? result.delayNanos(task) : TaskTimeline.NOT_YET,
                    number);
            writeInstant(g, "submittedSeconds", result.submittedNanos(task), origin, number);
            writeInstant(g, "startedSeconds", result.startedNanos(task), origin, number);
            writeInstant(g, "finishedSeconds", result.finishedNanos(task), origin, number);
            int lane = result.lane(task);
            if (lane < 0) {
                g.writeNullField("thread");
                g.writeNullField("lane");
            } else {
                g.writeStringField("thread", result.laneName(lane));
                g.writeNumberField("lane", lane);
            }
            if (lock != null) {
                boolean started = result.startedNanos(task) != TaskTimeline.NOT_YET;
                writeSeconds(g, "gilWaitSeconds", started ? lock.lockWaitNanos(task) : TaskTimeline.NOT_YET, number);
                writeSeconds(g, "gilHeldSeconds", started && held != null ? held[task] : TaskTimeline.NOT_YET,
                        number);
            }
            // Richer runs: the task's name, outcome and phases (PhaseJson), after the older fields.
            PhaseJson.writeTask(g, result.phaseTimeline(), task, origin, number);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Each task's holds of the simulated GIL, added up. */
    private static long[] heldNanos(LockTimeline lock, int tasks) {
        long[] held = new long[tasks];
        for (int hold = 0; hold < lock.holdCount(); hold++) {
            held[lock.holdTask(hold)] += lock.holdEndNanos(hold) - lock.holdStartNanos(hold);
        }
        return held;
    }

    /** An instant, in seconds from {@code origin} (the run's first submission); null if it did not happen. */
    static void writeInstant(JsonGenerator g, String name, long nanos, long origin, char[] number)
            throws IOException {
        writeSeconds(g, name, nanos == TaskTimeline.NOT_YET ? nanos : nanos - origin, number);
    }

    static void writeSeconds(JsonGenerator g, String name, long nanos, char[] number) throws IOException {
        g.writeFieldName(name);
        if (nanos == TaskTimeline.NOT_YET) {
            g.writeNull();
        } else {
            g.writeNumber(number, 0, SecondsText.format(nanos, number));
        }
    }

    // JSON has no NaN or infinity; a speedup over a zero total is "no figure", not a string.
    private static void writeFigure(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }
}
