package org.asynclab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of one JSON object of a hand-written file and turns every surprise into a one-line
 * {@link ScenarioException} naming the file and the field: a wrong type, a value out of range, a field that does
 * not exist (a typo like {@code maxdelay} is reported, never ignored). Nested objects keep their path in the
 * names, e.g. {@code compare.kind}.
 */
final class FieldReader {
    // Duplicate keys are refused: with two "tasks", a teacher could not tell which one the app used.
    private static final JSON PARSER = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS,
            JSON.Feature.PRESERVE_FIELD_ORDERING);

    private final String source;
    private final String prefix;
    private final Map<String, Object> fields;

    private FieldReader(String source, String prefix, Map<String, Object> fields) {
        this.source = source;
        this.prefix = prefix;
        this.fields = fields;
    }

    /** Parses {@code json}, which must hold one JSON object; {@code source} names the file in messages. */
    static FieldReader parse(String source, String text) throws ScenarioException {
        // Windows editors may start a UTF-8 file with a byte order mark; it is no part of the JSON.
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Object root;
        try (JsonParser parser = PARSER.createParser(json)) {
            root = json.isBlank() ? null : readWhole(source, parser);
        } catch (IOException e) {
            throw new ScenarioException(source, null, Phrase.of("read.failed", oneLine(e.getMessage())), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ScenarioException(source, root == null ? Phrase.of("file.empty")
                    : Phrase.got(Phrase.of("file.notObject"), show(root)));
        }
        return new FieldReader(source, "", cast(map));
    }

    private static Object readWhole(String source, JsonParser parser) throws IOException, ScenarioException {
        try {
            Object root = PARSER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new ScenarioException(source, null, Phrase.of("file.textAfter",
                        String.valueOf(parser.currentLocation().getLineNr())), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            // Translated here, while the parser still knows where it stopped and which limits it read with.
            throw new ScenarioException(source, null, JsonProblems.describe(e, parser), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** The file's name, as it starts every message. */
    String source() {
        return source;
    }

    /** Whether the object has no field at all. */
    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Whether the field is present (even as {@code null}). */
    boolean has(String name) {
        return fields.containsKey(name);
    }

    /** Whether the field holds a JSON object {@code { … }}, which some fields take instead of a plain value. */
    boolean holdsObject(String name) {
        return fields.get(name) instanceof Map;
    }

    /** The field's full name in messages, e.g. {@code compare.mode}. */
    String path(String name) {
        return prefix + name;
    }

    /** A problem with {@code name}: {@code problem} starts with a verb, e.g. "must be …". */
    ScenarioException problem(String name, Phrase problem) {
        return new ScenarioException(source, path(name), problem, null);
    }

    /** A problem with this whole object: named after it ({@code compare}), or the file's for the top level. */
    ScenarioException problemWithWhole(Phrase problem) {
        if (prefix.isEmpty()) {
            return new ScenarioException(source, problem);
        }
        return new ScenarioException(source, prefix.substring(0, prefix.length() - 1),
                Phrase.of("run.invalid", problem), null);
    }

    /** {@code expected} and the value of {@code name} as the file writes it: "must be … (got 0)". */
    ScenarioException problemGot(String name, Phrase expected) {
        return problem(name, Phrase.got(expected, show(name)));
    }

    /** The value of {@code name} as written in JSON, shortened, for "(got …)". */
    Object show(String name) {
        return show(fields.get(name));
    }

    /** Refuses any field not in {@code valid}, suggesting the closest valid name for a typo. */
    void allowOnly(Collection<String> valid) throws ScenarioException {
        for (String name : fields.keySet()) {
            if (!valid.contains(name)) {
                String all = String.join(", ", valid);
                throw new ScenarioException(source, path(name), FieldNames.closest(name, valid)
                        .map(near -> Phrase.of("field.unknownNear", near, all))
                        .orElse(Phrase.of("field.unknown", all)), null);
            }
        }
    }

    /**
     * The value of {@code name}, or null when the file leaves it out. A field written as {@code null} is refused in
     * the words of {@code expected}: it read as left out, and {@code "compare": {"mode": null}} made a second run
     * the same as the first.
     */
    private Object value(String name, Phrase expected) throws ScenarioException {
        Object value = fields.get(name);
        if (value == null && fields.containsKey(name)) {
            throw problem(name, Phrase.of("gotNull", expected));
        }
        return value;
    }

    /** A text in English and French: {@code {"en": "…", "fr": "…"}}, or one string for both languages. */
    Optional<LocalizedText> text(String name) throws ScenarioException {
        Phrase expected = Phrase.of("expect.text");
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(LocalizedText.of(s));
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(name, Phrase.got(expected, show(value)));
        }
        FieldReader languages = new FieldReader(source, path(name) + ".", cast(map));
        languages.allowOnly(List.of("en", "fr"));
        String en = languages.string("en", Phrase.of("expect.plainText")).orElse(null);
        String fr = languages.string("fr", Phrase.of("expect.plainText")).orElse(null);
        if (en == null && fr == null) {
            throw problem(name, Phrase.of("expect.textLanguage", expected));
        }
        return Optional.of(new LocalizedText(en == null ? fr : en, fr == null ? en : fr));
    }

    /** A string, or empty when absent; {@code expected} words the problem otherwise. */
    Optional<String> string(String name, Phrase expected) throws ScenarioException {
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        throw problem(name, Phrase.got(expected, show(value)));
    }

    /** {@code true} or {@code false}, or empty when absent. */
    Optional<Boolean> bool(String name) throws ScenarioException {
        Phrase expected = Phrase.of("expect.bool");
        Object value = value(name, expected);
        if (value == null || value instanceof Boolean) {
            return Optional.ofNullable((Boolean) value);
        }
        throw problem(name, Phrase.got(expected, show(value)));
    }

    /** A whole number (2, or 2.0), or empty when absent; {@code expected} words the valid range. */
    Optional<Long> wholeNumber(String name, Phrase expected) throws ScenarioException {
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal exact = value instanceof Number n ? decimal(n) : null;
        if (exact == null || exact.stripTrailingZeros().scale() > 0) {
            throw problem(name, Phrase.got(expected, show(value)));
        }
        try {
            return Optional.of(exact.longValueExact());
        } catch (ArithmeticException e) {
            throw problem(name, Phrase.got(expected, show(value)));
        }
    }

    /** A number, or empty when absent; {@code expected} words the valid range. */
    Optional<Double> number(String name, Phrase expected) throws ScenarioException {
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            // -0.0 as 0: the command line's -d -0 reads 0, and "-0.000 s" is no delay anyone asked for
            return Optional.of(n.doubleValue() == 0 ? 0.0 : n.doubleValue());
        }
        throw problem(name, Phrase.got(expected, show(value)));
    }

    /** A list, or empty when absent. */
    Optional<List<?>> list(String name, Phrase expected) throws ScenarioException {
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            return Optional.of(list);
        }
        throw problem(name, Phrase.got(expected, show(value)));
    }

    /** A nested object, read with the same care; its fields are named {@code name.field} in messages. */
    Optional<FieldReader> object(String name, Phrase expected) throws ScenarioException {
        Object value = value(name, expected);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new FieldReader(source, path(name) + ".", cast(map)));
        }
        throw problem(name, Phrase.got(expected, show(value)));
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue()) ? BigDecimal.valueOf(n.doubleValue()) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /**
     * A value as it would be written in JSON, shortened, for "(got …)": its text, or words for an object or a list,
     * in the reader's language.
     */
    static Object show(Object value) {
        String text;
        if (value instanceof String s) {
            text = "\"" + s + "\"";
        } else if (value instanceof Map<?, ?>) {
            return Phrase.of("value.object");
        } else if (value instanceof List<?>) {
            return Phrase.of("value.list");
        } else if (value instanceof Number n && (n instanceof Double || n instanceof Float)
                && Double.isFinite(n.doubleValue())) {
            // as a file writes it: 0.0001, not Java's 1.0E-4
            text = BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        } else {
            text = String.valueOf(value);
        }
        text = oneLine(text);
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
