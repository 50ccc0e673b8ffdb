package org.asynclab.engine.python;

import java.util.ArrayList;
import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.ServedDelays;

/**
 * What a traced program printed and what went wrong, as it happens. Written by the event reader and the standard
 * error reader, read by the window once per pulse ({@link #outputSince(Seen)}) and by the result at the end. The
 * lists are guarded by this object; every method holds it only to copy, append or grow a line.
 *
 * <p>A line printed in pieces ({@code print(i, end=" ", flush=True)}) is one line, as on a terminal: its row grows
 * as the pieces come, with the time of its first piece (when a terminal shows it), and ends with the stream's next
 * whole line. Each stream has its own: a line on standard error in the middle of a growing one on standard output
 * is a row of its own after it, and the output line goes on growing in its row, with exactly the text the program
 * wrote on that stream (a terminal mixes the two on the screen). A run that ends or is stopped mid-line keeps the
 * line as far as it got.
 */
public final class ProgramLog {
    /** No line growing on a stream. */
    private static final int NONE = -1;

    private final List<ProgramOutput> output = new ArrayList<>();
    private final List<ProgramProblem> problems = new ArrayList<>();
    private final List<ServedDelays.Call> draws = new ArrayList<>();
    /** Per stream (by ordinal), the row of its line not yet ended, or {@link #NONE}. */
    private final int[] growing = {NONE, NONE};

    /**
     * What a reader has seen of the output: its first {@code lines} rows, of which those in {@code growing} could
     * still grow.
     */
    public record Seen(int lines, List<Integer> growing) {
        /** Nothing seen yet. */
        public static final Seen NOTHING = new Seen(0, List.of());

        /** Copies the rows. */
        public Seen {
            growing = List.copyOf(growing);
        }
    }

    /** A line as it is now and its row: a row the reader has (the line grew) or the reader's next one. */
    public record Row(int index, ProgramOutput line) {
    }

    /** What a reader has not seen: rows that grew, then the new ones in order; {@code seen}, to pass next time. */
    public record News(List<Row> rows, Seen seen) {
    }

    /** A whole line, or the end of the stream's growing line (joined to it). */
    synchronized void add(ProgramOutput line) {
        int stream = line.stream().ordinal();
        if (growing[stream] == NONE) {
            output.add(line);
        } else {
            grow(growing[stream], line.text());
            growing[stream] = NONE;
        }
    }

    /** A piece of a line not yet ended: it begins the stream's growing line, or grows it. */
    synchronized void addPiece(ProgramOutput piece) {
        int stream = piece.stream().ordinal();
        if (growing[stream] == NONE) {
            growing[stream] = output.size();
            output.add(piece);
        } else {
            grow(growing[stream], piece.text());
        }
    }

    private void grow(int row, String text) {
        ProgramOutput line = output.get(row);
        output.set(row, new ProgramOutput(line.nanos(), line.stream(), line.text() + text));
    }

    synchronized void add(ProgramProblem problem) {
        problems.add(problem);
    }

    synchronized void add(ServedDelays.Call draw) {
        draws.add(draw);
    }

    /** Every call of {@code random.uniform} so far, when AsyncLab serves its delays (none otherwise). */
    public synchronized List<ServedDelays.Call> draws() {
        return List.copyOf(draws);
    }

    /** The lines after the first {@code from} as they are now, a growing one too. */
    public synchronized List<ProgramOutput> outputSince(int from) {
        return from >= output.size() ? List.of() : List.copyOf(output.subList(Math.max(0, from), output.size()));
    }

    /**
     * The lines after the first {@code from} that have ended, up to the first one still growing: what a reader
     * that cannot change a line it wrote (the command line) prints now, in order.
     */
    public synchronized List<ProgramOutput> endedSince(int from) {
        int end = output.size();
        for (int row : growing) {
            if (row != NONE && row < end) {
                end = row;
            }
        }
        return from >= end ? List.of() : List.copyOf(output.subList(Math.max(0, from), end));
    }

    /** What a reader that saw {@code seen} has not: a pane sets the rows it has, appends the others, each pulse. */
    public synchronized News outputSince(Seen seen) {
        List<Integer> now = new ArrayList<>();
        for (int row : growing) {
            if (row != NONE) {
                now.add(row);
            }
        }
        return news(output, seen, now);
    }

    /**
     * What a reader that saw {@code seen} has not of {@code output}, a finished run's lines (none grows any more):
     * the rows it saw growing, as they ended, and the rest.
     */
    public static News news(List<ProgramOutput> output, Seen seen) {
        return news(output, seen, List.of());
    }

    private static News news(List<ProgramOutput> output, Seen seen, List<Integer> growingNow) {
        List<Row> rows = new ArrayList<>();
        int shown = Math.min(seen.lines(), output.size());
        for (int row : seen.growing()) {
            if (row < shown) {
                rows.add(new Row(row, output.get(row)));
            }
        }
        for (int row = shown; row < output.size(); row++) {
            rows.add(new Row(row, output.get(row)));
        }
        return new News(List.copyOf(rows), new Seen(output.size(), growingNow));
    }

    /** Every line written so far. */
    public synchronized List<ProgramOutput> output() {
        return List.copyOf(output);
    }

    /** Every problem reported so far (warnings, the error that ended the program, a stop). */
    public synchronized List<ProgramProblem> problems() {
        return List.copyOf(problems);
    }
}
