package org.asynclab.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;

/**
 * Before the clock of each large run of virtual threads: the heap the run will fill is memory the JVM has used
 * before. A sleeping virtual thread holds about 1.5 KB of heap (its stack, its timer), so a 10⁵-task run fills
 * about 150 MB; in a fresh JVM each of those pages is touched for the first time during the run, and the
 * operating system zeroes it then (on a virtual machine the host may have to back it too). That was a sixth of the
 * carriers' time in a profile of the app's own launch ({@code clear_page} in the kernel), and right after another
 * program had freed its memory it was most of the run's overhead: 0.36 s instead of 0.14 s (median of 7, turn
 * about). It is the JVM's cost, not the mode's, as the JIT's compiling is, and a run repeated in the same JVM
 * does not pay it; so it is paid before the clock, once per JVM, and shown with the warm-up. Runs that overlap (a
 * test suite's) prepare one after another.
 *
 * <p>How: G1 gives a young collection's freed regions to the next allocations, lowest addresses first. So a
 * collection, then garbage of the run's size (touching the pages), then a collection again, leave the run's
 * allocations on pages already touched. The first collection makes each later large run start from the same
 * regions, so only growth is ever paid again. It needs {@code System.gc()} to be a young collection
 * ({@code -XX:+ExplicitGCInvokesConcurrent}, in the app's JVM options) under G1: with a full collection, G1 would
 * give memory back to the system, and the touching would be lost; under any other set-up this does nothing.
 */
final class HeapWarmUp {
    /** Heap a task of a virtual-thread run is allowed for: the 1.5 KB measured, with room. */
    static final long BYTES_PER_TASK = 2048;
    private static final int CHUNK_LONGS = 128 * 1024;
    private static final long CHUNK_BYTES = CHUNK_LONGS * (long) Long.BYTES;

    private final boolean enabled;
    /** A young collection: {@code System.gc()} under the app's options. */
    private final Runnable collect;
    /** What this JVM allows, looked up at the first run that applies (the beans cost start-up time). */
    private Jvm jvm;
    /** Bytes of young generation touched so far in this JVM. */
    private long touched;
    /** The chunk allocated last: stored, so that the JIT cannot drop the garbage as unused. */
    private long[] last;

    /**
     * What the JVM allows.
     *
     * @param possible   whether {@code System.gc()} is a young collection of G1 here
     * @param youngBytes the young generation's size the JVM was given ({@code -XX:NewSize})
     */
    record Jvm(boolean possible, long youngBytes) {
        static Jvm current() {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("G1 "));
            boolean young = hotSpot != null && "true".equals(option(hotSpot, "ExplicitGCInvokesConcurrent"));
            long newSize = hotSpot == null ? 0 : parse(option(hotSpot, "NewSize"));
            return new Jvm(g1 && young, newSize);
        }
    }

    private HeapWarmUp(boolean enabled, Jvm jvm, Runnable collect) {
        this.enabled = enabled;
        this.jvm = jvm;
        this.collect = collect;
    }

    /** The JVM's: it prepares the heap where this JVM allows it. */
    static HeapWarmUp forThisJvm() {
        return new HeapWarmUp(true, null, System::gc);
    }

    /** One for a JVM as given, collecting with {@code collect}: for tests. */
    static HeapWarmUp forJvm(Jvm jvm, Runnable collect) {
        return new HeapWarmUp(true, jvm, collect);
    }

    /** One that never does anything. */
    static HeapWarmUp none() {
        return new HeapWarmUp(false, null, () -> { });
    }

    /** Whether a run of {@code config} is one whose heap is prepared (when this JVM allows it). */
    static boolean applies(RunConfig config) {
        return config.mode() == Mode.VIRTUAL && JitWarmUp.applies(config);
    }

    /**
     * The bytes touched for a run of {@code tasks}: {@link #BYTES_PER_TASK} each, at most the young generation the
     * JVM was given (beyond it the run collects anyway, and reuses what it collected).
     */
    static long bytesFor(int tasks, long youngBytes) {
        return Math.min(tasks * BYTES_PER_TASK, youngBytes);
    }

    private Jvm jvm() {
        if (jvm == null) {
            jvm = Jvm.current();
        }
        return jvm;
    }

    /** Bytes of young generation touched so far. */
    synchronized long touched() {
        return touched;
    }

    /**
     * Prepares the heap for {@code config}'s run if it applies: a young collection, and the first time a run
     * needs more than was touched before, the touching and a second collection. On the run's controller, before
     * its clock. A stop ends the touching at once (the run's controller is interrupted too, after its flag is up:
     * the interrupt is left for the run's own waits to see).
     *
     * @return the time it took, or 0 when there was nothing to do
     */
    synchronized long prepare(RunConfig config, BooleanSupplier stopped) {
        if (!enabled || !applies(config) || stopped.getAsBoolean() || !jvm().possible()) {
            return 0;
        }
        long began = System.nanoTime();
        collect.run();
        long wanted = bytesFor(config.tasks(), jvm().youngBytes());
        if (wanted > touched) {
            long bytes = 0;
            while (bytes < wanted && !stopped.getAsBoolean()) {
                last = new long[CHUNK_LONGS];
                bytes += CHUNK_BYTES;
            }
            last = null;
            collect.run();
            touched = Math.max(touched, bytes);
        }
        return System.nanoTime() - began;
    }

    private static String option(HotSpotDiagnosticMXBean hotSpot, String name) {
        try {
            VMOption option = hotSpot.getVMOption(name);
            return option.getValue();
        } catch (IllegalArgumentException unknown) {
            return "";
        }
    }

    private static long parse(String bytes) {
        try {
            return Long.parseLong(bytes);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
