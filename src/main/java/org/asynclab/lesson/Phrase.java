package org.asynclab.lesson;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.asynclab.model.Limits;

/**
 * What is wrong with a scenario file, in no language yet: a key of {@code problems.properties} and its arguments.
 * {@link #in} words it in French for a French window and in English otherwise, so the command line and the window
 * read one sentence from one home per language.
 *
 * <p>An argument is a phrase itself ("must be a whole number from 1 to 1,000,000" inside "… (got 0)"), a whole
 * number (grouped as each language writes it: 1,000,000, 1 000 000), a number of seconds (0.001, 0,001) or a text
 * kept as it is: a value as the file writes it, a file's name, words that are not ours (the system's, the JSON
 * library's).
 *
 * @param key  the key of the pattern in the bundle
 * @param args the pattern's arguments, {@code {0}} first
 */
record Phrase(String key, List<Object> args) {
    private static final String BUNDLE = "org.asynclab.lesson.problems";

    /** Checks the key; the arguments are copied. */
    Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The phrase of {@code key} with {@code args}. */
    static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /** Words that are not ours, kept as they are in every language: an exception's, the JSON library's. */
    static Phrase asIs(String words) {
        return of("asIs", words);
    }

    /** {@code expected} and what the file gives instead, as it writes it: "must be … (got 0)". */
    static Phrase got(Phrase expected, Object shown) {
        return of("got", expected, shown);
    }

    /** This phrase in {@code locale}'s language: French for any French locale, English for any other. */
    String in(Locale locale) {
        boolean french = LocalizedText.isFrench(locale);
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, french ? Locale.FRENCH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] filled = args.stream().map(arg -> fill(arg, french)).toArray();
        return new MessageFormat(words.getString(key), Locale.ROOT).format(filled);
    }

    private static String fill(Object arg, boolean french) {
        if (arg instanceof Phrase phrase) {
            return phrase.in(french ? Locale.FRENCH : Locale.ROOT);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            long whole = ((Number) arg).longValue();
            // English as Limits writes the same figures for the command line; French as the window does
            return french ? NumberFormat.getIntegerInstance(Locale.FRENCH).format(whole) : Limits.grouped(whole);
        }
        if (arg instanceof Double seconds) {
            if (!french) {
                return Limits.plain(seconds);
            }
            BigDecimal exact = BigDecimal.valueOf(seconds).stripTrailingZeros();
            NumberFormat format = NumberFormat.getNumberInstance(Locale.FRENCH);
            format.setMaximumFractionDigits(Math.max(0, exact.scale()));
            return format.format(exact);
        }
        return String.valueOf(arg);
    }
}
