package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The English and French problems of a scenario file: the same keys, each with the same arguments. */
class ProblemBundlesTest {
    private static final int MOST_ARGUMENTS = 10;

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.asynclab.lesson.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everyKeyHasBothLanguages() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle french = bundle(Locale.FRENCH);

        assertThat(french.getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(new TreeSet<>(french.keySet())).isEqualTo(new TreeSet<>(english.keySet()));
    }

    @Test
    void everyPatternTakesTheSameArgumentsInBothLanguages() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle french = bundle(Locale.FRENCH);

        for (String key : english.keySet()) {
            assertThat(arguments(french.getString(key))).as(key).isEqualTo(arguments(english.getString(key)));
        }
    }

    @Test
    void theFrenchKeepsItsTypography() {
        ResourceBundle french = bundle(Locale.FRENCH);

        for (String key : french.keySet()) {
            String shown = new MessageFormat(french.getString(key), Locale.ROOT).format(marks());
            // an ASCII quote left in the pattern would have quoted the rest of it away
            assertThat(shown).as(key).doesNotContain("'", " :", " ;", " ?", " !");
        }
    }

    /** The arguments {@code pattern} shows, by their index. */
    private static Set<Integer> arguments(String pattern) {
        String shown = new MessageFormat(pattern, Locale.ROOT).format(marks());
        Set<Integer> shownArguments = new TreeSet<>();
        IntStream.range(0, MOST_ARGUMENTS).filter(i -> shown.contains(mark(i))).forEach(shownArguments::add);
        return shownArguments;
    }

    private static Object[] marks() {
        return IntStream.range(0, MOST_ARGUMENTS).mapToObj(ProblemBundlesTest::mark).toArray();
    }

    private static String mark(int index) {
        return "\u0000" + index + "\u0000";
    }
}
