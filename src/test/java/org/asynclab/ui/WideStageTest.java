package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1920×1080 the results column is not a blank panel (layout11): under the pool lesson's comparison table two
 * thirds of it were empty while the lesson's explanation and "look at" line, across the top, took the charts' height.
 * They now stand in that column, at its foot, and the charts start right under the lesson's title: the blank between
 * the table and those lines is at most {@link #MOST_BLANK_SHARE} of the column (330 to 350 px of 900).
 */
@ExtendWith(ApplicationExtension.class)
class WideStageTest {
    /** The tallest blank at the foot of the results column, as a share of its height. */
    private static final double MOST_BLANK_SHARE = 0.45;

    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void thePoolLessonLeavesNoBlankColumnAt1920x1080(String language) throws Exception {
        MainWindow shown = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                new RunEngine()::start, Platform::runLater));
        FxTurns.run(() -> {
            shown.show(window);
            window.getScene().setRoot(new Group());
            new Scene(shown.root(), 1920, 1080);
            assertThat(shown.model().lesson().goTo("pool-4-workers")).isTrue();
            shown.model().runOrIgnore();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                shown.model().run().getState() == RunState.DONE));
        for (int pass = 0; pass < 3; pass++) {
            FxTurns.run(() -> {
                shown.root().applyCss();
                shown.root().layout();
            });
            FxTurns.settle();
        }

        Region column = (Region) shown.root().lookup("#resultsColumn");
        Node lookAt = shown.root().lookup("#lessonLookAt");
        Region title = (Region) shown.root().lookup("#lessonTitle");
        Region charts = (Region) shown.root().lookup("#chartStack");
        Parent results = (Parent) shown.root().lookup("#resultsPanel");
        Node aside = shown.root().lookup("#lessonAside");
        FxTurns.run(() -> {
            Bounds columnBox = scene(column);
            assertThat(lookAt.isVisible()).as("the look-at line shown").isTrue();
            assertThat(columnBox.contains(scene(lookAt))).as("the look-at line in the results column").isTrue();
            double resultsEnd = results.getChildrenUnmodifiable().stream().filter(Node::isVisible)
                    .mapToDouble(part -> scene(part).getMaxY()).max().orElseThrow();
            assertThat(scene(aside).getMinY() - resultsEnd).as("the blank between the results and the lesson's lines")
                    .isLessThanOrEqualTo(columnBox.getHeight() * MOST_BLANK_SHARE);
            assertThat(scene(charts).getMinY() - scene(title).getMaxY()).as("from the lesson's title to the charts")
                    .isLessThan(title.getHeight());
        });
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
