package org.asynclab.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.asynclab.chart.ChartTheme;
import picocli.CommandLine.ITypeConverter;

/**
 * The values of the options that say how things look: {@code --theme} (the window's and the pictures') and
 * {@code --lang} (the window's). The window and the command line read them here, so both name the same values
 * when they refuse one.
 */
public final class LookConverters {
    /** The languages of the app, as {@code --lang} takes them. */
    private static final List<String> LANGUAGES = List.of("en", "fr");

    private LookConverters() {
    }

    /** The themes' ids, for {@code --help} and for the refusal of a bad one. */
    public static final class ThemeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ChartTheme.values()).map(ChartTheme::id).iterator();
        }
    }

    /** {@code --theme}: a theme's id, or the list of valid ones. */
    public static final class ThemeId implements ITypeConverter<ChartTheme> {
        @Override
        public ChartTheme convert(String value) {
            return OptionConverters.byId(value, ChartTheme::fromId, new ThemeNames());
        }
    }

    /** The languages' codes, for {@code --help}. */
    public static final class LanguageNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return LANGUAGES.iterator();
        }
    }

    /** {@code --lang}: {@code en} or {@code fr} (any case), or the list of valid ones. */
    public static final class LanguageId implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return OptionConverters.byId(value, LookConverters::language, LANGUAGES);
        }
    }

    private static Locale language(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(wanted)) {
            throw new IllegalArgumentException(code);
        }
        return Locale.forLanguageTag(wanted);
    }
}
