package org.asynclab.model;

/**
 * A setting outside its valid range. It names the setting ({@link #field()}, e.g. {@code tasks}) so that each
 * front end can point at the right option or text field; the message states the valid range.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** Creates the exception for {@code field} with a message that gives the valid range or the reason. */
    public InvalidSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The setting's name as in {@link RunConfig}: tasks, maxDelay, mode, workers, kind, seed. */
    public String field() {
        return field;
    }
}
