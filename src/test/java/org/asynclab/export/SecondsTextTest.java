package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SecondsTextTest {

    @Test
    void writesSecondsWithoutTrailingZerosOrExponents() {
        assertThat(SecondsText.of(737_716_576L)).isEqualTo("0.737716576");
        assertThat(SecondsText.of(1_500_000_000L)).isEqualTo("1.5");
        assertThat(SecondsText.of(2_000L)).isEqualTo("0.000002");
        assertThat(SecondsText.of(0L)).isEqualTo("0.0");
        assertThat(SecondsText.of(3_600_000_000_000L)).isEqualTo("3600.0");
        assertThat(SecondsText.of(-5_000_000L)).isEqualTo("-0.005");
        assertThat(SecondsText.of(Long.MAX_VALUE)).isEqualTo("9223372036.854775807").hasSize(20);
    }

    @Test
    void isExactAndReadsBackAsTheSameDoubleAsTheDivision() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            long nanos = random.nextLong(4_000_000_000_000L);

            String text = SecondsText.of(nanos);

            assertThat(new BigDecimal(text)).isEqualByComparingTo(BigDecimal.valueOf(nanos, 9));
            assertThat(Double.parseDouble(text)).isEqualTo(nanos / 1e9);
        }
    }
}
