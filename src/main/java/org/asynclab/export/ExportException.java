package org.asynclab.export;

/** A file could not be written; the message names the file and the reason, in words fit for a person. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the file and the reason. */
    public ExportException(String message) {
        super(message);
    }

    /** Creates the exception with a message that names the file and the reason, and its cause. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
