package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.model.Mode;
import org.asynclab.model.RunSummary;
import org.asynclab.model.SweepPlan;
import org.asynclab.model.SweepPoint;
import org.asynclab.model.SweepResult;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepExportTest {
    @TempDir
    Path dir;

    /** A sweep as a perfect machine would measure it: sequential takes n × 0.25 s, concurrent modes 0.5 s. */
    static SweepResult idealSweep(List<Mode> modes, int... sizes) {
        List<Integer> ns = new ArrayList<>();
        for (int n : sizes) {
            ns.add(n);
        }
        SweepPlan plan = new SweepPlan(modes, ns, 0.5, TaskKind.IO, 42L, 4, false);
        List<SweepPoint> points = new ArrayList<>();
        for (SweepPlan.Step step : plan.steps()) {
            int n = step.tasks();
            double total = step.mode() == Mode.SEQUENTIAL ? n * 0.25 : 0.5;
            RunSummary f = new RunSummary(total, total / n, n * 0.25, 0.5, total, 0, n * 0.25 / total,
                    step.mode() == Mode.SEQUENTIAL ? 1 : n, step.mode() == Mode.EVENT_LOOP ? 1 : n);
            points.add(new SweepPoint(step.mode(), n, f, step.mode() == Mode.SEQUENTIAL ? total - 0.25 : 1e-6,
                    step.mode() == Mode.THREADS ? 20 + n : 20, false));
        }
        return new SweepResult(plan, points, false);
    }

    @Test
    void theCsvHasOneRowPerModeAndTaskCountWithExactSeconds() throws Exception {
        SweepResult sweep = idealSweep(List.of(Mode.SEQUENTIAL, Mode.VIRTUAL), 1, 10, 1000);
        Path file = dir.resolve("sweep.csv");

        SweepCsv.write(file, sweep);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo(SweepCsv.HEADER).startsWith("mode,tasks,totalSeconds,averageSeconds,");
        assertThat(lines.get(1)).startsWith("sequential,1,0.25,0.25,0.25,0.0,1.0,1,1,0.0,20,0.25,0.5,,io,0.5,42,false");
        assertThat(lines.get(6)).startsWith("virtual,1000,0.5,0.0005,0.5,0.0,500.0,1000,1000,0.000001,20,");
        assertThat(Files.readString(file)).contains("\r\n");
        assertThat(SweepCsv.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(SweepCsv.plain(Double.NaN)).isEmpty();
    }

    @Test
    void theSvgNamesEveryModeTheAxesAndTheReferenceLines() {
        SweepResult sweep = idealSweep(List.of(Mode.SEQUENTIAL, Mode.EVENT_LOOP, Mode.POOL), 1, 10, 100, 1000);

        String svg = SweepExport.renderSvg(sweep, ChartSpec.defaults());

        assertThat(svg).startsWith("<?xml").contains(">Sequential</text>", ">Event loop</text>",
                ">Pool of 4</text>", ">1k</text>", ">100 s</text>", ">Total time</text>",
                ">Average time per task</text>", ">longest delay</text>", ">sum of the delays</text>",
                ">longest ÷ n</text>", ">sum ÷ n</text>", ">expected without overhead</text>",
                "Sweep: 1 to 1,000 io tasks, max delay 0.5 s, seed 42", ">250 s</text>", ">12 of 12 steps</text>");
        assertThat(svg).contains("stroke-dasharray");
    }

    @Test
    void aConcurrentOnlySweepGetsALinearTotalAndOnlyItsOwnReferenceLine() {
        SweepResult sweep = idealSweep(List.of(Mode.EVENT_LOOP, Mode.VIRTUAL), 1, 10, 100);

        String svg = SweepExport.renderSvg(sweep, ChartSpec.defaults().withTitle("flat"));

        assertThat(svg).contains(">flat</text>", ">first submit to last finish</text>", ">0 s</text>",
                ">longest delay</text>").doesNotContain("sum of the delays");
    }

    @Test
    void aSweepOfThreadsPastTheirLimitSaysWhereThreadsStop() {
        SweepResult sweep = idealSweep(List.of(Mode.THREADS, Mode.VIRTUAL), 100, 100_000);

        String svg = SweepExport.renderSvg(sweep, ChartSpec.defaults());

        assertThat(sweep.plan().skipped()).containsExactly(new SweepPlan.Step(Mode.THREADS, 100_000));
        assertThat(svg).contains("threads stop at 20,000 tasks (one OS thread each)", ">3 of 3 steps</text>");
    }

    @Test
    void thePngIsDrawnAtItsScaleInEachModesColour() throws Exception {
        SweepResult sweep = idealSweep(List.of(Mode.SEQUENTIAL, Mode.VIRTUAL), 1, 10, 100);
        Path file = dir.resolve("sweep.png");

        SweepExport.png(sweep, ChartSpec.defaults().withTheme(ChartTheme.DARK), file, 2);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(image.getHeight()).isEqualTo(1800);
        int sequential = ChartTheme.DARK.palette().argb(ChartColor.MODE_SEQUENTIAL) & 0xFFFFFF;
        int virtual = ChartTheme.DARK.palette().argb(ChartColor.MODE_VIRTUAL) & 0xFFFFFF;
        assertThat(count(image, sequential)).isGreaterThan(500);
        assertThat(count(image, virtual)).isGreaterThan(500);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", bytes)).isTrue();
        assertThat(new String(bytes.toByteArray(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static int count(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                found += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return found;
    }
}
