package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.ui.testing.LessonWindows;
import org.junit.jupiter.api.Test;

/**
 * A lesson whose scenario gives each task its delay ({@code "delays": [1, 1]}): the settings line said "max delay
 * 1 s · … · seed 42" beside a run that no seed drew (its JSON export says null for both). It names the delays the
 * tasks wait, and the seed again once the teacher's change makes the seed draw them.
 */
class FixedDelaysLineTest {
    @Test
    void aScenariosOwnDelaysAreNamedInsteadOfASeedThatDrewNothing() throws Exception {
        MainViewModel english = LessonWindows.bundled(Locale.ENGLISH);
        english.lesson().goTo("bonjour-monde");

        assertThat(english.summary().lineBinding().get())
                .startsWith("2 tasks · fixed delays 1\u00a0s, 1\u00a0s · ")
                .doesNotContain("seed").doesNotContain("max delay");

        MainViewModel french = LessonWindows.bundled(Locale.FRENCH);
        french.lesson().goTo("io-vs-cpu");

        assertThat(french.summary().lineBinding().get())
                .startsWith("4 tâches · délais fixés 1,5\u00a0s, 0,5\u00a0s, 1\u00a0s, 1\u00a0s · ")
                .doesNotContain("graine").doesNotContain("délai max");
    }

    @Test
    void onceTheSeedDrawsTheDelaysAgainTheLineSaysItsSeedAndMaxDelay() throws Exception {
        MainViewModel english = LessonWindows.bundled(Locale.ENGLISH);
        english.lesson().goTo("gil-threads");
        assertThat(english.summary().lineBinding().get()).doesNotContain("seed");

        english.settings().seedProperty().set("7");

        assertThat(english.summary().lineBinding().get()).contains("· max delay ").contains("· seed 7")
                .doesNotContain("fixed delays");
    }
}
