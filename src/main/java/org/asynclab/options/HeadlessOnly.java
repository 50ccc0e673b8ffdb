package org.asynclab.options;

import java.util.List;
import java.util.Optional;

/**
 * The options of {@code ./run.sh --headless} that the window does not take (its files, its sweep, its URLs, its
 * Python interpreter): the window given one says to add {@code --headless}, not that the option is unknown. A test
 * holds the list to the two commands' own help.
 */
public final class HeadlessOnly {
    /** The command line's own options. */
    public static final List<String> OPTIONS = List.of("--json", "--csv", "--png", "--svg", "--trace", "--width",
            "--height", "--scale", "--view", "--sweep", "--modes", "--step-limit", "--urls", "--timeout",
            "--time-limit", "--interpreter");

    private HeadlessOnly() {
    }

    /** What to say of {@code argument} given to the window, if it is one of the command line's own options. */
    public static Optional<String> whereItBelongs(String argument) {
        String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        if (!OPTIONS.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(name + " belongs to runs without a window: add --headless (./run.sh --headless --help"
                + " lists its options; the window saves pictures and results with Export)");
    }
}
