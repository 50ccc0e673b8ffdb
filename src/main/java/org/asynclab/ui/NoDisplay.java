package org.asynclab.ui;

import java.util.Locale;
import java.util.Map;

/**
 * The window's one-line answer when there is no screen to open it on (a teacher over SSH), instead of JavaFX's
 * stack trace: the window needs a display, the command line does not. Checked before JavaFX loads, from the
 * environment (Linux and the BSDs: {@code DISPLAY} or {@code WAYLAND_DISPLAY}); a display that is named but cannot
 * be opened is caught when JavaFX says so.
 */
final class NoDisplay {
    /** Exit status when the window cannot open. */
    static final int EXIT = 1;
    /** What to print, one line. */
    static final String MESSAGE = "asynclab: the window needs a display (DISPLAY or WAYLAND_DISPLAY is not set, or"
            + " cannot be opened); without one, run the command line: ./run.sh --headless ... (--headless --help"
            + " lists its options)";

    private NoDisplay() {
    }

    /**
     * Whether this system shows windows through X11 or Wayland and neither is named in {@code environment}. A
     * headless JavaFX platform chosen by the {@code glass.platform} property (Monocle, in the tests) needs none.
     */
    static boolean missing(String osName, Map<String, String> environment, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean usesX11OrWayland = !os.contains("win") && !os.contains("mac");
        return usesX11OrWayland && glassPlatform == null && isBlank(environment.get("DISPLAY"))
                && isBlank(environment.get("WAYLAND_DISPLAY"));
    }

    /** Whether {@code failure}, thrown by JavaFX's start, says it could not open the display. */
    static boolean isDisplayFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
