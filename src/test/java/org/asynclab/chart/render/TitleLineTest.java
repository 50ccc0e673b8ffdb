package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.engine.PhaseRecording;
import org.asynclab.model.Mode;
import org.asynclab.model.Phase;
import org.asynclab.model.RunResult;
import org.asynclab.model.TaskKind;
import org.asynclab.model.TaskOutcome;
import org.asynclab.model.TaskTimeline;
import org.junit.jupiter.api.Test;

/**
 * The chart's title line at every width a chart gets, from a comparison's at 1024 × 768 in the largest text (about
 * 250 points) to a single chart's at 1920 × 1080, in English and French: the pool lesson at 1024 × 768 in French
 * read "Pool de 4   idéal   total   20 tâches terminées sur 20", the markers' words without their figures. The
 * status shortens first; a marker's word is never written without its figure; nothing overlaps or leaves the chart.
 */
class TitleLineTest {
    private static final long MS = TestRuns.MS;
    private static final int N = 20;

    private static final ChartLabels FRENCH = ChartLabels.from(
            ResourceBundle.getBundle("org.asynclab.ui.messages", Locale.FRENCH));
    private static final ChartLabels ENGLISH = ChartLabels.from(
            ResourceBundle.getBundle("org.asynclab.ui.messages", Locale.ENGLISH));

    /** The pool lesson's pool: 20 tasks, 4 at a time, 130 ms each, seen at {@code now} (ms), ideal 2.6 s. */
    private static RunResult pool(long nowMs) {
        long[] submitted = new long[N];
        long[] started = new long[N];
        long[] finished = new long[N];
        int[] lanes = new int[N];
        for (int i = 0; i < N; i++) {
            started[i] = i / 4 * 520 * MS + i % 4 * 10 * MS;
            long end = started[i] + 510 * MS;
            finished[i] = end <= nowMs * MS ? end : TaskTimeline.NOT_YET;
            started[i] = started[i] <= nowMs * MS ? started[i] : TaskTimeline.NOT_YET;
            lanes[i] = i % 4;
        }
        return TestRuns.run(TaskKind.IO, nowMs * MS, submitted, started, finished, lanes, "w1", "w2", "w3", "w4");
    }

    /** The same pool at 2.7 s, all ended, four of its tasks cancelled at a deadline. */
    private static RunResult cancelled() {
        RunResult run = pool(2700);
        PhaseRecording phases = new PhaseRecording(N, 1, false);
        for (int i = 0; i < N; i++) {
            phases.begin(i, Phase.WAITING, run.startedNanos(i));
            phases.finish(i, i % 5 == 4 ? TaskOutcome.CANCELLED : TaskOutcome.DONE, run.finishedNanos(i));
        }
        return run.withPhaseTimeline(phases);
    }

    private record Seen(String name, RunResult run, boolean compact, String title) {
    }

    private static List<Seen> titles(ChartLabels words) {
        String pool = words == FRENCH ? "Pool de 4" : "Pool of 4";
        String longTitle = pool + " · 20 " + (words == FRENCH ? "tâches · délai max 1 s · graine 1"
                : "tasks · max delay 1 s · seed 1");
        List<Seen> seen = new ArrayList<>();
        for (boolean compact : new boolean[] {true, false}) {
            String title = compact ? pool : longTitle;
            seen.add(new Seen("done", pool(2700), compact, title));
            seen.add(new Seen("running", pool(1300), compact, title));
            seen.add(new Seen("just started", pool(100), compact, title));
            seen.add(new Seen("cancelled", cancelled(), compact, title));
        }
        return seen;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Test
    void everyMarkersWordKeepsItsFigureAndNothingOnTheTitleLineOverlapsOrLeavesTheChart() {
        for (ChartLabels words : new ChartLabels[] {ENGLISH, FRENCH}) {
            List<String> markerWords = List.of(words.get(ChartLabels.Key.IDEAL), words.get(ChartLabels.Key.TOTAL),
                    words.get(ChartLabels.Key.NOW));
            for (Seen seen : titles(words)) {
                for (int width = 240; width <= 1900; width += 10) {
                    String at = seen.name + (seen.compact ? " compact" : "") + " at " + width + " "
                            + words.get(ChartLabels.Key.IDEAL);
                    TextSurface surface = new TextSurface(width, seen.compact ? 200 : 400);
                    ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
                    painter.setLabels(words);
                    painter.setMode(Mode.POOL);
                    painter.setOwnLegend(!seen.compact);
                    painter.setTitle(seen.title);
                    painter.setTimeline(seen.run);
                    painter.setIdealNanos(2600 * MS);

                    painter.paint(surface);

                    for (String word : markerWords) {
                        // a chart of its own has the word once, in its legend beside the line's swatch
                        assertThat(surface.texts.stream().filter(word::equals).count()).as("%s: %s", at, word)
                                .isLessThanOrEqualTo(seen.compact ? 0 : 1);
                    }
                    String status = surface.texts.getLast();
                    for (String text : surface.texts) {
                        double[] box = surface.boxes.get(text);
                        assertThat(box[0]).as("%s: %s", at, text).isGreaterThanOrEqualTo(0);
                        assertThat(box[2]).as("%s: %s", at, text).isLessThanOrEqualTo(width);
                        if (text.equals(status) || markerWords.stream().anyMatch(w -> text.startsWith(w + " "))) {
                            for (String other : surface.texts) {
                                assertThat(other.equals(text) || !overlap(box, surface.boxes.get(other)))
                                        .as("%s: %s over %s", at, text, other).isTrue();
                            }
                        }
                    }
                    if (seen.compact) {
                        assertThat(surface.texts).as(at).contains(seen.title);
                    }
                }
            }
        }
    }

    /**
     * The pool lesson compared with threads at 1024 × 768 in French: a chart 540 points wide, its ideal 2.60 s and
     * its total 2.62 s side by side. The status says "20/20" and both lines keep their figures, where they read
     * "idéal   total   20 tâches terminées sur 20".
     */
    @Test
    void theStatusShortensBeforeTheMarkersLoseTheirFigures() {
        TextSurface surface = new TextSurface(540, 200);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(FRENCH);
        painter.setMode(Mode.POOL);
        painter.setOwnLegend(false);
        painter.setTitle("Pool de 4");
        painter.setTimeline(pool(2700));
        painter.setIdealNanos(2600 * MS);

        painter.paint(surface);

        assertThat(surface.texts).contains("Pool de 4", "idéal 2,60 s", "total 2,62 s", "20/20")
                .doesNotContain("20 tâches terminées sur 20");
    }

    /**
     * Four tasks of twenty cancelled at a deadline: the status still says so, never "20/20" as if all were done, nor
     * "16/20" as if the run went on; where neither words fit, no status (the bars and results say it).
     */
    @Test
    void aShortStatusNeverCallsACancelledTaskDone() {
        for (int width = 240; width <= 1900; width += 10) {
            TextSurface surface = new TextSurface(width, 200);
            ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
            painter.setLabels(ENGLISH);
            painter.setOwnLegend(false);
            painter.setTitle("Pool of 4");
            painter.setTimeline(cancelled());
            painter.setIdealNanos(2600 * MS);

            painter.paint(surface);

            assertThat(surface.texts.getLast()).as("at %d", width).isIn("20 of 20 tasks ended: 16 done, 4 cancelled",
                    "16 done, 4 cancelled", "");
        }
    }

    /**
     * The pool lesson's threads chart in the largest text at 1024 × 768 (about 500 points): its ideal (968 ms) and
     * total (1.04 s) close together, under a shared axis of 2.7 s. The total was named and the ideal not: the pair did
     * not fit from the total's line on, though it did from further left. Both are named, side by side.
     */
    @Test
    void twoCloseLinesAreNamedSideBySideFromFurtherLeftWhenTheirPairWouldPassTheEnd() {
        long[] zero = new long[N];
        long[] finished = new long[N];
        int[] lanes = new int[N];
        for (int i = 0; i < N; i++) {
            finished[i] = (1040 - i * 40) * MS;
            lanes[i] = i;
        }
        String[] threads = new String[N];
        java.util.Arrays.setAll(threads, i -> "Thread-" + i);
        TextSurface surface = new TextSurface(460, 200);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(FRENCH);
        painter.setOwnLegend(false);
        painter.setTitle("Threads");
        painter.setTimeline(TestRuns.run(TaskKind.IO, 1040 * MS, zero, zero, finished, lanes, threads));
        painter.setIdealNanos(968 * MS);
        painter.setSpanNanos(2710 * MS);

        painter.paint(surface);

        assertThat(surface.texts).contains("Threads", "idéal 968 ms", "total 1,04 s", "20/20");
    }

    /** The deadline lesson's event loop: ten tasks from 0, three done by 0.3 s, seven cancelled at 0.5 s. */
    private static RunResult deadlineLesson() {
        int n = 10;
        long[] zero = new long[n];
        long[] finished = new long[n];
        PhaseRecording phases = new PhaseRecording(n, 1, false);
        for (int i = 0; i < n; i++) {
            finished[i] = i < 3 ? (100 + i * 100) * MS : (500 + i * 3) * MS;
            phases.begin(i, Phase.WAITING, 0);
            phases.finish(i, i < 3 ? TaskOutcome.DONE : TaskOutcome.CANCELLED, finished[i]);
        }
        return TestRuns.run(TaskKind.IO, 527 * MS, zero, zero, finished, new int[n], "event-loop")
                .withPhaseTimeline(phases);
    }

    /**
     * The deadline lesson at 1024 × 768 in French: seven of ten tasks cancelled at 0.5 s, the ideal (the deadline,
     * 500 ms) beside the total (527 ms), under a long title. "3/10" kept its place and the ideal lost its name; once
     * every task has ended the status gives way, and both figures are written.
     */
    @Test
    void onceEveryTaskHasEndedTheStatusGivesWayToTheFigures() {
        RunResult run = deadlineLesson();
        TextSurface surface = new TextSurface(520, 200);
        ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
        painter.setLabels(FRENCH);
        painter.setOwnLegend(false);
        painter.setTitle("Boucle d’événements");
        painter.setTimeline(run);
        painter.setIdealNanos(500 * MS);

        painter.paint(surface);

        assertThat(surface.texts).contains("Boucle d’événements", "idéal 500 ms", "total 527 ms");
    }

    /**
     * The deadline lesson's run over, at every width: where the corner has room for the short count only, none is
     * written (the bars say "cancelled", the results "10 of 10 tasks ended: 3 done, 7 cancelled"). It read "3/10" in
     * both charts at 1024 × 768, as a run still going would; "10/10" would call the cancelled done.
     */
    @Test
    void aRunOverWithCancelledTasksWritesNoShortCount() {
        RunResult run = deadlineLesson();
        java.util.Set<String> counts = new java.util.TreeSet<>();
        for (int width = 240; width <= 1200; width += 10) {
            TextSurface surface = new TextSurface(width, 200);
            ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
            painter.setOwnLegend(false);
            painter.setTitle("Event loop · wait_for(0.5 s)");
            painter.setTimeline(run);
            painter.setIdealNanos(500 * MS);

            painter.paint(surface);

            surface.texts.stream().filter(t -> t.matches("\\d+/10")).forEach(counts::add);
        }
        assertThat(counts).as("short counts written at some width").isEmpty();
    }

    /**
     * A single chart at 1280 × 720 in the largest text (about 275 points): "Pool de 4 · E/S…   20/20". Once the
     * run is over the status gives way before the title is cut; while it runs, "8/20" stays and the title is cut.
     */
    @Test
    void aFinishedChartsTitleIsNotCutForItsStatus() {
        for (long now : new long[] {2700, 1300}) {
            // too short for the title to take two lines (its header keeps to 40 % of the chart)
            TextSurface surface = new TextSurface(275, 260);
            ChartPainter painter = new ChartPainter(ChartTheme.LIGHT.palette());
            painter.setLabels(FRENCH);
            painter.setTitle("Pool de 4 · E/S (attend)");
            painter.setTimeline(pool(now));
            painter.setIdealNanos(2600 * MS);

            painter.paint(surface);

            if (now == 2700) {
                assertThat(surface.texts).contains("Pool de 4 · E/S (attend)").doesNotContain("20/20")
                        .noneMatch(text -> text.contains("…"));
            } else {
                assertThat(surface.texts).contains("8/20").doesNotContain("Pool de 4 · E/S (attend)");
            }
        }
    }
}
