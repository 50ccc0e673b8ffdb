package org.asynclab.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Python lesson's run should show, in a form a test can check against a real run: the bounds of the total,
 * whether the tasks' bars overlap, which printed lists are in ascending order (and which must not be), the warning
 * Python prints, and lines the program prints, in order. The words for the class are the scenario's
 * {@code lookAt}; these are the same claims, checkable.
 *
 * @param minTotalSeconds the least the run may take, in seconds
 * @param maxTotalSeconds the most the run may take, in seconds (generous: shared machines are noisy)
 * @param tasksOverlap    whether two rows are under way at the same time (each from the moment it first runs to
 *                        its end), leaving out the program's main coroutine: true for bars side by side, false
 *                        for bars one after the other, null when the lesson does not say
 * @param ascending       starts of printed lines whose list {@code [...]} is in ascending order
 * @param notAscending    starts of printed lines whose list is not in ascending order
 * @param warning         words of the warning Python prints on its error stream, or null when it prints none
 * @param prints          words the output holds, each on a later line than the one before
 */
public record PictureClaims(double minTotalSeconds, double maxTotalSeconds, Boolean tasksOverlap,
                            List<String> ascending, List<String> notAscending, String warning,
                            List<String> prints) {

    /** No claim at all: any total, any bars, any output. */
    public static final PictureClaims NONE = new PictureClaims(0, Double.POSITIVE_INFINITY, null, List.of(),
            List.of(), null, List.of());

    /** Checks the bounds and copies the lists. */
    public PictureClaims {
        if (!(minTotalSeconds >= 0 && minTotalSeconds <= maxTotalSeconds)) {
            throw new IllegalArgumentException("total from " + minTotalSeconds + " to " + maxTotalSeconds);
        }
        ascending = List.copyOf(ascending);
        notAscending = List.copyOf(notAscending);
        prints = List.copyOf(prints);
    }

    /** Whether the tasks' bars overlap, when the lesson says. */
    public Optional<Boolean> overlap() {
        return Optional.ofNullable(tasksOverlap);
    }

    /** The words of the expected warning, when the lesson expects one. */
    public Optional<String> expectedWarning() {
        return Optional.ofNullable(warning);
    }

    /** Whether {@code seconds} is within the claimed bounds of the total. */
    public boolean allowsTotal(double seconds) {
        return seconds >= minTotalSeconds && seconds <= maxTotalSeconds;
    }

    @Override
    public String toString() {
        return "total " + minTotalSeconds + "…" + maxTotalSeconds + " s" + (tasksOverlap == null ? ""
                : tasksOverlap ? ", bars overlap" : ", no bars overlap") + (warning == null ? ""
                : ", warns " + Objects.toString(warning));
    }
}
