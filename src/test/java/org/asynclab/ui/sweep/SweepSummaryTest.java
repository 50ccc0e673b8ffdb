package org.asynclab.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.junit.jupiter.api.Test;

/**
 * The sweep window's line says what it takes of the main window's settings, and what it leaves: a sweep runs every
 * task to its delay, so a deadline, a semaphore or a shared counter set there is not applied (the line said nothing,
 * and a sweep "with a deadline of 0.5 s" ran without it).
 */
class SweepSummaryTest {
    private static SweepSummary summaryOf(Locale language, RunConfig base) {
        SweepViewModel sweep = new SweepViewModel(UiText.forLocale(language), (plan, listener) -> null,
                Runnable::run);
        sweep.baseProperty().set(base);
        return new SweepSummary(sweep);
    }

    @Test
    void theMainWindowsDeadlineIsSaidToBeLeftOut() {
        RunConfig withDeadline = new RunConfig(10, 0.5, Mode.EVENT_LOOP, 0, TaskKind.IO, 7, false,
                new Coordination(SharedCounter.OFF, Coordination.DEFAULT_GAP, 0, 0.3));

        assertThat(summaryOf(Locale.ENGLISH, withDeadline).lineBinding().get())
                .endsWith(" · seed 7 · without the main window's counter, semaphore and deadline: every task runs"
                        + " to its delay");
        assertThat(summaryOf(Locale.FRENCH, withDeadline).lineBinding().get())
                .endsWith(" · graine 7 · sans le compteur, le sémaphore ni l’échéance de la fenêtre principale\u00a0:"
                        + " chaque tâche va jusqu’à son délai");
        assertThat(summaryOf(Locale.ENGLISH, RunConfig.defaults()).lineBinding().get()).doesNotContain("without");
    }
}
