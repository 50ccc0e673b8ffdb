package org.asynclab.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's fields without a stage: each format's presets, the file name, the ranges, the runs. */
class ExportFormTest {
    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot()
            .node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab-test") + "/export-form-test");
    private final UiText french = UiText.forLocale(Locale.FRENCH);
    private final ExportViewModel export = new ExportViewModel(french, Runnable::run, Runnable::run,
            new LastFolder(prefs));
    private final RunResult eventLoop = Recordings.eventLoop(0.2, 0.5, 0.1);
    private final RunResult sequential = Recordings.sequential(0.2, 0.5, 0.1);

    @AfterEach
    void forgetTheTestFolder() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void eachFormatBringsItsSizeScaleAndFileNameUnlessTheTeacherNamedTheFile() {
        // given the form opened on the sharp PNG
        ExportForm form = new ExportForm(export, List.of(eventLoop), ExportFormat.PNG_2X, french);
        assertThat(form.widthProperty().get()).isEqualTo("1600");
        assertThat(form.scaleProperty().get()).isEqualTo("2");
        assertThat(form.fileProperty().get()).isEqualTo("asynclab-event-loop-n3@2x.png");

        // when the slide is chosen, then its 16:9 size and its own name come with it
        form.formatProperty().set(ExportFormat.SLIDE_PNG);
        assertThat(form.widthProperty().get()).isEqualTo("1280");
        assertThat(form.heightProperty().get()).isEqualTo("720");
        assertThat(form.fileProperty().get()).isEqualTo("asynclab-event-loop-n3-slide.png");

        // and a name typed by the teacher stays when the format changes again
        form.fileProperty().set(folder.resolve("cours.png").toString());
        form.formatProperty().set(ExportFormat.SVG);
        assertThat(form.fileProperty().get()).endsWith("cours.png");
        assertThat(form.pictureBinding().get()).isTrue();
        assertThat(form.pngBinding().get()).isFalse();
        assertThat(form.problemBinding().get()).isEmpty();
    }

    @Test
    void aValueOutOfRangeNamesItsFieldAndRangeInTheWindowsLanguageAndWritesNothing() {
        ExportForm form = new ExportForm(export, List.of(eventLoop), ExportFormat.PNG_1X, french);
        form.fileProperty().set(folder.resolve("a.png").toString());

        form.scaleProperty().set("5");

        assertThat(form.problemBinding().get()).isEqualTo("Pixels par point\u00a0: doit être un nombre de 1 à 4");
        assertThat(form.export()).isFalse();
        assertThat(folder.resolve("a.png")).doesNotExist();

        form.scaleProperty().set("1,5");
        form.fileProperty().set(" ");
        assertThat(form.problemBinding().get()).startsWith("Fichier");
    }

    @Test
    void aComparisonCanBeWrittenOneRunAtATimeAtTheAskedSize() throws IOException {
        // given a comparison's form, the second run only, a PNG of 640 × 360 points at 1.5 pixels per point
        ExportForm form = new ExportForm(export, List.of(eventLoop, sequential), ExportFormat.PNG_1X, french);
        assertThat(form.comparison()).isTrue();
        form.runsProperty().set(ExportForm.Runs.SECOND);
        form.widthProperty().set("640");
        form.heightProperty().set("360");
        form.scaleProperty().set("1,5");
        Path file = folder.resolve("second.png");
        form.fileProperty().set(file.toString());

        // when it is written
        assertThat(form.export()).isTrue();

        // then one picture, of the second run, 960 × 540 pixels
        BufferedImage picture = ImageIO.read(file.toFile());
        assertThat(picture.getWidth()).isEqualTo(960);
        assertThat(picture.getHeight()).isEqualTo(540);
        assertThat(folder.resolve("second-sequential.png")).doesNotExist();
        assertThat(export.failedProperty().get()).isFalse();
    }
}
