package org.asynclab.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the program printed, in order, each line with the time it was printed: the output pane beside the code.
 * A live run {@link #offer offers} lines from any thread as they come; the pane {@link #flush flushes} them into
 * {@link #lines()} once per pulse, so a program that prints ten thousand lines costs one list change a frame,
 * not one {@code runLater} a line. A line printed in pieces is offered again at its row as it grows, and replaces
 * it there: one row, as on a terminal. Folded, the pane's title shows the last line; {@link #openedProperty()
 * opened}, the lines.
 */
public final class OutputViewModel {
    /** One printed line and when: nanoseconds on the run's clock (see {@link #shownNanos}). */
    public record Line(String text, long nanos) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** A line offered, and its row ({@link #NEXT}: after the others). */
    private record Offered(int row, Line line) {
    }

    private static final int NEXT = -1;

    private final ConcurrentLinkedQueue<Offered> pending = new ConcurrentLinkedQueue<>();
    private final BooleanProperty opened = new SimpleBooleanProperty(this, "opened");
    private long origin;
    private boolean foldedByHand;

    /** Folded while the run goes on (the code keeps the height); see {@link #runEnded()}. */
    public OutputViewModel() {
        opened.addListener((o, was, now) -> foldedByHand = !now);
    }

    /** Whether the pane shows the lines (true) or its one title line (false); the pane's own, both ways. */
    public BooleanProperty openedProperty() {
        return opened;
    }

    /**
     * A run ended: its output opens where the folded title could not show it all (more than one line: a lesson's
     * "look at" spoke of three printed lists while the title showed "total 3.76 s"), unless the teacher folded
     * it by hand. FX thread only.
     */
    public void runEnded() {
        flush();
        if (lines.size() > 1 && !foldedByHand) {
            opened.set(true);
        }
    }

    /**
     * When {@code line} was printed as the pane shows it: from the chart's 0, the run's first task (a Python
     * program's clock starts before, with Python's start-up); negative for a line printed before it.
     */
    public long shownNanos(Line line) {
        return line.nanos() - origin;
    }

    /**
     * Makes {@code nanos} of the run's clock the shown times' 0: the chart's. Lines shown already are shown again
     * from it (one list change; it moves once a run, when its first task appears). FX thread only.
     */
    public void setOrigin(long nanos) {
        if (nanos != origin) {
            origin = nanos;
            flush();
            lines.setAll(List.copyOf(lines));
        }
    }

    /** The lines shown, oldest first. FX thread only. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** Adds a line at once. FX thread only. */
    public void append(String text, long nanos) {
        flush();
        lines.add(new Line(text, nanos));
    }

    /** Queues a line printed at {@code nanos}; safe from any thread, shown at the next {@link #flush()}. */
    public void offer(String text, long nanos) {
        pending.add(new Offered(NEXT, new Line(text, nanos)));
    }

    /**
     * Queues the line of row {@code row} (from 0) as it is now: it replaces a row shown or queued already (a line
     * printed in pieces grew), else comes next. Safe from any thread, shown at the next {@link #flush()}.
     */
    public void offer(int row, String text, long nanos) {
        pending.add(new Offered(row, new Line(text, nanos)));
    }

    /**
     * Moves the queued lines into {@link #lines()}: the new ones in one change, a grown one in its row; true if
     * the lines changed. FX thread only.
     */
    public boolean flush() {
        if (pending.isEmpty()) {
            return false;
        }
        boolean changed = false;
        List<Line> batch = new ArrayList<>();
        for (Offered offered; (offered = pending.poll()) != null; ) {
            int row = offered.row() == NEXT ? lines.size() + batch.size() : offered.row();
            if (row < lines.size()) {
                if (!lines.get(row).equals(offered.line())) {
                    lines.set(row, offered.line());
                    changed = true;
                }
            } else if (row - lines.size() < batch.size()) {
                batch.set(row - lines.size(), offered.line());
            } else {
                batch.add(offered.line());
            }
        }
        lines.addAll(batch);
        return changed || !batch.isEmpty();
    }

    /** Forgets every line, shown and queued (a new run begins). FX thread only. */
    public void clear() {
        pending.clear();
        lines.clear();
        origin = 0;
    }
}
