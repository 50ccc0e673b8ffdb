package org.asynclab.options;

import java.util.List;
import java.util.Optional;

/**
 * Which of the two commands an option belongs to, when only one takes it: {@code ./run.sh --headless} has its files,
 * its sweep, its URLs and its Python interpreter; the window its start-up options. Either, given the other's option,
 * says where it belongs rather than that it is unknown. A test holds both lists to the two commands' own help.
 */
public final class OptionHomes {
    /** The command line's own options, which the window does not take. */
    public static final List<String> HEADLESS_ONLY = List.of("--json", "--csv", "--png", "--svg", "--trace",
            "--width", "--height", "--scale", "--view", "--sweep", "--modes", "--step-limit", "--urls", "--timeout",
            "--time-limit", "--interpreter");
    /** The window's own options, which the command line does not take. */
    public static final List<String> WINDOW_ONLY = List.of("--run", "--code", "--lang", "--sweep-window");

    private OptionHomes() {
    }

    /** What the window says of {@code argument}, if it is one of the command line's own options. */
    public static Optional<String> givenToTheWindow(String argument) {
        return HEADLESS_ONLY.contains(name(argument))
                ? Optional.of(name(argument) + " belongs to runs without a window: add --headless (./run.sh --headless"
                        + " --help lists its options; the window saves pictures and results with Export)")
                : Optional.empty();
    }

    /** What the command line says of {@code argument}, if it is one of the window's own options. */
    public static Optional<String> givenToTheCommandLine(String argument) {
        return WINDOW_ONLY.contains(name(argument))
                ? Optional.of(name(argument) + " belongs to the window: leave out --headless (./run.sh --run --help"
                        + " lists the window's options)")
                : Optional.empty();
    }

    private static String name(String argument) {
        return argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
    }
}
