package org.asynclab.engine;

import static org.asynclab.engine.EngineTesting.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.asynclab.engine.python.LoopbackPorts;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.PhaseTimeline;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class HttpTasksTest {
    private static final double[] DELAYS = {0.12, 0.0, 0.08, 0.2, 0.04};

    private static RunResult run(Mode mode, double... seconds) throws InterruptedException {
        RunConfig config = new RunConfig(seconds.length, 1.0, mode, mode == Mode.POOL ? 2 : 0, TaskKind.HTTP, 1L);
        return ENGINE.run(config, Workload.ofSeconds(seconds));
    }

    @Test
    @Timeout(60)
    void theDelayServerAnswersOneRequestAConnectionEvenToAClientThatKeepsItAlive() throws Exception {
        // the code panel's HttpClient sample keeps its connections alive; the engine asks Connection: close
        try (DelayServer server = DelayServer.start(0); Socket socket = new Socket()) {
            socket.connect(server.address(), 5_000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + DelayServer.path(1, -1) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // readAllBytes returns only when the server closes the connection
            String answer = new String(socket.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("connection: close").endsWith("ok\n");
        }
    }

    @Test
    void theEventLoopKeepsNoMoreConnectionsOpenThanItsLimitAndStillFinishesEveryRequest() throws Exception {
        // given a limit of 3 connections, as aiohttp's connector has one (100 by default)
        double[] delays = new double[12];
        java.util.Arrays.fill(delays, 0.05);
        System.setProperty("asynclab.httpLoopConnections", "3");
        RunResult result;
        try {
            result = run(Mode.EVENT_LOOP, delays);
        } finally {
            System.clearProperty("asynclab.httpLoopConnections");
        }

        // then every request is answered, and at no task's start were more than 3 requests under way
        assertThat(result.finishedCount()).isEqualTo(delays.length);
        for (int task = 0; task < result.size(); task++) {
            long at = result.startedNanos(task);
            int underWay = 0;
            for (int other = 0; other < result.size(); other++) {
                underWay += result.startedNanos(other) <= at && result.finishedNanos(other) > at ? 1 : 0;
            }
            assertThat(underWay).as("requests under way when task %d started", task).isLessThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyRequestConnectsAwaitsThenReadsInsideItsBar(Mode mode) throws InterruptedException {
        RunResult result = run(mode, DELAYS);

        PhaseTimeline phases = result.phaseTimeline();
        assertThat(phases).isNotNull();
        assertThat(result.finishedCount()).isEqualTo(DELAYS.length);
        for (int task = 0; task < result.size(); task++) {
            assertThat(phases.outcome(task)).as("task %d", task).isEqualTo(TaskOutcome.DONE);
            assertThat(phases.phaseCount(task)).isEqualTo(3);
            assertThat(List.of(phases.phase(task, 0), phases.phase(task, 1), phases.phase(task, 2)))
                    .containsExactly(Phase.CONNECT, Phase.AWAIT_ANSWER, Phase.READ);
            // the request's steps fill its bar: connect begins at the task's start and the read ends at its finish,
            // so no part of the bar is without a phase (a virtual thread's 4 ms between the two showed as a part in
            // its lane's colour, which the legend does not name)
            assertThat(phases.phaseStartNanos(task, 0)).as("task %d's connect", task)
                    .isEqualTo(result.startedNanos(task));
            long previousEnd = result.startedNanos(task);
            for (int p = 0; p < 3; p++) {
                assertThat(phases.phaseStartNanos(task, p)).isGreaterThanOrEqualTo(previousEnd);
                assertThat(phases.phaseEndNanos(task, p)).isGreaterThanOrEqualTo(phases.phaseStartNanos(task, p));
                previousEnd = phases.phaseEndNanos(task, p);
            }
            assertThat(previousEnd).as("task %d's read", task).isEqualTo(result.finishedNanos(task));
            long millis = Math.round(DELAYS[task] * 1000);
            assertThat(phases.phaseNote(task, 0)).isEqualTo("GET /delay/" + millis);
            assertThat(phases.phaseNote(task, 2)).isEqualTo("GET /delay/" + millis + " → 200");
            // the server answered no sooner than the delay after the request was sent
            assertThat(phases.phaseEndNanos(task, 2) - phases.phaseStartNanos(task, 1))
                    .isGreaterThanOrEqualTo(millis * 1_000_000 - 1_000_000);
        }
    }

    @Test
    void sequentialRequestsDoNotOverlap() throws InterruptedException {
        RunResult result = run(Mode.SEQUENTIAL, DELAYS);

        for (int task = 0; task + 1 < result.size(); task++) {
            assertThat(result.finishedNanos(task)).isLessThanOrEqualTo(result.startedNanos(task + 1));
        }
        assertThat(result.summary().peakConcurrency()).isEqualTo(1);
    }

    @Test
    void eventLoopRequestsAllRunOnOneThreadAndWaitTogether() throws InterruptedException {
        RunResult result = run(Mode.EVENT_LOOP, 0.3, 0.3, 0.3, 0.3);

        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.laneName(0)).isEqualTo("event-loop");
        PhaseTimeline phases = result.phaseTimeline();
        for (int task = 0; task < result.size(); task++) {
            assertThat(result.lane(task)).isZero();
            // every request was sent before any answer came back
            assertThat(phases.phaseStartNanos(task, 1)).isLessThan(result.finishedNanos(0));
        }
        assertThat(result.summary().peakConcurrency()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "THREADS", "SEQUENTIAL"})
    void aServerThatIsNotThereGivesFailedTasksNotACrash(Mode mode) throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            urls.add(URI.create("http://127.0.0.1:" + closedPort + "/x/" + i));
        }
        RunConfig config = new RunConfig(3, 0, mode, 0, TaskKind.HTTP, 1L);

        RunResult result = ENGINE.start(config, Workload.ofSeconds(0, 0, 0), new HttpTargets(urls, 2)).await();

        for (int task = 0; task < 3; task++) {
            assertThat(result.phaseTimeline().outcome(task)).isEqualTo(TaskOutcome.FAILED);
            assertThat(result.phaseTimeline().phaseNote(task, 0)).startsWith("GET http://127.0.0.1:")
                    .containsIgnoringCase("refused");
        }
        assertThat(result.finishedCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "VIRTUAL"})
    void aRequestPastItsDeadlineFails(Mode mode) throws Exception {
        try (DelayServer server = DelayServer.start(0)) {
            InetSocketAddress at = server.address();
            URI slow = URI.create("http://127.0.0.1:" + at.getPort() + DelayServer.path(20_000, 0));
            URI quick = URI.create("http://127.0.0.1:" + at.getPort() + DelayServer.path(0, 1));
            RunConfig config = new RunConfig(2, 0, mode, 0, TaskKind.HTTP, 1L);

            RunResult result = ENGINE.start(config, Workload.ofSeconds(0, 0),
                    new HttpTargets(List.of(slow, quick), 2)).await();

            assertThat(result.phaseTimeline().outcome(0)).isEqualTo(TaskOutcome.FAILED);
            assertThat(result.phaseTimeline().phaseNote(0, 1)).endsWith("timed out after 2 s");
            assertThat(result.phaseTimeline().outcome(1))
                    .as(result.phaseTimeline().phaseNote(1, result.phaseTimeline().phaseCount(1) - 1))
                    .isEqualTo(TaskOutcome.DONE);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"EVENT_LOOP", "THREADS", "VIRTUAL"})
    void aCancelledRunCancelsItsOpenRequestsAndClosesItsServer(Mode mode) throws Exception {
        RunConfig config = new RunConfig(3, 30, mode, 0, TaskKind.HTTP, 1L);
        RunHandle run = ENGINE.start(config, Workload.ofSeconds(20, 20, 20));
        waitUntilAllAwaitAnswers(run);
        int port = serverPortOf(run);

        run.cancel();
        RunResult result = run.await();

        assertThat(result.cancelled()).isTrue();
        for (int task = 0; task < 3; task++) {
            assertThat(result.phaseTimeline().outcome(task)).isEqualTo(TaskOutcome.CANCELLED);
        }
        // Refused at once, or within LoopbackPorts' grace: a process another class starts meanwhile holds a copy of
        // the listening socket for the few milliseconds before its program runs.
        assertThat(LoopbackPorts.isClosed(port)).as("the run's server still listens on %d", port).isTrue();
    }

    @Test
    void theServerListensOnLoopbackOnlyAndItsPortClosesWithTheRun() throws Exception {
        int port;
        try (DelayServer server = DelayServer.start(1)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            port = server.address().getPort();
            assertThat(port).isPositive();
            assertThat(connects(port)).isTrue();
        }
        assertThat(LoopbackPorts.isClosed(port)).as("the server still listens on %d", port).isTrue();
    }

    private static void waitUntilAllAwaitAnswers(RunHandle run) throws InterruptedException {
        PhaseTimeline phases = run.timeline().phaseTimeline();
        assertThat(phases).as("an http run's phases exist from its start").isNotNull();
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < giveUp) {
            int waiting = 0;
            for (int task = 0; task < 3; task++) {
                waiting += phases.phaseCount(task) >= 2 ? 1 : 0;
            }
            if (waiting == 3) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the requests never reached the server");
    }

    /** The port the run's requests go to, from the note-free address of the live server: its lane's socket. */
    private static int serverPortOf(RunHandle run) {
        return ((EngineRun) run).serverPort();
    }

    private static boolean connects(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
