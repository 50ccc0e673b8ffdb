package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.export.HandBuiltResults;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The legend shows only the states the run's bars have, in the words of its mode: no "waiting for a worker" where
 * no worker exists, "sleeping" on the event loop, "running slice" and "awaiting" for a Python program's phases;
 * a comparison's one legend line is the union of both charts', with one swatch for two modes' words of it.
 */
class LegendTest {
    private static final long MS = TestRuns.MS;

    private static long entries(RunResult run, Mode mode) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(mode);
        painter.paint(new SvgSurface(1600, 600));
        return painter.legendEntries();
    }

    private static String svg(RunResult run, Mode mode) {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(mode);
        SvgSurface svg = new SvgSurface(1900, 600);
        painter.paint(svg);
        return svg.document();
    }

    /**
     * 100,000 virtual threads beside the event loop at 1280×720: the rows merged into density bands of one blue,
     * with no end caps, while the legend named "done" and "colour = thread". Bands name neither; bars do.
     */
    @Test
    void rowsMergedIntoBandsNameNeitherTheDoneCapNorTheThreadColours() {
        // given a run of 3,000 tasks on 3,000 threads, all done
        RunConfig config = new RunConfig(3_000, 1.0, Mode.THREADS, 0, TaskKind.IO, 1);
        RunResult run = HandBuiltResults.simulate(config, Workload.generate(config));

        // then in a chart too short for a pixel a row, the legend has neither; in a tall one, bars have both
        ChartPainter dense = new ChartPainter(ChartTheme.LIGHT.palette());
        dense.setTimeline(run);
        dense.setMode(Mode.THREADS);
        dense.paint(new SvgSurface(1600, 600));
        assertThat(LegendEntry.of(dense.legendEntries())).contains(LegendEntry.RUNNING_IO)
                .doesNotContain(LegendEntry.DONE, LegendEntry.LANES);
        // and so in the threads view, where 3,000 threads' lanes merge into bands too
        dense.setView(ChartView.THREADS);
        dense.paint(new SvgSurface(1600, 600));
        assertThat(LegendEntry.of(dense.legendEntries())).doesNotContain(LegendEntry.DONE, LegendEntry.LANES);
        RunConfig twenty = new RunConfig(20, 1.0, Mode.THREADS, 0, TaskKind.IO, 1);
        RunResult few = HandBuiltResults.simulate(twenty, Workload.generate(twenty));
        assertThat(LegendEntry.of(entries(few, Mode.THREADS))).contains(LegendEntry.DONE, LegendEntry.LANES);
    }

    @Test
    void anEventLoopRunSaysItsTasksSleepAndNeverNamesAWorker() {
        // given three overlapping event-loop tasks that never waited to start
        long mask = entries(TestRuns.eventLoop(), Mode.EVENT_LOOP);

        // then the legend has the sleeping tasks and the done cap, and no hatched part at all
        assertThat(LegendEntry.of(mask)).contains(LegendEntry.SLEEPING, LegendEntry.DONE, LegendEntry.TOTAL)
                .doesNotContain(LegendEntry.WAITING_WORKER, LegendEntry.WAITING_LOOP, LegendEntry.RUNNING_IO,
                        LegendEntry.LANES);
        assertThat(svg(TestRuns.eventLoop(), Mode.EVENT_LOOP)).contains(">sleeping (await)</text>")
                .doesNotContain("worker");
    }

    @Test
    void aPoolRunNamesItsQueueAsWaitingForAWorker() {
        // given a pool of two where task 2 waited 400 ms for a worker
        long mask = entries(TestRuns.pool(), Mode.POOL);

        assertThat(LegendEntry.of(mask)).contains(LegendEntry.WAITING_WORKER, LegendEntry.RUNNING_IO,
                LegendEntry.DONE, LegendEntry.LANES).doesNotContain(LegendEntry.SLEEPING, LegendEntry.WAITING_LOOP);
        // and the same waits in another mode are named by that mode
        assertThat(LegendEntry.of(entries(TestRuns.pool(), Mode.SEQUENTIAL))).contains(LegendEntry.WAITING_TURN)
                .doesNotContain(LegendEntry.WAITING_WORKER);
    }

    @Test
    void aPythonProgramShowsItsRunningSlicesAndAwaitsOnly() {
        // given two coroutines on one loop, traced: each runs a slice, awaits, runs a slice again
        String picture = svg(TestRuns.tracedProgram(2), Mode.EVENT_LOOP);

        assertThat(picture).contains(">running slice</text>", ">awaiting</text>")
                .doesNotContain("worker", ">running (I/O wait)</text>", ">sleeping (await)</text>");
    }

    @Test
    void aThreadsWaitIsBlockedInItsLegendAndTooltipWhereACoroutineAwaits() {
        // given the race lesson's phases (a wait, then the read → write of the counter) and an http task's
        RunResult run = TestRuns.run(TaskKind.IO, 100 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {100 * MS, 100 * MS}, new int[] {0, 1}, "t-0", "t-1");
        PhaseRecording phases = new PhaseRecording(2, 2, true);
        phases.begin(0, Phase.WAITING, 0);
        phases.begin(0, Phase.READ_WRITE, 90 * MS);
        phases.finish(0, TaskOutcome.DONE, 100 * MS);
        phases.begin(1, Phase.AWAIT_ANSWER, 0);
        phases.finish(1, TaskOutcome.DONE, 100 * MS);
        RunResult race = run.withPhaseTimeline(phases);

        // then on threads or a pool the thread blocks in its waits: nothing there awaits
        for (Mode onThreads : new Mode[] {Mode.THREADS, Mode.POOL}) {
            assertThat(LegendEntry.of(entries(race, onThreads))).as("%s", onThreads)
                    .contains(LegendEntry.PHASE_BLOCKED, LegendEntry.PHASE_BLOCKED_ANSWER)
                    .doesNotContain(LegendEntry.PHASE_WAITING, LegendEntry.PHASE_AWAIT_ANSWER);
            assertThat(svg(race, onThreads)).contains(">waiting (thread blocked)</text>",
                    ">blocked until the answer</text>").doesNotContain("await");
            assertThat(TaskLabels.describe(race, 0, race.nowNanos(), 0, ChartLabels.ENGLISH, onThreads))
                    .contains("waiting (thread blocked) 0 s → 90.0 ms").doesNotContain("await");
        }
        // and a virtual thread parks there, its carrier free
        assertThat(LegendEntry.of(entries(race, Mode.VIRTUAL)))
                .contains(LegendEntry.PHASE_PARKED, LegendEntry.PHASE_PARKED_ANSWER)
                .doesNotContain(LegendEntry.PHASE_WAITING, LegendEntry.PHASE_BLOCKED, LegendEntry.PHASE_AWAIT_ANSWER);
        assertThat(svg(race, Mode.VIRTUAL)).contains(">waiting (virtual thread parked)</text>",
                ">parked until the answer</text>").doesNotContain("await", "blocked");
        // and on the event loop, as in the course's sequential awaits, the same waits are awaits
        for (Mode awaiting : new Mode[] {Mode.EVENT_LOOP, Mode.SEQUENTIAL}) {
            assertThat(svg(race, awaiting)).as("%s", awaiting).contains(">awaiting</text>", ">await the answer</text>")
                    .doesNotContain("blocked");
            assertThat(TaskLabels.describe(race, 1, race.nowNanos(), 0, ChartLabels.ENGLISH, awaiting))
                    .contains("await the answer");
        }
    }

    @Test
    void aProgramWhoseTasksAllFailedHasNoDoneCapInItsLegend() {
        // given two traced coroutines that each raise ValueError after a slice: none ends well
        RunResult run = TestRuns.run(TaskKind.IO, 100 * MS, new long[] {0, 0}, new long[] {0, 0},
                new long[] {50 * MS, 60 * MS}, new int[] {0, 0}, "MainThread");
        PhaseRecording failed = new PhaseRecording(2, 1, true);
        PhaseRecording oneWell = new PhaseRecording(2, 1, true);
        for (int task = 0; task < 2; task++) {
            failed.begin(task, Phase.RUNNING, 0);
            failed.finish(task, TaskOutcome.FAILED, (50 + 10 * task) * MS, "ValueError");
            oneWell.begin(task, Phase.RUNNING, 0);
            oneWell.finish(task, task == 0 ? TaskOutcome.DONE : TaskOutcome.FAILED, (50 + 10 * task) * MS);
        }

        assertThat(LegendEntry.of(entries(run.withPhaseTimeline(failed), Mode.EVENT_LOOP)))
                .contains(LegendEntry.FAILED).doesNotContain(LegendEntry.DONE);
        // and one that ended well brings the done cap back
        assertThat(LegendEntry.of(entries(run.withPhaseTimeline(oneWell), Mode.EVENT_LOOP)))
                .contains(LegendEntry.FAILED, LegendEntry.DONE);
    }

    @Test
    void aNarrowChartsOwnLegendGoesOnAsManyLinesAsItNeedsAndLeavesNoEntryOut() {
        // given a pool run, whose legend names the queue, the running part, the done cap, the lanes and the total
        RunResult run = TestRuns.pool();
        String wide = svg(run, Mode.POOL);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(run);
        painter.setMode(Mode.POOL);

        // when the chart is as narrow as one beside the code at 1024 px
        SvgSurface narrow = new SvgSurface(420, 600);
        painter.paint(narrow);

        // then every entry the wide chart's legend draws is drawn too
        assertThat(wide).contains(">done</text>", ">total</text>");
        assertThat(narrow.document()).contains(">done</text>", ">total</text>", ">running (I/O wait)</text>");
    }

    @Test
    void aChartResizedFromFrameToFrameLaysItsLegendOutAsAFreshOneWould() {
        // given one painter drawing the pool run at one width after another, as a window resized beside the code
        ChartPainter reused = poolPainter();
        for (double width : new double[] {420, 700, 300, 1900, 420, 560}) {
            SvgSurface again = new SvgSurface(width, 600);
            SvgSurface first = new SvgSurface(width, 600);

            reused.paint(again);
            poolPainter().paint(first);

            // then it draws what a painter drawing that width first draws, its legend's lines included
            assertThat(again.document()).as("at %s", width).isEqualTo(first.document());
        }
    }

    private static ChartPainter poolPainter() {
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        painter.setMode(Mode.POOL);
        return painter;
    }

    @Test
    void aThumbnailKeepsItsBarsAndItsLegendToOneLine() {
        // given the pool run at the smallest picture the command line makes
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setTimeline(TestRuns.pool());
        painter.setMode(Mode.POOL);

        painter.paint(new SvgSurface(320, 240));

        // then the legend takes no second line from the plot: its rows stay bars a class can tell apart
        assertThat(painter.rows().rowHeight()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aSharedLegendDrawsOneSwatchForTwoModesWordsOfTheHatchedPart() {
        // given a comparison's union: a thread per task and a pool both had visible waits
        long union = LegendEntry.WAITING_THREAD.bit() | LegendEntry.WAITING_WORKER.bit() | LegendEntry.RUNNING_IO.bit();
        SvgSurface svg = new SvgSurface(1200, 60);
        LegendStrip strip = new LegendStrip(ChartTheme.LIGHT.palette());

        strip.paint(svg, union);

        // then one line reads "waiting for its thread / a worker", then "running (I/O wait)"
        assertThat(svg.document()).contains(">waiting for its thread</text>", "> / a worker</text>",
                ">running (I/O wait)</text>");
        assertThat(strip.lines(svg, union, 1200)).isEqualTo(1);
        // and on a narrow stage the items go to a second line rather than being dropped
        assertThat(strip.lines(svg, union, 400)).isEqualTo(2);
    }

    @Test
    void twoWordsOfOneSwatchAreCutWhereNoParenthesisIsLeftOpen() {
        // given a race comparison of threads and virtual threads, in French: one wait, two modes' words of it
        long union = LegendEntry.PHASE_BLOCKED.bit() | LegendEntry.PHASE_PARKED.bit();
        SvgSurface svg = new SvgSurface(1200, 60);
        LegendStrip strip = new LegendStrip(ChartTheme.LIGHT.palette());
        strip.setLabels(ChartLabels.from(java.util.ResourceBundle.getBundle("org.asynclab.ui.messages",
                java.util.Locale.FRENCH)));

        strip.paint(svg, union);

        // then the second words keep their opening parenthesis: "(thread virtuel garé)", not "virtuel garé)"
        assertThat(svg.document()).contains(">en attente (thread bloqué)</text>", "> / (thread virtuel garé)</text>");
    }

    @Test
    void aSharedSwatchsWordsWiderThanTheLineGoOnTheNextAndNoEntryIsLeftOut() {
        // given an http comparison's union, the event loop's and a pool's words of one wait, on a stage narrower
        // than the two (the stage beside the code at 1024 px)
        long union = LegendEntry.WAITING_WORKER.bit() | LegendEntry.DONE.bit() | LegendEntry.PHASE_CONNECT.bit()
                | LegendEntry.PHASE_AWAIT_ANSWER.bit() | LegendEntry.PHASE_BLOCKED_ANSWER.bit()
                | LegendEntry.PHASE_READ.bit() | LegendEntry.TOTAL.bit();
        LegendStrip strip = new LegendStrip(ChartTheme.LIGHT.palette());
        double width = 380;
        int lines = strip.lines(new SvgSurface(width, 60), union, width);
        SvgSurface svg = new SvgSurface(width, lines * LegendStrip.lineHeight());

        strip.paint(svg, union);

        // then every entry is drawn, on the lines the strip asked room for (the pool's words once cut the legend
        // short: "read the answer" and the total's line left out)
        assertThat(svg.document()).contains(">await the answer</text>", "blocked until the answer</text>",
                ">read the answer</text>", ">total</text>");
        assertThat(lines).isGreaterThan(1);
        double lastBaseline = svg.document().lines().filter(l -> l.contains(">total</text>"))
                .mapToDouble(l -> Double.parseDouble(l.replaceAll(".* y=\"([0-9.]+)\".*", "$1"))).max()
                .orElseThrow();
        assertThat(lastBaseline).isLessThan(lines * LegendStrip.lineHeight());
    }
    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void theCancelledAndFailedSwatchesAreEachInTheirOutcomesColour(ChartTheme theme) {
        // given a legend that names a cancelled and a failed task
        Palette palette = theme.palette();
        SvgSurface svg = new SvgSurface(1200, 60);

        new LegendStrip(palette).paint(svg, LegendEntry.CANCELLED.bit() | LegendEntry.FAILED.bit());

        // then each swatch is as wide as a swatch in its outcome's colour, not one navy body with a 2 px edge
        String wide = "width=\"" + (int) LegendPainter.SWATCH_W + "\"";
        assertThat(svg.document()).containsPattern(wide + "[^>]*" + fillOf(palette, ChartColor.OUTCOME_FAILED))
                .containsPattern(wide + "[^>]*" + fillOf(palette, ChartColor.OUTCOME_CANCELLED))
                .doesNotContainPattern(wide + "[^>]*" + fillOf(palette, ChartColor.PHASE_READ));
        assertThat(palette.argb(ChartColor.OUTCOME_FAILED)).isNotEqualTo(palette.argb(ChartColor.OUTCOME_CANCELLED));
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void theDoneSwatchEndsInTheCapTheBarsEndIn(ChartTheme theme) {
        // given the legend of a run whose bars are the first lane's colour
        Palette palette = theme.palette();
        SvgSurface svg = new SvgSurface(1200, 60);

        new LegendStrip(palette).paint(svg, LegendEntry.DONE.bit());

        // then its 4-point cap is the one a bar of that lane ends in, by the bars' own rule (Palette.doneCapOn)
        int cap = palette.doneCapOn(palette.lane(0, false)).argb();
        assertThat(svg.document()).containsPattern("width=\"4\"[^>]*" + String.format("fill=\"#%06x\"",
                cap & 0xFFFFFF));
    }

    @Test
    void aChartOfPhasesShowsItsDoneCapOnTheWaitItsBarsAreDrawnIn() {
        // given the legend of a Python program (awaiting, running slices) and of a fetch (its answer awaited)
        Palette palette = ChartTheme.LIGHT.palette();
        SvgSurface program = new SvgSurface(1200, 60);
        SvgSurface fetch = new SvgSurface(1200, 60);
        new LegendStrip(palette).paint(program, LegendEntry.DONE.bit() | LegendEntry.PHASE_RUNNING.bit()
                | LegendEntry.PHASE_WAITING.bit());
        new LegendStrip(palette).paint(fetch, LegendEntry.DONE.bit() | LegendEntry.PHASE_CONNECT.bit()
                | LegendEntry.PHASE_AWAIT_ANSWER.bit());

        // then "done" is a bar of that wait ending in its cap, not a blue bar no chart of theirs has
        String wide = "width=\"" + (int) LegendPainter.SWATCH_W + "\"";
        String lane = String.format("fill=\"#%06x\"", palette.lane(0, false).argb() & 0xFFFFFF);
        assertThat(program.document()).doesNotContainPattern(wide + "[^>]*" + lane)
                .containsPattern("width=\"4\"[^>]*" + String.format("fill=\"#%06x\"",
                        palette.doneCapOn(palette.phase(Phase.WAITING)).argb() & 0xFFFFFF));
        assertThat(fetch.document()).doesNotContainPattern(wide + "[^>]*" + lane);
    }

    /**
     * A request's bar ends in its read, where the light theme's black "done" cap does not show: its cap is grey, and
     * the legend's "done" ended in black beside it.
     */
    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void theDoneSwatchOfRequestsEndsInTheCapOfTheirRead(ChartTheme theme) {
        Palette palette = theme.palette();
        SvgSurface svg = new SvgSurface(1200, 60);

        new LegendStrip(palette).paint(svg, LegendEntry.DONE.bit() | LegendEntry.PHASE_CONNECT.bit()
                | LegendEntry.PHASE_AWAIT_ANSWER.bit() | LegendEntry.PHASE_READ.bit());

        int cap = palette.doneCapOn(palette.phase(Phase.READ)).argb();
        assertThat(svg.document()).containsPattern("width=\"4\"[^>]*" + String.format("fill=\"#%06x\"",
                cap & 0xFFFFFF));
    }

    private static String fillOf(Palette palette, ChartColor colour) {
        return String.format("fill=\"#%06x\"", palette.argb(colour) & 0xFFFFFF);
    }
}
