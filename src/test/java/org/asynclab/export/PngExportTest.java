package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.TestRuns;
import org.asynclab.chart.render.ChartColor;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.chart.render.ChartPainter;
import org.asynclab.chart.render.Java2dSurface;
import org.asynclab.chart.render.Palette;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {
    private static final ChartSpec SPEC = ChartSpec.defaults().withTitle("pool · n = 3");

    @TempDir
    Path dir;

    /** The painter of SPEC after one frame, to know where the export put each bar. */
    private static ChartPainter laidOut(RunResult run) {
        ChartPainter painter = ChartPictures.painter(run, SPEC);
        try (Java2dSurface surface = new Java2dSurface(SPEC.width(), SPEC.height(), 1)) {
            painter.paint(surface);
        }
        return painter;
    }

    private static int rgb(BufferedImage image, double x, double y, double scale) {
        return image.getRGB((int) Math.floor(x * scale), (int) Math.floor(y * scale)) & 0xFFFFFF;
    }

    @Test
    void thePixelInTheMiddleOfABarHasTheColourOfItsThread() throws Exception {
        RunResult run = TestRuns.pool();
        ChartPainter layout = laidOut(run);
        Path file = dir.resolve("pool.png");

        PngExport.write(run, SPEC, file, 1);

        BufferedImage image = ImageIO.read(file.toFile());
        double x = layout.axis().timeToX(230 * TestRuns.MS);
        double y = layout.rows().rowTop(1) + layout.rows().rowHeight() / 2;
        int lane2 = ChartTheme.LIGHT.palette().argb(ChartColor.LANE_2) & 0xFFFFFF;
        assertThat(rgb(image, x, y, 1)).isEqualTo(lane2);
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void aTwiceScaledPngIsTwiceAsLargeWithBarEdgesOneDevicePixelSharp() {
        RunResult run = TestRuns.pool();
        ChartPainter layout = laidOut(run);

        BufferedImage one = PngExport.render(run, SPEC, 1);
        BufferedImage two = PngExport.render(run, SPEC, 2);

        assertThat(two.getWidth()).isEqualTo(2 * one.getWidth());
        assertThat(two.getHeight()).isEqualTo(2 * one.getHeight());
        int column = (int) Math.floor(layout.axis().timeToX(230 * TestRuns.MS) * 2);
        int top = (int) Math.round(layout.rows().rowTop(1) * 2);
        Set<Integer> colours = new TreeSet<>();
        for (int y = top - 8; y < top + 24; y++) {
            colours.add(two.getRGB(column, y) & 0xFFFFFF);
        }
        Palette palette = ChartTheme.LIGHT.palette();
        int lane2 = palette.argb(ChartColor.LANE_2) & 0xFFFFFF;
        int plot = palette.argb(ChartColor.PLOT) & 0xFFFFFF;
        int shade = palette.rowShade().argb() & 0xFFFFFF;
        assertThat(colours).as("only rows' backgrounds and the bar, no blended edge")
                .containsAnyOf(plot, shade).contains(lane2).isSubsetOf(plot, shade, lane2);
        assertThat(rgb(two, layout.axis().timeToX(230 * TestRuns.MS), layout.rows().rowTop(1) + 20, 2))
                .isEqualTo(lane2);
    }

    @Test
    void aMissingFolderGivesAClearExportExceptionAndNoFile() {
        Path target = dir.resolve("missing/chart.png");

        assertThatThrownBy(() -> PngExport.write(TestRuns.pool(), SPEC, target, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");

        assertThat(target).doesNotExist();
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefusedAndLeftAsItWas() throws Exception {
        Path target = Files.createDirectory(dir.resolve("chart.png"));

        assertThatThrownBy(() -> PngExport.write(TestRuns.pool(), SPEC, target, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("folder");

        assertThat(target).isEmptyDirectory();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aScaleOutsideOneToFourNamesTheSettingAndItsRange() {
        assertThatThrownBy(() -> PngExport.write(TestRuns.pool(), SPEC, dir.resolve("x.png"), 5))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("scale"))
                .hasMessageContaining("1 to 4");
    }

    @Test
    void theDarkThemePaintsItsOwnBackground() {
        BufferedImage image = PngExport.render(TestRuns.pool(), SPEC.withTheme(ChartTheme.DARK), 1);

        int background = ChartTheme.DARK.palette().argb(ChartColor.BACKGROUND) & 0xFFFFFF;
        assertThat(image.getRGB(4, 4) & 0xFFFFFF).isEqualTo(background);
    }

    @Test
    void aSizeOutsideItsRangeIsRefusedWithTheFieldsName() {
        assertThatThrownBy(() -> SPEC.withSize(100, 900))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.field()).isEqualTo("width"));
    }

    @Test
    void theSpecsLanguageReachesThePixelsNotOnlyTheTitle() {
        RunResult run = TestRuns.pool();
        ChartSpec untitled = ChartSpec.defaults();
        ChartLabels french = ChartLabels.from(ResourceBundle.getBundle("org.asynclab.ui.messages", Locale.FRENCH));

        BufferedImage english = PngExport.render(run, untitled, 1);
        BufferedImage inFrench = PngExport.render(run, untitled.withWords(french), 1);
        BufferedImage againEnglish = PngExport.render(run, untitled.withWords(ChartLabels.ENGLISH), 1);

        // (no title: the legend, the status, the markers and the axis are what differ)
        assertThat(differingPixels(english, againEnglish)).isZero();
        assertThat(differingPixels(english, inFrench)).isGreaterThan(100);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return count;
    }
}
