package org.asynclab.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * How AsyncLab writes a file the user named, the one place for it (the command line, the window's exports and the
 * sweep's). Where the name really leads is decided by {@link OutputTarget}: through symbolic links to their
 * target (the link stays a link); {@code -}, FIFOs and devices are streamed to in place; a regular file is
 * written whole or not at all: the content goes to a temporary file beside it ({@link TempFiles}), which is then
 * moved over it, keeping the old file's permissions. A failure leaves the old file as it was and removes the
 * temporary file; so does an interrupt, through a shutdown hook.
 *
 * <pre>{@code
 * OutputTarget.problemWriting(path).ifPresent(problem -> refuse("--json cannot be written: " + problem));
 * ... the run ...
 * AtomicFiles.write(path, out -> ResultJson.writeTo(out, results));
 * }</pre>
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
     * Writes {@code target}, {@code -} being the process's standard output.
     *
     * @throws ExportException with a message fit for a person (the path and the reason) when it cannot be written
     */
    public static void write(Path target, Content content) throws ExportException {
        write(target, content, System.out);
    }

    /**
     * Writes {@code target}, {@code -} being {@code standardOutput} (flushed, never closed).
     *
     * @throws ExportException with a message fit for a person (the path and the reason) when it cannot be written
     */
    public static void write(Path target, Content content, OutputStream standardOutput) throws ExportException {
        OutputTarget where = OutputTarget.of(target);
        try {
            switch (where.kind()) {
                case STANDARD_OUTPUT -> writeToStandardOutput(content, standardOutput);
                case STREAM -> {
                    try (OutputStream out = Files.newOutputStream(where.path(), StandardOpenOption.WRITE,
                            StandardOpenOption.APPEND)) {
                        content.writeTo(out);
                    }
                }
                default -> replace(where.path(), content);
            }
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Reason.PERMISSION_DENIED, target, null, e);
        } catch (NoSuchFileException e) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, target, null, e);
        } catch (IOException | RuntimeException e) {
            throw failure(target, e);
        }
    }

    private static void writeToStandardOutput(Content content, OutputStream standardOutput) throws IOException {
        // System.out swallows errors (a full disk behind "> file"): its checkError() says whether one happened.
        OutputStream kept = new FilterOutputStream(standardOutput) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        content.writeTo(kept);
        kept.flush();
        if (standardOutput instanceof java.io.PrintStream print && print.checkError()) {
            throw new IOException("standard output refused the data (closed, or the disk is full)");
        }
    }

    private static void replace(Path target, Content content) throws IOException {
        Path temp = null;
        try {
            temp = TempFiles.create(target);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissions(target, temp);
            move(temp, target);
        } finally {
            TempFiles.delete(temp);
        }
    }

    /** Gives the new file the old one's permissions (a private mode-600 result stays private). */
    private static void keepPermissions(Path old, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class);
        if (view == null || !Files.exists(old)) {
            return;
        }
        Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ExportException failure(Path target, Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return new ExportException(ExportException.Reason.OTHER, target, e.getClass().getSimpleName(), e);
        }
        return message.contains("No space left")
                ? new ExportException(ExportException.Reason.DISK_FULL, target, null, e)
                : new ExportException(ExportException.Reason.OTHER, target, message, e);
    }
}
