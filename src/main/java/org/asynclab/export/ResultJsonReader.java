package org.asynclab.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asynclab.model.Mode;
import org.asynclab.model.RecordedPhases;
import org.asynclab.model.RunConfig;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.StatedSettings;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.Workload;

/**
 * Reads what {@link ResultJson} writes, token by token, so a million tasks cost their arrays and no tree. Fields
 * may come in any order; unknown fields are skipped, so a later writer may add some.
 */
final class ResultJsonReader {
    private final JsonParser p;
    private final String source;

    ResultJsonReader(JsonParser parser, String source) {
        this.p = parser;
        this.source = source;
    }

    List<RunResult> readAll() throws IOException {
        try (p) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "it does not start with '{'");
            String first = p.nextFieldName();
            if (!"runs".equals(first)) {
                return List.of(readResult(first));
            }
            expect(p.nextToken() == JsonToken.START_ARRAY, "'runs' is not an array");
            List<RunResult> results = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                results.add(readResult(p.nextFieldName()));
            }
            expect(!results.isEmpty(), "'runs' is empty");
            return results;
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": not a valid AsyncLab result: " + e.getMessage(), e);
        } catch (ClassCastException e) {
            throw new IOException(source + ": not a valid AsyncLab result: a value has the wrong type", e);
        }
    }

    /** Reads the fields of one result object whose first field name has been read already. */
    private RunResult readResult(String firstField) throws IOException {
        Map<String, Object> config = null;
        Map<String, Object> summary = null;
        Tasks tasks = null;
        int[] order = null;
        boolean cancelled = false;
        Map<String, Object> program = null;
        OtherPrograms others = OtherPrograms.UNKNOWN;
        for (String field = firstField; field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "config" -> config = readScalars(value);
                case "summary" -> summary = readScalars(value);
                case "tasks" -> tasks = readTasks(value);
                case "completionOrder" -> order = readInts(value);
                case "cancelled" -> cancelled = value == JsonToken.VALUE_TRUE;
                case "program" -> program = asMap(readValue(value), "program");
                case "otherPrograms" -> others = otherPrograms(readValue(value));
                default -> p.skipChildren();
            }
        }
        expect(config != null && summary != null && tasks != null && order != null,
                "a result needs config, summary, tasks and completionOrder");
        StatedSettings stated = toStated(config);
        // A program's config states its n, not its rows; every other run's tasks are its n.
        int rows = program == null ? stated.tasks() : tasks.count();
        RunResult result = tasks.toResult(stated.toConfig(rows, tasks.longestDelaySeconds()), order,
                toSummary(summary), cancelled, program == null && stated.seed() != null);
        result = result.withOtherPrograms(others);
        return program == null ? result : result.withProgram(PhaseJson.readProgram(program));
    }

    /** {@code "otherPrograms":{"cores":1.3,"machineCores":2}}, or none (null, absent: not measured). */
    private OtherPrograms otherPrograms(Object value) throws IOException {
        if (value == null) {
            return OtherPrograms.UNKNOWN;
        }
        Map<String, Object> map = asMap(value, "otherPrograms");
        expect(map.get("cores") instanceof Number && map.get("machineCores") instanceof Number,
                "otherPrograms needs the numbers cores and machineCores");
        double cores = ((Number) map.get("cores")).doubleValue();
        int machine = ((Number) map.get("machineCores")).intValue();
        expect(machine > 0 && cores >= 0 && cores <= machine,
                "otherPrograms.cores must be from 0 to machineCores, which must be at least 1");
        return new OtherPrograms(cores, machine);
    }

    /** Any JSON value as maps, lists, strings, numbers, booleans and nulls: for the smaller, nested parts. */
    private Object readValue(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new HashMap<>();
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    map.put(field, readValue(p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                    expect(item != null, "the file ends inside an array");
                    list.add(readValue(item));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            default -> {
                return null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(Object value, String name) throws IOException {
        expect(value instanceof Map, "'" + name + "' must be an object");
        return (Map<String, Object>) value;
    }

    private Map<String, Object> readScalars(JsonToken start) throws IOException {
        expect(start == JsonToken.START_OBJECT, "config and summary must be objects");
        Map<String, Object> values = new HashMap<>();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (token) {
                case VALUE_NUMBER_INT -> values.put(field, p.getLongValue());
                case VALUE_NUMBER_FLOAT -> values.put(field, p.getDoubleValue());
                case VALUE_STRING -> values.put(field, p.getText());
                case VALUE_TRUE, VALUE_FALSE -> values.put(field, token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> values.put(field, null);
                default -> p.skipChildren();
            }
        }
        return values;
    }

    private int[] readInts(JsonToken start) throws IOException {
        expect(start == JsonToken.START_ARRAY, "completionOrder must be an array");
        int[] values = new int[64];
        int count = 0;
        while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = p.getIntValue();
        }
        expect(p.currentToken() == JsonToken.END_ARRAY, "completionOrder must hold task ids");
        return Arrays.copyOf(values, count);
    }

    private Tasks readTasks(JsonToken start) throws IOException {
        expect(start == JsonToken.START_ARRAY, "tasks must be an array");
        Tasks tasks = new Tasks();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            tasks.add(readTask());
        }
        expect(p.currentToken() == JsonToken.END_ARRAY, "tasks must hold objects");
        return tasks;
    }

    private Task readTask() throws IOException {
        Task task = new Task();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            boolean isNull = token == JsonToken.VALUE_NULL;
            switch (field) {
                case "id" -> task.id = p.getIntValue();
                case "delaySeconds" -> task.delaySeconds = isNull ? Double.NaN : p.getDoubleValue();
                case "submittedSeconds" -> task.submitted = isNull ? TaskTimeline.NOT_YET : nanos(p.getDoubleValue());
                case "startedSeconds" -> task.started = isNull ? TaskTimeline.NOT_YET : nanos(p.getDoubleValue());
                case "finishedSeconds" -> task.finished = isNull ? TaskTimeline.NOT_YET : nanos(p.getDoubleValue());
                case "thread" -> task.thread = isNull ? null : p.getText();
                case "lane" -> task.lane = isNull ? -1 : p.getIntValue();
                case "name" -> task.name = isNull ? null : p.getText();
                case "outcome" -> task.outcome = isNull ? null : p.getText();
                case "phases" -> task.phases = phaseList(readValue(token));
                default -> p.skipChildren();
            }
        }
        return task;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> phaseList(Object value) throws IOException {
        expect(value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance),
                "a task's phases must be an array of objects");
        return (List<Map<String, Object>>) value;
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    private static StatedSettings toStated(Map<String, Object> c) {
        Object maxDelay = required(c, "maxDelay");
        Object workers = c.get("workers");
        Object kind = required(c, "kind");
        Object seed = required(c, "seed");
        return new StatedSettings(intOf(c, "tasks"), maxDelay == null ? null : ((Number) maxDelay).doubleValue(),
                Mode.fromId(stringOf(c, "mode")), workers == null ? null : ((Number) workers).intValue(),
                kind == null ? null : TaskKind.fromId((String) kind), seed == null ? null : ((Number) seed).longValue(),
                Boolean.TRUE.equals(c.get("globalLock")));
    }

    private static RunSummary toSummary(Map<String, Object> s) {
        return new RunSummary(doubleOf(s, "totalSeconds"), doubleOf(s, "averageSeconds"),
                doubleOf(s, "sumOfDelaysSeconds"), doubleOf(s, "longestDelaySeconds"), doubleOf(s, "idealSeconds"),
                doubleOf(s, "overheadSeconds"), doubleOf(s, "speedup"), intOf(s, "peakConcurrency"),
                intOf(s, "threadsUsed"));
    }

    private static Object required(Map<String, Object> values, String name) {
        Object value = values.get(name);
        if (value == null && !values.containsKey(name)) {
            throw new IllegalArgumentException("'" + name + "' is missing");
        }
        return value;
    }

    private static int intOf(Map<String, Object> values, String name) {
        return ((Number) required(values, name)).intValue();
    }

    // A figure written as null (it was not a finite number) reads back as NaN.
    private static double doubleOf(Map<String, Object> values, String name) {
        Object value = required(values, name);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static String stringOf(Map<String, Object> values, String name) {
        return String.valueOf(required(values, name));
    }

    private void expect(boolean condition, String problem) throws IOException {
        if (!condition) {
            throw new IOException(source + ": not an AsyncLab result: " + problem);
        }
    }

    /** One task entry as read. */
    private static final class Task {
        int id = -1;
        double delaySeconds;
        long submitted = TaskTimeline.NOT_YET;
        long started = TaskTimeline.NOT_YET;
        long finished = TaskTimeline.NOT_YET;
        String thread;
        int lane = -1;
        String name;
        String outcome;
        List<Map<String, Object>> phases;
    }

    /** The task entries of one result, placed by id once the config says how many there are. */
    private static final class Tasks {
        private final List<Task> entries = new ArrayList<>();

        void add(Task task) {
            entries.add(task);
        }

        int count() {
            return entries.size();
        }

        double longestDelaySeconds() {
            return entries.stream().mapToDouble(t -> t.delaySeconds).filter(Double::isFinite).max().orElse(0);
        }

        /**
         * The result of these tasks; {@code seeded}: the config states the seed that drew the delays, which holds
         * when it draws them again (then the result states it again), else they are the file's own.
         */
        RunResult toResult(RunConfig config, int[] order, RunSummary summary, boolean cancelled, boolean seeded) {
            int n = config.tasks();
            if (entries.size() != n) {
                throw new IllegalArgumentException("config says " + n + " tasks, the file holds " + entries.size());
            }
            double[] delays = new double[n];
            long[] submitted = new long[n];
            long[] started = new long[n];
            long[] finished = new long[n];
            int[] lanes = new int[n];
            List<String> laneNames = new ArrayList<>();
            boolean[] seen = new boolean[n];
            long end = 0;
            boolean anyPhases = entries.stream().anyMatch(t -> t.phases != null || t.name != null);
            RecordedPhases.Builder phases = new RecordedPhases.Builder(n);
            for (Task t : entries) {
                if (t.id < 0 || t.id >= n || seen[t.id]) {
                    throw new IllegalArgumentException("task id " + t.id + " is out of range or repeated");
                }
                seen[t.id] = true;
                delays[t.id] = t.delaySeconds;
                submitted[t.id] = t.submitted;
                started[t.id] = t.started;
                finished[t.id] = t.finished;
                lanes[t.id] = t.lane;
                nameLane(laneNames, t.lane, t.thread);
                if (t.phases != null) {
                    PhaseJson.readPhases(phases, t.id, t.phases);
                }
                phases.finish(t.id, PhaseJson.outcome(t.outcome), t.name);
                end = Math.max(end, Math.max(t.submitted, Math.max(t.started, t.finished)));
            }
            if (cancelled) {
                end = Math.max(end, stopNanos(submitted, summary.totalSeconds()));
            }
            RunResult result = new RunResult(config, workload(config, delays, seeded),
                    new RunResult.Timings(submitted, started, finished, lanes), laneNames.toArray(String[]::new),
                    order, summary, cancelled, end);
            return anyPhases ? result.withPhaseTimeline(phases.build()) : result;
        }

        /**
         * When a stopped run stopped, which the file states as its total (from the first submit, or from the run's
         * start when none was submitted: SummaryCalculator's rule): read back, its chart's "stop" line stood at its
         * last instant, 0 for a run stopped before any task, beside the total the file states.
         */
        private static long stopNanos(long[] submitted, double totalSeconds) {
            long first = Arrays.stream(submitted).filter(at -> at != TaskTimeline.NOT_YET).min().orElse(0);
            return Double.isFinite(totalSeconds) ? first + Math.round(totalSeconds * 1e9) : 0;
        }

        /** The delays read: none known (every one null: real URLs'), drawn from the stated seed, or the file's own. */
        private static Workload workload(RunConfig config, double[] delays, boolean seeded) {
            if (delays.length > 0 && Arrays.stream(delays).allMatch(Double::isNaN)) {
                return Workload.unknown(delays.length);
            }
            if (Arrays.stream(delays).anyMatch(Double::isNaN)) {
                throw new IllegalArgumentException("some tasks have a delaySeconds, others null");
            }
            Workload own = Workload.ofSeconds(delays);
            Workload drawn = seeded ? Workload.generate(config) : null;
            return own.equals(drawn) ? drawn : own;
        }

        private static void nameLane(List<String> names, int lane, String thread) {
            if (lane < 0) {
                return;
            }
            while (names.size() <= lane) {
                names.add("lane-" + names.size());
            }
            if (thread != null) {
                names.set(lane, thread);
            }
        }
    }
}
