package org.asynclab.engine;

/**
 * Makes the (unstarted) threads of a run's lanes. The engine's own makes daemon threads, so that closing the app
 * during a run exits at once; tests put in one that refuses, to see a refused thread handled.
 */
interface LaneThreads {
    /** The engine's thread maker. */
    LaneThreads DAEMONS = new LaneThreads() {
        @Override
        public Thread platform(String name, Runnable body) {
            return Thread.ofPlatform().name(name).daemon(true).stackSize(LaneExecutor.PLATFORM_STACK_BYTES)
                    .unstarted(body);
        }

        @Override
        public Thread virtual(String name, Runnable body) {
            return Thread.ofVirtual().name(name).unstarted(body);
        }
    };

    /** An unstarted daemon platform thread. */
    Thread platform(String name, Runnable body);

    /** An unstarted virtual thread (always a daemon). */
    Thread virtual(String name, Runnable body);
}
