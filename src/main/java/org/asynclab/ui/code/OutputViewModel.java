package org.asynclab.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the program printed, in order, each line with the time it was printed: the output pane beside the code.
 * A live run {@link #offer offers} lines from any thread as they come; the pane {@link #flush flushes} them into
 * {@link #lines()} once per pulse, so a program that prints ten thousand lines costs one list change a frame,
 * not one {@code runLater} a line.
 */
public final class OutputViewModel {
    /** One printed line and when: nanoseconds from the run's start. */
    public record Line(String text, long nanos) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ConcurrentLinkedQueue<Line> pending = new ConcurrentLinkedQueue<>();

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
        pending.add(new Line(text, nanos));
    }

    /** Moves the queued lines into {@link #lines()} in one change; true if there were any. FX thread only. */
    public boolean flush() {
        if (pending.isEmpty()) {
            return false;
        }
        List<Line> batch = new ArrayList<>();
        for (Line line; (line = pending.poll()) != null; ) {
            batch.add(line);
        }
        lines.addAll(batch);
        return true;
    }

    /** Forgets every line, shown and queued (a new run begins). FX thread only. */
    public void clear() {
        pending.clear();
        lines.clear();
    }
}
