package org.asynclab.lesson;

import java.util.Locale;
import java.util.Optional;

/**
 * A scenario (or lesson index) that cannot be used: missing, unreadable, not JSON, or with a bad setting. The
 * message is one line fit for a person and starts with the file's name, e.g.
 * {@code bonjour.json: "tasks" must be a whole number from 1 to 1,000,000 (got 0)}; {@link #field()} names the
 * setting at fault when there is one, so a front end can point at it.
 *
 * <p>{@link #getMessage()} is the English the command line prints; {@link #message(Locale)} is the same sentence in
 * a window's language, for a teacher whose class is taught in French: field names, values and file names stay as
 * the file writes them.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final transient Phrase problem;

    /** A problem with the file as a whole. */
    ScenarioException(String source, Phrase problem) {
        this(source, null, problem, null);
    }

    /**
     * A problem with one field.
     *
     * @param source  the file's name, e.g. {@code bonjour.json}
     * @param field   the field's name as written in the file ({@code tasks}, {@code compare.mode}), or null
     * @param problem what is wrong, starting with a verb: {@code must be …}, {@code is missing …}
     * @param cause   the underlying exception, or null
     */
    ScenarioException(String source, String field, Phrase problem, Throwable cause) {
        super(whole(source, field, problem).in(Locale.ENGLISH), cause);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    private static Phrase whole(String source, String field, Phrase problem) {
        return field == null ? Phrase.of("file", source, problem) : Phrase.of("field", source, field, problem);
    }

    /** The message in {@code locale}'s language: French for any French locale, the English one otherwise. */
    public String message(Locale locale) {
        return whole(source, field, problem).in(locale);
    }

    /** The name of the file at fault. */
    public String source() {
        return source;
    }

    /** The field at fault, as written in the file ({@code compare.kind} for a field of the comparison). */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
