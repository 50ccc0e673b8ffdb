package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.render.Palette;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings line at the top of the window, open (its form shown, as at start) or under the pointer, reads in every
 * theme: in the dark one it was its light text on a pale blue (derived for the light theme), 1.3:1.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsLineContrastTest {
    /** WCAG AA for normal text. */
    private static final double AA = 4.5;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(UiText.forLocale(Locale.ENGLISH), new RunEngine()::start, Platform::runLater);
        window.show(stage);
    }

    @ParameterizedTest
    @EnumSource(ChartTheme.class)
    void theOpenSettingsLineReadsInEveryTheme(ChartTheme theme) throws Exception {
        FxTurns.run(() -> window.model().look().themeProperty().set(theme));
        ToggleButton line = FxTurns.call(() -> (ToggleButton) window.root().lookup(".al-summary"));
        FxTurns.run(() -> {
            line.setSelected(true);
            line.applyCss();
        });

        Color background = FxTurns.call(() -> (Color) line.getBackground().getFills().get(0).getFill());
        Color text = FxTurns.call(() -> (Color) line.getTextFill());

        assertThat(Palette.contrast(argb(text), argb(background))).as("%s: %s on %s", theme, text, background)
                .isGreaterThanOrEqualTo(AA);
    }

    private static int argb(Color color) {
        return 0xff000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
