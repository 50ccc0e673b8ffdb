package org.asynclab.lesson;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

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
        return problem(file, e).in(Locale.ENGLISH);
    }

    /** {@link #why} in words of no language yet, for a scenario file's problem. */
    static Phrase problem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Phrase.of("file.none", file.toAbsolutePath().toString());
        }
        if (e instanceof AccessDeniedException) {
            return Phrase.of("file.denied");
        }
        if (Files.isDirectory(file)) {
            return Phrase.of("file.folder");
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            return Phrase.of("file.refused");
        }
        return Phrase.of("read.failed", e.getMessage().strip().replaceAll("\\s+", " "));
    }
}
