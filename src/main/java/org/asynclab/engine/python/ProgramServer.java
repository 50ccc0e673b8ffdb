package org.asynclab.engine.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asynclab.engine.DelayServer;

/**
 * AsyncLab's loopback server for a Python program that fetches from it. A program whose text names the server's
 * path ({@code /delay/}, as the http samples' {@code f"/delay/{ms}"} does) gets a {@link DelayServer} of its own
 * on 127.0.0.1 at a free port for its run, the port as its first argument ({@code sys.argv[1]}, as the samples
 * read it: {@code python3 fetch.py 41234}); the run closes the server when the program ends or is stopped. Any other
 * program runs without a server and without an argument, as before.
 */
final class ProgramServer {
    private ProgramServer() {
    }

    /** Whether the program in {@code file} asks AsyncLab's server for its answers: its text names their path. */
    static boolean isNeededBy(Path file) throws IOException {
        // decoded leniently: a stray byte is Python's to report, not a reason to refuse the run here
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(DelayServer.PREFIX);
    }

    /**
     * Starts a server for one program and asks it for one answer first, so that the JVM's first use of the
     * server's code is not drawn as the program's first request.
     */
    static DelayServer start() throws IOException {
        DelayServer server = DelayServer.start(0);
        server.warmUp();
        return server;
    }
}
