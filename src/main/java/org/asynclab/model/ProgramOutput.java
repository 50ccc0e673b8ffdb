package org.asynclab.model;

import java.util.Objects;

/**
 * One line a traced program wrote, with the moment it wrote it: a Python {@code print} (standard output) or a
 * line on its standard error. Shown beside the chart in order, and written to JSON.
 *
 * @param nanos  when it was written, in nanoseconds from the run's start
 * @param stream where it went
 * @param text   the line, without its line break
 */
public record ProgramOutput(long nanos, Stream stream, String text) {
    /** Standard output or standard error. */
    public enum Stream {
        /** What the program printed. */
        OUT("out"),
        /** What it wrote on standard error (Python's own messages, a library's logging). */
        ERR("err");

        private final String id;

        Stream(String id) {
            this.id = id;
        }

        /** The name used in JSON. */
        public String id() {
            return id;
        }

        /** Parses an {@link #id()}; anything but "err" is standard output. */
        public static Stream fromId(String id) {
            return "err".equals(id) ? ERR : OUT;
        }
    }

    /** Checks that there is a stream and a text. */
    public ProgramOutput {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }

    /** The line as a terminal shows it ({@link #asTerminalShows}); {@link #text()} stays what was written. */
    public String shown() {
        return asTerminalShows(text);
    }

    /**
     * {@code written} as a terminal shows it: a carriage return goes back to the line's start and what follows
     * writes over what was there, so a progress line ({@code print(f"\r{i}%", end="")}) reads "100%", not the
     * carriage returns and every step (the window's pane showed them all; on a terminal, the command line's line
     * went back over its own time).
     */
    public static String asTerminalShows(String written) {
        if (written.indexOf('\r') < 0) {
            return written;
        }
        int[] shown = new int[written.codePointCount(0, written.length())];
        int length = 0;
        int column = 0;
        for (int point : written.codePoints().toArray()) {
            if (point == '\r') {
                column = 0;
            } else {
                shown[column++] = point;
                length = Math.max(length, column);
            }
        }
        return new String(shown, 0, length);
    }
}
