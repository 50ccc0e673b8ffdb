package org.asynclab.engine;

/**
 * A second sequential lane of the suite, as a resource of JUnit's {@code @ResourceLock}: the classes without a
 * window whose time is real runs of the engine (the lessons' claims, the order of completion at 10⁴ tasks) take it,
 * and run one at a time, as on the sequential thread, but beside the window classes instead of after them. Each
 * also takes {@link LaneThreadsResource} to read, so that no class that looks for lane threads left behind runs
 * beside them. Marked so, their 30–40 s no longer add to the window classes' time on the first JVM's sequential
 * thread, the chain the suite waits for.
 */
public final class RealRunsLane {
    /** The key to lock. */
    public static final String KEY = "org.asynclab.engine.realRunsLane";

    private RealRunsLane() {
    }
}
