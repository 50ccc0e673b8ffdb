package org.asynclab.engine;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the requests of an {@code http} run go, and how long each may take. By default every task asks AsyncLab's
 * own {@link DelayServer} on 127.0.0.1 for an answer after its delay; a teacher may give real URLs instead (task
 * i fetches URL i). Either way each request has a deadline: past it the task fails ("timed out after 10 s").
 *
 * @param urls           the URLs to fetch, one per task, or an empty list for the loopback server
 * @param timeoutSeconds each request's deadline, {@link #MIN_TIMEOUT} … {@link #MAX_TIMEOUT} seconds, or 0 for
 *                       the default: the run's max delay + {@link #LOCAL_MARGIN} seconds on the loopback server,
 *                       {@link #DEFAULT_URL_TIMEOUT} seconds for URLs
 */
public record HttpTargets(List<URI> urls, double timeoutSeconds) {
    /** The shortest deadline a request may be given, in seconds. */
    public static final double MIN_TIMEOUT = 0.1;
    /** The longest deadline a request may be given, in seconds. */
    public static final double MAX_TIMEOUT = 600;
    /** The deadline of a request to a URL when none is given, in seconds. */
    public static final double DEFAULT_URL_TIMEOUT = 10;
    /** Seconds granted above its delay to a request to the loopback server when no deadline is given. */
    public static final double LOCAL_MARGIN = 30;
    /** The default: the loopback server, with its default deadline. */
    public static final HttpTargets LOCAL = new HttpTargets(List.of(), 0);

    /** Checks the URLs and the deadline; see the parameters. */
    public HttpTargets {
        urls = List.copyOf(urls);
        if (timeoutSeconds != 0) {
            checkTimeout(timeoutSeconds).ifPresent(problem -> {
                throw new IllegalArgumentException("timeout " + problem + " (got " + timeoutSeconds + ")");
            });
        }
        for (URI url : urls) {
            checkUrl(url.toString()).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
        }
    }

    /** Whether the requests go to the loopback server. */
    public boolean local() {
        return urls.isEmpty();
    }

    /** A problem with a per-request deadline in seconds, or empty when it is in range. */
    public static Optional<String> checkTimeout(double seconds) {
        if (!Double.isFinite(seconds) || seconds < MIN_TIMEOUT || seconds > MAX_TIMEOUT) {
            return Optional.of("must be a number of seconds from 0.1 to 600 (decimals allowed)");
        }
        return Optional.empty();
    }

    /**
     * A problem with one URL as written, or empty when it is an absolute {@code http} or {@code https} URL with a
     * host: {@code "'htp://x' is not an http(s) URL"}.
     */
    public static Optional<String> checkUrl(String text) {
        URI url;
        try {
            url = new URI(text.trim());
        } catch (java.net.URISyntaxException bad) {
            return Optional.of("'" + text + "' is not a URL (" + bad.getReason() + " at character "
                    + (bad.getIndex() + 1) + ")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("'" + text + "' is not an http(s) URL");
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("'" + text + "' has no host name");
        }
        if (url.getPort() == 0 || url.getPort() > 65_535) {
            return Optional.of("'" + text + "' has port " + url.getPort() + " (must be 1 to 65535)");
        }
        return Optional.empty();
    }

    /** The deadline of each request in nanoseconds for a run whose longest delay is {@code maxDelaySeconds}. */
    long timeoutNanos(double maxDelaySeconds) {
        double seconds = timeoutSeconds != 0 ? timeoutSeconds
                : local() ? maxDelaySeconds + LOCAL_MARGIN : DEFAULT_URL_TIMEOUT;
        return (long) (seconds * 1e9);
    }
}
