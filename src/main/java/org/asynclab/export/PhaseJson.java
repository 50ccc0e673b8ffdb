package org.asynclab.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RecordedPhases;
import org.asynclab.model.RunResult;
import org.asynclab.model.ServedDelays;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;

/**
 * The JSON of what richer runs add to a result, for every kind of run that has it: each task's {@code name},
 * {@code outcome} and {@code phases} (when the run has a {@link PhaseTimeline}), and the {@code program} a Python
 * run traced. Added after a task's and a result's older fields, so scripts reading those see no change:
 *
 * <pre>{@code
 * {"id":1, ..., "lane":0, "name":"Task-2 dire_bonjour", "outcome":"done",
 *  "phases":[{"kind":"running","start":0.0021,"end":0.0022,"line":null,"note":null},
 *            {"kind":"waiting","start":0.0022,"end":1.0031,"line":8,"note":"asyncio.sleep(1)"}]}
 * "program":{"language":"python","file":"bonjour.py","interpreter":"/usr/bin/python3","version":"3.11.7",
 *            "exitCode":0,"n":2,
 *            "output":[{"seconds":1.0032,"stream":"out","text":"Bonjour"}],
 *            "problems":[{"kind":"warning","message":"RuntimeWarning: coroutine 'f' was never awaited",
 *                         "file":"forgot.py","line":5,"column":0,"text":null,"detail":null}]}
 * }</pre>
 *
 * <p>{@code exitCode} is −1 for a program that was stopped; a phase's {@code end} is null while it lasted at a stop.
 */
final class PhaseJson {
    private PhaseJson() {
    }

    /**
     * Writes {@code task}'s name, outcome and phases, when {@code phases} is not null; a phase's instants from
     * {@code origin}, the run's first submission.
     */
    static void writeTask(JsonGenerator g, PhaseTimeline phases, int task, long origin, char[] number)
            throws IOException {
        if (phases == null) {
            return;
        }
        writeNullable(g, "name", phases.taskName(task));
        TaskOutcome outcome = phases.outcome(task);
        writeNullable(g, "outcome", outcome == null ? null : outcome.id());
        g.writeArrayFieldStart("phases");
        for (int p = 0; p < phases.phaseCount(task); p++) {
            g.writeStartObject();
            g.writeStringField("kind", phases.phase(task, p).id());
            ResultJson.writeInstant(g, "start", phases.phaseStartNanos(task, p), origin, number);
            ResultJson.writeInstant(g, "end", phases.phaseEndNanos(task, p), origin, number);
            int line = phases.phaseLine(task, p);
            if (line == PhaseTimeline.NO_LINE) {
                g.writeNullField("line");
            } else {
                g.writeNumberField("line", line);
            }
            writeNullable(g, "note", phases.phaseNote(task, p));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes the {@code program} field of a result, when it has one. */
    static void writeProgram(JsonGenerator g, RunResult result) throws IOException {
        ProgramRun program = result.program();
        if (program == null) {
            return;
        }
        char[] number = new char[SecondsText.MAX_LENGTH];
        long origin = TaskTimeline.originNanos(result);
        g.writeObjectFieldStart("program");
        g.writeStringField("language", program.language());
        writeNullable(g, "file", program.file());
        writeNullable(g, "interpreter", program.interpreter());
        writeNullable(g, "version", program.version());
        g.writeNumberField("exitCode", program.exitCode());
        g.writeNumberField("n", program.n());
        g.writeArrayFieldStart("output");
        for (ProgramOutput line : program.output()) {
            g.writeStartObject();
            ResultJson.writeInstant(g, "seconds", line.nanos(), origin, number);
            g.writeStringField("stream", line.stream().id());
            g.writeStringField("text", line.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (ProgramProblem problem : program.problems()) {
            g.writeStartObject();
            g.writeStringField("kind", problem.kind().id());
            g.writeStringField("message", problem.message());
            writeNullable(g, "file", problem.file());
            g.writeNumberField("line", problem.line());
            g.writeNumberField("column", problem.column());
            writeNullable(g, "text", problem.text());
            writeNullable(g, "detail", problem.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeServed(g, program.served());
        g.writeEndObject();
    }

    /** "Same delays, two worlds": the delays offered to {@code random.uniform} and each call the program made. */
    private static void writeServed(JsonGenerator g, ServedDelays served) throws IOException {
        if (served == null) {
            return;
        }
        g.writeObjectFieldStart("servedDelays");
        g.writeNumberField("offered", served.offered());
        g.writeArrayFieldStart("calls");
        for (ServedDelays.Call call : served.calls()) {
            g.writeStartObject();
            g.writeNumberField("call", call.index());
            g.writeNumberField("task", call.row());
            g.writeNumberField("seconds", call.seconds());
            g.writeBooleanField("served", call.served());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static ServedDelays readServed(Object field) {
        if (!(field instanceof Map<?, ?> any)) {
            return null;
        }
        Map<String, Object> served = (Map<String, Object>) any;
        List<ServedDelays.Call> calls = new java.util.ArrayList<>();
        for (Object item : (List<Object>) served.getOrDefault("calls", List.of())) {
            Map<String, Object> c = (Map<String, Object>) item;
            calls.add(new ServedDelays.Call(intOr(c.get("call"), calls.size()), intOr(c.get("task"), -1),
                    ((Number) c.get("seconds")).doubleValue(), Boolean.TRUE.equals(c.get("served"))));
        }
        return new ServedDelays(intOr(served.get("offered"), 0), calls);
    }

    private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    /** Adds one task's phases, as read ({@code kind}, {@code start}, {@code end}, {@code line}, {@code note}). */
    static void readPhases(RecordedPhases.Builder builder, int task, List<Map<String, Object>> phases) {
        for (Map<String, Object> phase : phases) {
            Object line = phase.get("line");
            Object note = phase.get("note");
            builder.add(task, Phase.fromId((String) phase.get("kind")), nanos(phase.get("start")),
                    nanos(phase.get("end")), line == null ? PhaseTimeline.NO_LINE : ((Number) line).intValue(),
                    note == null ? null : (String) note);
        }
    }

    /** A task's outcome as read, or null. */
    static TaskOutcome outcome(String id) {
        if (id == null) {
            return null;
        }
        for (TaskOutcome outcome : TaskOutcome.values()) {
            if (outcome.id().equals(id)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + id + "' (valid: done, cancelled, failed)");
    }

    /** The {@code program} field as read. */
    @SuppressWarnings("unchecked")
    static ProgramRun readProgram(Map<String, Object> p) {
        List<ProgramOutput> output = new java.util.ArrayList<>();
        for (Object item : (List<Object>) p.getOrDefault("output", List.of())) {
            Map<String, Object> line = (Map<String, Object>) item;
            output.add(new ProgramOutput(nanos(line.get("seconds")),
                    ProgramOutput.Stream.fromId((String) line.get("stream")), (String) line.get("text")));
        }
        List<ProgramProblem> problems = new java.util.ArrayList<>();
        for (Object item : (List<Object>) p.getOrDefault("problems", List.of())) {
            Map<String, Object> q = (Map<String, Object>) item;
            problems.add(new ProgramProblem(ProgramProblem.Kind.fromId((String) q.get("kind")),
                    (String) q.get("message"), (String) q.get("file"), intOr(q.get("line"), PhaseTimeline.NO_LINE),
                    intOr(q.get("column"), 0), (String) q.get("text"), (String) q.get("detail")));
        }
        return new ProgramRun((String) p.get("language"), (String) p.get("file"), (String) p.get("interpreter"),
                (String) p.get("version"), intOr(p.get("exitCode"), 0), intOr(p.get("n"), 0), output, problems,
                readServed(p.get("servedDelays")));
    }

    private static int intOr(Object value, int fallback) {
        return value == null ? fallback : ((Number) value).intValue();
    }

    private static long nanos(Object seconds) {
        return seconds == null ? TaskTimeline.NOT_YET : Math.round(((Number) seconds).doubleValue() * 1e9);
    }
}
