package org.asynclab.engine.python;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether a server still listens on a loopback port: a run's server must be gone when the run is. */
public final class LoopbackPorts {
    /**
     * How long a closed server's socket may still accept. A process that another thread of the JVM starts while the
     * server is open gets a copy of every descriptor, the listening socket's too, and holds it until its start-up
     * helper closes the copies before running the program: a few milliseconds in which connections still succeed
     * (measured: a server closed in a loop while another thread started {@code true} in a loop was still reached by
     * 34 connections of 100; without the other thread, by none of 400). The suite starts python3, jshell and JVMs
     * beside these tests. Ten seconds spares a loaded machine; a server left open fails after them.
     */
    private static final long GRACE_NANOS = 10_000_000_000L;
    private static final long POLL_MILLIS = 20;

    private LoopbackPorts() {
    }

    /**
     * True when connections to 127.0.0.1:{@code port} are refused, at once or within the grace above: nothing
     * listens there any more; false when something still did after it.
     */
    public static boolean isClosed(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + GRACE_NANOS;
        while (!refused(port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    private static boolean refused(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}
