package org.asynclab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes files whole or not at all: the content goes to a temporary file beside the target, which is then moved
 * over it. A failure leaves the target as it was and removes the temporary file, so a reader never sees half a
 * file and an older file is never lost.
 */
public final class AtomicFiles {

    /** Writes the content of a file into a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything into {@code out}; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws ExportException with a message fit for a person (the path and the reason) when it cannot be written
     */
    public static void write(Path target, Content content) throws ExportException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
        Path temp = null;
        try {
            // Not createTempFile: it makes the file owner-only (0600), and the move would keep that mode.
            temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ExportException("cannot write " + target + ": the folder does not exist", e);
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.contains("No space left") ? "the disk is full" : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temporary file is hidden and named after the target; nothing more can be done here.
        }
    }
}
