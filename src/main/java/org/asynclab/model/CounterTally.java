package org.asynclab.model;

/**
 * The race lesson's figures: what a shared counter should read after every task added one, and what it read.
 *
 * @param expected   the tasks that updated the counter (every task, unless the run was stopped)
 * @param finalCount the counter's value after the run
 */
public record CounterTally(int expected, int finalCount) {

    /** Updates that another task's write overwrote. */
    public int lost() {
        return expected - finalCount;
    }
}
