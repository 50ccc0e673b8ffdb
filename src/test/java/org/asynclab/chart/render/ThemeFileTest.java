package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.asynclab.chart.ChartTheme;
import org.junit.jupiter.api.Test;

class ThemeFileTest {

    @Test
    void everyThemeDefinesEveryColour() {
        for (ChartTheme theme : ChartTheme.values()) {
            int[] colors = ThemeFile.load(theme.resource());
            assertThat(colors).hasSize(ChartColor.values().length);
        }
    }

    @Test
    void readsTheRootRuleOnlyAndAllHexForms() {
        String css = "/* -al-running: #000000; */ .other { -al-running: #111111; }\n"
                + ".root, .gantt-chart {" + all("#abc") + " -al-running: #0072B2; -al-plot: #11223344; }";

        int[] colors = ThemeFile.parse(css, "test.css");

        assertThat(colors[ChartColor.RUNNING.ordinal()]).isEqualTo(0xFF0072B2);
        assertThat(colors[ChartColor.BACKGROUND.ordinal()]).isEqualTo(0xFFAABBCC);
        assertThat(colors[ChartColor.PLOT.ordinal()]).isEqualTo(0x44112233);
    }

    @Test
    void aMissingColourIsNamedInTheMessage() {
        String css = ".root {" + all("#000000").replace("-al-done: #000000;", "") + "}";

        assertThatThrownBy(() -> ThemeFile.parse(css, "broken.css"))
                .hasMessageContaining("broken.css").hasMessageContaining("-al-done");
    }

    @Test
    void laneTextIsDarkOnLightLanesAndLightOnDarkOnes() {
        Palette light = ChartTheme.LIGHT.palette();

        assertThat(light.textOn(0)).isEqualTo(light.of(ChartColor.BACKGROUND));
        assertThat(light.textOn(6)).isEqualTo(light.of(ChartColor.TEXT));
    }

    private static String all(String hex) {
        StringBuilder sb = new StringBuilder();
        for (ChartColor c : ChartColor.values()) {
            sb.append(c.cssName()).append(": ").append(hex).append("; ");
        }
        return sb.toString();
    }
}
