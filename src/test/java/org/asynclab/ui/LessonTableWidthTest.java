package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The course's first lesson in French on the smallest projector, after its comparison (a teacher's first demo): the
 * lesson's lines leave the results less height than they take, so they scroll, and the scroll bar takes its width
 * from the table's. The last column's heading, "gauche ÷ droite", and the verdict ran 5 px under the bar, the "e"
 * cut (seen on a screenshot of the packaged app; StageMatrixTest, which measured against the scroll pane's edge, bar
 * included, passed). The panel now widens by the bar's width there, and stays so pass after pass.
 */
@ExtendWith(ApplicationExtension.class)
class LessonTableWidthTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFirstLessonsTableStaysLeftOfTheScrollBarInFrenchAt1024By768() throws Exception {
        MainWindow window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.FRENCH),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        FxTurns.run(() -> {
            window.show(stage);
            assertThat(window.model().lesson().goTo("bonjour-monde")).isTrue();
            window.model().runOrIgnore();
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                window.model().run().getState() == RunState.DONE));

        List<String> problems = new ArrayList<>();
        for (ChartTheme theme : List.of(ChartTheme.PROJECTOR, ChartTheme.LIGHT)) {
            FxTurns.run(() -> {
                window.model().look().themeProperty().set(theme);
                Parent root = window.root();
                root.getScene().setRoot(new Group());
                new Scene(root, 1024, 768);
            });
            // a pass finds the bar, the next widens the panel: then it stays as it is
            FxTurns.layOut(window.root());
            FxTurns.layOut(window.root());
            double settled = FxTurns.call(() -> ((ScrollPane) window.root().lookup("#resultsScroll")).getWidth());
            FxTurns.layOut(window.root());
            FxTurns.layOut(window.root());
            problems.addAll(FxTurns.call(() -> {
                List<String> found = new ArrayList<>();
                StageMatrixTest.collectCutLabels(window.root(), found, theme + " 1024x768");
                double again = ((ScrollPane) window.root().lookup("#resultsScroll")).getWidth();
                if (again != settled) {
                    found.add(theme + ": the results panel went from " + settled + " to " + again + " px wide");
                }
                return found;
            }));
        }
        assertThat(problems).isEmpty();
    }
}
