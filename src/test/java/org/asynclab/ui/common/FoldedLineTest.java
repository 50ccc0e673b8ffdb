package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folded settings line wraps between its parts, never inside one, and keeps its mark with the last word. */
class FoldedLineTest {
    /** Where a line of the text may break: after a plain space. */
    private static int breaks(String text) {
        return (int) text.chars().filter(c -> c == ' ').count();
    }

    @Test
    void aLineBreaksOnlyAfterItsSeparatorsAndItsListsCommas() {
        // "… · vs Pool of 4 ▾" at 1280×720 wrapped as "vs Pool of" / "4 ▾"
        String line = "20 tasks · max delay 1 s · Event loop · seed 1 · semaphore 4 · vs Pool of 4";

        String shown = FoldedLine.text(line, false);

        assertThat(shown).endsWith("vs\u00a0Pool\u00a0of\u00a04\u00a0▾").contains("seed\u00a01\u00a0· semaphore");
        assertThat(breaks(shown)).isEqualTo(5);
        assertThat(shown.replace('\u00a0', ' ')).isEqualTo(line + " ▾");
    }

    @Test
    void aListInAPartMayBreakAfterItsCommasAndTheOpenMarkIsTheOther() {
        String shown = FoldedLine.text("4 tasks · fixed delays 1.5 s, 0.5 s, 1 s · Event loop", true);

        assertThat(shown).contains("1.5\u00a0s, 0.5\u00a0s, 1\u00a0s").endsWith("\u00a0▴");
        assertThat(breaks(shown)).isEqualTo(2 + 2);
    }
}
