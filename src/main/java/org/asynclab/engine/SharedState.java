package org.asynclab.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.asynclab.model.Coordination;
import org.asynclab.model.CounterTally;
import org.asynclab.model.SharedCounter;

/**
 * What the tasks of a course lesson share: the counter of the race lesson (and its lock), the rules of the run
 * (counter, semaphore, deadline) and the record of the phases inside each task's life.
 *
 * <p>The counter is read with one call and written with another: the race between them is the lesson, so it is
 * left in on purpose. An {@link AtomicInteger} is used only for visibility (a thread sees the latest write),
 * never for its atomic updates. The number of writes is counted atomically: it is the count the counter should
 * reach.
 */
final class SharedState {
    /** Phases a task can record: a semaphore wait, its wait (or computation), a lock wait, its read-to-write. */
    static final int PHASE_SLOTS = 4;

    private final Coordination rules;
    private final PhaseRecording phases;
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private final Lock lock = new ReentrantLock();

    SharedState(Coordination rules, int tasks) {
        this.rules = rules;
        // notes ("read 41") only where a counter gives them something to say
        this.phases = new PhaseRecording(tasks, PHASE_SLOTS, rules.hasCounter());
    }

    /** The run's counter, semaphore and deadline. */
    Coordination rules() {
        return rules;
    }

    /** Where the tasks record their phases and outcomes. */
    PhaseRecording phases() {
        return phases;
    }

    /** The lock that guards the counter on threads, for {@link SharedCounter#LOCK}. */
    Lock lock() {
        return lock;
    }

    /** Reads the counter (the first half of {@code counter = counter + 1}). */
    int read() {
        return counter.get();
    }

    /** Writes the counter (the second half), and counts the update that should have added one. */
    void write(int value) {
        counter.set(value);
        updates.incrementAndGet();
    }

    /** The expected count (updates made) and the counter's value; after every task has ended. */
    CounterTally tally() {
        return new CounterTally(updates.get(), counter.get());
    }
}
