package org.asynclab.export;

/**
 * Nanoseconds written as decimal seconds, exactly and without floating point: 737716576 ns is {@code 0.737716576},
 * 1.5e9 ns is {@code 1.5}, 2000 ns is {@code 0.000002} (where {@code Double.toString} says {@code 2.0E-6}).
 *
 * <p>The text reads back as the double nearest to nanos / 1e9, the same double the division gives, so a reader
 * sees the same numbers; but no shortest-digits search runs, which makes a million-task file a good deal faster
 * to write. It is at most {@link #MAX_LENGTH} characters long.
 */
final class SecondsText {
    /** The longest text: a sign, 10 digits of whole seconds, the point and 9 digits of fraction. */
    static final int MAX_LENGTH = 21;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int FRACTION_DIGITS = 9;

    private SecondsText() {
    }

    /** Writes {@code nanos} as seconds into {@code out} from index 0 and returns the length. */
    static int format(long nanos, char[] out) {
        int pos = 0;
        long rest = nanos;
        if (rest < 0) {
            out[pos++] = '-';
            rest = -rest;
        }
        pos = writeWhole(rest / NANOS_PER_SECOND, out, pos);
        out[pos++] = '.';
        int fraction = (int) (rest % NANOS_PER_SECOND);
        if (fraction == 0) {
            out[pos++] = '0';
            return pos;
        }
        int digits = FRACTION_DIGITS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            out[i] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        return pos + digits;
    }

    /** The text of {@code nanos} as seconds, for tests and odd callers. */
    static String of(long nanos) {
        char[] text = new char[MAX_LENGTH];
        return new String(text, 0, format(nanos, text));
    }

    private static int writeWhole(long whole, char[] out, int start) {
        int digits = 1;
        for (long w = whole; w >= 10; w /= 10) {
            digits++;
        }
        long w = whole;
        for (int i = start + digits - 1; i >= start; i--) {
            out[i] = (char) ('0' + w % 10);
            w /= 10;
        }
        return start + digits;
    }
}
