package org.asynclab.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.asynclab.chart.ChartSpec;
import org.asynclab.export.PngExport;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsInput;

/**
 * The export dialog without its nodes: the format, the picture's size and scale, what it includes (the title line,
 * the ideal marker, which run of a comparison) and the file, each checked as it is typed. A value out of range is
 * one line naming the field and its range; {@link #export()} writes nothing until every field is right.
 */
public final class ExportForm {
    /** Which runs of a comparison are written. */
    public enum Runs {
        /** Every run: one picture per run, one JSON or CSV for both. */
        ALL,
        /** The first run only. */
        FIRST,
        /** The second run only. */
        SECOND
    }

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    private final StringProperty width = new SimpleStringProperty(this, "width", "");
    private final StringProperty height = new SimpleStringProperty(this, "height", "");
    private final StringProperty scale = new SimpleStringProperty(this, "scale", "");
    private final BooleanProperty title = new SimpleBooleanProperty(this, "title", true);
    private final BooleanProperty ideal = new SimpleBooleanProperty(this, "ideal", true);
    private final ObjectProperty<Runs> runs = new SimpleObjectProperty<>(this, "runs", Runs.ALL);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringBinding problem;
    private final BooleanBinding picture;
    private final BooleanBinding png;

    private final ExportViewModel export;
    private final List<RunResult> finished;
    private final UiText text;
    /** The file name last suggested: replaced when the format changes, unless the teacher typed another. */
    private String suggested = "";

    /** A form to write {@code finished} (a run or a comparison) through {@code export}, {@code first} chosen. */
    public ExportForm(ExportViewModel export, List<RunResult> finished, ExportFormat first, UiText text) {
        this.export = export;
        this.finished = List.copyOf(finished);
        this.text = text;
        picture = Bindings.createBooleanBinding(() -> format.get() != null && format.get().perRun()
                && format.get() != ExportFormat.PERFETTO, format);
        png = Bindings.createBooleanBinding(() -> format.get() == ExportFormat.PNG_1X
                || format.get() == ExportFormat.PNG_2X || format.get() == ExportFormat.SLIDE_PNG, format);
        problem = Bindings.createStringBinding(this::check, format, width, height, scale, file);
        format.addListener((o, was, now) -> preset(now));
        format.set(first);
    }

    /** The format's own size, scale and file name (the folder typed stays). */
    private void preset(ExportFormat chosen) {
        PictureOptions defaults = PictureOptions.of(chosen);
        // Plain digits: a grouping comma ("1,600") would read as a decimal one in French.
        width.set(Long.toString((long) defaults.width()));
        height.set(Long.toString((long) defaults.height()));
        scale.set(Long.toString((long) defaults.scale()));
        String name = finished.isEmpty() ? "asynclab." + chosen.extension()
                : export.suggestedName(chosen, finished.get(0));
        String typed = file.get().strip();
        if (typed.isEmpty()) {
            file.set(export.initialFolder().map(folder -> folder.resolve(name).toString()).orElse(name));
        } else if (Path.of(typed).getFileName() != null && Path.of(typed).getFileName().toString().equals(suggested)) {
            Path parent = Path.of(typed).getParent();
            file.set(parent == null ? name : parent.resolve(name).toString());
        }
        suggested = name;
    }

    /** The first field out of range, named with its range, or empty when the form can be written. */
    private String check() {
        if (finished.isEmpty()) {
            return text.get("message.nothingToExport");
        }
        if (picture.get()) {
            if (number(width.get(), ChartSpec.MIN_WIDTH, ChartSpec.MAX_SIZE).isEmpty()) {
                return range("export.field.width", ChartSpec.MIN_WIDTH, ChartSpec.MAX_SIZE);
            }
            if (number(height.get(), ChartSpec.MIN_HEIGHT, ChartSpec.MAX_SIZE).isEmpty()) {
                return range("export.field.height", ChartSpec.MIN_HEIGHT, ChartSpec.MAX_SIZE);
            }
        }
        if (png.get() && number(scale.get(), PngExport.MIN_SCALE, PngExport.MAX_SCALE).isEmpty()) {
            return range("export.field.scale", PngExport.MIN_SCALE, PngExport.MAX_SCALE);
        }
        String typed = file.get().strip();
        if (typed.isEmpty() || Path.of(typed).getFileName() == null) {
            return text.format("error.field", text.get("export.field.file"), text.get("export.error.file"));
        }
        return "";
    }

    private String range(String field, double min, double max) {
        return text.format("error.field", text.get(field),
                text.format("export.error.range", text.integer((long) min), text.integer((long) max)));
    }

    private static OptionalDouble number(String typed, double min, double max) {
        OptionalDouble value = SettingsInput.parseDecimal(typed == null ? "" : typed.strip());
        return value.isPresent() && value.getAsDouble() >= min && value.getAsDouble() <= max ? value
                : OptionalDouble.empty();
    }

    /** Writes the chosen runs as the form says, in the background; false (nothing written) while a field is wrong. */
    public boolean export() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        PictureOptions defaults = PictureOptions.of(format.get());
        PictureOptions options = new PictureOptions(
                picture.get() ? number(width.get(), 0, Double.MAX_VALUE).orElseThrow() : defaults.width(),
                picture.get() ? number(height.get(), 0, Double.MAX_VALUE).orElseThrow() : defaults.height(),
                png.get() ? number(scale.get(), 0, Double.MAX_VALUE).orElseThrow() : defaults.scale(),
                title.get(), ideal.get());
        export.export(format.get(), finished, chosenRuns(), Path.of(file.get().strip()), options);
        return true;
    }

    private List<RunResult> chosenRuns() {
        if (finished.size() < 2 || runs.get() == Runs.ALL) {
            return finished;
        }
        List<RunResult> one = new ArrayList<>();
        one.add(finished.get(runs.get() == Runs.FIRST ? 0 : 1));
        return one;
    }

    /** The format to write. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The picture's width in points, as typed. */
    public StringProperty widthProperty() {
        return width;
    }

    /** The picture's height in points, as typed. */
    public StringProperty heightProperty() {
        return height;
    }

    /** The PNG's pixels per point, as typed. */
    public StringProperty scaleProperty() {
        return scale;
    }

    /** Whether the picture has its title line. */
    public BooleanProperty titleProperty() {
        return title;
    }

    /** Whether the picture marks the mode's ideal total. */
    public BooleanProperty idealProperty() {
        return ideal;
    }

    /** Which runs of a comparison are written. */
    public ObjectProperty<Runs> runsProperty() {
        return runs;
    }

    /**
     * The words of {@code choice} in the chosen format: both runs are "one picture each" as PNG or SVG, "one trace
     * each" as a trace, "in one file" as JSON or CSV, which hold both runs.
     */
    public String runsWords(Runs choice) {
        String key = "export.runs." + choice.name().toLowerCase(java.util.Locale.ROOT);
        if (choice != Runs.ALL) {
            return text.get(key);
        }
        ExportFormat chosen = format.get();
        return text.get(chosen == null || !chosen.perRun() ? key + ".oneFile"
                : chosen == ExportFormat.PERFETTO ? key + ".traces" : key + ".pictures");
    }

    /** Whether there are two runs to choose from. */
    public boolean comparison() {
        return finished.size() > 1;
    }

    /** The file to write (a comparison's second picture goes beside it). */
    public StringProperty fileProperty() {
        return file;
    }

    /** The first field out of range with its range, or empty. */
    public StringBinding problemBinding() {
        return problem;
    }

    /** Whether the format is a picture (PNG or SVG): the size and what it includes apply. */
    public BooleanBinding pictureBinding() {
        return picture;
    }

    /** Whether the format is a PNG: the scale applies. */
    public BooleanBinding pngBinding() {
        return png;
    }
}
