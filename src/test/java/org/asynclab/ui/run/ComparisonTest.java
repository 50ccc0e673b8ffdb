package org.asynclab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.asynclab.model.RunResult;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void theRatioIsTheSlowerTotalOverTheFasterWhicheverCameFirst() {
        RunResult sequential = Recordings.sequential(1.0, 2.0, 2.0);
        RunResult eventLoop = Recordings.eventLoop(1.0, 2.0, 2.0);

        Comparison a = new Comparison(sequential, eventLoop);
        Comparison b = new Comparison(eventLoop, sequential);

        assertThat(a.ratio()).isCloseTo(2.5, within(1e-9));
        assertThat(b.ratio()).isCloseTo(2.5, within(1e-9));
        assertThat(a.faster()).isSameAs(eventLoop);
        assertThat(b.slower()).isSameAs(sequential);
    }

    @Test
    void aRunThatTookNoTimeGivesAnInfiniteRatioNotADivisionError() {
        Comparison c = new Comparison(Recordings.eventLoop(0.0), Recordings.sequential(0.5));

        assertThat(c.ratio()).isInfinite();
        assertThat(new Comparison(Recordings.eventLoop(0.0), Recordings.sequential(0.0)).ratio()).isEqualTo(1.0);
    }
}
