package org.asynclab.engine;

/**
 * A run that could not go on: the system refused a thread, or something inside the engine broke. The run was
 * stopped cleanly (its threads ended) before this was reported through {@link RunHandle#result()}.
 */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what failed and what to do. */
    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
