package org.asynclab.engine.python;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a traced program and everything it started, at once. The tracer makes the program the leader of a session
 * of its own, so one signal to its process group reaches its children too (even those it left behind); the
 * descendants Java can see are signalled one by one as well, for systems without process groups. SIGTERM first:
 * a plain program ends in milliseconds, {@code while True: pass} and a blocked {@code to_thread} included; after a
 * short grace, SIGKILL for those that handle or ignore it.
 */
final class ProcessStopper {
    /** How long a program has to end after SIGTERM before it is killed. */
    static final long GRACE_MILLIS = 500;
    private static final boolean POSIX = !System.getProperty("os.name", "").toLowerCase().startsWith("windows");

    private ProcessStopper() {
    }

    /** Stops {@code process} and its family; returns once it has ended (at most about the grace period later). */
    static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> family = family(process);
        signalGroup(process.pid(), "TERM");
        family.forEach(ProcessHandle::destroy);
        boolean ended = process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        family.addAll(family(process));
        if (!ended || family.stream().anyMatch(ProcessHandle::isAlive)) {
            signalGroup(process.pid(), "KILL");
            family.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
        awaitEnd(family);
    }

    /** Waits, at most a grace period, until the signalled processes are gone (a killed child takes a moment). */
    private static void awaitEnd(List<ProcessHandle> family) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        while (family.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static List<ProcessHandle> family(Process process) {
        List<ProcessHandle> family = new ArrayList<>();
        try {
            process.descendants().forEach(family::add);
        } catch (UnsupportedOperationException | SecurityException e) {
            // no view of the children here: the group signal still reaches them
        }
        family.add(process.toHandle());
        return family;
    }

    /** Sends {@code signal} to the process group {@code pid} leads, when there is one (no harm when there is not). */
    private static void signalGroup(long pid, String signal) throws InterruptedException {
        if (!POSIX) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, "--", "-" + pid)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.getOutputStream().close();
            if (!kill.waitFor(1, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            // no kill command: the descendants were signalled one by one
        }
    }
}
