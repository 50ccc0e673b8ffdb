package org.asynclab.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.model.OtherPrograms;

/**
 * One reading of the CPU clocks: the whole machine's busy time, this process's own, and the wall clock. Two
 * readings, at a run's start and at its end, tell how many cores the <em>other</em> programs kept busy meanwhile
 * ({@link #otherProgramsSince}): the machine's busy time less ours, over the wall time.
 *
 * <p>Linux only: the machine's time is the first line of {@code /proc/stat} (user + nice + system + irq + softirq +
 * steal; guest time is already inside user and nice), ours {@code utime + stime + cutime + cstime} of
 * {@code /proc/self/stat}: this JVM's and that of the programs it ran and waited for (a Python program, counted once
 * its process is reaped, with what it waited for in turn), both in USER_HZ ticks, which Linux fixes at 100 a second
 * whatever the kernel's own tick ({@code getconf CLK_TCK}). Where {@code /proc} is missing the reading is
 * {@link #NONE} and the run's figure unknown: nothing is guessed.
 *
 * @param machineBusyTicks busy time of every core since boot, in ticks
 * @param processTicks     this process's CPU time since it began, with its reaped children's, in ticks
 * @param wallNanos        {@link System#nanoTime()} at the reading
 * @param cores            cores the machine has ({@code /proc/stat}'s {@code cpuN} lines), 0 for no reading
 */
public record CpuCounters(long machineBusyTicks, long processTicks, long wallNanos, int cores) {
    /** USER_HZ: the unit of {@code /proc/stat} and {@code /proc/self/stat}, 100 on every Linux. */
    static final long TICKS_PER_SECOND = 100;
    /**
     * Runs shorter than this get no figure: the two files count in 10 ms ticks, each on its own schedule, and a
     * couple of ticks' disagreement over a 0.1 s run would read as a fifth of a core used by others.
     */
    static final long LEAST_WALL_NANOS = 250_000_000L;
    /** Set to {@code true}, runs are not measured: the tests' windows stay the same however busy the machine is. */
    static final String UNMEASURED_PROPERTY = "asynclab.otherPrograms.unmeasured";
    /** No reading. */
    static final CpuCounters NONE = new CpuCounters(0, 0, 0, 0);

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final Path PROC_SELF_STAT = Path.of("/proc/self/stat");

    /** Whether this is a reading (not {@link #NONE}). */
    boolean known() {
        return cores > 0;
    }

    /** Reads the clocks now, or {@link #NONE} without {@code /proc} or when {@link #UNMEASURED_PROPERTY} is set. */
    public static CpuCounters read() {
        if (Boolean.getBoolean(UNMEASURED_PROPERTY) || !Files.isReadable(PROC_STAT)
                || !Files.isReadable(PROC_SELF_STAT)) {
            return NONE;
        }
        try {
            long own = processTicks(Files.readString(PROC_SELF_STAT));
            return of(Files.readAllLines(PROC_STAT), own, System.nanoTime(),
                    Runtime.getRuntime().availableProcessors());
        } catch (IOException | RuntimeException unreadable) {
            // Not the Linux files we know: the figure is simply unknown.
            return NONE;
        }
    }

    /**
     * A reading from {@code /proc/stat}'s lines, or {@link #NONE} when this JVM may use fewer cores than the machine
     * has (a container, a CPU quota): the others' time on cores the run cannot use would then read as taken from it.
     */
    static CpuCounters of(List<String> procStat, long processTicks, long wallNanos, int availableProcessors) {
        int cores = cores(procStat);
        return cores > availableProcessors ? NONE
                : new CpuCounters(busyTicks(procStat.getFirst()), processTicks, wallNanos, cores);
    }

    /**
     * The cores the other programs used on average between {@code before} and this reading, or
     * {@link OtherPrograms#UNKNOWN} when either is no reading or they are less than {@link #LEAST_WALL_NANOS} apart.
     */
    public OtherPrograms otherProgramsSince(CpuCounters before) {
        long wall = wallNanos - before.wallNanos;
        if (!known() || !before.known() || wall < LEAST_WALL_NANOS) {
            return OtherPrograms.UNKNOWN;
        }
        long others = (machineBusyTicks - before.machineBusyTicks) - (processTicks - before.processTicks);
        double cores = Math.max(0, others) * (1e9 / TICKS_PER_SECOND) / wall;
        return new OtherPrograms(Math.min(cores, this.cores), this.cores);
    }

    /** user + nice + system + irq + softirq + steal of the line {@code "cpu  44183 6399 10004 1264780 687 0 143 …"}. */
    static long busyTicks(String cpuLine) {
        String[] f = cpuLine.strip().split("\\s+");
        if (!f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the machine's cpu line: " + cpuLine);
        }
        // 1 user, 2 nice, 3 system, 4 idle, 5 iowait, 6 irq, 7 softirq, 8 steal; idle and iowait are not busy.
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += field < f.length ? Long.parseLong(f[field]) : 0;
        }
        return busy;
    }

    /**
     * utime + stime + cutime + cstime of {@code /proc/self/stat}: its 14th to 17th fields, counted after the
     * command's ")". The children's: a Python program's time is AsyncLab's run, not another program's.
     */
    static long processTicks(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces: count from its closing one.
        String[] f = stat.substring(stat.lastIndexOf(')') + 1).strip().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** The machine's cores: the {@code cpu0}, {@code cpu1}, … lines. */
    static int cores(List<String> procStat) {
        int cores = 0;
        for (String line : procStat) {
            if (line.length() > 3 && line.startsWith("cpu") && Character.isDigit(line.charAt(3))) {
                cores++;
            }
        }
        return cores;
    }
}
