package org.asynclab.export;

/**
 * A file could not be written; the message names the file and the reason, in words fit for a person (English: the
 * command line's). The {@link #reason()}, the {@link #file()} and the {@link #detail()} let a window say the same in
 * its own language.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a file could not be written. */
    public enum Reason {
        /** No permission to write it or its folder. */
        PERMISSION_DENIED,
        /** Its folder does not exist; the detail names the folder, or is null. */
        NO_FOLDER,
        /** The name is a folder's. */
        IS_FOLDER,
        /** Its symbolic links go round in a loop. */
        LINK_LOOP,
        /** Its symbolic link cannot be read. */
        LINK_UNREADABLE,
        /** The disk is full. */
        DISK_FULL,
        /** Another reason, the detail in the system's words. */
        OTHER
    }

    private final Reason reason;
    private final String file;
    private final String detail;

    /** Creates the exception of {@code reason} for {@code file}, with the {@code detail} its reason takes. */
    public ExportException(Reason reason, Object file, String detail) {
        this(reason, file, detail, null);
    }

    /** Creates the exception of {@code reason} for {@code file}, with its detail and its cause. */
    public ExportException(Reason reason, Object file, String detail, Throwable cause) {
        super("cannot write " + file + ": " + english(reason, detail), cause);
        this.reason = reason;
        this.file = String.valueOf(file);
        this.detail = detail;
    }

    private static String english(Reason reason, String detail) {
        return switch (reason) {
            case PERMISSION_DENIED -> "permission denied";
            case NO_FOLDER -> detail == null ? "the folder does not exist" : "the folder " + detail + " does not exist";
            case IS_FOLDER -> "it is a folder";
            case LINK_LOOP -> "its symbolic links go round in a loop";
            case LINK_UNREADABLE -> "its symbolic link cannot be read";
            case DISK_FULL -> "the disk is full";
            case OTHER -> detail;
        };
    }

    /** Why the file could not be written. */
    public Reason reason() {
        return reason;
    }

    /** The file, as it was named. */
    public String file() {
        return file;
    }

    /** The folder that does not exist, or another reason's words (null when the reason needs none). */
    public String detail() {
        return detail;
    }
}
