package org.asynclab.ui;

import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.model.RunResult;
import org.asynclab.ui.chart.ChartArea;
import org.asynclab.ui.chart.ChartStageController;
import org.asynclab.ui.common.KeyNames;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.common.WholeWords;
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
    /**
     * The least height of the window, in pixels of the designed 16 px text, under which the lesson stands brief
     * (title, position, "look at"; the explanation behind "more"): in presenter size (20 px) at 1024×768, 1280×720
     * and 1366×768 the whole lesson left a comparison's second chart a strip, its time labels under the legend.
     */
    private static final double BRIEF_LESSON_BELOW = 700;
    /**
     * Below this height (same units) the window is short for its text size (layout11): the lesson stands bare, its
     * title alone, the "look at" line behind "more" too; the menu and run bars step aside as in presenter mode; the
     * shared legend keeps the designed size. At 32 px in 768 px they left the charts 34 px of height; at 24 px
     * (below 450 until lesson15) the run bar took two rows and the charts had 215 px with the lesson's title alone.
     */
    private static final double BARE_LESSON_BELOW = 520;

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
    @FXML private Region results;
    @FXML private VBox resultsColumn;
    /** Under the results, on a wide screen: the lesson's explanation and "look at" line (layout11). */
    @FXML private VBox lessonAside;
    @FXML private Label resultsStrip;
    @FXML private Label stripWarning;
    /** The code panel beside the chart, loaded when the code first shows. */
    private CodeBeside codeBeside;
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
    @FXML private Menu languageMenu;
    @FXML private MenuItem newSeedItem;
    @FXML private RadioMenuItem languageEn;
    @FXML private RadioMenuItem languageFr;
    @FXML private Menu lessonMenu;
    @FXML private Menu pythonLessonMenu;
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
    /** The scene the window's keys listen to: once each. */
    private Scene keysIn;
    /** The window short for its text size (layout11): the lesson bare, the bars aside, the legend at design size. */
    private BooleanBinding shortWindow;
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
        shortWindow = lessonBrief(BARE_LESSON_BELOW, false);
        WindowMenus menus = windowMenus();
        // The keys beside the menu items in the window's language ("Espace", not JavaFX's "Space").
        new KeyNames(model.text()).showIn(menuBar.getMenus());
        bindActions();
        bindCodeBeside();
        rooms.inPlaceWhen(model.lesson().showingProperty(), lessonPanel, "LessonPanel.fxml", loaded -> {
            LessonPanelController lesson = loaded.getController();
            lesson.briefProperty().bind(lessonBrief(BRIEF_LESSON_BELOW, true));
            // Every lesson names itself, but in a window short for its text size (branch python11).
            lesson.shortWindowProperty().bind(lessonBrief(BRIEF_LESSON_BELOW, false));
            LessonRoom.follow(root, lesson.panel(), lesson.lookAt(), chartStageController.chartStack(),
                    lesson.bareProperty(), lesson.openProperty(), shortWindow, model.look().textSizeProperty());
            new LessonAside(root, lessonAside, resultsColumn, model.look().textSizeProperty())
                    .follow(lesson.panel(), lesson.lines(), model.lesson().showingProperty());
        });
        FormRoom.follow(root, (ScrollPane) settingsPanel.lookup("#fieldsScroll"), chartStageController.chartStack(),
                lessonBrief(BRIEF_LESSON_BELOW, false), model.look().textSizeProperty());
        RoomyResults.follow(root, resultsColumn, lessonAside, model.look().textSizeProperty(),
                model.comparisonTable().columnsProperty());
        chartArea = chartStageController.chartArea();
        chartArea.setBesideCode(model.look().codeVisibleProperty().get());
        chartArea.setProgram(() -> model.python().followingProperty().get() ? model.python().nameProperty().get()
                : null);
        shortWindow.subscribe(chartArea::setShortWindow);
        chartArea.setLabels(ChartLabels.from(model.text().bundle()));
        bindLook();
        bindPython();
        LessonMenus.fillPython(pythonLessonMenu, model, words -> showMessage(words, true));
        statusLabel.textProperty().bind(model.statusProperty());
        WholeWords.keepLineWhereItFits(statusLabel, (HBox) statusLabel.getParent(), root);
        // Once per scene: a field's error mark wraps the scene's root in ControlsFX's decoration pane, which takes
        // the root out of its scene and puts it back; keys installed again would then act twice.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && scene != keysIn) {
                keysIn = scene;
                installKeys(scene, menus);
                new PresenterMode(root, List.of(menuBar, runBar, settingsPanel), shortWindow).install(scene);
            }
        });
    }

    private void bindActions() {
        runItem.disableProperty().bind(model.canRunBinding().not());
        stopItem.disableProperty().bind(model.runningBinding().not());
        resetItem.disableProperty().bind(model.run().stateProperty().isEqualTo(RunState.IDLE));
        // A sweep beside a run would steal the run's cores, and the run the sweep's: one at a time.
        sweepItem.disableProperty().bind(model.canRunBinding().not());
        // Another language loads the window again, and a run going on stops with the old one: it waits, as the
        // lesson's moves do.
        languageMenu.disableProperty().bind(model.runningBinding());
        // The settings are the run's while it goes on: greyed as the form's own button is.
        newSeedItem.disableProperty().bind(model.settings().editableProperty().not());
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

    /** The code panel takes the side of the stage while it shows; the results then fold to a strip. */
    private void bindCodeBeside() {
        ResultsStrip strip = new ResultsStrip(model.results(), model.comparisonTable(), model.guess().revealProperty(),
                model.text());
        resultsStrip.textProperty().bind(strip.textProperty());
        stripWarning.textProperty().bind(strip.warningProperty());
        // With a lesson on screen its lines come first: the warning's lines under the strip folded the lesson to its
        // title at 1024×768 (French, code beside the chart). It waits in the results panel, which C shows.
        stripWarning.visibleProperty().bind(resultsStrip.visibleProperty()
                .and(stripWarning.textProperty().isNotEmpty()).and(model.lesson().showingProperty().not()));
        stripWarning.managedProperty().bind(stripWarning.visibleProperty());
        codeBeside = new CodeBeside(rooms, root, stageSplit, results, resultsColumn, resultsStrip, shown -> {
            if (chartArea != null) {
                chartArea.setBesideCode(shown);
            }
        });
        codeBeside.follow(model.look().codeVisibleProperty(), model.look().textSizeProperty());
        StripRoom.follow(resultsStrip, stripWarning, chartStageController.chartStack(),
                model.look().textSizeProperty());
    }

    /**
     * Whether the window is shorter than {@code below} for its text size (or, {@code withCode}, the code shows):
     * where the lesson stands brief, or bare.
     */
    private BooleanBinding lessonBrief(double below, boolean withCode) {
        BooleanProperty code = model.look().codeVisibleProperty();
        return Bindings.createBooleanBinding(() -> withCode && code.get()
                || root.getHeight() > 0 && root.getHeight() * LookViewModel.DEFAULT_TEXT_SIZE
                        / model.look().textSizeProperty().get() < below,
                code, root.heightProperty(), model.look().textSizeProperty());
    }

    /** The classroom menu items by fx:id; one missing fails the load here, not on the day someone clicks it. */
    private WindowMenus windowMenus() {
        return new WindowMenus(biggerTextItem, smallerTextItem, resetTextItem, fullScreenItem,
                resetDefaultsItem, shortcutsItem, codeItem, Arrays.asList(themeLight, themeDark, themeProjector),
                Arrays.asList(languageEn, languageFr), lessonMenu, lessonNextItem, lessonPreviousItem, lessonCloseItem,
                lessonListStart, lessonOpenItem);
    }

    private void installKeys(Scene scene, WindowMenus menus) {
        Shortcuts.install(scene, menuBar, new WindowActions(model, chartArea, root, menus,
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
            } else if (messageLabel.getText().equals(was)) {
                showMessage("", false); // the program ran again without it: the old problem is no longer news
            }
        });
    }

    @FXML
    private void onOpenPythonFile() {
        model.look().codeVisibleProperty().set(true);
        UnsavedProgram.beforeOpening(root.getScene().getWindow(), model, codeBeside.controller()::openPythonFile);
    }

    /** Theme and text size on the root (every em size follows) and on the charts, which draw their own text. */
    private void bindLook() {
        LookOnRoot.keepRootClass(root);
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
