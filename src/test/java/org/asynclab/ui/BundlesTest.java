package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

class BundlesTest {
    private final ResourceBundle english = ResourceBundle.getBundle(UiText.BUNDLE, Locale.ENGLISH);
    private final ResourceBundle french = ResourceBundle.getBundle(UiText.BUNDLE, Locale.FRENCH);

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(BundlesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Properties en = file("messages.properties");
        Properties fr = file("messages_fr.properties");

        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(fr.stringPropertyNames()).allMatch(key -> !fr.getProperty(key).isBlank());
    }

    /**
     * French puts a space before « : », « ; », « ? » and « ! »: a no-break one, or a wrapped line starts with the
     * sign (67 values had an ordinary space, "À observer" and the settings' errors among them).
     */
    @Test
    void frenchSignsNeverStartALine() throws IOException {
        Properties fr = file("messages_fr.properties");

        assertThat(fr.stringPropertyNames()).allSatisfy(key -> assertThat(fr.getProperty(key)).as(key)
                .doesNotContainPattern(" [:;?!]"));
    }

    @Test
    void everyWordOfTheChartIsInBothBundles() {
        for (ChartLabels.Key key : ChartLabels.Key.values()) {
            assertThat(english.containsKey("chart." + key.id())).as(key.id()).isTrue();
            assertThat(french.getString("chart." + key.id())).as(key.id()).isNotEqualTo(key.english().repeat(2));
        }
        assertThat(ChartLabels.from(french).get(ChartLabels.Key.NO_RUN)).isEqualTo("aucune exécution");
        assertThat(ChartLabels.from(english).format(ChartLabels.Key.TASKS_DONE, "3", "10"))
                .isEqualTo(ChartLabels.ENGLISH.format(ChartLabels.Key.TASKS_DONE, "3", "10"));
    }

    @Test
    void theProjectorThemeLoadsWithAllItsColours() {
        assertThat(ChartTheme.fromId("projector")).isEqualTo(ChartTheme.PROJECTOR);
        assertThat(ChartTheme.PROJECTOR.palette()).isNotNull();
        assertThat(ChartTheme.PROJECTOR.stylesheet()).endsWith("theme-projector.css");
    }
}
