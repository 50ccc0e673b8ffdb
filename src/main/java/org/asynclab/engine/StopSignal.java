package org.asynclab.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run's "stop now" flag and its first failure. Workers poll {@link #isStopped()} between CPU chunks and before
 * each task; a cancel or a failure raises it and interrupts the run's controller, which then wakes every lane.
 * Raising it is O(1), so {@code cancel()} returns at once even with 20,000 threads to interrupt.
 */
final class StopSignal {
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Thread controller;

    /** The thread to interrupt when the run must stop; set before it starts. */
    void controlledBy(Thread thread) {
        controller = thread;
    }

    /** Whether the run was told to stop (cancelled or failed). */
    boolean isStopped() {
        return stopped.get();
    }

    /** Raises the flag; true only for the first call, which also interrupts the controller. */
    boolean stop() {
        if (!stopped.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = controller;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
        return true;
    }

    /** Records {@code problem} as the run's failure (the first one wins) and stops the run. */
    void fail(Throwable problem) {
        failure.compareAndSet(null, problem);
        stop();
    }

    /** The first failure, or null. */
    Throwable failure() {
        return failure.get();
    }
}
