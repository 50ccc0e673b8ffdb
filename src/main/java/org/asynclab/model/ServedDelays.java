package org.asynclab.model;

import java.util.List;

/**
 * "Same delays, two worlds" (issue 11): AsyncLab's seeded delays offered to a Python program's
 * {@code random.uniform}, in call order, and every call the program made. A call beyond the delays offered drew
 * Python's own number; delays left over were never used. Each call names the row of the task that made it, so the
 * delay each Python task got can be set beside the Java task's of the same index.
 *
 * @param offered the delays AsyncLab offered (its n)
 * @param calls   every call of {@code random.uniform}, in order
 */
public record ServedDelays(int offered, List<Call> calls) {
    /**
     * One call of {@code random.uniform}.
     *
     * @param index   0 for the program's first call, 1 for the next…
     * @param row     the row of the task (or the program's main task) that made it, or −1 outside any task
     * @param seconds what the call returned
     * @param served  whether it was AsyncLab's delay (false: beyond the delays offered, Python drew its own)
     */
    public record Call(int index, int row, double seconds, boolean served) {
    }

    /** Copies the list. */
    public ServedDelays {
        if (offered < 0) {
            throw new IllegalArgumentException("offered must be 0 or more (got " + offered + ")");
        }
        calls = List.copyOf(calls);
    }

    /** How many of the offered delays the program took. */
    public int used() {
        return (int) calls.stream().filter(Call::served).count();
    }

    /** Offered delays the program never asked for (it called {@code random.uniform} fewer than n times). */
    public int unused() {
        return offered - used();
    }

    /** Calls beyond the offered delays, which drew Python's own numbers (it called more than n times). */
    public int beyond() {
        return calls.size() - used();
    }

    /** Whether the program called {@code random.uniform} exactly once per offered delay. */
    public boolean matches() {
        return calls.size() == offered && unused() == 0;
    }
}
