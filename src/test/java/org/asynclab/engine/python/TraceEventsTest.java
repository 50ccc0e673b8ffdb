package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.asynclab.model.Phase;
import org.asynclab.model.ProgramOutput;
import org.asynclab.model.ProgramProblem;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.asynclab.model.TimelineSnapshot;
import org.junit.jupiter.api.Test;

/** The tracer's events, as a real run of the sequential Bonjour/Monde sent them, turned into rows and phases. */
class TraceEventsTest {
    private final LiveRows rows = new LiveRows();
    private final ProgramLog log = new ProgramLog();
    private final TraceEvents events = new TraceEvents(rows, log);

    @Test
    void anAwaitedCoroutineThatEndsAndTheNextOneMakeTwoRowsOneAfterTheOther() throws IOException {
        events.apply("[[\"hello\",\"3.11.7\",1,\"/usr/bin/python3\",100],[\"c\",0,-1,5517509,\"Task-1 main\",\"main\"],"
                + "[\"c\",1,0,5609263,\"dire_bonjour()\",\"coro\"],[\"r\",0,5609263,5634230,\"w\","
                + "[[0,20,\"dire_bonjour()\",null],[1,8,\"asyncio.sleep(1)\",1.0]]]]");
        events.apply("[[\"o\",1007203983,\"out\",\"Bonjour\"],[\"e\",1,1007117759,1007239951,\"d\"],"
                + "[\"c\",2,0,1007239951,\"dire_monde()\",\"coro\"],[\"r\",0,1007117759,1007239951,\"w\","
                + "[[0,21,\"dire_monde()\",null],[2,14,\"asyncio.sleep(1)\",1.0]]]]");

        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.finishedNanos(1)).isEqualTo(1007239951L);
        assertThat(rows.startedNanos(2)).isEqualTo(rows.finishedNanos(1));
        assertThat(rows.outcome(1)).isEqualTo(TaskOutcome.DONE);
        assertThat(rows.phase(1, 1)).isEqualTo(Phase.WAITING);
        assertThat(rows.phaseStartNanos(1, 1)).isEqualTo(5634230L);
        assertThat(rows.phaseEndNanos(1, 1)).isEqualTo(1007117759L);
        assertThat(rows.phaseLine(1, 1)).isEqualTo(8);
        assertThat(rows.phaseNote(1, 1)).isEqualTo("asyncio.sleep(1)");
        assertThat(rows.delayNanos(1)).isEqualTo(1_000_000_000L);
        assertThat(rows.phaseCount(2)).isEqualTo(1);
        assertThat(rows.phaseEndNanos(2, 0)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(rows.finishedNanos(0)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(log.output()).hasSize(1);
    }

    /**
     * A sleep of 1 s that wait_for's timeout cut after 0.2 s counts 0.2 s in its row's delay, as a Java task cut at its
     * deadline does: it added the whole second to the sum of delays, and the speedup counted the 0.8 s never waited.
     * A sleep that ran its course counts whole.
     */
    @Test
    void aSleepCutByACancelCountsTheTimeItWaited() throws IOException {
        events.apply("[[\"c\",0,-1,0,\"Task-1 main\",\"main\"],[\"c\",1,0,0,\"slow()\",\"coro\"],"
                + "[\"c\",2,0,0,\"Task-2 nap\",\"task\"],"
                + "[\"r\",0,0,1000000,\"w\",[[0,9,\"asyncio.wait_for\",null],[1,4,\"asyncio.sleep(1)\",1.0]]],"
                + "[\"r\",2,1000000,2000000,\"w\",[[2,7,\"asyncio.sleep(0.1)\",0.1]]]]");
        events.apply("[[\"r\",2,102000000,102100000,\"d\",[]],[\"e\",1,201000000,201100000,\"c\"],"
                + "[\"r\",0,201000000,201200000,\"d\",[]]]");

        assertThat(rows.outcome(1)).isEqualTo(TaskOutcome.CANCELLED);
        assertThat(rows.delayNanos(1)).isEqualTo(200_000_000L);
        assertThat(rows.delayNanos(2)).isEqualTo(100_000_000L);
    }

    /**
     * A task cancelled 0.2 s into its sleep of 1 s that catches the CancelledError and goes on (sleeping 0.05 s more,
     * then returning) waited 0.25 s: its delay counted 1.05 s, the whole first sleep, as did one that cleaned up
     * (0.03 s) and raised again (1.03 s), while one cancelled outright counted 0.2 s. A sleep can end early only by a
     * cancellation: whenever one resumes early, it counts what it waited.
     */
    @Test
    void aSleepCutByACancelThatTheTaskSurvivesCountsTheTimeItWaited() throws IOException {
        events.apply("[[\"c\",0,-1,0,\"Task-1 main\",\"main\"],[\"c\",1,0,0,\"b\",\"task\"],"
                + "[\"c\",2,0,0,\"c\",\"task\"],"
                + "[\"r\",1,0,1000000,\"w\",[[1,13,\"asyncio.sleep(1)\",1.0]]],"
                + "[\"r\",2,1000000,2000000,\"w\",[[2,13,\"asyncio.sleep(1)\",1.0]]]]");
        events.apply("[[\"r\",1,201000000,201100000,\"w\",[[1,17,\"asyncio.sleep(0.05)\",0.05]]],"
                + "[\"r\",2,201200000,201300000,\"w\",[[2,21,\"asyncio.sleep(0.03)\",0.03]]]]");
        events.apply("[[\"r\",1,251200000,251300000,\"d\",[]],[\"r\",2,231400000,231500000,\"c\",[]]]");

        assertThat(rows.outcome(1)).isEqualTo(TaskOutcome.DONE);
        assertThat(rows.delayNanos(1)).isEqualTo(200_000_000L + 50_000_000L);
        assertThat(rows.outcome(2)).isEqualTo(TaskOutcome.CANCELLED);
        assertThat(rows.delayNanos(2)).isEqualTo(199_200_000L + 30_000_000L);
    }

    /**
     * A wait is traced from its step's end, a little after the sleep was asked: on a loaded machine a sleep of
     * 0.1997 s that ran its course resumed 1.26 ms "early" and its delay read 198.4 ms, not the Java task's 199.7 ms
     * (TwoWorldsOptionTest, in a fresh-clone CI). Less than 2 % early is no cut; 40 ms early on 0.2 s is one.
     */
    @Test
    void aSleepThatRanItsCourseCountsWholeThoughTracedLate() throws IOException {
        events.apply("[[\"c\",0,-1,0,\"Task-1 main\",\"main\"],[\"c\",1,0,0,\"a\",\"task\"],"
                + "[\"c\",2,0,0,\"b\",\"task\"],"
                + "[\"r\",1,0,1260000,\"w\",[[1,4,\"asyncio.sleep(d)\",0.199664686]]],"
                + "[\"r\",2,1300000,1400000,\"w\",[[2,4,\"asyncio.sleep(0.2)\",0.2]]]]");
        events.apply("[[\"r\",1,199664686,199700000,\"d\",[]],[\"r\",2,161400000,161500000,\"c\",[]]]");

        assertThat(rows.delayNanos(1)).isEqualTo(199_664_686L);
        assertThat(rows.delayNanos(2)).isEqualTo(160_000_000L);
    }

    /** While the program runs, the average's n is the end's: its rows but the main task, or the n given. */
    @Test
    void theLiveAverageCountsTheRowsButTheMainTaskAsTheEndDoes() throws IOException {
        events.apply("[[\"c\",0,-1,10,\"Task-1 main\",\"main\"]]");
        assertThat(rows.countedTasks()).as("main alone: a program without other rows counts it").isEqualTo(1);
        events.apply("[[\"c\",1,0,20,\"Task-2 wait\",\"task\"],[\"c\",2,0,30,\"Task-3 wait\",\"task\"]]");
        assertThat(rows.countedTasks()).isEqualTo(2);
        TimelineSnapshot snapshot = new TimelineSnapshot();
        snapshot.fillFrom(rows);
        assertThat(snapshot.countedTasks()).isEqualTo(2);
        rows.countAs(5);
        assertThat(rows.countedTasks()).isEqualTo(5);
    }

    @Test
    void aSnapshotFollowsATimelineThatGrowsWhileItIsRead() throws IOException {
        TimelineSnapshot snapshot = new TimelineSnapshot();
        events.apply("[[\"c\",0,-1,10,\"Task-1 main\",\"main\"]]");
        snapshot.fillFrom(rows);
        assertThat(snapshot.size()).isEqualTo(1);

        StringBuilder batch = new StringBuilder("[");
        for (int row = 1; row <= 40; row++) {
            batch.append(row == 1 ? "" : ",").append("[\"c\",").append(row).append(",0,").append(20 + row)
                    .append(",\"Task-").append(row + 1).append(" w\",\"task\"],[\"r\",").append(row).append(',')
                    .append(100 + row).append(',').append(200 + row).append(",\"d\",[]]");
        }
        events.apply(batch.append(']').toString());
        snapshot.fillFrom(rows);

        assertThat(snapshot.size()).isEqualTo(41);
        assertThat(snapshot.finishedCount()).isEqualTo(40);
        assertThat(snapshot.finishedNanos(40)).isEqualTo(240L);
        assertThat(snapshot.startedNanos(0)).isEqualTo(TaskTimeline.NOT_YET);
        assertThat(snapshot.phaseTimeline().taskName(40)).isEqualTo("Task-41 w");
    }

    /** The program named its task after making it: the row, already drawn, takes the name. */
    @Test
    void aRenamedTaskRenamesItsRow() throws IOException {
        events.apply("[[\"c\",0,-1,10,\"Task-1 main\",\"main\"],[\"c\",1,0,20,\"Task-2 fetch\",\"task\"],"
                + "[\"n\",1,\"fetcher fetch\"],[\"n\",7,\"no such row\"]]");

        assertThat(rows.taskName(1)).isEqualTo("fetcher fetch");
        assertThat(rows.taskName(0)).isEqualTo("Task-1 main");
        assertThat(rows.size()).isEqualTo(2);
    }

    @Test
    void warningsAndErrorsKeepTheirLines() throws IOException {
        events.apply("[[\"w\",5,\"RuntimeWarning\",\"coroutine 'f' was never awaited\",\"/t/forgot.py\",5],"
                + "[\"x\",\"syntax\",\"SyntaxError: invalid syntax\",\"/t/syn.py\",2,7,\"def f(:\"],"
                + "[\"exit\",9,1]]");

        assertThat(log.problems()).extracting(ProgramProblem::kind)
                .containsExactly(ProgramProblem.Kind.WARNING, ProgramProblem.Kind.SYNTAX_ERROR);
        assertThat(log.problems()).extracting(ProgramProblem::line, ProgramProblem::column, ProgramProblem::message)
                .containsExactly(tuple(5, 0, "RuntimeWarning: coroutine 'f' was never awaited"),
                        tuple(2, 7, "SyntaxError: invalid syntax"));
        assertThat(events.exitCode()).isEqualTo(1);
    }

    /** The events of {@code print(i, end=" ", flush=True)} three times, then {@code print("done")}: one line. */
    @Test
    void piecesOfALineAreJoinedIntoOneLine() throws IOException {
        events.apply("[[\"c\",0,-1,3878017,\"Task-1 main\",\"main\"],[\"p\",4055918,\"out\",\"0 \"]]");
        events.apply("[[\"p\",104691968,\"out\",\"1 \"],[\"p\",205444484,\"out\",\"2 \"]]");
        events.apply("[[\"o\",306016965,\"out\",\"done\"],[\"exit\",306707382,0]]");

        assertThat(log.output()).extracting(ProgramOutput::nanos, ProgramOutput::text)
                .containsExactly(tuple(4055918L, "0 1 2 done"));
    }

    @Test
    void aLineThatIsNotABatchOfEventsIsRefused() {
        assertThatThrownBy(() -> events.apply("[[\"r\",\"zero\"]]")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> events.apply("hello")).isInstanceOf(IOException.class);
    }
}
