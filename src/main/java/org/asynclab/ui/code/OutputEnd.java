package org.asynclab.ui.code;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the output pane's last line in sight after lines come and when the pane opens. One {@code scrollTo} in the
 * pulse the lines came in fell short: a program that printed 200,000 lines showed line 189,734 at its end (the pane
 * opened as the run ended, and the lines the end flushed got no scroll at all), so the list is scrolled again at
 * the next pulses until its last line shows, a few pulses at most.
 */
final class OutputEnd {
    /** Pulses spent reaching the end before giving up (a list that will not lay out, say). */
    private static final int MOST_PULSES = 10;

    private final ListView<?> list;
    private final TitledPane pane;
    private int pulsesLeft;

    OutputEnd(ListView<?> list, TitledPane pane) {
        this.list = list;
        this.pane = pane;
        list.getItems().addListener((ListChangeListener<Object>) change -> wanted());
        pane.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                wanted();
            }
        });
    }

    private void wanted() {
        pulsesLeft = MOST_PULSES;
    }

    /** Once a pulse: scrolls towards the last line while it is not in sight. FX thread only. */
    void pulse() {
        if (pulsesLeft == 0) {
            return;
        }
        int last = list.getItems().size() - 1;
        if (last < 0 || !pane.isExpanded() || inSight(last)) {
            pulsesLeft = last < 0 || pane.isExpanded() ? 0 : pulsesLeft;
            return;
        }
        pulsesLeft--;
        list.scrollTo(last);
    }

    private boolean inSight(int last) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> cell = flow == null ? null : flow.getLastVisibleCell();
        return cell != null && cell.getIndex() == last
                && cell.getBoundsInParent().getMaxY() <= flow.getHeight() + 0.5;
    }
}
