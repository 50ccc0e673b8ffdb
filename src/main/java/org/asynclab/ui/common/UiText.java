package org.asynclab.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.asynclab.chart.geometry.Durations;
import org.asynclab.lesson.LocalizedText;
import org.asynclab.model.Mode;

/**
 * The visible words of the window: one resource bundle ({@code org/asynclab/ui/messages*.properties}) and the
 * number formats of its locale. View models take one so they can be tested in English and French without a
 * stage; FXML reads the same bundle through {@code %key}.
 */
public final class UiText {
    private static final Pattern FRENCH_SPACE_BEFORE = Pattern.compile(" ([:;?!»])");
    /** A sentence that starts with a variable: one letter, then "=" ("n = 5 …"). */
    private static final Pattern VARIABLE_FIRST = Pattern.compile("\\p{L} ?=");
    /** The base name of the bundle, for {@link ResourceBundle#getBundle(String, Locale)} and FXML loaders. */
    public static final String BUNDLE = "org.asynclab.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** Wraps a loaded bundle; numbers are written in the bundle's locale (French: {@code 1,5 s}). */
    public UiText(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        Locale bundleLocale = bundle.getLocale();
        this.locale = bundleLocale == null || bundleLocale.getLanguage().isEmpty() ? Locale.ENGLISH : bundleLocale;
    }

    /** Loads the bundle for {@code locale} (English when that language has none). */
    public static UiText forLocale(Locale locale) {
        return new UiText(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** The bundle itself, for an {@code FXMLLoader}. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The locale numbers are written in. */
    public Locale locale() {
        return locale;
    }

    /**
     * A text written for people in a file (a scenario's title and explanation), set in this window's typography: in
     * French a no-break space before « : », « ; », « ? », « ! » and inside « », so that a wrapped line never starts
     * with the sign (the window's own words have them already, {@code BundlesTest}). Other languages as written.
     */
    public String prose(String written) {
        return !LocalizedText.isFrench(locale) ? written
                : FRENCH_SPACE_BEFORE.matcher(written).replaceAll("\u00a0$1").replace("« ", "«\u00a0");
    }

    /** The text of {@code key}; a missing key shows as {@code !key!} so it is seen rather than crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /**
     * {@code key} with {@code done} and {@code total} as {0} and {1}, written as counts, and as {2} and {3},
     * numbers, for the words that agree with them ("1 of 1 task", "1 tâche terminée sur 2").
     */
    public String formatCount(String key, long done, long total) {
        return format(key, integer(done), integer(total), done, total);
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in, numbers in this locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * {@link #format} as a sentence: its first letter a capital, in this locale's rules, whatever word the sentence
     * begins with ("Exécution 1 et exécution 2…", "Await: 3.8× faster than lock"): names that stand lowercase
     * in a table's column keep their case inside the sentence.
     */
    public String sentence(String key, Object... args) {
        return capitalized(format(key, args));
    }

    /**
     * {@code text} with its first letter a capital in this locale; the rest as it is. A variable that starts it
     * keeps its case: "n = 5 and n = 50 took the same time", not "N = 5".
     */
    public String capitalized(String text) {
        if (text.isEmpty() || VARIABLE_FIRST.matcher(text).lookingAt()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(locale) + text.substring(first);
    }

    /**
     * A mode's name with the pool's size ("Pool of 4", "Pool de 4", "Event loop"): the one rule of
     * the window's titles, settings line and sweep, as {@link Mode#englishName(int)} is the command line's.
     */
    public String modeName(Mode mode, int workers) {
        return mode == Mode.POOL ? pool(integer(workers)) : get("mode." + mode.id());
    }

    /** The pool of {@code shown} workers (as typed, when it is no number): "Pool of 4". */
    public String pool(String shown) {
        return format("chart.pool", get("mode.pool"), shown);
    }

    /** A whole number with this locale's grouping: {@code 1,000,000} or {@code 1 000 000}. */
    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * A number with exactly {@code decimals} decimals in this locale. What rounds to zero is written 0, never
     * "-0.000" (a line printed a moment before the chart's 0); a real negative keeps its sign ("-0.012").
     */
    public String decimal(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        // the format's own rounding (half-even on the exact binary value), so zero is decided as it is written
        boolean roundsToZero = Double.isFinite(value)
                && new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).signum() == 0;
        return format.format(roundsToZero ? 0.0 : value);
    }

    /**
     * A memory reading to three significant figures ({@code 4.75 MB}, {@code 47.5 MB}, {@code 475 MB}, {@code 1.20 GB},
     * {@code 12.0 GB}), so that a figure keeps about the width of the others: {@code 1,204.4 MB} in the comparison
     * table squeezed its names to four lines and pushed the table out of a 1024×768 window.
     */
    public String memory(double bytes) {
        double megabytes = bytes / 1e6;
        if (Math.abs(megabytes) >= 999.5) {
            double gigabytes = megabytes / 1e3;
            return format("unit.gigabytes", decimal(gigabytes, Math.abs(gigabytes) < 9.995 ? 2 : 1));
        }
        return format("unit.megabytes", decimal(megabytes, Math.abs(megabytes) < 9.995 ? 2
                : Math.abs(megabytes) < 99.95 ? 1 : 0));
    }

    /**
     * A measured duration that stays readable at every scale ({@code 1.02 s}, {@code 102 µs}), by the chart's
     * rule ({@link Durations}), in this locale's decimals, the unit kept to its number by a no-break space.
     */
    public String duration(double seconds) {
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return Durations.format(seconds * 1e9, separator, '\u00a0');
    }

    /**
     * A setting in seconds (a maximum delay, a guess) with a precision a class can read: three decimals under
     * 10 s, two under 100 s, one beyond; followed by the unit ({@code 1.002 s}).
     */
    public String seconds(double seconds) {
        return format("unit.seconds", secondsFigure(seconds));
    }

    /**
     * The replay's cursor against the replay's length, each by the durations' rule ({@link #duration}), the rule of
     * the chart's "now" and "total" labels: "1.87 s / 2.06 s", "950 µs / 1.20 ms". A run of a second or more read
     * "0.000 / 2.058 s" while the chart's cursor said "now 271 µs".
     */
    public String replayPosition(double at, double end) {
        return format("replay.position", duration(at), duration(end));
    }

    /** The figure of {@link #seconds} without its unit ("1.874"). */
    private String secondsFigure(double seconds) {
        double magnitude = Math.abs(seconds);
        return decimal(seconds, magnitude < 10 ? 3 : magnitude < 100 ? 2 : 1);
    }
}
