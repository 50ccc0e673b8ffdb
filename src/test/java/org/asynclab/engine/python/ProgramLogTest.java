package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.asynclab.model.ProgramOutput;
import org.junit.jupiter.api.Test;

/**
 * A line printed in pieces ({@code print(i, end=" ", flush=True)}) is one line that grows, as on a terminal: each
 * piece used to be a line of its own.
 */
class ProgramLogTest {
    private static final ProgramOutput.Stream OUT = ProgramOutput.Stream.OUT;
    private static final ProgramOutput.Stream ERR = ProgramOutput.Stream.ERR;

    private final ProgramLog log = new ProgramLog();

    @Test
    void thePiecesOfALineAreOneLineWithTheTimeOfItsFirstPiece() {
        for (int i = 0; i < 3; i++) {  // print(i, end=" ", flush=True); await asyncio.sleep(0.1)
            log.addPiece(new ProgramOutput(4_000_000L + i * 100_000_000L, OUT, i + " "));
        }
        log.add(new ProgramOutput(306_000_000L, OUT, "done"));
        log.add(new ProgramOutput(307_000_000L, OUT, "next"));

        assertThat(log.output()).containsExactly(new ProgramOutput(4_000_000L, OUT, "0 1 2 done"),
                new ProgramOutput(307_000_000L, OUT, "next"));
    }

    @Test
    void aReaderSeesTheLineGrowInItsRowNotAsNewLines() {
        log.add(new ProgramOutput(1L, OUT, "start"));
        log.addPiece(new ProgramOutput(4L, OUT, "0 "));
        ProgramLog.News first = log.outputSince(ProgramLog.Seen.NOTHING);
        log.addPiece(new ProgramOutput(105L, OUT, "1 "));
        ProgramLog.News second = log.outputSince(first.seen());
        log.add(new ProgramOutput(306L, OUT, "done"));
        ProgramLog.News third = log.outputSince(second.seen());
        ProgramLog.News fourth = log.outputSince(third.seen());

        assertThat(first.rows()).extracting(ProgramLog.Row::index, row -> row.line().text())
                .containsExactly(tuple(0, "start"), tuple(1, "0 "));
        assertThat(second.rows()).as("the grown line, in its row").extracting(ProgramLog.Row::index,
                row -> row.line().text(), row -> row.line().nanos()).containsExactly(tuple(1, "0 1 ", 4L));
        assertThat(third.rows()).extracting(ProgramLog.Row::index, row -> row.line().text())
                .containsExactly(tuple(1, "0 1 done"));
        assertThat(fourth.rows()).as("an ended line is news no more").isEmpty();
        assertThat(log.output()).hasSize(2);
    }

    /**
     * A line on standard error in the middle of a growing one on standard output is a row of its own: each row is
     * one stream's line, with exactly what the program wrote on it (a terminal mixes them on its screen).
     */
    @Test
    void eachStreamGrowsItsOwnLine() {
        log.addPiece(new ProgramOutput(1L, OUT, "0 "));
        log.add(new ProgramOutput(2L, ERR, "warn"));
        log.addPiece(new ProgramOutput(3L, ERR, "e"));
        log.addPiece(new ProgramOutput(4L, OUT, "1 "));

        assertThat(log.endedSince(0)).as("the command line waits for the growing line, to keep the order").isEmpty();

        log.add(new ProgramOutput(5L, OUT, "done"));

        assertThat(log.output()).containsExactly(new ProgramOutput(1L, OUT, "0 1 done"),
                new ProgramOutput(2L, ERR, "warn"), new ProgramOutput(3L, ERR, "e"));
        assertThat(log.endedSince(0)).as("up to the error stream's growing line").extracting(ProgramOutput::text)
                .containsExactly("0 1 done", "warn");
        assertThat(log.endedSince(1)).extracting(ProgramOutput::text).containsExactly("warn");
    }

    /** At the end (a stop, or a last print without its newline), a reader gets the line seen growing as it ended. */
    @Test
    void aFinishedRunsOutputGivesTheRowSeenGrowingAsItEnded() {
        log.addPiece(new ProgramOutput(1L, OUT, "0 "));
        ProgramLog.News live = log.outputSince(ProgramLog.Seen.NOTHING);
        log.addPiece(new ProgramOutput(2L, OUT, "1 "));
        log.add(new ProgramOutput(3L, ERR, "stopped"));

        ProgramLog.News atEnd = ProgramLog.news(log.output(), live.seen());

        assertThat(atEnd.rows()).extracting(ProgramLog.Row::index, row -> row.line().text())
                .containsExactly(tuple(0, "0 1 "), tuple(1, "stopped"));
        assertThat(ProgramLog.news(log.output(), atEnd.seen()).rows()).isEmpty();
        assertThat(ProgramLog.news(List.of(), ProgramLog.Seen.NOTHING).rows()).isEmpty();
    }
}
