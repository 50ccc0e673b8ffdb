package org.asynclab.lesson;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid field a typo meant: {@code maxdelay} → {@code maxDelay}, {@code taks} → {@code tasks}. */
final class FieldNames {
    /** Most edits (insert, delete, replace one letter, ignoring case) a typo may be from the name it meant. */
    private static final int MAX_EDITS = 2;

    private FieldNames() {
    }

    /** The valid name closest to {@code typo}, if one is within {@value #MAX_EDITS} edits. */
    static Optional<String> closest(String typo, Collection<String> valid) {
        String wanted = typo.toLowerCase(Locale.ROOT);
        String best = null;
        int bestEdits = MAX_EDITS + 1;
        for (String name : valid) {
            int edits = edits(wanted, name.toLowerCase(Locale.ROOT));
            if (edits < bestEdits) {
                best = name;
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Levenshtein distance, on two rows: field names are short. */
    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
