package org.asynclab.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads what a run costs the JVM while it goes on: live platform threads, the peak since the run began, heap in
 * use and the process's resident memory. It samples nothing by itself: the caller calls {@link #sample()} as
 * often as it likes (the window once per pulse, the command line every few milliseconds), and the monitor keeps
 * the peaks of what it saw.
 *
 * <pre>{@code
 * ResourceMonitor monitor = new ResourceMonitor();
 * monitor.start();                       // resets the JVM's peak thread count
 * RunHandle run = engine.start(config, workload);
 * // each pulse:
 * ResourceSample now = monitor.sample(); // live threads, peak threads, heap, resident memory
 * }</pre>
 *
 * <p>The peak thread count is the JVM's own ({@link ThreadMXBean#getPeakThreadCount()}): it sees every thread
 * however short-lived, with no sampling. Heap and resident memory are sampled, so their peaks are those of the
 * samples. The JVM has one peak thread count: two monitors started at once would reset each other's; and the
 * counts are of the whole JVM, so a run beside another one counts both. Virtual threads are not OS threads and
 * the JVM does not count them; the few carrier threads that run them are counted.
 */
public final class ResourceMonitor {
    private static final Path PROC_STATUS = Path.of("/proc/self/status");
    /** One short line: sizes in pages, resident second; cheaper than the status file for the kernel and for us. */
    private static final Path PROC_STATM = Path.of("/proc/self/statm");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private ResourceSample baseline = new ResourceSample(0, 0, 0, ResourceSample.UNKNOWN);
    private long peakHeap;
    private long peakResident = ResourceSample.UNKNOWN;
    /** The page size in bytes, learned by {@link #start()}; until then (or when unknown) the status file is read. */
    private long pageBytes = ResourceSample.UNKNOWN;
    private final ByteBuffer statm = ByteBuffer.allocate(256);

    /** Starts watching: resets the JVM's peak thread count and the sampled peaks, and reads the baseline. */
    public ResourceSample start() {
        threads.resetPeakThreadCount();
        return follow();
    }

    /**
     * Reads the figures now, and keeps their peaks. Cheap: a few reads of the JVM's counters and one line of
     * {@code /proc/self/statm} into a buffer kept for it (the command line samples every 5 ms while a run goes on,
     * and reading the whole status file each time was a tenth of the process's CPU during a 10⁵-task run).
     */
    public ResourceSample sample() {
        int live = threads.getThreadCount();
        long heap = memory.getHeapMemoryUsage().getUsed();
        long pages = pageBytes > 0 ? residentPages() : ResourceSample.UNKNOWN;
        long resident = pages >= 0 ? pages * pageBytes : residentBytes();
        peakHeap = Math.max(peakHeap, heap);
        peakResident = Math.max(peakResident, resident);
        return new ResourceSample(live, Math.max(live, threads.getPeakThreadCount()), heap, resident);
    }

    /**
     * Starts watching a run whose start has just reset the JVM's peak thread count (a {@link RunSequence} does,
     * on the thread that starts the run): the sampled peaks and the baseline only. Resetting the one JVM-wide
     * count again, later, would forget the threads that began and ended in between.
     */
    public ResourceSample follow() {
        peakHeap = 0;
        peakResident = ResourceSample.UNKNOWN;
        pageBytes = pageBytes(residentBytes(), residentPages());
        baseline = sample();
        return baseline;
    }

    /** The figures read by {@link #start()}. */
    public ResourceSample baseline() {
        return baseline;
    }

    /** The peaks since {@link #start()}: the JVM's peak thread count, and the largest heap and memory sampled. */
    public ResourceSample peaks() {
        int live = threads.getThreadCount();
        return new ResourceSample(live, Math.max(live, threads.getPeakThreadCount()), peakHeap, peakResident);
    }

    /** The process's resident memory from {@code /proc/self/status} (its {@code VmRSS} line), or −1. */
    static long residentBytes() {
        if (!Files.isReadable(PROC_STATUS)) {
            return ResourceSample.UNKNOWN;
        }
        try {
            List<String> lines = Files.readAllLines(PROC_STATUS);
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    return parseKilobytes(line.substring("VmRSS:".length())) * 1024;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not Linux, or not as expected: the figure is simply unknown.
            return ResourceSample.UNKNOWN;
        }
        return ResourceSample.UNKNOWN;
    }

    /** The process's resident pages, the second figure of {@code /proc/self/statm}, or −1. */
    private long residentPages() {
        if (!Files.isReadable(PROC_STATM)) {
            return ResourceSample.UNKNOWN;
        }
        try (FileChannel channel = FileChannel.open(PROC_STATM)) {
            statm.clear();
            channel.read(statm);
            return secondNumber(statm.flip());
        } catch (IOException | RuntimeException unreadable) {
            return ResourceSample.UNKNOWN;
        }
    }

    /** The second whole number of an ASCII line such as {@code "765 417 389 5 0 123 0"}, or −1. */
    static long secondNumber(ByteBuffer line) {
        int field = 0;
        long value = -1;
        while (line.hasRemaining()) {
            byte b = line.get();
            if (b >= '0' && b <= '9') {
                value = (value < 0 ? 0 : value * 10) + (b - '0');
            } else if (value >= 0) {
                if (++field == 2) {
                    return value;
                }
                value = -1;
            }
        }
        return field == 1 && value >= 0 ? value : ResourceSample.UNKNOWN;
    }

    /**
     * The page size, from the same memory read as bytes and as pages at nearly the same moment: the power of two
     * nearest their ratio, or −1 when either is unknown.
     */
    static long pageBytes(long residentBytes, long residentPages) {
        if (residentBytes <= 0 || residentPages <= 0) {
            return ResourceSample.UNKNOWN;
        }
        long ratio = Math.max(1, Math.round(residentBytes / (double) residentPages));
        long lower = Long.highestOneBit(ratio);
        return ratio >= lower + lower / 2 ? 2 * lower : lower;
    }

    /** {@code "  123456 kB"} to 123456. */
    static long parseKilobytes(String text) {
        String digits = text.strip();
        int space = digits.indexOf(' ');
        return Long.parseLong(space < 0 ? digits : digits.substring(0, space));
    }
}
