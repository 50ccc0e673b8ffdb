package org.asynclab.model;

/** How a finished task ended. A task that has not finished has no outcome yet. */
public enum TaskOutcome {
    /** It ran to its end (or its request got an answer). */
    DONE("done"),
    /** It was cancelled before its end: a deadline passed ({@code asyncio.wait_for}), or the run was stopped. */
    CANCELLED("cancelled"),
    /** It raised an exception, or its request failed. */
    FAILED("failed");

    private final String id;

    TaskOutcome(String id) {
        this.id = id;
    }

    /** The name used in JSON and in CSS. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
