package org.asynclab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the JSON library's words for a broken file become the teacher's: "is not valid JSON at line
 * 2, column 2: JSON has no comments: remove this one". The library's internals (feature flags such as
 * {@code ALLOW_COMMENTS}, {@code StreamReadConstraints}, character codes) never show; a limit that refused the file
 * is named with its figure.
 *
 * <p>The library reports problems only as English sentences, so they are recognised by their wording and given in
 * the teacher's language ({@code problems.properties}); a sentence this class does not know keeps the library's
 * English words up to where it starts naming its own settings.
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
    static Phrase describe(JsonProcessingException e, JsonParser parser) {
        // A limit is reported without a place: the value at fault starts where the parser's current token does.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        String message = oneLine(e.getOriginalMessage());
        Phrase problem = e instanceof StreamConstraintsException
                ? overLimit(message, parser.streamReadConstraints()) : inPlainWords(message);
        if (at == null || at.getLineNr() < 1) {
            return Phrase.of("json.invalid", problem);
        }
        String line = String.valueOf(at.getLineNr());
        return at.getColumnNr() < 1 ? Phrase.of("json.invalidAtLine", line, problem)
                : Phrase.of("json.invalidAt", line, String.valueOf(at.getColumnNr()), problem);
    }

    /** A limit of the reader was passed: what, and the limit's figure. */
    static Phrase overLimit(String message, StreamReadConstraints limits) {
        if (message.startsWith("String")) {
            return Phrase.of("json.limit.text", limits.getMaxStringLength());
        }
        if (message.startsWith("Number")) {
            return Phrase.of("json.limit.number", limits.getMaxNumberLength());
        }
        if (message.startsWith("Name")) {
            return Phrase.of("json.limit.name", limits.getMaxNameLength());
        }
        if (message.contains("nesting depth")) {
            return Phrase.of("json.limit.depth", limits.getMaxNestingDepth());
        }
        if (message.startsWith("Document length")) {
            return Phrase.of("json.limit.document", limits.getMaxDocumentLength());
        }
        if (message.startsWith("Token count")) {
            return Phrase.of("json.limit.values", limits.getMaxTokenCount());
        }
        return Phrase.of("json.limit.other");
    }

    /** The library's sentence for a syntax error, in the teacher's words. */
    static Phrase inPlainWords(String message) {
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS") || message.startsWith("Non-standard token")) {
            return Phrase.of("json.nan");
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.find()) {
            return unexpected(m.group(1), m.group(2));
        }
        if ((m = TOKEN.matcher(message)).find()) {
            return Phrase.of("json.bareWord", m.group(1));
        }
        if ((m = CLOSE.matcher(message)).find()) {
            return Phrase.of("json.wrongClose", m.group(1), m.group(2));
        }
        if (message.startsWith("Unexpected close marker")) {
            return Phrase.of("json.extraClose");
        }
        if ((m = DUPLICATE.matcher(message)).find()) {
            return Phrase.of("json.duplicate", m.group(1));
        }
        if ((m = ESCAPE.matcher(message)).find()) {
            return Phrase.of("json.badEscape", m.group(1));
        }
        if (message.startsWith("Illegal unquoted character")) {
            return Phrase.of("json.openText");
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return Phrase.of("json.leadingZero");
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message);
        }
        // a sentence not known here: the library's own, up to where it names its settings
        int internals = message.indexOf(": enable `");
        internals = internals >= 0 ? internals : message.indexOf(" (from `");
        internals = internals >= 0 ? internals : message.indexOf(" (for ");
        return Phrase.asIs(internals >= 0 ? message.substring(0, internals) : message);
    }

    private static Phrase unexpected(String character, String expectation) {
        if (character.equals("/") || character.equals("#")) {
            return Phrase.of("json.comment");
        }
        if (character.equals("'")) {
            return Phrase.of("json.singleQuotes");
        }
        if (character.equals("\u201c") || character.equals("\u201d")) {
            return Phrase.of("json.curlyQuotes");
        }
        if (expectation.startsWith("was expecting double-quote to start field name")) {
            return switch (character) {
                case "}" -> Phrase.of("json.commaBeforeBrace");
                case "," -> Phrase.of("json.twoCommas");
                default -> Phrase.of("json.unquotedName", character);
            };
        }
        if (expectation.startsWith("was expecting comma")) {
            return Phrase.of("json.missingComma", character);
        }
        if (expectation.startsWith("was expecting a colon")) {
            return Phrase.of("json.missingColon");
        }
        if (expectation.contains("plus sign")) {
            return Phrase.of("json.plusSign");
        }
        if (expectation.contains("Decimal point")) {
            return Phrase.of("json.trailingPoint");
        }
        if (expectation.contains("minus sign")) {
            return Phrase.of("json.minusSign");
        }
        if (expectation.startsWith("expected a valid value")) {
            return switch (character) {
                case "]" -> Phrase.of("json.commaBeforeBracket");
                case "." -> Phrase.of("json.leadingPoint");
                default -> Phrase.of("json.notAValue", character);
            };
        }
        return Phrase.of("json.unexpected", character);
    }

    private static Phrase endOfInput(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("closing quote") || lower.contains("field name")) {
            return Phrase.of("json.endInText");
        }
        if (lower.contains("for object")) {
            return Phrase.of("json.endInObject");
        }
        if (lower.contains("for array")) {
            return Phrase.of("json.endInList");
        }
        return Phrase.of("json.end");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
