package org.asynclab.cli;

import java.io.PrintWriter;

/**
 * While open, Ctrl-C (SIGINT, SIGTERM: the JVM's end) says on stderr what it stopped, in one line of AsyncLab's own:
 * {@code asynclab: interrupted: the run stopped, nothing written}. The JVM then ends with its own exit code (130 for
 * Ctrl-C), as before; a run stopped so wrote no file, and said nothing at all. Open only while nothing is written
 * yet: what it says must stay true.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    /** Says, if the JVM ends before {@link #close()}, that {@code what} stopped ("the run", "wait_n.py"). */
    InterruptNotice(PrintWriter err, String what) {
        hook = new Thread(() -> {
            err.println(HeadlessCommand.PROGRAM + ": interrupted: " + what + " stopped, nothing written");
            err.flush();
        }, "asynclab-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is ending: the hook says it
        }
    }
}
