package org.asynclab.ui;

import java.io.File;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.engine.RunEngine;
import org.asynclab.engine.SweepRunner;
import org.asynclab.model.RunResult;
import org.asynclab.ui.chart.ChartPane;
import org.asynclab.ui.export.ExportFormat;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.look.Memory;
import org.asynclab.ui.replay.ReplaySpeeds;
import org.asynclab.ui.replay.ReplayViewModel;
import org.asynclab.ui.results.ResultsViewModel;
import org.asynclab.ui.run.RunState;
import org.asynclab.ui.settings.SettingsViewModel;
import org.asynclab.ui.sweep.SweepViewModel;
import org.asynclab.ui.sweep.SweepWindow;
import org.controlsfx.control.SegmentedButton;

/**
 * The controller of MainView.fxml: binds the nodes to {@link MainViewModel} and forwards clicks and keys. It holds
 * no state of its own beyond the nodes; what the window does is decided in the view models.
 */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private Menu exportMenu;
    @FXML private MenuItem runItem;
    @FXML private MenuItem stopItem;
    @FXML private MenuItem resetItem;
    @FXML private MenuItem sweepItem;
    @FXML private SegmentedButton modeButtons;
    @FXML private ToggleButton modeSequential;
    @FXML private ToggleButton modeEventLoop;
    @FXML private ToggleButton modeThreads;
    @FXML private ToggleButton modePool;
    @FXML private ToggleButton modeVirtual;
    @FXML private SegmentedButton kindButtons;
    @FXML private ToggleButton kindIo;
    @FXML private ToggleButton kindCpu;
    @FXML private CheckBox globalLockBox;
    @FXML private TextField workersField;
    @FXML private TextField tasksField;
    @FXML private TextField maxDelayField;
    @FXML private TextField seedField;
    @FXML private Button newSeedButton;
    @FXML private ComboBox<SettingsForm.CompareChoice> compareBox;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private Button resetButton;
    @FXML private Label settingsError;
    @FXML private Label comparisonLabel;
    @FXML private VBox chartStack;
    @FXML private Label chartHint;
    @FXML private CheckMenuItem rowsPerThreadItem;
    @FXML private Button playButton;
    @FXML private Button stepBackButton;
    @FXML private Button stepForwardButton;
    @FXML private Slider replaySlider;
    @FXML private Label replayPosition;
    @FXML private ComboBox<Double> speedBox;
    @FXML private Label resultsHeading;
    @FXML private Label totalValue;
    @FXML private Label averageValue;
    @FXML private Label progressValue;
    @FXML private TextField guessField;
    @FXML private Label guessReveal;
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
    @FXML private Label orderValue;
    @FXML private Label statusLabel;
    @FXML private Label messageLabel;

    private final MainViewModel model;
    private final Supplier<ChartPane> charts;
    private final Executor copier;
    private ChartArea chartArea;

    /**
     * Creates the controller for {@code model}.
     *
     * @param charts makes the chart control(s)
     * @param copier where live timelines are copied, away from the FX thread
     */
    public MainController(MainViewModel model, Supplier<ChartPane> charts, Executor copier) {
        this.model = model;
        this.charts = charts;
        this.copier = copier;
    }

    @FXML
    private void initialize() {
        bindSettings();
        bindActions();
        bindResults();
        bindReplay();
        chartArea = new ChartArea(model, chartStack, charts, copier);
        chartArea.setLabels(ChartLabels.from(model.text().bundle()));
        bindLook();
        showWhenNotEmpty(comparisonLabel, model.comparisonTextProperty().getValue());
        comparisonLabel.textProperty().bind(model.comparisonTextProperty());
        comparisonLabel.textProperty().addListener((o, was, now) -> showWhenNotEmpty(comparisonLabel, now));
        statusLabel.textProperty().bind(model.statusProperty());
        chartHint.visibleProperty().bind(model.run().stateProperty().isEqualTo(RunState.IDLE));
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    private void bindSettings() {
        SettingsViewModel settings = model.settings();
        SettingsForm form = new SettingsForm(settings, model.text());
        form.bindField(tasksField, settings.tasksProperty(), settings.tasksProblemProperty());
        form.bindField(maxDelayField, settings.maxDelayProperty(), settings.maxDelayProblemProperty());
        form.bindField(seedField, settings.seedProperty(), settings.seedProblemProperty());
        form.bindWorkers(workersField);
        form.bindModes(modeButtons, List.of(modeSequential, modeEventLoop, modeThreads, modePool, modeVirtual));
        form.bindKinds(kindButtons, kindIo, kindCpu);
        form.bindCompare(compareBox);
        form.bindGlobalLock(globalLockBox);
        newSeedButton.disableProperty().bind(settings.editableProperty().not());
        settingsError.textProperty().bind(settings.firstProblemProperty());
        settingsError.textProperty().addListener((o, was, now) -> showWhenNotEmpty(settingsError, now));
        form.bindField(guessField, model.guess().guessProperty(), model.guess().problemProperty());
        guessField.promptTextProperty().bind(Bindings.when(model.guess().requiredProperty())
                .then(model.text().get("guess.prompt.required")).otherwise(""));
        guessReveal.textProperty().bind(model.guess().revealProperty());
        guessReveal.textProperty().addListener((o, was, now) -> showWhenNotEmpty(guessReveal, now));
        for (TextField field : List.of(tasksField, maxDelayField, seedField, workersField, guessField)) {
            field.setOnAction(e -> model.runOrIgnore());
        }
    }

    private void bindActions() {
        runButton.disableProperty().bind(model.canRunBinding().not());
        runItem.disableProperty().bind(model.canRunBinding().not());
        stopButton.disableProperty().bind(model.runningBinding().not());
        stopItem.disableProperty().bind(model.runningBinding().not());
        resetItem.disableProperty().bind(model.run().stateProperty().isEqualTo(RunState.IDLE));
        resetButton.disableProperty().bind(resetItem.disableProperty());
        // A sweep beside a run would steal the run's cores, and the run the sweep's: one at a time.
        sweepItem.disableProperty().bind(model.canRunBinding().not());
        exportMenu.getItems().forEach(item -> item.disableProperty().bind(
                model.run().stateProperty().isNotEqualTo(RunState.DONE)));
        model.run().failureProperty().addListener((o, was, now) -> showMessage(now, true));
        model.export().messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                showMessage(now, model.export().failedProperty().get());
            }
        });
    }

    private void bindResults() {
        ResultsViewModel results = model.results();
        resultsHeading.textProperty().bind(results.headingProperty());
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
        liveThreadsValue.textProperty().bind(results.resources().liveThreadsProperty());
        peakThreadsValue.textProperty().bind(results.resources().peakThreadsProperty());
        heapValue.textProperty().bind(results.resources().heapProperty());
        startupValue.textProperty().bind(results.resources().startupProperty());
        results.settledProperty().addListener((o, was, settled) -> {
            for (Label big : List.of(totalValue, averageValue)) {
                big.getStyleClass().remove(StyleClasses.LIVE);
                if (!settled) {
                    big.getStyleClass().add(StyleClasses.LIVE);
                }
            }
        });
    }

    private void bindReplay() {
        ReplayViewModel replay = model.replay();
        UiText text = model.text();
        replaySlider.setMin(0);
        replaySlider.maxProperty().bind(replay.endProperty());
        replaySlider.valueProperty().bindBidirectional(replay.positionProperty());
        replayPosition.textProperty().bind(Bindings.createStringBinding(() -> replay.isAvailable()
                ? text.format("replay.position", text.seconds(replay.positionProperty().get()),
                        text.seconds(replay.endProperty().get())) : "",
                replay.positionProperty(), replay.endProperty(), replay.availableProperty()));
        playButton.textProperty().bind(Bindings.when(replay.playingProperty())
                .then(text.get("replay.pause")).otherwise(text.get("replay.play")));
        speedBox.setItems(FXCollections.observableArrayList(0.25, 0.5, 1.0, 2.0, 4.0));
        speedBox.setConverter(new ReplaySpeeds(text));
        speedBox.setValue(replay.speedProperty().get());
        speedBox.valueProperty().addListener((o, was, now) -> replay.speedProperty().set(now == null ? 1 : now));
        var off = replay.availableProperty().not();
        for (var node : List.of(playButton, stepBackButton, stepForwardButton, replaySlider, speedBox)) {
            node.disableProperty().bind(off);
        }
    }

    private void installKeys(Scene scene) {
        Shortcuts.install(scene, new WindowActions(model, chartArea, root, menuBar, exportMenu, () -> {
            new Memory().clear();
            model.resetToDefaults();
        }));
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
        root.getStyleClass().removeAll(StyleClasses.DARK, StyleClasses.PROJECTOR);
        if (theme == ChartTheme.DARK) {
            root.getStyleClass().add(StyleClasses.DARK);
        } else if (theme == ChartTheme.PROJECTOR) {
            root.getStyleClass().add(StyleClasses.PROJECTOR);
        }
    }

    private void applyTextSize(int size) {
        root.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.TEXT_SIZE_PREFIX));
        root.getStyleClass().add(StyleClasses.TEXT_SIZE_PREFIX + size);
        chartArea.setTextScale(size / (double) LookViewModel.DEFAULT_TEXT_SIZE);
    }

    private static void showWhenNotEmpty(Label label, String value) {
        boolean show = value != null && !value.isEmpty();
        label.setVisible(show);
        label.setManaged(show);
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
    private void onSweep() {
        SweepRunner runner = new SweepRunner(new RunEngine());
        SweepViewModel sweep = new SweepViewModel(model.text(), runner::start, Platform::runLater);
        new SweepWindow(sweep, model.text(), model.look().themeProperty().get(), model.settings().toConfig(),
                root.getScene().getWindow()).show();
    }

    @FXML
    private void onNewSeed() {
        model.settings().newSeed();
    }

    @FXML
    private void onExport(ActionEvent event) {
        MenuItem item = (MenuItem) event.getSource();
        ExportFormat format = ExportFormat.valueOf((String) item.getUserData());
        List<RunResult> runs = model.finishedRuns();
        if (runs.isEmpty()) {
            showMessage(model.text().get("message.nothingToExport"), true);
            return;
        }
        ExportViewModel export = model.export();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(item.getText());
        export.initialFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        chooser.setInitialFileName(export.suggestedName(format, runs.get(0)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(item.getText(), "*." + format.extension()));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            export.export(format, runs, file.toPath());
        }
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

    @FXML
    private void onPlay() {
        model.replay().togglePlay();
    }

    @FXML
    private void onStepBack() {
        model.replay().stepBack();
    }

    @FXML
    private void onStepForward() {
        model.replay().stepForward();
    }

    /** Stops the chart clock; the window is closing. */
    void dispose() {
        chartArea.dispose();
    }
}
