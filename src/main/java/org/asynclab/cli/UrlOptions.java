package org.asynclab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.asynclab.engine.HttpTargets;
import org.asynclab.lesson.UnreadableFiles;
import org.asynclab.model.Limits;
import org.asynclab.options.OptionConverters;
import org.asynclab.options.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The options of http tasks (issue 12): {@code --urls FILE}, real URLs that a teacher gives, one per line
 * ({@code #} starts a comment, at the start of a line or after a space: a {@code #} inside a URL is its fragment),
 * which turn the run into one http task per URL; and {@code --timeout SECONDS}, each request's deadline. Every
 * line of the file is checked before anything runs, and each bad line gets a message of its own
 * ({@code urls.txt:3: 'htp://x' is not an http(s) URL}).
 */
public final class UrlOptions {
    /** A comment: from a {@code #} that starts the line or follows a space or a tab (no URL holds one) to its end. */
    private static final Pattern NOTE = Pattern.compile("(^|\\s)#.*$");

    @Option(names = "--urls", paramLabel = "FILE", order = 60,
            description = "Fetch these URLs (one per line, # starts a comment) as http tasks, task i fetching line i,"
                    + " in the chosen mode; -n and -k are then the file's count and http. Each line must be an"
                    + " http:// or https:// URL (the event loop speaks http:// only).")
    private Path urls;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = OptionConverters.Timeout.class, order = 61,
            description = "Each http request's deadline, 0.1 to 600 s; a request past it fails. Default: 10 s for"
                    + " --urls, the max delay + 30 s on AsyncLab's own loopback server.")
    private double timeout;

    /** Refuses with {@code --urls} the race lesson's counter, the semaphore and the deadline. */
    void refuseCoordination(CommandLine commandLine) {
        ParseResult parsed = commandLine.getParseResult();
        for (String option : RunOptions.COORDINATION) {
            if (given() && parsed.hasMatchedOption(option)) {
                throw OneLineErrors.withoutHint(commandLine, option + " does not apply with --urls: the URLs are"
                        + " fetched as they are, with no shared counter, semaphore or deadline");
            }
        }
    }

    /** Whether {@code --urls} was given. */
    boolean given() {
        return urls != null;
    }

    /**
     * Where the http tasks' requests go: the loopback server, or the file's URLs once every line is valid.
     *
     * @throws CommandLine.ParameterException when the file cannot be read or has bad lines; each bad line is
     *                                        written to {@code err} first, one message per line
     */
    HttpTargets targets(CommandLine commandLine, PrintWriter err) {
        if (urls == null) {
            return new HttpTargets(List.of(), timeout);
        }
        List<String> lines = read(commandLine);
        List<URI> found = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = NOTE.matcher(lines.get(i)).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<String> problem = HttpTargets.checkUrl(line);
            if (problem.isPresent()) {
                err.println(HeadlessCommand.PROGRAM + ": " + urls + ":" + (i + 1) + ": " + problem.get());
                bad++;
            } else {
                found.add(URI.create(line));
            }
        }
        if (bad > 0) {
            throw OneLineErrors.withoutHint(commandLine, "--urls " + urls + ": " + bad + (bad == 1 ? " line is" :
                    " lines are") + " not a valid URL (above); nothing was fetched");
        }
        if (found.isEmpty()) {
            throw OneLineErrors.withoutHint(commandLine, "--urls " + urls + " has no URL (only blank or # lines)");
        }
        if (found.size() > Limits.MAX_HTTP_TASKS) {
            throw OneLineErrors.withoutHint(commandLine, "--urls " + urls + " has " + found.size()
                    + " URLs; at most " + Limits.grouped(Limits.MAX_HTTP_TASKS) + " can be fetched in one run");
        }
        return new HttpTargets(found, timeout);
    }

    private List<String> read(CommandLine commandLine) {
        try {
            return Files.readAllLines(urls, StandardCharsets.UTF_8);
        } catch (MalformedInputException notText) {
            throw OneLineErrors.withoutHint(commandLine, "--urls " + urls + " is not a UTF-8 text file");
        } catch (IOException unreadable) {
            throw OneLineErrors.withoutHint(commandLine, "--urls " + urls + ": "
                    + UnreadableFiles.why(urls, unreadable));
        }
    }
}
