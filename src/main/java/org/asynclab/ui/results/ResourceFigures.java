package org.asynclab.ui.results;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.engine.ResourceMonitor;
import org.asynclab.engine.ResourceSample;
import org.asynclab.engine.StartupTimes;
import org.asynclab.model.TaskTimeline;
import org.asynclab.ui.common.UiText;

/**
 * What a run costs the JVM, worded for the results panel while it goes on: platform threads alive now, the most
 * alive at once since the run began, heap in use, and the start-up time (until every task had started). This is
 * where 10,000 threads show their price beside 10,000 virtual threads or event-loop tasks.
 *
 * <p>It samples a {@link ResourceMonitor} each time the panel follows the run (a few reads of the JVM's counters:
 * cheap enough for the FX thread). The start-up time needs a pass over every task, so it is read only once all
 * tasks have started (the live figures already count them) and then kept: it cannot change after that.
 */
public final class ResourceFigures {
    private static final String NONE = "—";

    private final ReadOnlyStringWrapper liveThreads = new ReadOnlyStringWrapper(this, "liveThreads", NONE);
    private final ReadOnlyStringWrapper peakThreads = new ReadOnlyStringWrapper(this, "peakThreads", NONE);
    private final ReadOnlyStringWrapper heap = new ReadOnlyStringWrapper(this, "heap", NONE);
    private final ReadOnlyStringWrapper startup = new ReadOnlyStringWrapper(this, "startup", NONE);

    private final UiText text;
    private final ResourceMonitor monitor;
    private ResourceSample last;
    private double startupSeconds = Double.NaN;

    /** Creates the figures in the language of {@code text}, read from the JVM. */
    public ResourceFigures(UiText text) {
        this(text, new ResourceMonitor());
    }

    /** Creates the figures read from {@code monitor}. */
    public ResourceFigures(UiText text, ResourceMonitor monitor) {
        this.text = text;
        this.monitor = monitor;
    }

    /** Empties the figures. */
    public void clear() {
        last = null;
        startupSeconds = Double.NaN;
        for (ReadOnlyStringWrapper figure : new ReadOnlyStringWrapper[] {liveThreads, peakThreads, heap, startup}) {
            figure.set(NONE);
        }
    }

    /** A run begins: its figures start again from what is alive now. */
    public void begin() {
        clear();
        // The run's sequence reset the JVM's peak thread count just before the run started (resetting it again
        // now, a frame or more later, would forget threads that began and ended meanwhile).
        show(monitor.follow());
    }

    /**
     * Samples the JVM while the run goes on.
     *
     * @param timeline the run's timeline as of now
     * @param started  tasks started so far (finished ones included): the start-up time is read once it is all
     */
    public void follow(TaskTimeline timeline, int started) {
        if (Double.isNaN(startupSeconds) && started >= timeline.size()) {
            startupSeconds = StartupTimes.of(timeline).startupSeconds();
        }
        show(monitor.sample());
    }

    /** The run ended: the last sample, the peak the JVM counted, and the start-up time of the recording. */
    public void settle(TaskTimeline recording) {
        startupSeconds = StartupTimes.of(recording).startupSeconds();
        ResourceSample now = monitor.sample();
        show(new ResourceSample(now.liveThreads(), monitor.peaks().peakThreads(), now.heapUsedBytes(),
                now.residentBytes()));
    }

    /**
     * A replay's cursor: the start-up time only where every task had started (it is the run's own from there on);
     * before, "—", as during the run: scrubbed back to 3.20 s, the results said "Start-up time 3.31 s". The JVM's
     * figures stay those of the run.
     */
    public void replayAt(boolean everyTaskStarted) {
        startup.set(everyTaskStarted && !Double.isNaN(startupSeconds) ? text.duration(startupSeconds) : NONE);
    }

    private void show(ResourceSample sample) {
        last = sample;
        liveThreads.set(text.integer(sample.liveThreads()));
        peakThreads.set(text.integer(sample.peakThreads()));
        heap.set(text.memory(sample.heapUsedBytes()));
        startup.set(Double.isNaN(startupSeconds) ? NONE : text.duration(startupSeconds));
    }

    /** The figures last shown, or null when empty. */
    public ResourceSample lastSample() {
        return last;
    }

    /** The start-up time in seconds, or NaN until every task had started. */
    public double startupSeconds() {
        return startupSeconds;
    }

    /** Platform threads alive in the JVM now (virtual threads are not counted). */
    public ReadOnlyStringProperty liveThreadsProperty() {
        return liveThreads.getReadOnlyProperty();
    }

    /** The most platform threads alive at once since the run began. */
    public ReadOnlyStringProperty peakThreadsProperty() {
        return peakThreads.getReadOnlyProperty();
    }

    /** Heap in use, garbage not yet collected included, in megabytes. */
    public ReadOnlyStringProperty heapProperty() {
        return heap.getReadOnlyProperty();
    }

    /** Time until every task had started; a dash until then. */
    public ReadOnlyStringProperty startupProperty() {
        return startup.getReadOnlyProperty();
    }
}
