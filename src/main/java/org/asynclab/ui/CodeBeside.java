package org.asynclab.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.asynclab.ui.code.CodePanelController;

/**
 * The code panel beside the chart: while the code shows, it takes the side of the stage and the results fold to a
 * strip under the chart, so the chart keeps the window's height and the code a course line's width; the results
 * panel comes back with the chart's whole width when the code closes. The panel is loaded when the code first
 * shows.
 */
final class CodeBeside {
    /** The chart's share of the stage's width while the code shows beside it, until the code's width is known. */
    private static final double CHART_SHARE_BESIDE_CODE = 0.45;
    /** The chart's least share beside the code: on a narrow screen the code's long lines wrap instead. */
    private static final double LEAST_CHART_SHARE = 0.4;
    /**
     * The chart's least width beside the code, in pixels, for its title and "8 of 8 tasks done" on one line and the
     * replay bar's time whole (French at 1024×768 cut both with "…" at 40 %); at 1280×720 the code keeps a course
     * line's width beside it.
     */
    private static final double LEAST_CHART_WIDTH = 500;
    /** The course's line length (PEP 8's 79 columns): the code panel is made as wide as one such line. */
    private static final int CODE_COLUMNS = 79;
    /**
     * The results column's largest share of the window's width (layout11): past it — a large text on a small screen,
     * 27 em of 32 px in 1024 px — the results fold to the strip under the chart as they do beside the code, and the
     * chart keeps the width. Below it the column stays, since the strip costs the charts two lines of height: at
     * 20 px in 1024×768 a comparison's column takes 53 %, and folded, the 20 + 20 rows fell to 2 px.
     */
    private static final double RESULTS_MOST_SHARE = 0.55;
    /** Pulses to wait at most for a newly shown editor's first lines (its font is read off them). */
    private static final int FIT_TRIES = 20;

    private final RoomLoader rooms;
    private final BorderPane root;
    private final SplitPane stageSplit;
    private final Region results;
    private final Node resultsColumn;
    private final Label resultsStrip;
    private final Consumer<Boolean> chartBesideCode;
    private Node codePanel;
    private CodePanelController codePanelController;
    private boolean codeShown;

    /**
     * @param results         the results panel, whose width tells whether it fits beside the chart
     * @param resultsColumn   the column it stands in, on the root's right while the code is closed
     * @param resultsStrip    the strip under the chart that gives the results while the code shows
     * @param chartBesideCode tells the chart whether it stands beside the code
     */
    CodeBeside(RoomLoader rooms, BorderPane root, SplitPane stageSplit, Region results, Node resultsColumn,
               Label resultsStrip,
               Consumer<Boolean> chartBesideCode) {
        this.rooms = rooms;
        this.root = root;
        this.stageSplit = stageSplit;
        this.results = results;
        this.resultsColumn = resultsColumn;
        this.resultsStrip = resultsStrip;
        this.chartBesideCode = chartBesideCode;
    }

    /** Places the code as {@code shown} says, now and whenever it changes; refits it to the width and text size. */
    void follow(BooleanProperty shown, ObservableValue<?> textSize) {
        shown.addListener((o, was, now) -> place(now));
        place(shown.get());
        // The column's width follows the text size and a comparison (CSS); the window's, the teacher.
        root.widthProperty().addListener(o -> placeResults());
        results.prefWidthProperty().addListener(o -> placeResults());
        stageSplit.widthProperty().addListener((o, was, now) -> fitLater(FIT_TRIES));
        textSize.addListener((o, was, now) -> fitLater(FIT_TRIES));
    }

    /** The code panel's controller, loading the panel if it never showed. */
    CodePanelController controller() {
        load();
        return codePanelController;
    }

    private void load() {
        if (codePanel == null) {
            FXMLLoader loaded = rooms.load("CodePanel.fxml");
            codePanel = loaded.getRoot();
            codePanelController = loaded.getController();
        }
    }

    private void place(boolean shown) {
        if (shown) {
            load();
        }
        codeShown = shown;
        placeResults();
        chartBesideCode.accept(shown);
        if (shown && !stageSplit.getItems().contains(codePanel)) {
            stageSplit.getItems().add(codePanel);
            stageSplit.setDividerPositions(CHART_SHARE_BESIDE_CODE);
            fitLater(FIT_TRIES);
        } else if (!shown && codePanel != null) {
            stageSplit.getItems().remove(codePanel);
        }
    }

    /**
     * The results beside the chart, or folded to the strip under it: beside the code, and where their column would
     * take more than {@link #RESULTS_MOST_SHARE} of the window. The column stays in the window, hidden, so that its
     * width keeps following the text size and tells when it fits again.
     */
    private void placeResults() {
        boolean fold = codeShown || root.getWidth() > 0 && results.prefWidth(-1) > root.getWidth() * RESULTS_MOST_SHARE;
        resultsColumn.setVisible(!fold);
        resultsColumn.setManaged(!fold);
        resultsStrip.setVisible(fold);
        resultsStrip.setManaged(fold);
    }

    /** Once the editor has laid its lines out (its font is read off them), the divider gives it a line's width. */
    private void fitLater(int tries) {
        Platform.runLater(() -> {
            if (!stageSplit.getItems().contains(codePanel)) {
                return;
            }
            double wanted = codePanelController.widthFor(CODE_COLUMNS);
            double width = stageSplit.getWidth();
            if (wanted > 0 && width > 0) {
                double least = Math.max(LEAST_CHART_SHARE, Math.min(LEAST_CHART_WIDTH / width, 1 - LEAST_CHART_SHARE));
                stageSplit.setDividerPositions(Math.max(least, 1 - wanted / width));
            } else if (tries > 1) {
                fitLater(tries - 1);
            }
        });
    }
}
