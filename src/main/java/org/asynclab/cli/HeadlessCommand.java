package org.asynclab.cli;

/** The headless command line. */
public final class HeadlessCommand {
    private HeadlessCommand() {
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args) {
        System.err.println("asynclab: the headless command line is not built yet");
        return 1;
    }
}
