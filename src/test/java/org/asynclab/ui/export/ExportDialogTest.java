package org.asynclab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.StyleClasses;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The export room as a teacher uses it: a finished run written as PNG and SVG, and a wrong field said in place. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot()
            .node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab-test") + "/export-dialog-test");
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final UiText text = UiText.forLocale(Locale.ENGLISH);
    private final ExportViewModel export = new ExportViewModel(text, writer, Platform::runLater,
            new LastFolder(prefs));
    private final LookViewModel look = new LookViewModel();
    private final RunResult finished = Recordings.eventLoop(0.2, 0.5, 0.1);
    private ExportDialog dialog;

    @Start
    void start(Stage primary) {
        look.themeProperty().set(ChartTheme.PROJECTOR);
        look.languageProperty().set(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(dialog.stage()::close).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        }
        writer.shutdownNow();
        prefs.removeNode();
    }

    private void open(FxRobot robot, ExportFormat format) {
        robot.interact(() -> dialog = ExportDialog.open(null, export, List.of(finished), format, look, text));
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return type.cast(dialog.stage().getScene().getRoot().lookup("#" + id));
    }

    private void type(FxRobot robot, String id, String words) {
        TextField field = node(id, TextField.class);
        robot.clickOn(field).interact(field::selectAll);
        robot.write(words);
    }

    private void exportAndWaitForTheDialogToClose(FxRobot robot) throws Exception {
        robot.clickOn(node("exportButton", Button.class));
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !dialog.stage().isShowing());
    }

    @Test
    void aFinishedRunIsWrittenAsAPngOfTheAskedSizeAndAsAnSvgThatParses(FxRobot robot) throws Exception {
        // given the dialog over a finished run, in the window's look, a PNG of 800 × 450 points at 2 pixels each
        open(robot, ExportFormat.PNG_1X);
        assertThat(dialog.stage().getScene().getRoot().getStyleClass()).contains(StyleClasses.PROJECTOR);
        Path png = folder.resolve("run.png");
        type(robot, "widthField", "800");
        type(robot, "heightField", "450");
        type(robot, "scaleField", "2");
        robot.interact(() -> node("fileField", TextField.class).setText(png.toString()));

        // when Export is clicked
        exportAndWaitForTheDialogToClose(robot);

        // then the PNG decodes, 1600 × 900 pixels, and the window says where it went
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isEqualTo(1600);
        assertThat(picture.getHeight()).isEqualTo(900);
        assertThat(export.failedProperty().get()).isFalse();
        assertThat(export.messageProperty().get()).startsWith("Saved ").contains("run.png");

        // and given the dialog again, the SVG format chosen in its list
        open(robot, ExportFormat.PNG_1X);
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.SVG));
        assertThat(node("scaleRow", Node.class).isVisible()).isFalse();
        Path svg = folder.resolve("run.svg");
        robot.interact(() -> node("fileField", TextField.class).setText(svg.toString()));

        // when Export is clicked, then the SVG parses as an svg document of the default size
        exportAndWaitForTheDialogToClose(robot);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).startsWith("1600");
    }

    @Test
    void aSizeOutOfRangeIsSaidWithItsRangeAndNothingIsWritten(FxRobot robot) {
        // given the dialog, whose own sizes are right
        open(robot, ExportFormat.PNG_2X);
        assertThat(node("problemLabel", Label.class).isVisible()).isFalse();
        assertThat(node("exportButton", Button.class).isDisabled()).isFalse();
        Path png = folder.resolve("small.png");
        robot.interact(() -> node("fileField", TextField.class).setText(png.toString()));

        // when the width typed is below the smallest picture
        type(robot, "widthField", "100");

        // then the field and its range are said, and Export is not offered
        Label problem = node("problemLabel", Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Width: must be a number from 320 to 8,000");
        assertThat(node("exportButton", Button.class).isDisabled()).isTrue();
        assertThat(dialog.form().export()).isFalse();
        assertThat(png).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInTheDialogWhichStaysOpen(FxRobot robot) throws Exception {
        // given a file in a folder that does not exist
        open(robot, ExportFormat.SVG);
        Path nowhere = folder.resolve("missing").resolve("run.svg");
        robot.interact(() -> node("fileField", TextField.class).setText(nowhere.toString()));

        // when Export is clicked
        robot.clickOn(node("exportButton", Button.class));
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> export.failedProperty().get()
                && !export.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        // then the dialog stays, saying why in words, and nothing was left behind
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(node("problemLabel", Label.class).getText()).startsWith("Export failed: ");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void theChoiceOfBothRunsSaysWhatTheChosenFormatWrites(FxRobot robot) throws Exception {
        // given the dialog in French over a comparison, a picture chosen
        UiText french = UiText.forLocale(Locale.FRENCH);
        List<RunResult> two = List.of(finished, Recordings.sequential(0.2, 0.5, 0.1));
        robot.interact(() -> dialog = ExportDialog.open(null, export, two, ExportFormat.PNG_1X, look, french));
        @SuppressWarnings("unchecked")
        ComboBox<ExportForm.Runs> runs = node("runsBox", ComboBox.class);
        assertThat(shown(runs)).isEqualTo("Les deux exécutions (une image chacune)");

        // when JSON is chosen (one file holding both runs), then CSV, then a trace
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.JSON));
        String json = shown(runs);
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.CSV));
        String csv = shown(runs);
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.PERFETTO));

        // then the words follow: no picture each for a file of both runs
        assertThat(json).isEqualTo("Les deux exécutions (dans un seul fichier)");
        assertThat(csv).isEqualTo(json);
        assertThat(shown(runs)).isEqualTo("Les deux exécutions (une trace chacune)");
        assertThat(runs.getValue()).isEqualTo(ExportForm.Runs.ALL);
    }

    @Test
    void aFileWithoutPictureOptionsLeavesNoBlankRowsWhereTheyWere(FxRobot robot) throws Exception {
        // given the dialog for a picture: the format's row, then the size, scale and include rows
        open(robot, ExportFormat.PNG_1X);
        double gap = WaitForAsyncUtils.asyncFx(() -> gapUnderFormat("sizeRow")).get(FxTurns.TIMEOUT_S,
                TimeUnit.SECONDS);

        // when JSON is chosen: no size, scale or content to choose
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.JSON));
        WaitForAsyncUtils.waitForFxEvents();

        // then the file's row follows the format's with the same gap as a picture's size row did, not three more
        assertThat(node("sizeRow", Node.class).isVisible()).isFalse();
        double toFile = WaitForAsyncUtils.asyncFx(() -> gapUnderFormat("fileField")).get(FxTurns.TIMEOUT_S,
                TimeUnit.SECONDS);
        assertThat(toFile).as("gap from the format to the file").isCloseTo(gap, offset(1.0));
    }

    /**
     * The dialog kept the height of the format it opened with: JSON then PNG hid the file's row and both buttons
     * under its bottom edge, and a problem's line pushed Export out of sight.
     */
    @Test
    void theDialogGrowsAndShrinksWithItsRowsSoExportStaysInSight(FxRobot robot) throws Exception {
        // given the dialog opened for JSON: no size, scale or content rows
        open(robot, ExportFormat.JSON);
        double jsonHeight = dialog.stage().getHeight();

        // when a picture is chosen, then a width out of range is typed
        robot.interact(() -> node("formatBox", ComboBox.class).getSelectionModel().select(ExportFormat.PNG_2X));
        WaitForAsyncUtils.waitForFxEvents();
        double pictureHeight = dialog.stage().getHeight();
        boolean buttonsInSight = WaitForAsyncUtils.asyncFx(() -> inSight("exportButton") && inSight("fileField"))
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        type(robot, "widthField", "100");
        WaitForAsyncUtils.waitForFxEvents();
        boolean exportInSightWithTheProblem = WaitForAsyncUtils.asyncFx(() -> inSight("exportButton")
                && inSight("problemLabel")).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
        type(robot, "widthField", "800");
        WaitForAsyncUtils.waitForFxEvents();

        // then the dialog grew for the picture's rows and for the problem, and shrank back when it was mended
        assertThat(pictureHeight).isGreaterThan(jsonHeight + 50);
        assertThat(buttonsInSight).as("file and Export in sight for a picture").isTrue();
        assertThat(exportInSightWithTheProblem).as("Export in sight under the problem").isTrue();
        assertThat(dialog.stage().getHeight()).isCloseTo(pictureHeight, offset(1.0));
    }

    /** Whether the node {@code id} lies wholly inside the dialog's scene (FX thread). */
    private boolean inSight(String id) {
        Scene scene = dialog.stage().getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Node node = node(id, Node.class);
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        return node.isVisible() && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() + 0.5;
    }

    /** The space between the format's box and the node {@code id}, in the dialog's coordinates (FX thread). */
    private double gapUnderFormat(String id) {
        dialog.stage().getScene().getRoot().applyCss();
        dialog.stage().getScene().getRoot().layout();
        Node format = node("formatBox", Node.class);
        Node below = node(id, Node.class);
        return below.localToScene(below.getLayoutBounds()).getMinY()
                - format.localToScene(format.getLayoutBounds()).getMaxY();
    }

    /** The words the closed list shows, as drawn (its button cell, read on the FX thread). */
    private static String shown(ComboBox<ExportForm.Runs> box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Labeled)
                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode()).getText())
                .get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);
    }
}
