package org.asynclab.ui.results;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.common.WholeWords;

/**
 * The controller of ResultsPanel.fxml: a single run's large total and average with its figures, or, in a
 * comparison, the table with one column per run and their ratio.
 */
public final class ResultsPanelController {
    private static final PseudoClass COMPARING = PseudoClass.getPseudoClass("comparing");
    /** The table's panel wider by its scroll bar's width (CSS), where the table would run under the bar. */
    private static final PseudoClass BAR_ROOM = PseudoClass.getPseudoClass("bar-room");
    private static final String VERDICT_LOST = "al-verdict-lost";
    private static final String VERDICT_KEPT = "al-verdict-kept";

    @FXML private ScrollPane resultsScroll;
    @FXML private VBox resultsPanel;
    /** The viewport beside the scroll bar before the panel widened for it (makeRoomForTheBar), or -1. */
    private double narrowViewport = -1;
    @FXML private Label comparisonLabel;
    @FXML private Label resultsHeading;
    @FXML private Label totalName;
    @FXML private Label totalValue;
    @FXML private Label averageName;
    @FXML private Label averageValue;
    @FXML private Label progressValue;
    @FXML private Label machineWarning;
    @FXML private Label guessReveal;
    @FXML private GridPane comparisonTable;
    @FXML private GridPane singleFigures;
    @FXML private Label sumValue;
    @FXML private Label longestValue;
    @FXML private Label idealValue;
    @FXML private Label overheadValue;
    @FXML private Label speedupValue;
    @FXML private Label peakValue;
    @FXML private Label threadsValue;
    @FXML private Label liveThreadsValue;
    @FXML private Label peakThreadsValue;
    @FXML private Label heapValue;
    @FXML private Label startupValue;
    @FXML private Label orderName;
    @FXML private Label orderValue;
    @FXML private Label counterName;
    @FXML private Label counterVerdict;
    @FXML private GridPane courseFigures;
    @FXML private Label lockWaitName;
    @FXML private Label lockWaitValue;
    @FXML private Label cancelledName;
    @FXML private Label cancelledValue;

    private final ResultsViewModel results;
    private final ComparisonTable table;
    private final ReadOnlyStringProperty reveal;
    private final ReadOnlyStringProperty comparison;

    /**
     * Binds the panel.
     *
     * @param table  the comparison's figures side by side
     * @param reveal the class's guess beside the measured total, once revealed
     * @param comparison "Event loop: 5.3× faster than Sequential" after a comparison, empty otherwise
     */
    public ResultsPanelController(ResultsViewModel results, ComparisonTable table, ReadOnlyStringProperty reveal,
                                  ReadOnlyStringProperty comparison) {
        this.results = results;
        this.table = table;
        this.reveal = reveal;
        this.comparison = comparison;
    }

    @FXML
    private void initialize() {
        resultsHeading.textProperty().bind(results.headingProperty());
        // "Virtual threads (stopped)" ended in "(stop…" at 1280×720: the heading takes a second line, between words
        WholeWords.wrap(resultsHeading);
        totalValue.textProperty().bind(results.totalProperty());
        averageValue.textProperty().bind(results.averageProperty());
        progressValue.textProperty().bind(results.progressProperty());
        sumValue.textProperty().bind(results.sumOfDelaysProperty());
        longestValue.textProperty().bind(results.longestDelayProperty());
        idealValue.textProperty().bind(results.idealProperty());
        overheadValue.textProperty().bind(results.overheadProperty());
        speedupValue.textProperty().bind(results.speedupProperty());
        peakValue.textProperty().bind(results.peakProperty());
        threadsValue.textProperty().bind(results.threadsProperty());
        orderValue.textProperty().bind(results.orderProperty());
        // The wait_n lesson's point under the average, not under eleven figures: its last line was cut at 1280×720.
        results.orderFirstProperty().subscribe(this::placeOrder);
        liveThreadsValue.textProperty().bind(results.resources().liveThreadsProperty());
        peakThreadsValue.textProperty().bind(results.resources().peakThreadsProperty());
        heapValue.textProperty().bind(results.resources().heapProperty());
        startupValue.textProperty().bind(results.resources().startupProperty());
        comparisonLabel.textProperty().bind(comparison);
        comparisonLabel.visibleProperty().bind(comparison.isNotEmpty());
        comparisonLabel.managedProperty().bind(comparisonLabel.visibleProperty());
        // A figure is never cut: its name wraps instead.
        for (Label figure : List.of(sumValue, longestValue, idealValue, overheadValue, speedupValue, peakValue,
                threadsValue, liveThreadsValue, peakThreadsValue, heapValue, startupValue)) {
            figure.setMinWidth(Label.USE_PREF_SIZE);
        }
        guessReveal.textProperty().bind(reveal);
        guessReveal.visibleProperty().bind(reveal.isNotEmpty());
        guessReveal.managedProperty().bind(guessReveal.visibleProperty());
        machineWarning.textProperty().bind(results.machine().lineProperty());
        machineWarning.visibleProperty().bind(machineWarning.textProperty().isNotEmpty());
        machineWarning.managedProperty().bind(machineWarning.visibleProperty());
        results.settledProperty().addListener((o, was, settled) -> {
            for (Label big : List.of(totalValue, averageValue)) {
                big.getStyleClass().remove(StyleClasses.LIVE);
                if (!settled) {
                    big.getStyleClass().add(StyleClasses.LIVE);
                }
            }
        });
        // In a comparison the table holds both runs' figures: the large ones show only while a run goes on.
        results.settledProperty().addListener(o -> fillTable());
        table.rowsProperty().addListener((o, was, now) -> fillTable());
        bindCourse();
        // Its width, which the bar takes from: scrolling moves the viewport's bounds without changing it.
        resultsScroll.viewportBoundsProperty().addListener((o, was, viewport) -> {
            if (was.getWidth() != viewport.getWidth()) {
                makeRoomForTheBar();
            }
        });
        comparisonTable.setAccessibleHelp(table.explanation());
        fillTable();
    }

    /** The course's figures of a single run; in a comparison the table has them as rows. */
    private void bindCourse() {
        CourseFigures course = results.course();
        counterVerdict.textProperty().bind(course.verdictProperty());
        lockWaitValue.textProperty().bind(course.lockWaitProperty());
        cancelledValue.textProperty().bind(course.cancelledProperty());
        for (Label figure : List.of(lockWaitValue, cancelledValue)) {
            figure.setMinWidth(Label.USE_PREF_SIZE);
        }
        course.verdictProperty().addListener(o -> showCourse());
        course.lockWaitProperty().addListener(o -> showCourse());
        course.cancelledProperty().addListener(o -> showCourse());
        table.columnsProperty().addListener(o -> showCourse());
        showCourse();
    }

    private void showCourse() {
        CourseFigures course = results.course();
        boolean single = table.columnsProperty().get().isEmpty();
        boolean verdict = single && !course.verdictProperty().get().isEmpty();
        show(counterName, verdict);
        show(counterVerdict, verdict);
        counterVerdict.getStyleClass().removeAll(VERDICT_LOST, VERDICT_KEPT);
        if (verdict) {
            counterVerdict.getStyleClass().add(course.verdictLost() ? VERDICT_LOST : VERDICT_KEPT);
        }
        boolean waits = single && !course.lockWaitProperty().get().isEmpty();
        boolean cancels = single && !course.cancelledProperty().get().isEmpty();
        show(lockWaitName, waits);
        show(lockWaitValue, waits);
        show(cancelledName, cancels);
        show(cancelledValue, cancels);
        show(courseFigures, waits || cancels);
    }

    /**
     * Widens the panel by its scroll bar's width where a comparison's table, its least width, would otherwise run
     * under the bar: the French table under the first lesson at 1024×768 ran 5 px under it ("gauche ÷ droite" cut).
     * Only there, so that the charts keep their width elsewhere. Once widened, the figures wrap less and the bar may
     * go: the panel stays wide as long as the table would not fit beside the bar in the narrow panel (its viewport
     * then, remembered), or it would widen and narrow pass after pass (it did, in the real window).
     */
    private void makeRoomForTheBar() {
        Bounds viewport = resultsScroll.getViewportBounds();
        double inner = resultsScroll.getWidth() - resultsScroll.snappedLeftInset() - resultsScroll.snappedRightInset();
        boolean bar = inner - viewport.getWidth() > 1;
        // the figures just put in the table have no style yet (a smaller font, 298 px for the 415 the styled table
        // needs): measured styled, or the decision depends on whether a pass came first (it failed at load 6)
        resultsPanel.applyCss();
        double least = resultsPanel.minWidth(-1) - resultsPanel.snappedRightInset();
        boolean need;
        if (!comparisonTable.isVisible()) {
            need = false;
        } else if (narrowViewport >= 0) {
            need = least > narrowViewport;
        } else {
            need = bar && least > viewport.getWidth();
            if (need) {
                narrowViewport = viewport.getWidth();
            }
        }
        if (!need) {
            narrowViewport = -1;
        }
        resultsScroll.pseudoClassStateChanged(BAR_ROOM, need);
    }

    /** The table in a comparison, the single run's figures otherwise. */
    private void fillTable() {
        List<String> columns = table.columnsProperty().get();
        boolean comparing = !columns.isEmpty();
        show(comparisonTable, comparing);
        // A table with a column per run needs more width than one run's figures: the panel widens (CSS).
        resultsScroll.pseudoClassStateChanged(COMPARING, comparing);
        makeRoomForTheBar();
        // The count too: settled, it was the second run's alone, unnamed ("10 of 10 tasks finished" under the
        // headline at every cursor of the comparison's replay); each chart's title line counts its own.
        for (Node big : List.of(resultsHeading, totalName, totalValue, averageName, averageValue, progressValue)) {
            show(big, !comparing || !results.settledProperty().get());
        }
        for (Node single : List.of(singleFigures, orderName, orderValue)) {
            show(single, !comparing);
        }
        comparisonTable.getChildren().clear();
        if (!comparing) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            Label heading = cell(columns.get(c), StyleClasses.TABLE_HEADING);
            // Each heading whole in its tooltip: a run with its mode, the ratio with the runs it divides.
            heading.setTooltip(new Tooltip(table.namesProperty().get().get(c)));
            if (c < columns.size() - 1) {
                // A run's short name ("await", "Threads") wraps in its column if it must: the table keeps to the
                // panel in every language. One word ("Threads") stays whole; several wrap between them.
                heading.getStyleClass().add(StyleClasses.TABLE_RUN_HEADING);
                WholeWords.wrap(heading);
            }
            // The ratio's "gauche / ÷ droite" comes on two lines of its own and does not wrap: wrapping, it let the
            // French race table grow 3.5 px past a 1280×720 window's results panel, and its "÷" stood alone.
            comparisonTable.add(heading, c + 1, 0);
        }
        int r = 1;
        for (ComparisonTable.Row row : table.rowsProperty().get()) {
            Label name = cell(row.name(), StyleClasses.TABLE_NAME);
            WholeWords.wrap(name);
            comparisonTable.add(name, 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                Label value = cell(row.cells().get(c),
                        c == row.cells().size() - 1 ? StyleClasses.TABLE_RATIO : StyleClasses.TABLE_VALUE);
                if (row.cells().get(c).contains(" ")) {
                    // "121 sur 500" may take two lines; a number with its unit stays whole (no-break space).
                    WholeWords.wrap(value);
                    value.setMaxWidth(Label.USE_PREF_SIZE);
                }
                comparisonTable.add(value, c + 1, r);
            }
            r++;
        }
    }

    /** The order of completion right under the progress line when it is the run's point, else last. */
    private void placeOrder(boolean first) {
        ObservableList<Node> children = resultsPanel.getChildren();
        children.removeAll(orderName, orderValue);
        children.addAll(first ? children.indexOf(progressValue) + 1 : children.size(), List.of(orderName, orderValue));
    }

    private static Label cell(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
