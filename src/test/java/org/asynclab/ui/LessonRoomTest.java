package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
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
 * A lesson opened in a window already laid out in a large text (lesson15): its "look at" line folds behind "more"
 * where it would crowd the charts, and comes back where the window leaves them room. StripRoomTest checks every text
 * size with the lesson open before the window's first layout; here nothing but the lesson changes after it.
 */
@ExtendWith(ApplicationExtension.class)
class LessonRoomTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aLessonOpenedInALaidOutWindowLeavesTheChartsTheirShare() throws Exception {
        // given the window in French at 20 px, 1024×768, laid out
        MainWindow window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.FRENCH),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        FxTurns.run(() -> {
            window.show(stage);
            window.model().look().textSizeProperty().set(20);
            Parent root = window.root();
            root.getScene().setRoot(new Group());
            new Scene(root, 1024, 768);
        });
        FxTurns.layOut(window.root());

        // when the deadline lesson opens (a "look at" line of five lines at 20 px) and its comparison runs
        FxTurns.run(() -> {
            assertThat(window.model().lesson().goTo("wait-for-deadline")).isTrue();
            window.model().runOrIgnore();
        });
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                window.model().run().getState() == RunState.DONE));
        settle(window);

        // then the charts keep a quarter of the height, the line behind "more"
        Region stack = (Region) window.root().lookup("#chartStack");
        assertThat(FxTurns.call(stack::getHeight)).as("the charts' height").isGreaterThanOrEqualTo(768 * 0.25);
        assertThat(FxTurns.call(() -> window.root().lookup("#lessonLookAt").isVisible())).isFalse();
        assertThat(FxTurns.call(() -> window.root().lookup("#moreLink").isVisible())).isTrue();

        // and when the window grows to 1920×1080, the line is back under the title
        FxTurns.run(() -> window.root().resize(1920, 1080));
        settle(window);
        assertThat(FxTurns.call(() -> window.root().lookup("#lessonLookAt").isVisible())).isTrue();
    }

    /** Layout passes, each followed by what they posted (the rooms place themselves after the pass). */
    private static void settle(MainWindow window) throws Exception {
        for (int pass = 0; pass < 3; pass++) {
            FxTurns.layOut(window.root());
            FxTurns.settle();
        }
    }
}
