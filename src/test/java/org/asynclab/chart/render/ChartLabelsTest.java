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

    @Test
    void theCountOfEndedTasksSaysHowTheyEndedOnceOneWasNotDone() {
        ChartLabels french = ChartLabels.from(java.util.ResourceBundle.getBundle("org.asynclab.ui.messages",
                Locale.FRENCH));
        org.asynclab.model.TaskEnds mixed = new org.asynclab.model.TaskEnds(4, 1, 2);
        org.asynclab.model.TaskEnds fine = new org.asynclab.model.TaskEnds(3, 0, 0);

        assertThat(ChartLabels.ENGLISH.tasksEnded(mixed, 4, ChartLabels.Key.TASKS_DONE))
                .isEqualTo("4 of 4 tasks ended: 1 done, 1 cancelled, 2 failed");
        assertThat(french.tasksEnded(mixed, 4, ChartLabels.Key.TASKS_DONE))
                .isEqualTo("4 tâches finies sur 4\u00a0: 1 terminée, 1 annulée, 2 échouées");
        assertThat(ChartLabels.ENGLISH.tasksEnded(new org.asynclab.model.TaskEnds(2, 0, 1), 3,
                ChartLabels.Key.TASKS_DONE)).isEqualTo("2 of 3 tasks ended: 1 done, 1 failed");
        assertThat(ChartLabels.ENGLISH.tasksEnded(fine, 4, ChartLabels.Key.TASKS_DONE)).isEqualTo("3 of 4 tasks done");
    }
}
