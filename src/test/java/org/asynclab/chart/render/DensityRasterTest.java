package org.asynclab.chart.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.asynclab.chart.ChartTheme;
import org.junit.jupiter.api.Test;

class DensityRasterTest {
    private final Palette palette = ChartTheme.LIGHT.palette();

    private static int pixel(DensityRaster raster, int x, int y) {
        return raster.pixels()[y * raster.width() + x];
    }

    @Test
    void aBandIsDarkerWhereMoreOfItsTasksRunAndEmptyWhereNoneDoes() {
        DensityRaster raster = new DensityRaster();
        raster.begin(100, 4);
        for (int i = 0; i < 10; i++) {
            raster.addRun(1, 10, 60);
        }
        raster.addRun(1, 60, 80);

        raster.render(palette, false, 10, 0, 0, ChartPaint.TILE);

        int[] levels = palette.runningLevels(false);
        assertThat(pixel(raster, 30, 1)).isEqualTo(levels[Palette.LEVELS]);
        assertThat(pixel(raster, 70, 1)).isEqualTo(levels[(int) Math.ceil(Palette.LEVELS / 10.0)]);
        assertThat(pixel(raster, 5, 1)).isZero();
        assertThat(pixel(raster, 90, 1)).isZero();
        assertThat(pixel(raster, 30, 0)).isZero();
    }

    @Test
    void waitingTasksShowOnlyWhereNoTaskOfTheBandRuns() {
        DensityRaster raster = new DensityRaster();
        raster.begin(50, 1);
        raster.addWait(0, 0, 50);
        raster.addRun(0, 20, 30);

        raster.render(palette, false, 1, 0, 0, ChartPaint.TILE);

        int[] wait = palette.waitingLevels(false);
        int[] waitInk = palette.waitingLevels(true);
        assertThat(pixel(raster, 25, 0)).isEqualTo(palette.runningLevels(false)[Palette.LEVELS]);
        assertThat(pixel(raster, 3, 0)).isIn(wait[Palette.LEVELS], waitInk[Palette.LEVELS]);
    }

    @Test
    void aProfileRisesFromTheBottomOfItsLaneInProportionToConcurrency() {
        DensityRaster raster = new DensityRaster();
        raster.begin(40, 10);
        raster.profile(0, 10, 0xFF0072B2, 0xFF0072B2, ChartPaint.Pattern.STRIPES);
        raster.addRun(0, 0, 40);
        raster.addRun(0, 0, 20);

        raster.render(palette, false, 1, 0, 0, ChartPaint.TILE);

        assertThat(pixel(raster, 10, 0)).isEqualTo(0xFF0072B2);
        assertThat(pixel(raster, 30, 0)).isZero();
        assertThat(pixel(raster, 30, 5)).isEqualTo(0xFF0072B2);
        assertThat(pixel(raster, 30, 9)).isEqualTo(0xFF0072B2);
    }

    @Test
    void eachFrameStartsFromEmptyBands() {
        DensityRaster raster = new DensityRaster();
        raster.begin(20, 2);
        raster.addRun(0, 0, 20);
        raster.render(palette, false, 1, 0, 0, ChartPaint.TILE);

        raster.begin(20, 2);
        raster.render(palette, false, 1, 0, 0, ChartPaint.TILE);

        assertThat(pixel(raster, 10, 0)).isZero();
    }
}
