package org.asynclab.model;

/**
 * How much of the machine the other programs took while a run went on: the cores they kept busy on average over the
 * run's clock. On a shared machine a CPU-bound run (cpu tasks, the simulated GIL) then takes longer than its model
 * says, and the figure tells a teacher that the machine bent the total, not the mode. Measured by the engine (from
 * {@code /proc} on Linux); {@link #UNKNOWN} elsewhere, for a run too short to tell, and for a result made by hand.
 *
 * @param cores        cores the other programs used, on average over the run (0 up to {@code machineCores})
 * @param machineCores cores the machine has, or 0 when unknown
 */
public record OtherPrograms(double cores, int machineCores) {
    /**
     * From half a core on, the front ends warn: the one home of that threshold. Below it the noise of a desktop (a
     * browser tab, an editor) hardly moves a total; above it a CPU run on a 2-core machine loses a quarter of its
     * cores.
     */
    public static final double WARNING_CORES = 0.5;

    /** No reading: not Linux, a run too short to tell, a result not measured by the engine. */
    public static final OtherPrograms UNKNOWN = new OtherPrograms(Double.NaN, 0);

    /** Whether there is a reading. */
    public boolean known() {
        return !Double.isNaN(cores);
    }

    /** Whether the other programs took enough of the machine to bend the run's total: {@link #WARNING_CORES}. */
    public boolean warns() {
        return known() && cores >= WARNING_CORES;
    }

    /** Of two readings, the one where the others took more (a comparison warns once, with its worse run). */
    public static OtherPrograms busier(OtherPrograms a, OtherPrograms b) {
        if (!a.known()) {
            return b;
        }
        return b.known() && b.cores > a.cores ? b : a;
    }
}
