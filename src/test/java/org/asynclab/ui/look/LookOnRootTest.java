package org.asynclab.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.ui.common.StyleClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A message over the window (a lesson file that does not read) wears the window's look, as the window does. */
@ExtendWith(ApplicationExtension.class)
class LookOnRootTest {
    private final LookViewModel look = new LookViewModel();

    @Start
    void start(Stage stage) {
        look.themeProperty().set(ChartTheme.DARK);
        look.textSizeProperty().set(20);
    }

    @Test
    void anAlertWearsTheLookWhileItShowsAndLetsGoOnceClosed(FxRobot robot) {
        // given an alert made over a dark window at 20 px
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = LookOnRoot.alert(Alert.AlertType.ERROR, look);
            alert[0].show();
        });

        // then it is dark at 20 px, and follows a change of theme while it shows
        assertThat(alert[0].getDialogPane().getStyleClass()).contains(StyleClasses.DARK,
                StyleClasses.TEXT_SIZE_PREFIX + 20);
        robot.interact(() -> look.themeProperty().set(ChartTheme.PROJECTOR));
        assertThat(alert[0].getDialogPane().getStyleClass()).contains(StyleClasses.PROJECTOR)
                .doesNotContain(StyleClasses.DARK);

        // and once closed it lets go of the look
        robot.interact(() -> {
            alert[0].close();
            look.themeProperty().set(ChartTheme.DARK);
        });
        assertThat(alert[0].getDialogPane().getStyleClass()).contains(StyleClasses.PROJECTOR);
    }
}
