package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A label on a bar reads from the back of the room in every theme: its ink against what it is laid on (the bar's
 * plain fill, or the plain patch under it on a hatched or striped fill) has WCAG's contrast of at least 4.5, on
 * every lane colour, striped or not, on every phase (a Python task's grey hatched await included) and on the
 * waits.
 */
class LabelContrastTest {

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void everyFillGivesItsLabelsAnInkOfContrastAtLeast4point5(ChartTheme theme) {
        Palette palette = theme.palette();
        for (int lane = 0; lane < ChartColor.LANES; lane++) {
            assertReadable(palette, palette.lane(lane, false), theme + " lane " + lane);
            assertReadable(palette, palette.lane(lane, true), theme + " striped lane " + lane);
        }
        for (Phase phase : Phase.values()) {
            assertReadable(palette, palette.phase(phase), theme + " phase " + phase);
        }
        assertReadable(palette, palette.waiting(), theme + " waiting");
        assertReadable(palette, palette.lockWaiting(), theme + " GIL wait");
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void aHatchedFillGetsAPlainPatchUnderItsLabel(ChartTheme theme) {
        Palette palette = theme.palette();
        ChartPaint awaiting = palette.phase(Phase.WAITING);
        assertThat(awaiting.pattern()).isNotEqualTo(ChartPaint.Pattern.SOLID);
        assertThat(palette.patchUnder(awaiting).pattern()).isEqualTo(ChartPaint.Pattern.SOLID);
        assertThat(palette.patchUnder(palette.lane(0, false))).isSameAs(palette.lane(0, false));
    }

    /**
     * The markers' labels ("ideal 1.00 s", "now 0.42 s", "total 1.87 s") and the chart's words are written in their
     * colour on the chart's background: the light theme's Okabe-Ito green and orange gave 3.4 and 3.9.
     */
    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void theMarkersLabelsAndTheWordsReadOnTheBackground(ChartTheme theme) {
        Palette palette = theme.palette();
        int background = palette.of(ChartColor.BACKGROUND).argb();
        for (ChartColor ink : new ChartColor[] {ChartColor.IDEAL, ChartColor.NOW, ChartColor.TOTAL, ChartColor.TEXT,
            ChartColor.TEXT_MUTED}) {
            assertThat(Palette.contrast(palette.of(ink).argb(), background)).as("%s %s", theme, ink)
                    .isGreaterThanOrEqualTo(Palette.MIN_CONTRAST);
        }
    }

    private static void assertReadable(Palette palette, ChartPaint fill, String what) {
        ChartPaint patch = palette.patchUnder(fill);
        double contrast = Palette.contrast(palette.textOn(fill).argb(), patch.argb());
        assertThat(contrast).as("contrast of a label on " + what).isGreaterThanOrEqualTo(Palette.MIN_CONTRAST);
    }
}
