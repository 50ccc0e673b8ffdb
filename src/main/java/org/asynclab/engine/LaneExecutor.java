package org.asynclab.engine;

/**
 * The executor of one mode: it creates the run's lanes (threads), hands them the tasks, and lets the run's
 * controller wait for them and stop them. Every method is called on the controller thread.
 */
abstract class LaneExecutor {
    /** Stack size asked for each platform thread: the tasks are shallow, and 20,000 threads must fit. */
    static final long PLATFORM_STACK_BYTES = 256 * 1024;

    protected final RunParts parts;

    LaneExecutor(RunParts parts) {
        this.parts = parts;
    }

    /**
     * Creates the lanes and submits the tasks; returns when all are handed over, or early when the run stops.
     *
     * @throws RunFailedException when the system refuses a thread
     */
    abstract void launch();

    /** Waits until every lane has ended. */
    abstract void join() throws InterruptedException;

    /** Wakes every lane so that it ends soon: called once the stop flag is up. Must not block. */
    abstract void stop();

    /** Starts a daemon platform thread for a lane; a refusal by the system becomes a clear failure. */
    protected Thread startPlatform(String name, Runnable body) {
        Thread thread = parts.threads().platform(name, body);
        start(thread, name);
        return thread;
    }

    /** Starts {@code thread}; a refusal by the system becomes a clear failure. */
    protected void start(Thread thread, String name) {
        try {
            thread.start();
        } catch (OutOfMemoryError refused) {
            throw new RunFailedException("could not start thread " + name + " (" + refused.getMessage()
                    + "): the system allows no more threads; use fewer tasks, mode pool or mode virtual", refused);
        }
    }
}
