package org.asynclab.engine.python;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether a server still listens on a loopback port: a run's server must be gone when the run is. */
public final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /** True when a connection to 127.0.0.1:{@code port} is refused: nothing listens there any more. */
    public static boolean isClosed(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }
}
