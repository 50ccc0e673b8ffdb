package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartLabelsTest {

    /** An empty French bundle: the words stay English, the numbers become French. */
    static final class FrenchBundle extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }

        @Override
        public Locale getLocale() {
            return Locale.FRENCH;
        }
    }

    @Test
    void frenchDurationsHaveADecimalCommaLikeTheResultsPanel() {
        ChartLabels french = ChartLabels.from(new FrenchBundle());

        assertThat(french.decimalSeparator()).isEqualTo(',');
        assertThat(french.duration(1_000_000_000L)).isEqualTo("1,00 s");
    }

    @Test
    void englishDurationsKeepTheirDecimalPoint() {
        assertThat(ChartLabels.ENGLISH.decimalSeparator()).isEqualTo('.');
        assertThat(ChartLabels.ENGLISH.duration(1_000_000_000L)).isEqualTo("1.00 s");
    }
}
