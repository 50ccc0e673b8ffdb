package org.asynclab.lesson;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one rule for why a file a teacher names (a scenario, a list of URLs) could not be opened, in their words:
 * "no such file (looked for /home/me/urls.txt)", "cannot be read: permission denied", "cannot be read: it is a
 * folder, not a file". Java's exception names never show.
 */
public final class UnreadableFiles {
    private UnreadableFiles() {
    }

    /** Why {@code file} could not be read, starting with a verb or "no such file", for "name: …" messages. */
    public static String why(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (looked for " + file.toAbsolutePath() + ")";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (Files.isDirectory(file)) {
            return "cannot be read: it is a folder, not a file";
        }
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? "the system refused it"
                : e.getMessage().strip().replaceAll("\\s+", " ");
        return "cannot be read: " + reason;
    }
}
