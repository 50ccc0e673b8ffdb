package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.asynclab.engine.ResourceSample;
import org.asynclab.model.RunResult;
import org.asynclab.model.Workload;
import org.asynclab.ui.testing.Recordings;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.replay.ReplayTimeline;
import org.junit.jupiter.api.Test;

class ResourceFiguresTest {
    private final ResultsViewModel english = new ResultsViewModel(UiText.forLocale(Locale.ENGLISH));

    @Test
    void whileRunningTheCountersAreSaneAndTheStartupWaitsForEveryTask() {
        // given an event-loop run whose four tasks all started at once, followed before any task started
        RunResult run = Recordings.eventLoop(0.2, 1.0, 0.5, 0.3);
        ReplayTimeline timeline = new ReplayTimeline(run);
        english.begin(run.config(), Workload.ofSeconds(0.2, 1.0, 0.5, 0.3));
        ResourceFigures resources = english.resources();

        // when it is followed halfway
        timeline.setCursor(400_000_000L);
        english.follow(timeline);

        // then the JVM's counters are sane and worded
        ResourceSample sample = resources.lastSample();
        assertThat(sample.liveThreads()).isGreaterThanOrEqualTo(1);
        assertThat(sample.peakThreads()).isGreaterThanOrEqualTo(sample.liveThreads());
        assertThat(sample.heapUsedBytes()).isPositive();
        assertThat(resources.liveThreadsProperty().get()).matches("[\\d,]+");
        assertThat(resources.peakThreadsProperty().get()).matches("[\\d,]+");
        assertThat(resources.heapProperty().get()).matches("[\\d.]+\u00a0[MG]B");
        assertThat(resources.startupProperty().get()).isEqualTo("0\u00a0s");
    }

    @Test
    void beforeEveryTaskStartedTheStartupIsADash() {
        RunResult run = Recordings.sequential(0.2, 1.0);
        ReplayTimeline timeline = new ReplayTimeline(run);
        english.begin(run.config(), Workload.ofSeconds(0.2, 1.0));

        timeline.setCursor(100_000_000L);
        english.follow(timeline);

        assertThat(english.resources().startupProperty().get()).isEqualTo("—");
        assertThat(english.resources().startupSeconds()).isNaN();
    }

    @Test
    void atTheEndTheStartupIsTheRecordingsAndThePeakIsTheJvms() {
        RunResult run = Recordings.sequential(0.25, 1.25);
        english.begin(run.config(), Workload.ofSeconds(0.25, 1.25));

        english.settle(run);

        // a sequential run starts its second task when the first ends
        assertThat(english.resources().startupSeconds()).isCloseTo(0.25, within(1e-9));
        ResourceSample sample = english.resources().lastSample();
        assertThat(sample.peakThreads()).isGreaterThanOrEqualTo(sample.liveThreads()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void clearingEmptiesTheCounters() {
        english.begin(Recordings.eventLoop(0.1).config(), Workload.ofSeconds(0.1));

        english.clear();

        assertThat(english.resources().liveThreadsProperty().get()).isEqualTo("—");
        assertThat(english.resources().heapProperty().get()).isEqualTo("—");
        assertThat(english.resources().lastSample()).isNull();
    }
}
