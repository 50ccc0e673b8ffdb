package org.asynclab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file the user named really goes, and how it is written. A name is followed through its symbolic links
 * to the file they point at (the links stay); then
 * <ul>
 *   <li>{@code -} is standard output;</li>
 *   <li>a FIFO, a device ({@code /dev/null}) or a process's descriptor ({@code /dev/stdout}, anything under
 *       {@code /proc}) is a <em>stream</em>: opened and written in place, never replaced;</li>
 *   <li>a regular file, or a name not taken yet, is <em>replaced</em>: written beside it under a temporary name,
 *       then moved over it, so nobody ever reads half a file.</li>
 * </ul>
 *
 * @param kind  how the file is written
 * @param named the name as the user gave it
 * @param path  the file to write: the end of the links for {@link Kind#REPLACE}, the name itself for a stream
 */
public record OutputTarget(Kind kind, Path named, Path path) {
    /** The name that means standard output. */
    public static final String STANDARD_OUTPUT = "-";
    /** How many symbolic links are followed before the name is called a loop (Linux's own limit). */
    static final int MAX_LINKS = 40;

    /** How a target is written. */
    public enum Kind {
        /** Standard output ({@code -}). */
        STANDARD_OUTPUT,
        /** Opened and written in place: a FIFO or a device. */
        STREAM,
        /** Written to a temporary file beside it, then moved over it. */
        REPLACE
    }

    /**
     * Where {@code named} goes.
     *
     * @throws ExportException when its links loop or lead into a folder that does not exist
     */
    public static OutputTarget of(Path named) throws ExportException {
        if (isStandardOutput(named)) {
            return new OutputTarget(Kind.STANDARD_OUTPUT, named, named);
        }
        Path path = named.toAbsolutePath();
        for (int hops = 0; ; hops++) {
            if (isSystemFile(path)) {
                return new OutputTarget(Kind.STREAM, named, named.toAbsolutePath());
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            if (hops == MAX_LINKS) {
                throw new ExportException(ExportException.Reason.LINK_LOOP, named, null);
            }
            path = follow(named, path);
        }
        if (path.getFileName() == null) {
            throw new ExportException(ExportException.Reason.IS_FOLDER, named, null); // the root, "/"
        }
        Path real = realFolder(named, path).resolve(path.getFileName());
        if (Files.isDirectory(real)) {
            throw new ExportException(ExportException.Reason.IS_FOLDER, named, null);
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            return new OutputTarget(Kind.STREAM, named, real);
        }
        return new OutputTarget(Kind.REPLACE, named, real);
    }

    /** Whether {@code named} is {@code -}, standard output. */
    public static boolean isStandardOutput(Path named) {
        return named.toString().equals(STANDARD_OUTPUT);
    }

    /**
     * Why {@code named} cannot be written, checked before a run so a long run never ends in "cannot write": its
     * links, its folder, a name the file system refuses (too long), no permission (to the folder, or to an existing
     * file, read-only, that a shell's {@code >} would refuse too). A new file is created and
     * removed again to ask the file system itself; an existing file and a stream are left untouched.
     */
    public static Optional<String> problemWriting(Path named) {
        try {
            OutputTarget target = of(named);
            switch (target.kind()) {
                case STANDARD_OUTPUT -> {
                    return Optional.empty();
                }
                case STREAM -> {
                    return Files.isWritable(target.path()) ? Optional.empty()
                            : Optional.of("no permission to write " + named);
                }
                default -> {
                    return target.problemReplacing();
                }
            }
        } catch (ExportException e) {
            return Optional.of(e.getMessage().replaceFirst("^cannot write [^:]*: ", ""));
        }
    }

    /** What would stop a file in this folder, under this name, from being written and moved. */
    private Optional<String> problemReplacing() {
        Path folder = path.getParent();
        try {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isWritable(path)) {
                    // A shell's ">" refuses a file it may not write; moving a new file over it would not.
                    return Optional.of("no permission to write " + path + " (the file is read-only)");
                }
                TempFiles.delete(TempFiles.create(path));
            } else {
                Files.delete(Files.createFile(path));
            }
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return Optional.empty(); // someone else made it meanwhile: the name is fine
        } catch (AccessDeniedException e) {
            return Optional.of("no permission to create files in " + folder);
        } catch (FileSystemException e) {
            return Optional.of(reason(e));
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot create files in " + folder + ": " + e.getClass().getSimpleName());
        }
    }

    private String reason(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.contains("name too long")) {
            return "the name is too long for this file system ("
                    + path.getFileName().toString().getBytes(StandardCharsets.UTF_8).length
                    + " bytes)";
        }
        if (reason.contains("Read-only")) {
            return "the folder " + path.getParent() + " is on a read-only file system";
        }
        return "cannot create files in " + path.getParent() + (reason.isEmpty() ? "" : ": " + reason);
    }

    private static Path follow(Path named, Path link) throws ExportException {
        try {
            Path to = Files.readSymbolicLink(link);
            return to.isAbsolute() ? to : link.resolveSibling(to);
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.LINK_UNREADABLE, named, null, e);
        }
    }

    /** The folder of {@code path} with its own links resolved; refuses a folder that does not exist. */
    private static Path realFolder(Path named, Path path) throws ExportException {
        Path folder = path.getParent();
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                throw new NoSuchFileException(String.valueOf(folder));
            }
            return folder.toRealPath();
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, named, String.valueOf(folder), e);
        }
    }

    /**
     * A process's own descriptors ({@code /dev/stdout → /proc/self/fd/1}) are written in place, even when they
     * lead to a regular file (the shell's {@code > out.txt}): replacing that file would hide what the process
     * writes to it. Devices need no rule of their own: they are not regular files.
     */
    private static boolean isSystemFile(Path absolute) {
        Path normal = absolute.normalize();
        return normal.startsWith("/proc") && !Files.isDirectory(normal);
    }
}
