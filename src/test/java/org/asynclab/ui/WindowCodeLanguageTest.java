package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Mode;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.testing.LessonWindows;
import org.junit.jupiter.api.Test;

/**
 * The code panel of a window speaks the window's language: the Java and the Python samples' comments and the
 * panel's own words, and it shows the lesson's own delays, the ones the run will take.
 */
class WindowCodeLanguageTest {
    private static MainViewModel window(Locale locale) throws Exception {
        return LessonWindows.bundled(locale);
    }

    @Test
    void aFrenchWindowsCodeHasFrenchCommentsAndWords() throws Exception {
        MainViewModel french = window(Locale.FRENCH);
        CodeViewModel code = french.code();

        for (Mode mode : Mode.values()) {
            french.settings().setMode(mode);

            assertThat(code.javaProperty().get()).as(mode + " java").contains("Ce qu’AsyncLab exécute en mode")
                    .doesNotContain("What AsyncLab runs").doesNotContain("delays in nanoseconds");
            assertThat(code.getSource()).as(mode + " python").contains("graine").doesNotContain("same seed");
        }
        assertThat(code.originProperty().get()).isEqualTo("les réglages");
    }

    @Test
    void anEnglishWindowsCodeStaysEnglish() throws Exception {
        CodeViewModel code = window(Locale.ENGLISH).code();

        assertThat(code.javaProperty().get()).contains("What AsyncLab runs in mode");
        assertThat(code.originProperty().get()).isEqualTo("the settings");
    }

    @Test
    void aLessonsOwnDelaysAreTheCodesDelays() throws Exception {
        // given a French window
        MainViewModel french = window(Locale.FRENCH);

        // when the lesson with four fixed delays (1.5, 0.5, 1 and 1 s) is shown
        assertThat(french.lesson().goTo("io-vs-cpu")).isTrue();

        // then the code holds those delays, not ones drawn from the seed
        assertThat(french.code().javaProperty().get())
                .contains("{1_500_000_000L, 500_000_000L, 1_000_000_000L, 1_000_000_000L}")
                .contains("Les délais propres à la leçon").doesNotContain("new Random(");
        assertThat(french.code().getSource()).contains("[1.5, 0.5, 1, 1]");
    }
}
