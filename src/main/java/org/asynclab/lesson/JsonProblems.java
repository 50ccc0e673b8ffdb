package org.asynclab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asynclab.model.Limits;

/**
 * The one place where the JSON library's words for a broken file become the teacher's: "is not valid JSON at line
 * 2, column 2: JSON has no comments: remove this one". The library's internals (feature flags such as
 * {@code ALLOW_COMMENTS}, {@code StreamReadConstraints}, character codes) never show; a limit that refused the file
 * is named with its figure.
 *
 * <p>The library reports problems only as English sentences, so they are recognised by their wording; a sentence
 * this class does not know keeps the library's words up to where it starts naming its own settings.
 */
final class JsonProblems {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code [^)]*\\)\\)"
            + "(?: in numeric value)?: (.*)$");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate key \\(key '(.*)'\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)'");

    private JsonProblems() {
    }

    /**
     * One line for a file the library could not read: "is not valid JSON at line L, column C: " and the problem.
     *
     * @param parser the parser that failed, still open: it knows the limits and where it stopped
     */
    static String describe(JsonProcessingException e, JsonParser parser) {
        // A limit is reported without a place: the value at fault starts where the parser's current token does.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + (at.getColumnNr() < 1 ? "" : ", column " + at.getColumnNr());
        String message = oneLine(e.getOriginalMessage());
        String problem = e instanceof StreamConstraintsException
                ? overLimit(message, parser.streamReadConstraints()) : inPlainWords(message);
        return "is not valid JSON" + where + ": " + problem;
    }

    /** A limit of the reader was passed: what, and the limit's figure. */
    static String overLimit(String message, StreamReadConstraints limits) {
        if (message.startsWith("String")) {
            return beyond("a text is longer than ", limits.getMaxStringLength(), " characters, the most one may be");
        }
        if (message.startsWith("Number")) {
            return beyond("a number is longer than ", limits.getMaxNumberLength(), " digits, the most one may be");
        }
        if (message.startsWith("Name")) {
            return beyond("a field name is longer than ", limits.getMaxNameLength(),
                    " characters, the most one may be");
        }
        if (message.contains("nesting depth")) {
            return beyond("objects and lists are nested more than ", limits.getMaxNestingDepth(),
                    " deep, the most they may be");
        }
        if (message.startsWith("Document length")) {
            return beyond("the file is longer than ", limits.getMaxDocumentLength(), " characters, the most it may be");
        }
        if (message.startsWith("Token count")) {
            return beyond("the file holds more than ", limits.getMaxTokenCount(), " values, the most it may");
        }
        return "a value is larger than the reader allows";
    }

    private static String beyond(String what, long limit, String unit) {
        return what + Limits.grouped(limit) + unit;
    }

    /** The library's sentence for a syntax error, in the teacher's words. */
    static String inPlainWords(String message) {
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS") || message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON: write a number";
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.find()) {
            return unexpected(m.group(1), m.group(2));
        }
        if ((m = TOKEN.matcher(message)).find()) {
            return "'" + m.group(1) + "' is not a value: a text needs double quotes \"…\", and the only bare words"
                    + " are true, false and null";
        }
        if ((m = CLOSE.matcher(message)).find()) {
            return "'" + m.group(1) + "' found where '" + m.group(2) + "' should close what is open";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket closes nothing: there is one too many";
        }
        if ((m = DUPLICATE.matcher(message)).find()) {
            return "\"" + m.group(1) + "\" is given twice: keep one (a reader could not tell which one counts)";
        }
        if ((m = ESCAPE.matcher(message)).find()) {
            return "\\" + m.group(1) + " is not an escape of JSON: write \\\\ for a backslash";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a text runs past the end of its line, or holds a tab: close it with \", write a line break as"
                    + " \\n and a tab as \\t";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number cannot start with 0 (write 7, not 07)";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        int internals = message.indexOf(": enable `");
        internals = internals >= 0 ? internals : message.indexOf(" (from `");
        internals = internals >= 0 ? internals : message.indexOf(" (for ");
        return internals >= 0 ? message.substring(0, internals) : message;
    }

    private static String unexpected(String character, String expectation) {
        if (character.equals("/") || character.equals("#")) {
            return "JSON has no comments: remove this one";
        }
        if (character.equals("'")) {
            return "texts and field names need double quotes \"…\", not single quotes";
        }
        if (character.equals("\u201c") || character.equals("\u201d")) {
            return "curly quotes “…” are not JSON: use straight double quotes \"…\"";
        }
        if (expectation.startsWith("was expecting double-quote to start field name")) {
            return switch (character) {
                case "}" -> "a comma before } is not allowed in JSON: remove the last comma";
                case "," -> "two commas in a row: remove one";
                default -> "a field name needs double quotes, e.g. \"" + character + "…\"";
            };
        }
        if (expectation.startsWith("was expecting comma")) {
            return "a comma is missing before '" + character + "'";
        }
        if (expectation.startsWith("was expecting a colon")) {
            return "a colon is missing between a field's name and its value, e.g. \"tasks\": 10";
        }
        if (expectation.contains("plus sign")) {
            return "a number cannot start with +: remove it";
        }
        if (expectation.contains("Decimal point")) {
            return "a number cannot end with its point (write 1.0 or 1)";
        }
        if (expectation.contains("minus sign")) {
            return "a minus sign must be followed by digits";
        }
        if (expectation.startsWith("expected a valid value")) {
            return switch (character) {
                case "]" -> "a comma before ] is not allowed in JSON: remove the last comma";
                case "." -> "a number must start with a digit (write 0.5, not .5)";
                default -> "'" + character + "' cannot start a value: write a number, a text in double quotes,"
                        + " true, false, null, a list [ … ] or an object { … }";
            };
        }
        return "unexpected '" + character + "'";
    }

    private static String endOfInput(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("closing quote") || lower.contains("field name")) {
            return "the file ends inside a text: a closing \" is missing";
        }
        if (lower.contains("for object")) {
            return "the file ends before the closing } of an object";
        }
        if (lower.contains("for array")) {
            return "the file ends before the closing ] of a list";
        }
        return "the file ends too early: something is not closed";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
