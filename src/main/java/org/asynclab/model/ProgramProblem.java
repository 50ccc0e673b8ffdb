package org.asynclab.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Something that went wrong in a traced program, with where: a {@code SyntaxError} (line, column and the text of
 * the line), an uncaught exception (its traceback, trimmed of AsyncLab's tracer), a warning such as
 * {@code RuntimeWarning: coroutine 'f' was never awaited}, or a stop (by the user, or by the time limit).
 *
 * @param kind    what it is
 * @param message one line: {@code "ZeroDivisionError: division by zero"}
 * @param file    the file it points at, or null
 * @param line    its line (1-based), or {@link PhaseTimeline#NO_LINE}
 * @param column  its column (1-based), or 0 when not known
 * @param text    the source line (a syntax error's), or null
 * @param detail  more (a traceback), or null
 */
public record ProgramProblem(Kind kind, String message, String file, int line, int column, String text,
                             String detail) {
    /** The kinds of problem. */
    public enum Kind {
        /** The program could not be compiled. */
        SYNTAX_ERROR,
        /** An exception ended the program. */
        EXCEPTION,
        /** A warning the program caused (it went on). */
        WARNING,
        /** The run was stopped before the program ended. */
        STOPPED;

        /** The name used in JSON: {@code syntax-error}, {@code exception}, {@code warning}, {@code stopped}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * Parses an {@link #id()}.
         *
         * @throws IllegalArgumentException naming the valid ids
         */
        public static Kind fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id().equals(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown problem kind '" + id
                    + "' (valid: syntax-error, exception, warning, stopped)");
        }
    }

    /** Checks that there is a kind and a message. */
    public ProgramProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Whether it is {@code input()} reading past the end of the program's standard input: AsyncLab gives a traced
     * program no keyboard (the tracer comes in on its standard input), so {@code input()} always ends so.
     */
    public boolean isInputWithoutKeyboard() {
        return kind == Kind.EXCEPTION && message.startsWith("EOFError: EOF when reading a line");
    }

    /** Whether it ended the program (a syntax error or an exception). */
    public boolean isError() {
        return kind == Kind.SYNTAX_ERROR || kind == Kind.EXCEPTION;
    }
}
