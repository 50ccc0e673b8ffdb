package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A printed line as a terminal shows it: carriage returns write over the line's start. */
class ProgramOutputTest {
    @Test
    void aProgressLineShowsItsLastState() {
        assertThat(ProgramOutput.asTerminalShows("\rprogress 0%\rprogress 50%\rprogress 100%"))
                .isEqualTo("progress 100%");
        assertThat(new ProgramOutput(0, ProgramOutput.Stream.ERR, "10%\r100%\r").shown()).isEqualTo("100%");
    }

    @Test
    void whatFollowsAReturnWritesOverOnlyAsFarAsItGoes() {
        // a terminal keeps the end of a longer line that a shorter one did not reach
        assertThat(ProgramOutput.asTerminalShows("abcdef\rXY")).isEqualTo("XYcdef");
        // a character outside the BMP takes one column, as on a terminal
        assertThat(ProgramOutput.asTerminalShows("🐍🐍🐍\rok")).isEqualTo("ok🐍");
    }

    @Test
    void aLineWithoutReturnsIsWhatWasWritten() {
        ProgramOutput line = new ProgramOutput(0, ProgramOutput.Stream.OUT, "0 1 2 done ");
        assertThat(line.shown()).isSameAs(line.text());
    }
}
