package org.asynclab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class ExplanationFoldTest {
    private static final String LONG = "Twenty tasks but only four threads. The others wait in the queue, hatched grey,"
            + " until a thread is free. So the pool takes about the sum of the delays divided by four.";

    @Test
    void aLongExplanationFoldsToItsFirstSentencesBehindMore() {
        StringProperty explanation = new SimpleStringProperty(LONG);
        ExplanationFold fold = new ExplanationFold(explanation);

        assertThat(fold.shownBinding().get()).isEqualTo(ExplanationFold.head(LONG)).isNotEqualTo(LONG);
        assertThat(fold.foldableBinding().get()).isTrue();
        fold.toggle();
        assertThat(fold.shownBinding().get()).isEqualTo(LONG);
    }

    @Test
    void besideTheCodeAFoldedExplanationFoldsAwayWholeAndMoreStillOpensIt() {
        // given a short explanation (no head to fold) while the code shows beside the chart
        StringProperty explanation = new SimpleStringProperty("Twenty tasks but only four threads.");
        ExplanationFold fold = new ExplanationFold(explanation);
        fold.briefProperty().set(true);

        // then nothing of it shows, yet "more" is offered
        assertThat(fold.shownBinding().get()).isEmpty();
        assertThat(fold.foldableBinding().get()).isTrue();
        // and "more" opens it whole
        fold.toggle();
        assertThat(fold.shownBinding().get()).isEqualTo(explanation.get());
        // and once the code closes, it is shown as before, with nothing to fold
        fold.toggle();
        fold.briefProperty().set(false);
        assertThat(fold.shownBinding().get()).isEqualTo(explanation.get());
        assertThat(fold.foldableBinding().get()).isFalse();
    }
}
