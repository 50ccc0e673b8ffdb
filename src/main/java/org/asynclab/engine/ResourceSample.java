package org.asynclab.engine;

/**
 * What the JVM holds at one moment, as {@link ResourceMonitor} read it.
 *
 * @param liveThreads   live platform threads of the JVM (virtual threads are not counted: they are not OS threads)
 * @param peakThreads   the most live platform threads since the monitor's {@link ResourceMonitor#start()}
 * @param heapUsedBytes heap in use, garbage not yet collected included
 * @param residentBytes memory of the whole process in RAM (thread stacks included), or −1 where the system does
 *                      not tell (it is read from {@code /proc/self/status}, so on Linux only)
 */
public record ResourceSample(int liveThreads, int peakThreads, long heapUsedBytes, long residentBytes) {
    /** Value of a figure the system does not tell. */
    public static final long UNKNOWN = -1;

    /** Whether the resident memory is known. */
    public boolean hasResident() {
        return residentBytes != UNKNOWN;
    }
}
