package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.QuickRuns;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every text size View ▸ Bigger text allows (12 to 36 px), at 1024×768, with the code panel closed and open, in
 * both languages (layout13): after a comparison, no label or button is cut with "…" or runs out of the window, with
 * the menu and run bars stepped aside (a window short for its text size) and, up to 32 px (the largest size the
 * brief names), with them called back (Alt). At 32 px with the code open "Exécuter ce programme" ran 150 px past the
 * window's right edge, "Run this program" 50 px.
 *
 * <p>The window as it opens (bigtext14): the settings form open, the hint under the chart, the status "Ready…". From
 * 20 px (24 px in French) the open form pushed the charts below the window; with the bars called back from 28 px its
 * row of modes widened the window past its right edge, the settings line with it; at 32 and 36 px in French the
 * status line laid the window out 1,048 px wide, the hint under the chart 14 px past its edge.
 *
 * <p>Not yet checked (layout13, left open): at 36 px with the code open and the bars called back, the results strip
 * under the chart may run a few pixels below the window (the bars take 300 px of 768, the chart column keeps its
 * least height).
 */
@ExtendWith(ApplicationExtension.class)
class TextSizesTest {
    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    /** The largest text size checked with the bars called back: see the class's note. */
    private static final int MOST_TEXT_WITH_BARS = 32;
    /** From this text size on the window is short for it at 1024×768: there the open form scrolls. */
    private static final int PRESENTER_TEXT = 20;
    /** The charts' least share of the height with the form open: StageMatrixTest's at the largest text. */
    private static final double LEAST_CHART_HEIGHT_SHARE = 0.45;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void aComparisonFitsTheSmallestScreenAtEveryTextSize(String language) throws Exception {
        MainWindow window = FinishedComparison.open(stage, language);

        List<String> problems = new ArrayList<>();
        for (boolean code : new boolean[] {false, true}) {
            problems.addAll(atEveryTextSize(window, code, MOST_TEXT_WITH_BARS,
                    (root, text, where) -> cutLabels(root, where)));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The settings form open in a large text, the bars in place (up to 22 px at 1024×768; they step aside from
     * 24 px): the charts keep the share of the height StageMatrixTest asks at the largest text, and the form scrolls
     * instead.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void theOpenSettingsLeaveTheChartsTheirShareOfTheHeight(String language) throws Exception {
        MainWindow window = opened(language);

        // the form shown: in its place under the bars (up to 22 px), not stepped aside with them
        List<String> problems = atEveryTextSize(window, false, 0, (root, text, where) ->
                text >= PRESENTER_TEXT && formShown(root) ? chartShareProblems(root, where) : List.of());
        assertThat(problems).isEmpty();
    }

    /**
     * The window as it opens at every text size (the settings form open, the hint under the chart), and from 24 px
     * with the bars called back over it: every label whole and inside the window, the form's fields within its width.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void theWindowAsItOpensStaysInsideItAtEveryTextSize(String language) throws Exception {
        MainWindow window = opened(language);

        int largest = LookViewModel.TEXT_SIZES[LookViewModel.TEXT_SIZES.length - 1];
        List<String> problems = atEveryTextSize(window, false, largest, (root, text, where) -> {
            List<String> found = cutLabels(root, where);
            found.addAll(formProblems(root, where));
            return found;
        });
        assertThat(problems).isEmpty();
    }

    /** What is wrong with a window laid out at {@code text} px ({@code where} names the layout). */
    private interface Check {
        List<String> problems(Parent root, int text, String where);
    }

    /**
     * What {@code check} finds at every text size, the code shown or not, the bars as they are; and, up to {@code
     * mostWithBars} px, the bars a window short for its text size stepped aside called back (PresenterMode).
     */
    private static List<String> atEveryTextSize(MainWindow window, boolean code, int mostWithBars, Check check)
            throws Exception {
        List<String> problems = new ArrayList<>();
        for (int text : LookViewModel.TEXT_SIZES) {
            String where = text + " px" + (code ? " code" : "");
            layOut(window, text, code);
            problems.addAll(FxTurns.call(() -> check.problems(window.root(), text, where)));
            if (text <= mostWithBars) {
                FxTurns.run(() -> showBars(window.root()));
                FxTurns.layOut(window.root());
                problems.addAll(FxTurns.call(() -> check.problems(window.root(), text, where + " bars")));
            }
        }
        return problems;
    }

    /** The window in {@code language} as it opens: nothing run, the settings form open. */
    private MainWindow opened(String language) throws Exception {
        MainWindow window = FxTurns.call(() -> MainWindow.load(UiText.forLocale(Locale.forLanguageTag(language)),
                QuickRuns.on(new RunEngine(), 0.1), Platform::runLater));
        FxTurns.run(() -> window.show(stage));
        assertThat(FxTurns.call(() -> window.model().summary().isOpen())).isTrue();
        return window;
    }

    /** The charts lower than their share of the window's height. */
    private static List<String> chartShareProblems(Parent root, String where) {
        Region stack = (Region) root.lookup("#chartStack");
        double height = stack.localToScene(stack.getLayoutBounds()).getHeight();
        return height < HEIGHT * LEAST_CHART_HEIGHT_SHARE - 1
                ? List.of(where + ": the charts have " + Math.round(height) + " px of " + HEIGHT) : List.of();
    }

    /** Whether the settings form shows: open, and not stepped aside with the bars. */
    private static boolean formShown(Parent root) {
        Node form = root.lookup("#fieldsScroll");
        return form.isVisible() && form.getParent().isVisible();
    }

    /** The form's fields past the window's edges, or the stage under it pushed below the window. */
    private static List<String> formProblems(Parent root, String where) {
        List<String> problems = new ArrayList<>();
        if (!formShown(root)) {
            return problems;
        }
        Region stage = (Region) root.lookup("#chartStage");
        for (Node field : ((Parent) root.lookup("#fields")).getChildrenUnmodifiable()) {
            javafx.geometry.Bounds box = field.localToScene(field.getLayoutBounds());
            if (field.isVisible() && box.getMaxX() > WIDTH + 1) {
                problems.add(where + ": a field of the form runs to " + Math.round(box.getMaxX()));
            }
        }
        javafx.geometry.Bounds shown = stage.localToScene(stage.getLayoutBounds());
        if (shown.getMaxY() > HEIGHT - ((Region) root.lookup(".al-status-bar")).getHeight() + 1) {
            problems.add(where + ": the stage runs to " + Math.round(shown.getMaxY()) + " under the open form");
        }
        return problems;
    }

    /** The window at {@code text} px, the code shown or not, in a 1024×768 scene of its own. */
    private static void layOut(MainWindow window, int text, boolean code) throws Exception {
        FxTurns.run(() -> {
            window.model().look().textSizeProperty().set(text);
            window.model().look().codeVisibleProperty().set(code);
            Parent root = window.root();
            root.getScene().setRoot(new Group());
            new Scene(root, WIDTH, HEIGHT);
        });
        FxTurns.layOut(window.root());
    }

    /** As Alt does in a window short for its text size: the menu bar, the run bar and the settings shown. */
    private static void showBars(Parent root) {
        for (Node bar : ((Parent) root.lookup(".al-top")).getChildrenUnmodifiable()) {
            if (bar.getId() == null || !bar.getId().startsWith("lesson")) {
                bar.setVisible(true);
                bar.setManaged(true);
            }
        }
    }

    private static List<String> cutLabels(Parent root, String where) {
        List<String> found = new ArrayList<>();
        StageMatrixTest.collectCutLabels(root, found, where);
        return found;
    }
}
