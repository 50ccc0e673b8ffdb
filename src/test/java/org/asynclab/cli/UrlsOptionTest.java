package org.asynclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asynclab.engine.DelayServer;
import org.asynclab.export.ResultJson;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --urls FILE}: every line checked before the run, one message per bad line; good files run. */
@Timeout(60)
class UrlsOptionTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("urls.txt"), List.of(lines));
    }

    @Test
    void eachBadLineGetsItsOwnMessageAndNothingRuns() throws IOException {
        Path urls = file("# the course's sites", "http://127.0.0.1:9/a", "htp://x", "", "http:///no-host",
                "https://127.0.0.1:9/b", "not a url at all");

        CommandOutcome run = CommandOutcome.run("--headless", "--urls", urls.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.configs()).isEmpty();
        assertThat(run.err()).contains(urls + ":3: 'htp://x' is not an http(s) URL")
                .contains(urls + ":5: 'http:///no-host' has no host name")
                .contains(urls + ":7: 'not a url at all' is not a URL")
                .contains("3 lines are not a valid URL").doesNotContain(":2:").doesNotContain(":6:")
                .doesNotContain("Exception");
        assertThat(run.err().lines().count()).isEqualTo(4);
    }

    @Test
    void aCommentMayEndALineAfterItsUrlAsTheHelpSays() throws Exception {
        // given a teacher's list with a note after each URL ("# starts a comment"), and a fragment, which is no note
        try (DelayServer server = DelayServer.start(0)) {
            String base = "http://127.0.0.1:" + server.address().getPort();
            Path urls = file(base + DelayServer.path(20, 0) + "   # the slow one", "  # a whole line",
                    base + DelayServer.path(10, 1) + "#part\t# a tab before this one");

            CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--urls", urls.toString(), "-m",
                    "sequential", "--timeout", "5");

            // then both URLs are fetched, the notes left out and the fragment kept
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("not a URL");
            assertThat(run.out()).containsPattern("(?m)^tasks +2 http ").containsPattern("(?m)^requests failed +0 ");
        }
    }

    @Test
    void aMissingFileOrOneWithoutUrlsIsOneClearError() throws IOException {
        CommandOutcome missing = CommandOutcome.run("--headless", "--urls", dir.resolve("nope.txt").toString());
        CommandOutcome folder = CommandOutcome.run("--headless", "--urls", dir.toString());
        CommandOutcome empty = CommandOutcome.run("--headless", "--urls", file("# nothing", "").toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--urls " + dir.resolve("nope.txt") + ": no such file (looked for ")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains(": cannot be read: it is a folder, not a file")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(empty.err()).contains("has no URL").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--deadline=0.1", "--semaphore=1", "--counter=await", "--counter-gap=0.01"})
    void theLessonsCoordinationIsRefusedWithUrlsNotDropped(String option) throws IOException {
        Path urls = file("http://127.0.0.1:9/a");

        CommandOutcome run = CommandOutcome.run("--headless", "--urls", urls.toString(), option);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.configs()).isEmpty();
        assertThat(run.err()).startsWith("asynclab: " + option.substring(0, option.indexOf('='))
                + " does not apply with --urls: the URLs are fetched as they are, with no shared counter, semaphore"
                + " or deadline").hasLineCount(1);
    }

    @Test
    void theSettingsTheFileReplacesAreSaidToChangeNothing() throws IOException {
        Path urls = file("http://127.0.0.1:9/a", "http://127.0.0.1:9/b");

        CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--urls", urls.toString(), "-n", "7", "-d", "2",
                "-s", "4", "--timeout", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^tasks +2 http ");
        assertThat(run.err()).startsWith("note: --tasks, --max-delay, --seed have no effect with --urls: the file's"
                + " URLs are the tasks, and the servers take what they take\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "601", "soon"})
    void aTimeoutOutOfRangeIsRefused(String timeout) {
        CommandOutcome run = CommandOutcome.run("--headless", "-k", "http", "--timeout", timeout);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--timeout must be a number of seconds from 0.1 to 600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"event-loop", "threads", "sequential"})
    void theFilesUrlsAreFetchedInTheChosenModeAndAFailureIsReportedNotCrashed(String mode) throws Exception {
        try (DelayServer server = DelayServer.start(0)) {
            String base = "http://127.0.0.1:" + server.address().getPort();
            Path urls = file(base + DelayServer.path(50, 0), "# a comment", base + DelayServer.path(0, 1),
                    base + "/nothing-here", "http://127.0.0.1:1/closed");

            CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--urls", urls.toString(), "-m", mode,
                    "--timeout", "5");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("tasks              4 http").contains("requests failed    2")
                    .contains("failed: task 2: GET " + base + "/nothing-here → HTTP 404")
                    .contains("failed: task 3: GET http://127.0.0.1:1/closed: Connection refused");
        }
    }

    @Test
    void realUrlsDelaysAreNotKnownSoNoFigureIsBuiltOnThemNorASeedStated() throws Exception {
        // given two URLs of a server that answers at once: the delay AsyncLab knows of neither is none, not 0 s
        try (DelayServer server = DelayServer.start(0)) {
            String base = "http://127.0.0.1:" + server.address().getPort();
            Path urls = file(base + DelayServer.path(30, 0), base + DelayServer.path(10, 1));
            Path json = dir.resolve("run.json");
            Path csv = dir.resolve("run.csv");

            Path trace = dir.resolve("run.trace.json");
            Path svg = dir.resolve("run.svg");
            CommandOutcome run = CommandOutcome.runOnEngine("--headless", "--urls", urls.toString(), "-m",
                    "sequential", "--json", json.toString(), "--csv", csv.toString(), "--trace", trace.toString(),
                    "--svg", svg.toString());

            // then the summary states no max delay, seed, ideal, overhead nor speedup, and says why
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("(?m)^max delay +- +- : real URLs")
                    .containsPattern("(?m)^seed +- +- : real URLs").containsPattern("(?m)^ideal +- +what the mode")
                    .containsPattern("(?m)^overhead +- ").containsPattern("(?m)^speedup +- ")
                    .doesNotContain("random; --seed").doesNotContain("0.00x");
            // and the JSON and the CSV leave every delay and every figure on them empty
            String text = Files.readString(json);
            assertThat(text).contains("\"maxDelay\":null").contains("\"seed\":null")
                    .contains("\"idealSeconds\":null").contains("\"speedup\":null")
                    .contains("\"delaySeconds\":null").doesNotContain("\"delaySeconds\":0");
            assertThat(Files.readAllLines(csv).get(1)).startsWith("0,,");
            // and the trace and the picture's tooltips name the tasks without a delay
            assertThat(Files.readString(trace)).contains("\"task\":0").doesNotContain("delay_ms");
            assertThat(Files.readString(svg)).contains("task 0").doesNotContain(" · delay ");
            // and the result reads back as one of unknown delays, which it writes out the same
            List<RunResult> back = ResultJson.readAll(json);
            assertThat(back.get(0).delaysKnown()).isFalse();
            assertThat(back.get(0).summary().idealSeconds()).isNaN();
            // and its picture's title names the mode and n, with no max delay nor seed
            assertThat(ImageOutputs.title(back.get(0), null)).startsWith("Sequential · http · n = 2 · total ")
                    .doesNotContain("seed").doesNotContain("max delay");
        }
    }
}
