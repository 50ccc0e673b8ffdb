package org.asynclab;

import java.util.Arrays;

/**
 * The program's entry point. {@code --headless} runs the command line, which never loads JavaFX; anything else
 * starts the window. Kept apart from the JavaFX {@code Application} so the app also starts from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Starts the command line or the window, depending on {@code --headless}. */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--headless")) {
            System.exit(org.asynclab.cli.HeadlessCommand.run(args));
        }
        org.asynclab.ui.AsyncLabApp.launchWith(args);
    }
}
