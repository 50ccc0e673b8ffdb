package org.asynclab.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * A line printed in pieces is offered again at its row as it grows: the pane replaces that row, one row as on a
 * terminal, where each piece used to add a row.
 */
class OutputViewModelTest {
    private final OutputViewModel output = new OutputViewModel();

    @Test
    void aGrowingLineReplacesItsRow() {
        output.offer(0, "start", 1L);
        output.offer(1, "0 ", 4L);
        assertThat(output.flush()).isTrue();
        List<String> changes = new ArrayList<>();
        output.lines().addListener((ListChangeListener<OutputViewModel.Line>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom() : change.wasAdded() ? "added" : "?");
            }
        });

        output.offer(1, "0 1 ", 4L);
        assertThat(output.flush()).isTrue();
        output.offer(1, "0 1 ", 4L);
        assertThat(output.flush()).as("the same line again: nothing changed, nothing to scroll to").isFalse();
        output.offer(1, "0 1 done", 4L);
        output.offer(2, "next", 400L);
        output.flush();

        assertThat(output.lines()).containsExactly(new OutputViewModel.Line("start", 1L),
                new OutputViewModel.Line("0 1 done", 4L), new OutputViewModel.Line("next", 400L));
        assertThat(changes).containsExactly("replaced 1", "replaced 1", "added");
    }

    /** A line that grew again before the pulse that shows it is added once, as it is last. */
    @Test
    void aLineThatGrowsBeforeItIsShownIsAddedOnce() {
        output.append("start", 1L);
        output.offer(1, "0 ", 4L);
        output.offer(1, "0 1 ", 4L);
        output.offer("after", 9L);
        output.flush();

        assertThat(output.lines()).extracting(OutputViewModel.Line::text).containsExactly("start", "0 1 ", "after");
    }
}
