package org.asynclab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.asynclab.model.Phase;

/**
 * One {@code http} task on a thread of its own lane (sequential, threads, pool, virtual): like
 * {@code requests.get(url)}, the thread blocks in each step of the request, which is the thread's whole job while
 * it waits. A platform thread is parked by the system in its socket read; a virtual thread is unmounted from its
 * carrier, so 10,000 of them share a few carriers.
 *
 * <p>The request is HTTP/1.1 with {@code Connection: close}: the answer ends when the server closes, so the client
 * reads to the end without parsing lengths or chunks. Each step has what remains of the request's deadline.
 */
final class BlockingFetch {
    private static final int HEAD = 64;

    private final HttpRequests http;
    private final StopSignal stop;

    BlockingFetch(HttpRequests http, StopSignal stop) {
        this.http = http;
        this.stop = stop;
    }

    /**
     * Fetches task {@code task}'s answer and records its phases and outcome (done or failed); its request and
     * its deadline begin at {@code startedAt}, the task's start.
     *
     * @return true when the task finished (its answer came, or its request failed); false when the run was
     *         stopped meanwhile (the task is then cancelled)
     */
    boolean fetch(int task, long startedAt) {
        long deadline = startedAt + http.timeoutNanos();
        http.begin(task, Phase.CONNECT, startedAt);
        if (http.unreachable(task) != null) {
            http.failed(task, http.unreachable(task));
            return true;
        }
        Socket socket = new Socket();
        http.opened(task, socket);
        try (Socket plain = socket) {
            if (stop.isStopped()) {
                http.cancelled(task);
                return false;
            }
            plain.connect(http.address(task), millisLeft(deadline));
            Socket line = http.tls(task) ? secure(plain, task, deadline) : plain;
            http.begin(task, Phase.AWAIT_ANSWER);
            OutputStream out = line.getOutputStream();
            out.write(http.request(task));
            out.flush();
            int status = readAnswer(line, task, deadline);
            http.answered(task, status);
            return true;
        } catch (SocketTimeoutException late) {
            return ended(task, http.timeoutText());
        } catch (IOException | RuntimeException problem) {
            return ended(task, reason(problem));
        } finally {
            http.opened(task, null);
        }
    }

    /** A failure's end: cancelled when the stop closed the socket, failed otherwise. */
    private boolean ended(int task, String reason) {
        if (stop.isStopped()) {
            http.cancelled(task);
            return false;
        }
        http.failed(task, reason);
        return true;
    }

    private Socket secure(Socket plain, int task, long deadline) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, http.address(task).getHostString(), http.address(task).getPort(), true);
        tls.setSoTimeout(millisLeft(deadline));
        tls.startHandshake();
        return tls;
    }

    /** Waits for the first bytes of the answer, then reads it to its end; returns its status. */
    private int readAnswer(Socket socket, int task, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        byte[] head = new byte[HEAD];
        socket.setSoTimeout(millisLeft(deadline));
        int got = in.read(buffer);
        if (got < 0) {
            throw new IOException("the server closed the connection without answering");
        }
        http.begin(task, Phase.READ);
        int headLength = 0;
        while (got >= 0) {
            int copy = Math.min(got, HEAD - headLength);
            System.arraycopy(buffer, 0, head, headLength, copy);
            headLength += copy;
            socket.setSoTimeout(millisLeft(deadline));
            got = in.read(buffer);
        }
        return HttpRequests.status(head, 0, headLength);
    }

    /** What remains of the deadline, in ms, at least 1 (0 would mean "no timeout" to a socket). */
    private int millisLeft(long deadline) throws SocketTimeoutException {
        long left = deadline - http.now();
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }

    static String reason(Exception problem) {
        String message = problem.getMessage();
        return message == null || message.isBlank() ? problem.getClass().getSimpleName() : message;
    }
}
