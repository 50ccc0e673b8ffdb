package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
