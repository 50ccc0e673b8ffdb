package org.asynclab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartTheme;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.geometry.Durations;
import org.asynclab.export.ChartExport;
import org.asynclab.export.ExportException;
import org.asynclab.export.OutputTarget;
import org.asynclab.export.PngExport;
import org.asynclab.export.RunFiles;
import org.asynclab.model.CounterTally;
import org.asynclab.model.InvalidSettingException;
import org.asynclab.model.Limits;
import org.asynclab.model.RunConfig;
import org.asynclab.model.RunResult;
import org.asynclab.model.RunSummary;
import org.asynclab.model.StatedSettings;
import org.asynclab.options.LookConverters;
import org.asynclab.options.OptionConverters;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The pictures and traces a run writes, as options: {@code --png}, {@code --svg}, {@code --trace}, and how the
 * picture looks ({@code --width --height --scale --view --theme}). They need no display: the chart's painter draws
 * into Java2D and SVG. With {@code --compare}, the second run's picture goes beside the first, its file name
 * ending in what tells its run apart (e.g. {@code run-sequential.png}, {@code race-lock.png}).
 */
public final class ImageOutputs {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--png", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Draw the Gantt chart of the run into a PNG file (no display needed).")
    private Path png;

    @Option(names = "--svg", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Draw the Gantt chart of the run into an SVG file (vector, for slides).")
    private Path svg;

    @Option(names = "--trace", paramLabel = "FILE", converter = OptionConverters.FileName.class,
            description = "Write a Chrome/Perfetto trace (open it in ui.perfetto.dev): a track per thread.")
    private Path trace;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600", converter = Width.class,
            description = "Picture width in points, 320 to 8000 (default ${DEFAULT-VALUE}).")
    private double width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "900", converter = Height.class,
            description = "Picture height in points, 240 to 8000 (default ${DEFAULT-VALUE}).")
    private double height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", converter = Scale.class,
            description = "PNG pixels per point, 1 to 4, e.g. 2 for a sharp slide (default ${DEFAULT-VALUE}).")
    private double scale;

    // A bad view or theme is refused as it is read, with or without a picture to draw (as --scale is).
    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "tasks", completionCandidates = ViewNames.class,
            converter = ViewId.class,
            description = "One row per task or per thread: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private ChartView view;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            completionCandidates = LookConverters.ThemeNames.class, converter = LookConverters.ThemeId.class,
            description = "Colours of the picture: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    private ChartTheme theme;

    /**
     * The files asked for, each a writer of every run; checks the picture options first.
     *
     * @throws ParameterException naming the option when a picture option is out of range
     */
    public List<OutputFiles.Output> requested() {
        List<OutputFiles.Output> outputs = new ArrayList<>();
        if (png == null && svg == null && trace == null) {
            return outputs;
        }
        ChartSpec spec = spec();
        checkPixels(spec);
        // a comparison's pictures share one time axis, as the window draws them
        if (png != null) {
            outputs.add(new OutputFiles.Output("--png", png, (file, results) ->
                    ChartExport.pngs(results, specs(spec, results), files(file, results), scale)));
        }
        if (svg != null) {
            outputs.add(new OutputFiles.Output("--svg", svg, (file, results) ->
                    ChartExport.svgs(results, specs(spec, results), files(file, results))));
        }
        if (trace != null) {
            outputs.add(new OutputFiles.Output("--trace", trace, (file, results) -> {
                for (int i = 0; i < results.size(); i++) {
                    ChartExport.trace(results.get(i), fileFor(file, results, i));
                }
            }));
        }
        return outputs;
    }

    /** The file of {@code --png}, or null. */
    Path png() {
        return png;
    }

    /** The file of {@code --svg}, or null. */
    Path svg() {
        return svg;
    }

    /** The PNG scale of {@code --scale}. */
    double scale() {
        return scale;
    }

    /**
     * The picture's size, view and theme, checked.
     *
     * @throws ParameterException naming the option when one is out of range
     */
    ChartSpec spec() {
        try {
            return ChartSpec.defaults().withSize(width, height).withView(view).withTheme(theme);
        } catch (InvalidSettingException e) {
            throw refusal("--" + e.field() + " " + e.getMessage().replaceFirst("^" + e.field() + " ", ""));
        }
    }

    /**
     * Refuses, before the run, a PNG that cannot fit in memory: {@code --width × --height × --scale²} pixels over
     * {@link Limits#MAX_PICTURE_PIXELS}.
     */
    private void checkPixels(ChartSpec spec) {
        if (png == null) {
            return;
        }
        long wide = Math.round(spec.width() * scale);
        long high = Math.round(spec.height() * scale);
        if (wide * high > Limits.MAX_PICTURE_PIXELS) {
            throw refusal("--png would be " + Limits.grouped(wide) + " x " + Limits.grouped(high) + " pixels ("
                    + Limits.grouped(wide * high / 1_000_000) + " megapixels); at most "
                    + Limits.grouped(Limits.MAX_PICTURE_PIXELS / 1_000_000) + " megapixels fit in memory: lower"
                    + " --scale, --width or --height");
        }
    }

    /** A decimal option with a range, refused in words that name it: "must be a number from 1 to 4 (got abc)". */
    private abstract static class Range implements ITypeConverter<Double> {
        private final double min;
        private final double max;
        private final String what;

        Range(double min, double max, String what) {
            this.min = min;
            this.max = max;
            this.what = what;
        }

        @Override
        public Double convert(String value) {
            return OptionConverters.decimal(value, min, max, what);
        }
    }

    /** {@code --scale}: PNG pixels per point, from {@link PngExport#MIN_SCALE} to {@link PngExport#MAX_SCALE}. */
    static final class Scale extends Range {
        Scale() {
            super(PngExport.MIN_SCALE, PngExport.MAX_SCALE, "a number");
        }
    }

    /** {@code --width}: points, from {@link ChartSpec#MIN_WIDTH} to {@link ChartSpec#MAX_SIZE}. */
    static final class Width extends Range {
        Width() {
            super(ChartSpec.MIN_WIDTH, ChartSpec.MAX_SIZE, "a number of points");
        }
    }

    /** {@code --height}: points, from {@link ChartSpec#MIN_HEIGHT} to {@link ChartSpec#MAX_SIZE}. */
    static final class Height extends Range {
        Height() {
            super(ChartSpec.MIN_HEIGHT, ChartSpec.MAX_SIZE, "a number of points");
        }
    }

    /** The views' ids, for {@code --help}. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ChartView.values()).map(ChartView::id).iterator();
        }
    }

    /** {@code --view}: a view's id, or the list of valid ones. */
    static final class ViewId implements ITypeConverter<ChartView> {
        @Override
        public ChartView convert(String value) {
            return OptionConverters.byId(value, ChartView::fromId, new ViewNames());
        }
    }

    private ParameterException refusal(String message) {
        return OneLineErrors.withoutHint(command.commandLine(), message);
    }

    /**
     * The title line of a run's picture: mode (as the window names it: "Pool of 4"), n, max delay, seed,
     * the course's settings it has (and, beside {@code other}, those only the other has: "no semaphore"), the
     * counter's final value, total and average, written as the window writes durations ({@link Durations}). In
     * English, as the whole command line is, whatever the system's language: the picture's other words are English
     * too.
     */
    static String title(RunResult run, RunResult other) {
        RunSummary s = run.summary();
        if (run.program() != null) {
            // A traced Python program: its file and n, not a Java mode's settings.
            return String.format(Locale.ROOT, "python %s · %,d rows · n = %,d · total %s · average %s",
                    Path.of(run.program().file()).getFileName(), run.size(), run.program().n(),
                    duration(s.totalSeconds()), duration(s.averageSeconds()));
        }
        StringBuilder course = new StringBuilder();
        RunConfig theirs = other == null || other.program() != null ? null : other.config();
        for (String setting : RunNames.courseSettings(run.config(), theirs)) {
            course.append(" · ").append(setting);
        }
        CounterTally tally = run.counterTally();
        if (tally != null) {
            course.append(String.format(Locale.ROOT, " · final count %,d of %,d", tally.finalCount(),
                    tally.expected()));
        }
        // The max delay and the seed only when they drew the delays (StatedSettings): not a scenario's own, nor URLs'.
        StatedSettings stated = StatedSettings.of(run);
        String drawn = stated.seed() == null ? "" : String.format(Locale.ROOT, " · max delay %s · seed %d",
                SummaryReport.seconds(stated.maxDelaySeconds()), stated.seed());
        return String.format(Locale.ROOT, "%s · %s · n = %,d%s%s · total %s · average %s",
                RunNames.mode(run.config()), run.config().kind().id(), run.size(), drawn, course,
                duration(s.totalSeconds()), duration(s.averageSeconds()));
    }

    /** A measured duration on a picture, by the window's rule: "1.25 ms", "558 ms". */
    private static String duration(double seconds) {
        return Durations.format(seconds * 1e9, '.', ' ');
    }

    private static List<ChartSpec> specs(ChartSpec spec, List<RunResult> results) {
        List<ChartSpec> specs = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            specs.add(forRun(spec, results, i));
        }
        return specs;
    }

    private static List<Path> files(Path file, List<RunResult> results) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            files.add(fileFor(file, results, i));
        }
        return files;
    }

    private static ChartSpec forRun(ChartSpec spec, List<RunResult> results, int index) {
        RunResult run = results.get(index);
        RunResult other = results.size() == 2 ? results.get(1 - index) : null;
        return spec.withTitle(title(run, other)).withIdealSeconds(run.summary().idealSeconds());
    }

    /** Whether the output of {@code option} is one file per run rather than one file for all runs. */
    static boolean isPerRun(String option) {
        return List.of("--png", "--svg", "--trace").contains(option);
    }

    /**
     * The file of the {@code index}-th run: the name given for the first; for the second, the name with what tells
     * its run apart ({@link RunFiles}): {@code run-sequential.png}, {@code race-lock.png}.
     */
    static Path fileFor(Path file, List<RunResult> results, int index) {
        return index == 0 ? file : RunFiles.beside(file, results.get(index), results.get(0), extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".trace.json") ? "trace.json" : name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * Every file the outputs will write for {@code configs}, named by what asked for it: the later runs' pictures
     * and traces too ({@code --png (the virtual run)}), so they are checked against the other outputs before the
     * run. A per-run output cannot go to standard output or a device when there are two runs.
     *
     * @throws ParameterException naming the option when a per-run output cannot take several runs
     */
    Map<String, Path> filesFor(List<OutputFiles.Output> outputs, List<RunConfig> configs) {
        return filesFor(outputs, configs, null);
    }

    /**
     * The files as {@link #filesFor(List, List)} says, the first run a program in {@code firstLanguage} ("python")
     * or, when null, Java's as the later ones.
     */
    Map<String, Path> filesFor(List<OutputFiles.Output> outputs, List<RunConfig> configs, String firstLanguage) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (OutputFiles.Output output : outputs) {
            files.put(output.option(), output.file());
            if (!isPerRun(output.option()) || configs.size() < 2) {
                continue;
            }
            if (isStream(output.file())) {
                throw refusal(output.option() + " " + output.file() + " cannot take two runs (--compare writes a"
                        + " file per run, named after its mode): name a file");
            }
            RunConfig first = configs.get(0);
            for (RunConfig later : configs.subList(1, configs.size())) {
                files.put(output.option() + " (the " + RunFiles.word(later, null, first, firstLanguage) + " run)",
                        RunFiles.beside(output.file(), later, null, first, firstLanguage, extension(output.file())));
            }
        }
        return files;
    }

    private static boolean isStream(Path file) {
        try {
            return OutputTarget.of(file).kind() != OutputTarget.Kind.REPLACE;
        } catch (ExportException e) {
            return false; // refused with its reason by the check of the files
        }
    }
}
