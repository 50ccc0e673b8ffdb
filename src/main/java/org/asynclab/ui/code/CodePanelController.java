package org.asynclab.ui.code;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.asynclab.model.ProgramOutput;
import org.asynclab.ui.common.OwnRow;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.common.WholeWords;

/**
 * The controller of CodePanel.fxml: the Python editor and the Java of the current settings, one at a time under
 * one header line, the program's output folded under them, shown when asked (C). It builds the two
 * {@link CodeEditor}s and keeps them and the {@link CodeViewModel} in step; what the panel shows is decided there.
 */
public final class CodePanelController {
    /** Style class of the file message when it tells of a failure. */
    public static final String FAILED = "al-code-failed";
    private static final ExecutorService HIGHLIGHTING =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("code-highlighting").factory());

    @FXML private VBox panel;
    @FXML private ToggleGroup tabs;
    @FXML private ToggleButton pythonTab;
    @FXML private ToggleButton javaTab;
    @FXML private StackPane pythonHolder;
    @FXML private StackPane javaHolder;
    @FXML private ToggleGroup runTabs;
    @FXML private HBox runsBar;
    @FXML private ToggleButton firstRunTab;
    @FXML private ToggleButton secondRunTab;
    @FXML private HBox header;
    @FXML private Button runProgramButton;
    @FXML private HBox editedBar;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private Label originLabel;
    @FXML private Label modifiedLabel;
    @FXML private Label problemStrip;
    @FXML private Label fileMessage;
    @FXML private TitledPane outputPane;
    @FXML private ListView<OutputViewModel.Line> output;
    @FXML private ResourceBundle resources;

    private final CodeViewModel code;
    private final BooleanProperty visible;
    private final Executor highlighting;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            code.output().flush();
            outputEnd.pulse();
        }
    };
    private UiText words;
    private OutputEnd outputEnd;
    private CodeEditor python;
    private CodeEditor java;
    /** A comparison's second run's Python, read-only: the editor is the first run's program. */
    private CodeEditor secondPython;
    private Runnable runProgram = () -> { };
    private ObservableBooleanValue runAllowed;

    /** Binds the panel to {@code code}, shown while {@code visible} is true; colours on a thread of its own. */
    public CodePanelController(CodeViewModel code, BooleanProperty visible) {
        this(code, visible, HIGHLIGHTING);
    }

    /** Binds the panel to {@code code}, shown while {@code visible} is true; colours on {@code highlighting}. */
    public CodePanelController(CodeViewModel code, BooleanProperty visible, Executor highlighting) {
        this.code = code;
        this.visible = visible;
        this.highlighting = highlighting;
    }

    /**
     * The panel's width that shows {@code columns} characters of the Python whole (the course's 79: no line
     * wraps); 0 while the editors are not made or not yet laid out.
     */
    public double widthFor(int columns) {
        if (python == null) {
            return 0;
        }
        double editor = python.widthFor(columns);
        return editor == 0 ? 0 : Math.ceil(editor + panel.snappedLeftInset() + panel.snappedRightInset());
    }

    @FXML
    private void initialize() {
        words = new UiText(resources);
        panel.visibleProperty().bind(visible);
        panel.managedProperty().bind(visible);
        bindTabs();
        bindRuns();
        // Beside the tabs Run this program takes the width left, on two lines rather than past the window's edge;
        // narrower than its longest word there, it takes a row of its own above them.
        WholeWords.wrap(runProgramButton);
        if (runAllowed != null) {
            bindRunProgram();
        }
        OwnRow.of(panel, header, runProgramButton, beside -> beside < WholeWords.leastWidth(runProgramButton))
                .follow(runProgramButton.fontProperty());
        bindEditedBar();
        // The editors are RichTextFX's (with ReactFX and Flowless, some 600 classes to load and style): made when
        // the panel is first shown, so that a start with the panel closed paints its first frame without them.
        if (visible.get()) {
            makeEditors();
        } else {
            visible.addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable shown) {
                    if (visible.get()) {
                        visible.removeListener(this);
                        makeEditors();
                    }
                }
            });
        }
        showProblem(code.problemProperty().get());
        code.problemProperty().addListener((o, was, now) -> showProblem(now));
        bindOutput();
        bindFiles();
    }

    private void makeEditors() {
        python = new CodeEditor(Syntax.PYTHON, highlighting);
        python.setId("pythonEditor");
        java = new CodeEditor(Syntax.JAVA, highlighting);
        java.setId("javaEditor");
        java.area().setEditable(false);
        pythonHolder.getChildren().add(python);
        javaHolder.getChildren().add(java);
        python.setText(code.getSource());
        code.sourceProperty().addListener((o, was, now) -> python.setText(now));
        python.area().textProperty().addListener((o, was, now) -> code.setSource(now));
        python.setPausedLines(code.pausedLinesProperty().get());
        code.pausedLinesProperty().addListener((o, was, now) -> python.setPausedLines(now));
        CodeViewModel.Problem problem = code.problemProperty().get();
        python.setProblemLine(problem != null ? problem.line() : 0);
        python.visibleProperty().bind(code.shownRunProperty().isNotEqualTo(1));
        makeSecondWhenCompared();
        java.setText(javaShown());
        InvalidationListener javaChanged = o -> java.setText(javaShown());
        code.javaProperty().addListener(javaChanged);
        code.secondJavaProperty().addListener(javaChanged);
        code.shownRunProperty().addListener(javaChanged);
    }

    /** The second run's editor, made with the first comparison (a third editor to make is no start-up's cost). */
    private void makeSecondWhenCompared() {
        if (!code.runsProperty().get().isEmpty()) {
            makeSecondPython();
            return;
        }
        code.runsProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable runs) {
                if (!code.runsProperty().get().isEmpty()) {
                    code.runsProperty().removeListener(this);
                    makeSecondPython();
                }
            }
        });
    }

    private void makeSecondPython() {
        secondPython = new CodeEditor(Syntax.PYTHON, highlighting);
        secondPython.setId("secondPythonEditor");
        secondPython.area().setEditable(false);
        secondPython.visibleProperty().bind(code.shownRunProperty().isEqualTo(1));
        pythonHolder.getChildren().add(secondPython);
        secondPython.setText(code.secondPythonProperty().get());
        code.secondPythonProperty().addListener((o, was, now) -> secondPython.setText(now));
    }

    /** The Java of the run whose code shows. */
    private String javaShown() {
        return code.shownRunProperty().get() == 1 ? code.secondJavaProperty().get() : code.javaProperty().get();
    }

    /**
     * In a comparison of two Java modes, a line of its own under the tabs names both runs, as the results table
     * does; the one chosen shows its Python and its Java. Outside a comparison the line takes no room.
     */
    private void bindRuns() {
        runsBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> code.runsProperty().get().size() == 2,
                code.runsProperty()));
        runsBar.managedProperty().bind(runsBar.visibleProperty());
        firstRunTab.textProperty().bind(code.runsProperty().map(runs -> runs.isEmpty() ? "" : runs.get(0)));
        secondRunTab.textProperty().bind(code.runsProperty().map(runs -> runs.size() < 2 ? "" : runs.get(1)));
        runTabs.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);  // a second click on the shown run keeps it shown
            } else {
                code.shownRunProperty().set(now == secondRunTab ? 1 : 0);
            }
        });
        code.shownRunProperty().subscribe(run -> (run.intValue() == 1 ? secondRunTab : firstRunTab)
                .setSelected(true));
    }

    /** Run this program runs the editor's program, the first run's: greyed while the second run's code shows. */
    private void bindRunProgram() {
        runProgramButton.disableProperty().bind(Bindings.not(runAllowed)
                .or(code.shownRunProperty().isEqualTo(1)));
    }

    /** Python or Java: one of the two is always shown, and Run this program belongs to the Python. */
    private void bindTabs() {
        tabs.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);  // a second click on the shown tab keeps it shown
            }
        });
        pythonHolder.visibleProperty().bind(pythonTab.selectedProperty());
        javaHolder.visibleProperty().bind(javaTab.selectedProperty());
    }

    private void bindEditedBar() {
        // The edited line takes no room until the teacher edits: then it says so and offers the way back.
        editedBar.visibleProperty().bind(code.modifiedProperty());
        editedBar.managedProperty().bind(code.modifiedProperty());
        revertButton.disableProperty().bind(code.modifiedProperty().not());
        modifiedLabel.visibleProperty().bind(code.modifiedProperty());
        originLabel.textProperty().bind(code.originProperty().map(name -> words.format("code.from", name)));
        Tooltip origin = new Tooltip();
        origin.textProperty().bind(originLabel.textProperty());
        pythonTab.setTooltip(origin);
    }

    private void showProblem(CodeViewModel.Problem problem) {
        boolean shown = problem != null;
        problemStrip.setVisible(shown);
        problemStrip.setManaged(shown);
        problemStrip.setText(shown ? words.format("code.problem", problem.line(), problem.message()) : "");
        if (python != null) {
            python.setProblemLine(shown ? problem.line() : 0);
        }
        if (shown) {
            pythonTab.setSelected(true);
        }
    }

    private void bindOutput() {
        output.setItems(code.output().lines());
        // No room for the output before there is some; folded, its title shows the last line printed, and the
        // code keeps the height; a run that printed more opens it at its end (OutputViewModel.runEnded).
        outputPane.visibleProperty().bind(Bindings.isNotEmpty(code.output().lines()));
        outputPane.managedProperty().bind(outputPane.visibleProperty());
        outputPane.expandedProperty().bindBidirectional(code.output().openedProperty());
        outputPane.textProperty().bind(Bindings.createStringBinding(() -> {
            List<OutputViewModel.Line> lines = code.output().lines();
            return lines.isEmpty() ? words.get("code.output")
                    : words.format("code.output.last", shown(lines.get(lines.size() - 1)));
        }, code.output().lines()));
        Label placeholder = new Label(words.get("code.output.empty"));
        placeholder.setWrapText(true);
        output.setPlaceholder(placeholder);
        output.setCellFactory(list -> new OutputCell(this::shown));
        outputEnd = new OutputEnd(output, outputPane);
        visible.addListener((o, was, now) -> follow(now));
        follow(visible.get());
    }

    /** A printed line as the pane shows it: its time on the chart's clock, then its text. */
    private String shown(OutputViewModel.Line line) {
        return words.seconds(code.output().shownNanos(line) / 1e9) + "  " + ProgramOutput.asTerminalShows(line.text());
    }

    /** The output is flushed once a pulse while the panel is shown; a hidden panel keeps no timer running. */
    private void follow(boolean shown) {
        if (shown) {
            pulse.start();
        } else {
            pulse.stop();
        }
    }

    private void bindFiles() {
        CodeFiles files = code.files();
        fileMessage.textProperty().bind(files.messageProperty());
        fileMessage.visibleProperty().bind(files.messageProperty().isNotEmpty());
        fileMessage.managedProperty().bind(fileMessage.visibleProperty());
        files.failedProperty().addListener((o, was, now) -> {
            fileMessage.getStyleClass().remove(FAILED);
            if (now) {
                fileMessage.getStyleClass().add(FAILED);
            }
        });
        saveButton.disableProperty().bind(files.busyProperty());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("code.fileType"), "*.py"));
        return chooser;
    }

    /** Lesson ▸ Open Python file…: asks for a {@code .py} and loads it into the editor (off the FX thread). */
    @FXML
    public void openPythonFile() {
        File file = chooser(words.get("code.open")).showOpenDialog(panel.getScene().getWindow());
        if (file != null) {
            code.files().open(file.toPath());
        }
    }

    /** Save as…: asks where, then writes the editor's text there (off the FX thread). */
    @FXML
    public void savePythonAs() {
        FileChooser chooser = chooser(words.get("code.saveAs"));
        chooser.setInitialFileName("program.py");
        File file = chooser.showSaveDialog(panel.getScene().getWindow());
        if (file != null) {
            code.files().saveAs(file.toPath());
        }
    }

    /**
     * What "Run this program" does: runs the editor's Python (the window wires it to its run cycle), which it can
     * while {@code allowed} holds (Run's own rule); greyed otherwise, as Run is.
     */
    public void setOnRunProgram(Runnable action, ObservableBooleanValue allowed) {
        runProgram = action;
        runAllowed = allowed;
        if (runProgramButton != null) {
            bindRunProgram();
        }
    }

    @FXML
    private void runProgram() {
        runProgram.run();
    }

    @FXML
    private void revert() {
        code.revert();
    }
}
