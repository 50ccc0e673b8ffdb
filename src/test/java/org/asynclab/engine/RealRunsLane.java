package org.asynclab.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A second sequential lane of the suite: the classes without a window whose time is real runs of the engine (the
 * lessons' claims, the order of completion at 10⁴ tasks) carry it, and run one at a time, as on the sequential
 * thread, but beside the window classes instead of after them. Each also takes {@link LaneThreadsResource} to read,
 * so that no class that looks for lane threads left behind runs beside them. Marked so, their 30–40 s no longer add
 * to the window classes' time on the first JVM's sequential thread, the chain the suite waits for.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = LaneThreadsResource.KEY, mode = ResourceAccessMode.READ)
@ResourceLock(RealRunsLane.KEY)
public @interface RealRunsLane {
    /** The lane, as a resource its classes take to write. */
    String KEY = "org.asynclab.engine.realRunsLane";
}
