package org.asynclab.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.render.ChartLabels;
import org.asynclab.export.ChartExport;
import org.asynclab.export.ExportException;
import org.asynclab.export.PngExport;
import org.asynclab.export.ResultCsv;
import org.asynclab.export.ResultJson;
import org.asynclab.export.RunFiles;
import org.asynclab.model.RunResult;
import org.asynclab.model.StatedSettings;
import org.asynclab.ui.common.ExportFailure;
import org.asynclab.ui.common.RunTitles;
import org.asynclab.ui.common.UiText;

/**
 * The Export menu without its nodes: writes the finished run(s) in a chosen format, off the FX thread (a PNG or
 * JSON of 10⁶ tasks takes a second), and says how it went in the message bar. Files are written whole or not at
 * all ({@code AtomicFiles}), so a full disk or a read-only folder loses nothing; the folder of the last export is
 * remembered for the next one.
 */
public final class ExportViewModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final UiText text;
    private final RunTitles titles;
    /** The pictures' words, from the same bundle as their titles: a picture is in one language throughout. */
    private final ChartLabels words;
    private final Executor worker;
    private final Executor fxThread;
    private final LastFolder lastFolder;
    private ChartView view = ChartView.TASKS;
    private ChartTheme theme = ChartTheme.LIGHT;

    /**
     * Creates the exporter.
     *
     * @param worker   where files are written (a daemon thread in the app)
     * @param fxThread where the outcome is reported ({@code Platform::runLater})
     */
    public ExportViewModel(UiText text, Executor worker, Executor fxThread, LastFolder lastFolder) {
        this.text = text;
        this.titles = new RunTitles(text);
        this.words = ChartLabels.from(text.bundle());
        this.worker = worker;
        this.fxThread = fxThread;
        this.lastFolder = lastFolder;
    }

    /** Pictures are drawn with the window's rows (per task or per thread) and theme. */
    public void setLook(ChartView rows, ChartTheme colours) {
        this.view = rows;
        this.theme = colours;
    }

    /**
     * A file name that says what the run was: {@code asynclab-event-loop-n10-seed7.png}; a Python program's
     * {@code asynclab-python-n5.png}, with a seed only when AsyncLab served its delays ({@link StatedSettings}).
     */
    public String suggestedName(ExportFormat format, RunResult run) {
        String scale = format == ExportFormat.PNG_2X ? "@2x" : format == ExportFormat.SLIDE_PNG ? "-slide" : "";
        StatedSettings stated = StatedSettings.of(run);
        return "asynclab-" + (run.program() != null ? run.program().language() : stated.mode().id()) + "-n"
                + stated.tasks() + (stated.seed() == null ? "" : "-seed" + stated.seed()) + scale + "."
                + format.extension();
    }

    /** Where the file chooser opens: the folder of the last export, if it still exists. */
    public Optional<Path> initialFolder() {
        return lastFolder.get();
    }

    /**
     * Writes {@code runs} (one, or a comparison's two) to {@code target} in the background. A picture or trace of
     * a comparison gives one file per run: the second is named after its mode beside the first.
     */
    public void export(ExportFormat format, List<RunResult> runs, Path target) {
        export(format, runs, target, PictureOptions.of(format));
    }

    /** Writes {@code runs} as {@link #export(ExportFormat, List, Path)} does, pictures made as {@code options} say. */
    public void export(ExportFormat format, List<RunResult> runs, Path target, PictureOptions options) {
        export(format, runs, runs, target, options);
    }

    /**
     * Writes {@code chosen}, some of the runs {@code shown} in the window (one, or a comparison's two), as
     * {@link #export(ExportFormat, List, Path, PictureOptions)} does; a picture's title names its run as the window
     * does beside the other one shown ("Event loop · semaphore 4" beside "Pool of 4 · no semaphore").
     */
    public void export(ExportFormat format, List<RunResult> shown, List<RunResult> chosen, Path target,
                       PictureOptions options) {
        busy.set(true);
        worker.execute(() -> {
            try {
                List<Path> written = write(format, shown, chosen, target, options);
                lastFolder.rememberFolderOf(target);
                report(false, text.format("message.exported", names(written)));
            } catch (ExportException | RuntimeException e) {
                report(true, text.format("message.exportFailed", ExportFailure.why(text, e)));
            }
        });
    }

    private List<Path> write(ExportFormat format, List<RunResult> shown, List<RunResult> runs, Path target,
                             PictureOptions options) throws ExportException {
        if (!format.perRun()) {
            if (format == ExportFormat.JSON) {
                ResultJson.write(target, runs);
            } else {
                ResultCsv.write(target, runs);
            }
            return List.of(target);
        }
        List<Path> written = new ArrayList<>();
        List<ChartSpec> specs = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            written.add(i == 0 ? target : beside(target, format, runs.get(i), runs.get(0)));
            specs.add(spec(runs.get(i), shown, options));
        }
        // a comparison's pictures on one time axis, as the window shows them: a 0.575 s run and a 3.72 s run
        // looked equally long, each on an axis of its own
        switch (format) {
            case PNG_1X, PNG_2X, SLIDE_PNG -> ChartExport.pngs(runs, specs, written, options.scale());
            case SVG -> ChartExport.svgs(runs, specs, written);
            default -> {
                for (int i = 0; i < runs.size(); i++) {
                    ChartExport.trace(runs.get(i), written.get(i));
                }
            }
        }
        return written;
    }

    /**
     * {@code folder/name-sequential.png} beside {@code folder/name.png}: named after what tells {@code run} apart
     * from {@code first}'s run ({@code name-lock.png} when both ran on the event loop), by {@link RunFiles}.
     */
    static Path beside(Path target, ExportFormat format, RunResult run, RunResult first) {
        return RunFiles.beside(target, run, first, format.extension());
    }

    private static String names(List<Path> files) {
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            out.append(out.isEmpty() ? "" : ", ").append(file.toAbsolutePath());
        }
        return out.toString();
    }

    /** Draws {@code run}'s chart in the background and hands the picture to {@code onFx} on the FX thread. */
    public void copyImage(RunResult run, Consumer<BufferedImage> onFx) {
        busy.set(true);
        worker.execute(() -> {
            try {
                BufferedImage picture = PngExport.render(run, spec(run, List.of(run),
                        PictureOptions.of(ExportFormat.PNG_1X)), 1);
                fxThread.execute(() -> onFx.accept(picture));
                report(false, text.get("message.copied"));
            } catch (RuntimeException e) {
                report(true, text.format("message.exportFailed", ExportFailure.why(text, e)));
            }
        });
    }

    /** The picture of {@code run}, one of the runs {@code shown}, in the window's language, look and words. */
    private ChartSpec spec(RunResult run, List<RunResult> shown, PictureOptions options) {
        int at = shown.indexOf(run);
        RunResult other = shown.size() == 2 && at >= 0 ? shown.get(1 - at) : null;
        return ChartSpec.defaults().withSize(options.width(), options.height()).withView(view).withTheme(theme)
                .withWords(words).withTitle(options.title() ? titles.ofPicture(run, other, at + 1) : "")
                .withIdealSeconds(options.ideal() ? run.summary().idealSeconds() : Double.NaN);
    }

    private void report(boolean problem, String words) {
        fxThread.execute(() -> {
            failed.set(problem);
            message.set("");  // the same words twice in a row are still news
            message.set(words);
            busy.set(false);
        });
    }

    /** What the last export did, in words; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the last export failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
