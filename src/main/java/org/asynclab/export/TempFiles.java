package org.asynclab.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of writes in flight, each beside its target and named after it:
 * {@code .results.json.3f9a0c2e41b7d855.tmp}. An interrupt (Ctrl-C, {@code kill}) ends the JVM through its
 * shutdown hooks, not through the writer's {@code finally}; so every temporary file is registered here while it
 * exists, and one shutdown hook removes those still there. The name keeps at most {@link #NAME_CHARS}
 * characters of the target's, so a target whose name is near the file system's limit (255 bytes) still gets a
 * temporary file.
 */
final class TempFiles {
    /** How much of the target's name the temporary name keeps. */
    static final int NAME_CHARS = 40;
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private TempFiles() {
    }

    /** Creates a new, empty temporary file beside {@code target} and registers it for removal at exit. */
    static Path create(Path target) throws IOException {
        hookOnce();
        String name = target.getFileName().toString();
        int cut = Math.min(name.length(), NAME_CHARS);
        if (cut > 0 && Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path temp = target.resolveSibling("." + name.substring(0, cut) + "." + random + ".tmp");
        // Registered before it exists, so no moment passes where the file is there and the hook does not know it.
        IN_FLIGHT.add(temp);
        try {
            // Not createTempFile: it makes the file owner-only (0600), and the move would keep that mode.
            return Files.createFile(temp);
        } catch (IOException | RuntimeException e) {
            IN_FLIGHT.remove(temp);
            throw e;
        }
    }

    /** Removes {@code temp} if it is still there (it is not after a successful move) and forgets it. */
    static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Hidden and named after the target; nothing more can be done here.
        } finally {
            IN_FLIGHT.remove(temp);
        }
    }

    /** The temporary files that exist now; for tests. */
    static Set<Path> inFlight() {
        return Set.copyOf(IN_FLIGHT);
    }

    private static void hookOnce() {
        if (hooked) {
            return;
        }
        synchronized (TempFiles.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "asynclab-temp-files"));
                hooked = true;
            }
        }
    }

    private static void deleteAll() {
        for (Path temp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Shutting down: nobody left to tell.
            }
        }
    }
}
