package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.chart.render.ChartLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UiTextTest {
    /** Three significant figures at every scale, so a figure of the comparison table keeps its width. */
    @ParameterizedTest(name = "{0} bytes in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4750000     | en | 4.75 MB
            47500000    | en | 47.5 MB
            475400000   | en | 475 MB
            999400000   | en | 999 MB
            999600000   | en | 1.00 GB
            1204400000  | en | 1.20 GB
            12040000000 | en | 12.0 GB
            47500000    | fr | 47,5 Mo
            1204400000  | fr | 1,20 Go
            """)
    void aMemoryReadingHasThreeSignificantFigures(long bytes, String language, String shown) {
        UiText text = UiText.forLocale(Locale.forLanguageTag(language));

        assertThat(text.memory(bytes)).isEqualTo(shown.replace(' ', '\u00a0'));
    }

    /** "1 of 1 tasks" and "1 tâches terminées sur 1" were written at the end of every one-task run. */
    @ParameterizedTest(name = "{1} of {2} in {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1 | 1 | 1 of 1 task finished
            en | 0 | 2 | 0 of 2 tasks finished
            en | 2 | 2 | 2 of 2 tasks finished
            fr | 0 | 2 | 0 tâche terminée sur 2
            fr | 1 | 1 | 1 tâche terminée sur 1
            fr | 2 | 2 | 2 tâches terminées sur 2
            """)
    void theWordsAgreeWithTheCount(String language, long done, long total, String shown) {
        UiText text = UiText.forLocale(Locale.forLanguageTag(language));

        assertThat(text.formatCount("results.progress", done, total)).isEqualTo(shown);
    }

    /**
     * A replay of a run of milliseconds said "0,000 / 0,000 s" (wait-n-10-0, a tester): each figure has its unit;
     * and a run of seconds said "0.000 / 2.058 s" beside the chart's "now 271 µs": the chart's durations rule.
     */
    @Test
    void aSentenceStartsWithACapitalButAVariableKeepsItsCase() {
        UiText french = UiText.forLocale(Locale.FRENCH);

        // the measure_time lesson's headline read "N = 5 et n = 50 ont pris le même temps"
        assertThat(french.capitalized("n = 5 et n = 50 ont pris le même temps"))
                .isEqualTo("n = 5 et n = 50 ont pris le même temps");
        assertThat(french.capitalized("n=5 d'abord")).isEqualTo("n=5 d'abord");
        assertThat(french.capitalized("threads : 382 mises à jour perdues")).isEqualTo("Threads : 382 mises à jour"
                + " perdues");
        assertThat(french.capitalized("à la fin")).isEqualTo("À la fin");
    }

    @Test
    void aReplayPositionIsWrittenByTheDurationsRuleAtEveryScale() {
        UiText english = UiText.forLocale(Locale.ENGLISH);
        UiText french = UiText.forLocale(Locale.FRENCH);

        assertThat(english.replayPosition(0.000_95, 0.0012)).isEqualTo("950\u00a0µs / 1.20\u00a0ms");
        assertThat(english.replayPosition(0.000_271, 2.058)).isEqualTo("271\u00a0µs / 2.06\u00a0s");
        assertThat(english.replayPosition(1.874, 2.058)).isEqualTo("1.87\u00a0s / 2.06\u00a0s");
        assertThat(french.replayPosition(0.0412, 2.058)).isEqualTo("41,2\u00a0ms / 2,06\u00a0s");
        for (double at : new double[] {0.000_271, 0.0412, 0.685, 1.874}) {
            assertThat(english.replayPosition(at, 2.058).replace('\u00a0', ' '))
                    .startsWith(ChartLabels.ENGLISH.duration(Math.round(at * 1e9)) + " / ");
        }
    }

    /**
     * The Python output pane stamped a line printed 0.2 ms before the chart's 0 "-0.000 s": a time never reads
     * "minus zero". What rounds to zero is 0; a real negative (a line printed before the first task) keeps its sign.
     */
    @ParameterizedTest(name = "{0} s in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -0.0002  | en | 0.000 s
            -0.0004  | fr | 0,000 s
            -0.0     | en | 0.000 s
            -0.012   | en | -0.012 s
            -0.0006  | fr | -0,001 s
            -15.0004 | en | -15.00 s
            """)
    void aTimeThatRoundsToZeroIsNeverMinusZero(double seconds, String language, String shown) {
        UiText text = UiText.forLocale(Locale.forLanguageTag(language));

        assertThat(text.seconds(seconds)).isEqualTo(shown.replace(' ', '\u00a0'));
        assertThat(text.decimal(-0.04, 1)).isEqualTo(text.decimal(0, 1));
    }

    /**
     * A scenario's French explanation, written with ordinary spaces before its colons, wraps like the window's own
     * words: a line never starts with the sign. English and code-like text stay as written.
     */
    @Test
    void aFileTextGetsTheWindowsFrenchTypography() {
        UiText french = UiText.forLocale(Locale.FRENCH);
        UiText english = UiText.forLocale(Locale.ENGLISH);
        String written = "À observer : une « boucle » ; pourquoi ? Voilà ! (asyncio.gather: ok, http://x)";

        assertThat(french.prose(written)).isEqualTo("À observer\u00a0: une «\u00a0boucle\u00a0»\u00a0; pourquoi\u00a0?"
                + " Voilà\u00a0! (asyncio.gather: ok, http://x)");
        assertThat(english.prose(written)).isSameAs(written);
    }
}
