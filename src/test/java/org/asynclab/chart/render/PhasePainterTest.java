package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The phases inside http requests are drawn inside their bars, clipped at the frame's now, with a cut cap on a
 * cancelled task and a solid cap of another colour on a failed one; the legend and the tooltip name them.
 */
class PhasePainterTest {
    private static final long MS = TestRuns.MS;
    private static final long NO = TaskTimeline.NOT_YET;

    /**
     * Three requests seen at {@code now}: task 0 connects 0–200 ms, awaits 200–600, reads 600–800 (done); task 1
     * connects 0–100, awaits 100–400 and is cancelled; task 2 fails while connecting, at 300 ms.
     */
    private static RunResult requests(long now) {
        RunResult run = TestRuns.run(TaskKind.HTTP, now, new long[] {0, 0, 0}, new long[] {0, 0, 0},
                new long[] {800 * MS <= now ? 800 * MS : NO, NO, 300 * MS}, new int[] {0, 1, 2},
                "thread-0", "thread-1", "thread-2");
        PhaseRecording phases = new PhaseRecording(3, 3, true);
        phases.begin(0, Phase.CONNECT, 0, -1, "GET /delay/530");
        phases.begin(0, Phase.AWAIT_ANSWER, 200 * MS, -1, "GET /delay/530");
        phases.begin(0, Phase.READ, 600 * MS, -1, "GET /delay/530");
        phases.finish(0, TaskOutcome.DONE, 800 * MS);
        phases.begin(1, Phase.CONNECT, 0);
        phases.begin(1, Phase.AWAIT_ANSWER, 100 * MS);
        phases.finish(1, TaskOutcome.CANCELLED, 400 * MS);
        phases.begin(2, Phase.CONNECT, 0);
        phases.finish(2, TaskOutcome.FAILED, 300 * MS, "GET /x: Connection refused");
        return run.withPhaseTimeline(phases);
    }

    private record Picture(BufferedImage image, ChartPainter painter) {
        int rgbAt(long nanos, int row, double down) {
            int x = (int) Math.round(painter.axis().timeToX(nanos));
            return rgbAtX(x, row, down);
        }

        int rgbAtX(int x, int row, double down) {
            double top = painter.rows().rowTop(row);
            int y = (int) (top + painter.rows().rowHeight() * down);
            return image.getRGB(x, y) | 0xFF000000;
        }

        /** Whether the middle of {@code row}'s bar has {@code argb} somewhere at {@code x} (text may cross it). */
        boolean columnHas(int x, int row, int argb) {
            for (double down = 0.3; down <= 0.7; down += 0.05) {
                if (rgbAtX(x, row, down) == argb) {
                    return true;
                }
            }
            return false;
        }

        boolean rowHas(int row, int argb) {
            int from = (int) Math.ceil(painter.axis().timeToX(0));
            int to = (int) Math.floor(painter.axis().timeToX(900 * MS));
            for (int x = Math.max(0, from); x < Math.min(image.getWidth(), to); x++) {
                if (rgbAtX(x, row, 0.5) == argb) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Picture paint(RunResult run, ChartTheme theme, ChartView view) {
        ChartPainter painter = new ChartPainter(theme.palette());
        painter.setTimeline(run);
        painter.setView(view);
        try (Java2dSurface surface = new Java2dSurface(1600, 900, 1)) {
            painter.paint(surface);
            return new Picture(surface.image(), painter);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void eachPhaseHasItsColourInsideTheBar(ChartTheme theme) {
        Palette palette = theme.palette();

        Picture picture = paint(requests(900 * MS), theme, ChartView.TASKS);

        assertThat(picture.rgbAt(100 * MS, 0, 0.5)).isEqualTo(palette.argb(ChartColor.PHASE_CONNECT));
        assertThat(picture.rgbAt(400 * MS, 0, 0.5)).isEqualTo(palette.argb(ChartColor.PHASE_AWAIT_ANSWER));
        assertThat(picture.rgbAt(700 * MS, 0, 0.5)).isEqualTo(palette.argb(ChartColor.PHASE_READ));
        assertThat(palette.argb(ChartColor.PHASE_CONNECT)).isNotEqualTo(palette.argb(ChartColor.PHASE_AWAIT_ANSWER))
                .isNotEqualTo(palette.argb(ChartColor.PHASE_READ));
    }

    /**
     * A Python ticker seen after 3 s: it wakes every 50 ms for 80 µs (far under a pixel at this width) and awaits
     * its next sleep in between. Every slice shows, in both views: neither the wait after it nor the patch under a
     * task's number may cover its pixel (the number's text may cross it).
     */
    @ParameterizedTest
    @EnumSource(ChartView.class)
    void everyRunningSliceShowsThoughShorterThanAPixel(ChartView view) {
        long now = 3000 * MS;
        int slices = 60;
        RunResult run = TestRuns.run(TaskKind.IO, now, new long[] {0}, new long[] {0}, new long[] {NO},
                new int[] {0}, "event loop");
        PhaseRecording phases = new PhaseRecording(1, 2 * slices, true);
        for (int k = 0; k < slices; k++) {
            int slice = phases.begin(0, Phase.RUNNING, k * 50 * MS);
            phases.end(0, slice, k * 50 * MS + 80_000);
            phases.begin(0, Phase.WAITING, k * 50 * MS + 80_000);
        }
        Palette palette = ChartTheme.LIGHT.palette();

        Picture picture = paint(run.withPhaseTimeline(phases), ChartTheme.LIGHT, view);

        int shown = 0;
        for (int k = 0; k < slices; k++) {
            int x = (int) Math.round(picture.painter().axis().timeToX(k * 50 * MS));
            shown += picture.columnHas(x, 0, palette.argb(ChartColor.PHASE_RUNNING)) ? 1 : 0;
        }
        assertThat(shown).as("running slices drawn, of " + slices).isEqualTo(slices);
        int tick = (int) Math.round(picture.painter().axis().timeToX(1000 * MS));
        assertThat(picture.rgbAtX(tick, 0, 0.2)).as("a tick across the bar's middle: the wait shows above it")
                .isNotEqualTo(palette.argb(ChartColor.PHASE_RUNNING));
    }

    @Test
    void theThreadsViewDrawsThePhasesToo() {
        Palette palette = ChartTheme.LIGHT.palette();

        Picture picture = paint(requests(900 * MS), ChartTheme.LIGHT, ChartView.THREADS);

        assertThat(picture.rowHas(0, palette.argb(ChartColor.PHASE_READ))).isTrue();
        assertThat(picture.rowHas(1, palette.argb(ChartColor.PHASE_AWAIT_ANSWER))).isTrue();
    }

    @Test
    void aCancelledTaskEndsInACutCapAndAFailedOneInASolidCapOfAnotherColour() {
        Palette palette = ChartTheme.LIGHT.palette();

        Picture picture = paint(requests(900 * MS), ChartTheme.LIGHT, ChartView.TASKS);

        int cancelledX = (int) Math.round(picture.painter().axis().timeToX(400 * MS)) - 2;
        assertThat(picture.rgbAtX(cancelledX, 1, 0.2)).isEqualTo(palette.argb(ChartColor.OUTCOME_CANCELLED));
        assertThat(picture.rgbAtX(cancelledX, 1, 0.5)).as("the cut")
                .isNotEqualTo(palette.argb(ChartColor.OUTCOME_CANCELLED))
                .isNotEqualTo(palette.argb(ChartColor.PHASE_AWAIT_ANSWER));
        int failedX = (int) Math.round(picture.painter().axis().timeToX(300 * MS)) - 3;
        assertThat(picture.rgbAtX(failedX, 2, 0.5)).isEqualTo(palette.argb(ChartColor.OUTCOME_FAILED));
        assertThat(palette.argb(ChartColor.OUTCOME_FAILED)).isNotEqualTo(palette.argb(ChartColor.OUTCOME_CANCELLED));
    }

    @Test
    void aPhaseAfterTheFramesNowIsNotDrawnAndOneThatLastsEndsAtNow() {
        Palette palette = ChartTheme.LIGHT.palette();

        Picture picture = paint(requests(500 * MS), ChartTheme.LIGHT, ChartView.TASKS);

        assertThat(picture.rowHas(0, palette.argb(ChartColor.PHASE_READ))).as("read begins at 600 ms").isFalse();
        assertThat(picture.rgbAt(450 * MS, 0, 0.5)).isEqualTo(palette.argb(ChartColor.PHASE_AWAIT_ANSWER));
        int afterNow = (int) Math.round(picture.painter().axis().timeToX(500 * MS)) + 3;
        assertThat(picture.rgbAtX(Math.min(afterNow, picture.image().getWidth() - 1), 0, 0.5)).as("after now")
                .isNotEqualTo(palette.argb(ChartColor.PHASE_AWAIT_ANSWER));
    }

    @Test
    void theLegendNamesOnlyThePhasesPresentAndTheTooltipNamesPhaseAndNote() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(requests(900 * MS));
        SvgSurface svg = new SvgSurface(1900, 900);

        painter.paint(svg);

        assertThat(svg.document()).contains(">connect</text>", ">await the answer</text>", ">read the answer</text>",
                ">cancelled</text>", ">failed</text>").doesNotContain(">read → write</text>", ">running</text>");
        assertThat(painter.describe(0)).contains("read the answer", "GET /delay/530", "ended: done");
        assertThat(painter.describe(2)).contains("connect", "GET /x: Connection refused", "ended: failed");
    }

    /**
     * The race lessons' 500 tasks are less than a pixel each in the window's chart, where rows merge into density
     * bands: the read-to-write windows, the lesson's point, were not drawn at all (every band plain "done").
     * Merged bands show them in their own colour, where and when they are, as of the frame's now.
     */
    @Test
    void readToWriteWindowsShowInBandsOfRowsThinnerThanAPixel() {
        int n = 2000;
        PhaseRecording phases = new PhaseRecording(n, 3, true);
        for (int task = 0; task < n; task++) {
            phases.begin(task, Phase.WAITING, 0);
            // the first half's windows from 300 to 500 ms; the other half has none
            if (task < n / 2) {
                phases.begin(task, Phase.READ_WRITE, 300 * MS);
                phases.begin(task, Phase.WAITING, 500 * MS);
            }
            phases.finish(task, TaskOutcome.DONE, 800 * MS);
        }
        RunResult run = allDoneAt800(n).withPhaseTimeline(phases);

        Picture picture = paint(run, ChartTheme.LIGHT, ChartView.TASKS);

        assertThat(picture.painter().rows().isDense()).isTrue();
        ChartPaint window = ChartTheme.LIGHT.palette().phase(Phase.READ_WRITE);
        assertThat(picture.rgbAt(400 * MS, n / 4, 0.5)).isIn(window.argb() | 0xFF000000,
                window.inkArgb() | 0xFF000000);
        assertThat(picture.rgbAt(200 * MS, n / 4, 0.5)).isNotIn(window.argb() | 0xFF000000,
                window.inkArgb() | 0xFF000000);
        assertThat(picture.rgbAt(400 * MS, 3 * n / 4, 0.5)).isNotIn(window.argb() | 0xFF000000,
                window.inkArgb() | 0xFF000000);
    }

    /**
     * The race lesson's lock run (500 tasks, a pixel row holding one or two): its point is the time spent waiting for
     * the lock, yet merged bands showed only the running blues, lighter where a pixel row held one task, and neither
     * the lock's nor the semaphore's waits. Bands show every recorded phase in its paint, as bars do: the lock wait
     * where tasks wait for it, the semaphore's where they wait for a place, the await before them, the windows over
     * all of them.
     */
    @Test
    void lockAndSemaphoreWaitsShowInBandsOfRowsThinnerThanAPixel() {
        int n = 2000;
        PhaseRecording phases = new PhaseRecording(n, 4, true);
        for (int task = 0; task < n; task++) {
            // first half: awaits 0-100 ms, waits for the lock 100-600, its window 600-800; second half: waits for
            // the semaphore 0-400, then awaits until the end
            if (task < n / 2) {
                phases.begin(task, Phase.WAITING, 0);
                phases.begin(task, Phase.LOCK_WAIT, 100 * MS);
                phases.begin(task, Phase.READ_WRITE, 600 * MS);
            } else {
                phases.begin(task, Phase.SEMAPHORE_WAIT, 0);
                phases.begin(task, Phase.WAITING, 400 * MS);
            }
            phases.finish(task, TaskOutcome.DONE, 800 * MS);
        }
        RunResult run = allDoneAt800(n).withPhaseTimeline(phases);

        Picture picture = paint(run, ChartTheme.LIGHT, ChartView.TASKS);

        assertThat(picture.painter().rows().isDense()).isTrue();
        Palette palette = ChartTheme.LIGHT.palette();
        assertThat(picture.rgbAt(300 * MS, n / 4, 0.5)).isIn(colours(palette.phase(Phase.LOCK_WAIT)));
        assertThat(picture.rgbAt(50 * MS, n / 4, 0.5)).isIn(colours(palette.phase(Phase.WAITING)));
        assertThat(picture.rgbAt(700 * MS, n / 4, 0.5)).isIn(colours(palette.phase(Phase.READ_WRITE)));
        assertThat(picture.rgbAt(200 * MS, 3 * n / 4, 0.5)).isIn(colours(palette.phase(Phase.SEMAPHORE_WAIT)));
        assertThat(picture.rgbAt(600 * MS, 3 * n / 4, 0.5)).isIn(colours(palette.phase(Phase.WAITING)));
    }

    /** {@code n} tasks on threads of their own, submitted and started at 0, all done at 800 ms, seen at 900 ms. */
    private static RunResult allDoneAt800(int n) {
        long[] finished = new long[n];
        int[] lanes = new int[n];
        String[] names = new String[n];
        for (int task = 0; task < n; task++) {
            finished[task] = 800 * MS;
            lanes[task] = task;
            names[task] = "thread-" + task;
        }
        return TestRuns.run(TaskKind.IO, 900 * MS, new long[n], new long[n], finished, lanes, names);
    }

    private static Integer[] colours(ChartPaint paint) {
        return new Integer[] {paint.argb() | 0xFF000000, paint.inkArgb() | 0xFF000000};
    }

    /**
     * A fetch's "4.04 ms" ran from its "await the answer" (black ink) over its short dark "read" (white ink): the
     * part over the read was black on navy. A label over fills of two inks is written on a patch of one.
     */
    @Test
    void aDelayOverTwoFillsOfOtherInksIsWrittenOnAPatchOfOne() {
        RunResult run = TestRuns.run(TaskKind.HTTP, 100 * MS, new long[] {0}, new long[] {0}, new long[] {100 * MS},
                new int[] {0}, "thread-0");
        PhaseRecording phases = new PhaseRecording(1, 3, false);
        phases.begin(0, Phase.CONNECT, 0);
        phases.begin(0, Phase.AWAIT_ANSWER, 5 * MS);
        phases.begin(0, Phase.READ, 98 * MS);
        phases.finish(0, TaskOutcome.DONE, 100 * MS);
        Picture picture = paint(run.withPhaseTimeline(phases), ChartTheme.LIGHT, ChartView.TASKS);
        ChartPainter painter = picture.painter();

        int read = ChartTheme.LIGHT.palette().phase(Phase.READ).argb() | 0xFF000000;
        int readFrom = (int) Math.ceil(painter.axis().timeToX(98 * MS)) + 1;
        int labelEnd = (int) Math.floor(painter.axis().timeToX(100 * MS)) - 9;
        // the read is drawn (above the label) but not under it, where the label is
        assertThat(readFrom).isLessThan(labelEnd);
        assertThat(picture.rgbAtX(readFrom + 2, 0, 0.2)).isEqualTo(read);
        for (int x = readFrom; x < labelEnd; x++) {
            assertThat(picture.rgbAtX(x, 0, 0.5)).as("x = %d", x).isNotEqualTo(read);
        }
    }

    /**
     * A traced program's "Task-2 wait_random" ends on a last slice (its {@code return}), a request on its read: the
     * phases were drawn over the bar's "done" cap, so no finished task of a program or a fetch had the cap the
     * legend shows. The cap goes over the phases, in the colour that shows on the one the task ended in.
     */
    @Test
    void aFinishedTaskWithPhasesEndsInTheDoneCapTheLegendShows() {
        RunResult run = TestRuns.run(TaskKind.IO, 1000 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {1000 * MS, 800 * MS}, new int[] {0, 1}, "thread-0", "thread-1");
        PhaseRecording phases = new PhaseRecording(2, 3, false);
        phases.begin(0, Phase.RUNNING, 0);
        phases.begin(0, Phase.WAITING, 1 * MS);
        phases.begin(0, Phase.RUNNING, 999 * MS);
        phases.finish(0, TaskOutcome.DONE, 1000 * MS);
        phases.begin(1, Phase.CONNECT, 0);
        phases.begin(1, Phase.AWAIT_ANSWER, 100 * MS);
        phases.begin(1, Phase.READ, 600 * MS);
        phases.finish(1, TaskOutcome.DONE, 800 * MS);
        Palette palette = ChartTheme.LIGHT.palette();
        Picture picture = paint(run.withPhaseTimeline(phases), ChartTheme.LIGHT, ChartView.TASKS);
        ChartPainter painter = picture.painter();

        int slice = palette.doneCapOn(palette.phase(Phase.RUNNING)).argb() | 0xFF000000;
        int read = palette.doneCapOn(palette.phase(Phase.READ)).argb() | 0xFF000000;
        assertThat(slice).isNotEqualTo(palette.phase(Phase.RUNNING).argb() | 0xFF000000);
        assertThat(picture.rgbAtX((int) Math.floor(painter.axis().timeToX(1000 * MS)) - 1, 0, 0.2)).isEqualTo(slice);
        assertThat(picture.rgbAtX((int) Math.floor(painter.axis().timeToX(800 * MS)) - 1, 1, 0.2)).isEqualTo(read);
    }

    /**
     * A pool of two computing under a deadline: each task's computation is recorded as a {@link Phase#RUNNING}
     * phase, for its deadline. It was painted as a Python program's green "running slice", over its thread's colour
     * (and, with the GIL, over every wait for the GIL), beside a legend of a striped blue "done". A computation is
     * drawn and named as a computing run without phases draws it: its thread's colour, striped.
     */
    @Test
    void aComputationUnderADeadlineKeepsItsThreadsColourAndItsName() {
        // given task 0 computing 0-600 ms on thread-0 (done), task 1 0-500 ms on thread-1, cancelled
        RunResult run = TestRuns.run(TaskKind.CPU, 900 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {600 * MS, 500 * MS}, new int[] {0, 1}, "thread-0", "thread-1");
        PhaseRecording phases = new PhaseRecording(2, 1, false);
        phases.begin(0, Phase.RUNNING, 0);
        phases.finish(0, TaskOutcome.DONE, 600 * MS);
        phases.begin(1, Phase.RUNNING, 0);
        phases.finish(1, TaskOutcome.CANCELLED, 500 * MS);
        Palette palette = ChartTheme.LIGHT.palette();

        Picture picture = paint(run.withPhaseTimeline(phases), ChartTheme.LIGHT, ChartView.TASKS);

        // then each bar has its thread's striped colour, and no slice's green
        int slice = palette.argb(ChartColor.PHASE_RUNNING) | 0xFF000000;
        int x = (int) Math.round(picture.painter().axis().timeToX(300 * MS));
        assertThat(picture.rowHas(0, slice)).isFalse();
        assertThat(picture.rowHas(1, slice)).isFalse();
        assertThat(picture.columnHas(x, 0, palette.argb(ChartColor.LANE_1) | 0xFF000000)).isTrue();
        assertThat(picture.columnHas(x, 1, palette.argb(ChartColor.LANE_2) | 0xFF000000)).isTrue();
        // and the legend and the tooltip name a computation and the threads' colours, not a slice
        assertThat(LegendEntry.of(picture.painter().legendEntries())).contains(LegendEntry.RUNNING_CPU,
                LegendEntry.LANES, LegendEntry.DONE, LegendEntry.CANCELLED).doesNotContain(LegendEntry.PHASE_RUNNING);
        assertThat(picture.painter().describe(0)).contains("running (CPU, striped)").doesNotContain("slice");
    }

    /**
     * tasks.py's "Task-2 wait_random" ended on its {@code return}, a slice of microseconds: drawn a pixel wide from
     * its start, it stood one pixel right of the bar's done cap, as if the task ran after its end.
     */
    @Test
    void aLastSliceUnderAPixelStaysInsideItsBar() {
        RunResult run = TestRuns.run(TaskKind.IO, 1000 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {500 * MS, 1000 * MS}, new int[] {0, 0}, "event-loop");
        PhaseRecording phases = new PhaseRecording(2, 3, false);
        phases.begin(0, Phase.RUNNING, 0);
        phases.begin(0, Phase.WAITING, 1 * MS);
        phases.begin(0, Phase.RUNNING, 500 * MS - 5_000);
        phases.finish(0, TaskOutcome.DONE, 500 * MS);
        phases.begin(1, Phase.WAITING, 0);
        phases.finish(1, TaskOutcome.DONE, 1000 * MS);
        Picture picture = paint(run.withPhaseTimeline(phases), ChartTheme.DARK, ChartView.TASKS);

        int slice = ChartTheme.DARK.palette().phase(Phase.RUNNING).argb() | 0xFF000000;
        int end = (int) Math.round(picture.painter().axis().timeToX(500 * MS));
        for (int x = end; x <= end + 3; x++) {
            assertThat(picture.columnHas(x, 0, slice)).as("x = %d, the bar ends at %d", x, end).isFalse();
        }
    }
}
