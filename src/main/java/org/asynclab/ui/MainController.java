package org.asynclab.ui;

import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.embed.swing.SwingFXUtils;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.RunResult;
import org.asynclab.ui.chart.ChartArea;
import org.asynclab.ui.chart.ChartStageController;
import org.asynclab.ui.code.CodePanelController;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.export.ExportDialog;
import org.asynclab.ui.export.ExportFormat;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.look.Memory;
import org.asynclab.ui.lesson.LessonPanelController;
import org.asynclab.ui.python.ProgramRunViewModel;
import org.asynclab.ui.results.ResultsStrip;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.sweep.SweepWindow;

/**
 * The controller of MainView.fxml: binds the nodes to {@link MainViewModel} and forwards clicks and keys. It holds
 * no state of its own beyond the nodes; what the window does is decided in the view models.
 */
public final class MainController {
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
     * The least height of the window, in pixels of the designed 16 px text, under which the lesson stands brief
     * (title, position, "look at"; the explanation behind "more"): in presenter size (20 px) at 1024×768, 1280×720
     * and 1366×768 the whole lesson left a comparison's second chart a strip, its time labels under the legend.
     */
    private static final double BRIEF_LESSON_BELOW = 700;
    /** Pulses to wait at most for a newly shown editor's first lines (its font is read off them). */
    private static final int FIT_TRIES = 20;

    @FXML private BorderPane root;
    @FXML private Node runBar;
    @FXML private Node settingsPanel;
    @FXML private MenuBar menuBar;
    @FXML private Menu exportMenu;
    @FXML private MenuItem runItem;
    @FXML private MenuItem stopItem;
    @FXML private MenuItem resetItem;
    @FXML private MenuItem sweepItem;
    @FXML private SplitPane stageSplit;
    /** The code panel and its controller, loaded when the code first shows (null until then). */
    private Node codePanel;
    @FXML private Node results;
    @FXML private Label resultsStrip;
    private CodePanelController codePanelController;
    /** Where the lesson panel goes when a lesson first shows. */
    @FXML private Node lessonPanel;
    @FXML private ChartStageController chartStageController;
    @FXML private CheckMenuItem rowsPerThreadItem;
    @FXML private MenuItem biggerTextItem;
    @FXML private MenuItem smallerTextItem;
    @FXML private MenuItem resetTextItem;
    @FXML private MenuItem fullScreenItem;
    @FXML private MenuItem resetDefaultsItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private CheckMenuItem codeItem;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;
    @FXML private RadioMenuItem themeProjector;
    @FXML private RadioMenuItem languageEn;
    @FXML private RadioMenuItem languageFr;
    @FXML private Menu lessonMenu;
    @FXML private MenuItem lessonNextItem;
    @FXML private MenuItem lessonPreviousItem;
    @FXML private MenuItem lessonCloseItem;
    @FXML private MenuItem lessonListStart;
    @FXML private MenuItem lessonOpenItem;
    @FXML private Label statusLabel;
    @FXML private Label messageLabel;

    private final MainViewModel model;
    private final SweepWindow sweep;
    private final RoomLoader rooms;
    private ChartArea chartArea;
    /** Feeds a live Python run's output and paused lines to the code panel, once per pulse while it runs. */
    private final AnimationTimer programPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.python().pulse();
        }
    };

    /**
     * Creates the controller for {@code model}; the chart stage is a room of its own.
     *
     * @param sweep the sweep window, which outlives this window's nodes (a language change)
     * @param rooms loads the rooms that are hidden at start (the code, the lesson) when they first show
     */
    public MainController(MainViewModel model, SweepWindow sweep, RoomLoader rooms) {
        this.model = model;
        this.sweep = sweep;
        this.rooms = rooms;
    }

    @FXML
    private void initialize() {
        WindowMenus menus = windowMenus();
        bindActions();
        bindCodeBeside();
        rooms.inPlaceWhen(model.lesson().showingProperty(), lessonPanel, "LessonPanel.fxml", loaded -> loaded
                .<LessonPanelController>getController().briefProperty().bind(lessonBrief()));
        chartArea = chartStageController.chartArea();
        chartArea.setBesideCode(model.look().codeVisibleProperty().get());
        chartArea.setLabels(ChartLabels.from(model.text().bundle()));
        bindLook();
        bindPython();
        statusLabel.textProperty().bind(model.statusProperty());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                installKeys(scene, menus);
                new PresenterMode(root, List.of(menuBar, runBar, settingsPanel)).install(scene);
            }
        });
    }

    private void bindActions() {
        runItem.disableProperty().bind(model.canRunBinding().not());
        stopItem.disableProperty().bind(model.runningBinding().not());
        resetItem.disableProperty().bind(model.run().stateProperty().isEqualTo(RunState.IDLE));
        // A sweep beside a run would steal the run's cores, and the run the sweep's: one at a time.
        sweepItem.disableProperty().bind(model.canRunBinding().not());
        model.sweepingProperty().bind(sweep.model().runningProperty());
        exportMenu.getItems().forEach(item -> item.disableProperty().bind(
                model.run().stateProperty().isNotEqualTo(RunState.DONE)));
        model.run().failureProperty().addListener((o, was, now) -> showMessage(now, true));
        model.export().messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                showMessage(now, model.export().failedProperty().get());
            }
        });
    }

    /**
     * The code panel takes the side of the stage, beside the chart, while it shows; the chart has the whole
     * width otherwise (a hidden item would still keep its divider).
     */
    private void bindCodeBeside() {
        resultsStrip.textProperty().bind(
                new ResultsStrip(model.results(), model.comparisonTable(), model.text()).textProperty());
        // The panel's own visibility follows the same property once it is loaded.
        BooleanProperty shown = model.look().codeVisibleProperty();
        shown.addListener((o, was, now) -> placeCode(now));
        placeCode(shown.get());
        stageSplit.widthProperty().addListener((o, was, now) -> fitCodeLater());
        model.look().textSizeProperty().addListener((o, was, now) -> fitCodeLater());
    }

    /** The lesson stands brief beside the code, and in a window short for its text size. */
    private BooleanBinding lessonBrief() {
        BooleanProperty code = model.look().codeVisibleProperty();
        return Bindings.createBooleanBinding(() -> code.get()
                || root.getHeight() > 0 && root.getHeight() * LookViewModel.DEFAULT_TEXT_SIZE
                        / model.look().textSizeProperty().get() < BRIEF_LESSON_BELOW,
                code, root.heightProperty(), model.look().textSizeProperty());
    }

    /**
     * While the code shows, it takes the side of the stage and the results fold to a strip under the chart: the
     * chart keeps the window's height, the code a course line's width (the results panel comes back with the
     * chart's whole width when the code closes). The lesson's explanation folds away behind "more" (its title and
     * "look at" line stay), so the code keeps the stage's height: at 1280×720 in presenter text size the whole
     * lesson left the code 17 lines and pushed the second chart off the stage.
     */
    private void placeCode(boolean shown) {
        if (shown && codePanel == null) {
            FXMLLoader loaded = rooms.load("CodePanel.fxml");
            codePanel = loaded.getRoot();
            codePanelController = loaded.getController();
        }
        root.setRight(shown ? null : results);
        if (chartArea != null) {
            chartArea.setBesideCode(shown);
        }
        resultsStrip.setVisible(shown);
        resultsStrip.setManaged(shown);
        if (shown && !stageSplit.getItems().contains(codePanel)) {
            stageSplit.getItems().add(codePanel);
            stageSplit.setDividerPositions(CHART_SHARE_BESIDE_CODE);
            fitCodeLater();
        } else if (!shown && codePanel != null) {
            stageSplit.getItems().remove(codePanel);
        }
    }

    /** Once the editor has laid its lines out (its font is read off them), the divider gives it a line's width. */
    private void fitCodeLater() {
        fitCodeLater(FIT_TRIES);
    }

    private void fitCodeLater(int tries) {
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
                fitCodeLater(tries - 1);
            }
        });
    }

    /** The classroom menu items by fx:id; one missing fails the load here, not on the day someone clicks it. */
    private WindowMenus windowMenus() {
        return new WindowMenus(biggerTextItem, smallerTextItem, resetTextItem, fullScreenItem,
                resetDefaultsItem, shortcutsItem, codeItem, Arrays.asList(themeLight, themeDark, themeProjector),
                Arrays.asList(languageEn, languageFr), lessonMenu, lessonNextItem, lessonPreviousItem, lessonCloseItem,
                lessonListStart, lessonOpenItem);
    }

    private void installKeys(Scene scene, WindowMenus menus) {
        Shortcuts.install(scene, new WindowActions(model, chartArea, root, menus,
                () -> openExport(ExportFormat.PNG_2X), () -> {
            new Memory().clear();
            model.resetToDefaults();
        }));
    }

    /** Python programs (issue 11): the run bar's Python toggle, the live feed, the program's problem. */
    private void bindPython() {
        ProgramRunViewModel python = model.python();
        ToggleButton toggle = (ToggleButton) runBar.lookup("#pythonToggle");
        toggle.selectedProperty().bindBidirectional(python.activeProperty());
        toggle.disableProperty().bind(model.runningBinding());
        python.followingProperty().addListener((o, was, now) -> {
            if (now) {
                programPulse.start();
            } else {
                programPulse.stop();
            }
        });
        python.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                showMessage(now, true);
            }
        });
    }

    @FXML
    private void onPythonLesson() {
        if (model.run().getState() == RunState.RUNNING) {
            return;
        }
        try {
            model.reset();
            model.lesson().openLesson(ScenarioLibrary.bundledPython().lesson());
            model.look().codeVisibleProperty().set(true);
        } catch (ScenarioException e) {
            showMessage(e.getMessage(), true);
        }
    }

    @FXML
    private void onOpenPythonFile() {
        model.look().codeVisibleProperty().set(true);
        codePanelController.openPythonFile();
    }

    /** Theme and text size on the root (every em size follows) and on the charts, which draw their own text. */
    private void bindLook() {
        LookViewModel look = model.look();
        look.themeProperty().addListener((o, was, now) -> applyTheme(now));
        applyTheme(look.themeProperty().get());
        look.textSizeProperty().addListener((o, was, now) -> applyTextSize(now.intValue()));
        applyTextSize(look.textSizeProperty().get());
    }

    private void applyTheme(ChartTheme theme) {
        chartArea.setTheme(theme);
        updateExportLook();
        // One palette: the theme's stylesheet holds the ink of the window as well as the chart's.
        LookOnRoot.applyTheme(root, theme);
    }

    private void applyTextSize(int size) {
        LookOnRoot.applyTextSize(root, size);
        chartArea.setTextScale(size / (double) LookViewModel.DEFAULT_TEXT_SIZE);
    }

    /** Shows a message in the bar at the bottom: a problem in the danger colour, a success in green. */
    private void showMessage(String message, boolean problem) {
        messageLabel.setText(message);
        messageLabel.getStyleClass().removeAll(StyleClasses.MESSAGE_ERROR, StyleClasses.MESSAGE_INFO);
        messageLabel.getStyleClass().add(problem ? StyleClasses.MESSAGE_ERROR : StyleClasses.MESSAGE_INFO);
    }

    @FXML
    private void onRun() {
        model.runOrIgnore();
    }

    @FXML
    private void onStop() {
        model.stop();
    }

    @FXML
    private void onReset() {
        model.reset();
    }

    @FXML
    private void onNewSeed() {
        model.settings().newSeed();
    }

    @FXML
    private void onSweep() {
        sweep.open(root.getScene().getWindow(), model.settings().toConfig());
    }

    @FXML
    private void onExport(ActionEvent event) {
        openExport(ExportFormat.valueOf((String) ((MenuItem) event.getSource()).getUserData()));
    }

    /** The export room over the window, {@code format} chosen first; a message instead before a run ended. */
    private void openExport(ExportFormat format) {
        List<RunResult> runs = model.finishedRuns();
        if (runs.isEmpty()) {
            showMessage(model.text().get("message.nothingToExport"), true);
            return;
        }
        ExportDialog.open(root.getScene().getWindow(), model.export(), runs, format, model.look(), model.text());
    }

    @FXML
    private void onCopyImage() {
        List<RunResult> runs = model.finishedRuns();
        if (!runs.isEmpty()) {
            model.export().copyImage(runs.get(runs.size() - 1), picture -> {
                ClipboardContent content = new ClipboardContent();
                content.putImage(SwingFXUtils.toFXImage(picture, null));
                Clipboard.getSystemClipboard().setContent(content);
            });
        }
    }

    @FXML
    private void onZoomIn() {
        chartArea.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        chartArea.zoomOut();
    }

    @FXML
    private void onFit() {
        chartArea.fit();
    }

    @FXML
    private void onRowsPerThread() {
        chartArea.setRowsPerThread(rowsPerThreadItem.isSelected());
        updateExportLook();
    }

    private void updateExportLook() {
        model.export().setLook(rowsPerThreadItem.isSelected() ? ChartView.THREADS : ChartView.TASKS,
                model.look().themeProperty().get());
    }

    /** Stops the chart clock; the window is closing. */
    void dispose() {
        programPulse.stop();
        chartArea.dispose();
    }
}
