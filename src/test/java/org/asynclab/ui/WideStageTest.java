package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.asynclab.chart.render.ChartFont;
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
 *
 * <p>Without a lesson (layout13) a comparison's results have the column to themselves: there they read at the
 * charts' text size, and on the smaller screens at the size they always had.
 */
@ExtendWith(ApplicationExtension.class)
class WideStageTest {
    /** The tallest blank at the foot of the results column, as a share of its height. */
    private static final double MOST_BLANK_SHARE = 0.45;
    /** A table row's name at the designed text size: 0.875 em of the table's 0.9375 em of 16 px (MainView.css). */
    private static final double DESIGNED_NAME_PX = 13.125;

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
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(() ->
                shown.model().run().getState() == RunState.DONE));
        FxTurns.layOut(shown.root());

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

    /**
     * A comparison without a lesson at 1920×1080 (threads against a pool of 4): its table's row names in 13 px and
     * its figures in 15 px beside charts labelled in 18 px left two thirds of the column blank. They now read at
     * least at the charts' label size, whole; at 1280×720 and 1024×768 they keep the size they had.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void aComparisonWithoutALessonReadsAtTheChartsSizeOnAWideScreenOnly(String language) throws Exception {
        MainWindow shown = FinishedComparison.open(window, language);

        layOut(shown, 1920, 1080, true);
        Region column = (Region) shown.root().lookup("#resultsColumn");
        Region table = (Region) shown.root().lookup("#comparisonTable");
        double chartLabel = ChartFont.LABEL.size();
        FxTurns.run(() -> {
            assertThat(table.isVisible()).as("the comparison's table").isTrue();
            assertThat(smallestFont(table)).as("the table's smallest text at 1920x1080").isGreaterThanOrEqualTo(
                    chartLabel);
            assertThat(scene(column).contains(scene(table))).as("the table in its column").isTrue();
        });
        for (int[] size : new int[][] {{1280, 720}, {1024, 768}}) {
            layOut(shown, size[0], size[1], false);
            FxTurns.run(() -> assertThat(smallestFont(table)).as("the table's smallest text at " + size[0])
                    .isCloseTo(DESIGNED_NAME_PX, within(0.1)));
        }
    }

    /** Lays the window out at a size: {@code first} in a scene of its own, then as a window dragged to the next. */
    private static void layOut(MainWindow shown, double width, double height, boolean first) throws Exception {
        FxTurns.run(() -> {
            if (first) {
                shown.root().getScene().setRoot(new Group());
                new Scene(shown.root(), width, height);
            } else {
                ((Region) shown.root()).resize(width, height);
            }
        });
        FxTurns.layOut(shown.root());
    }

    /** The smallest font of the labels in {@code parent}. */
    private static double smallestFont(Parent parent) {
        return parent.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance)
                .mapToDouble(label -> ((Labeled) label).getFont().getSize()).min().orElseThrow();
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
