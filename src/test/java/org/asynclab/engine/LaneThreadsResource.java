package org.asynclab.engine;

/**
 * The engine's lane threads as a resource of JUnit's {@code @ResourceLock}: the suite runs the classes that wait
 * beside the others (src/test/resources/junit-platform.properties). A class that runs the engine beside others
 * takes it to read; a class that looks for lane threads left behind by its runs takes it to write, so that no
 * other class's lanes are alive while it looks.
 */
public final class LaneThreadsResource {
    /** The key to lock. */
    public static final String KEY = "org.asynclab.engine.laneThreads";

    private LaneThreadsResource() {
    }
}
