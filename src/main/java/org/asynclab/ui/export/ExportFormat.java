package org.asynclab.ui.export;

/** What the Export menu writes: the chart as a picture or a trace, or the recording as data. */
public enum ExportFormat {
    /** The chart as a PNG, one pixel per point. */
    PNG_1X("png", true),
    /** The chart as a PNG drawn again at two pixels per point: sharp on a projector or in slides. */
    PNG_2X("png", true),
    /** A slide: the chart as on screen (theme, rows) with its caption line, 16:9, drawn at two pixels per point. */
    SLIDE_PNG("png", true),
    /** The chart as an SVG vector image. */
    SVG("svg", true),
    /** The recording(s) as JSON: settings, summary, every task's instants. */
    JSON("json", false),
    /** Every task's instants as CSV, one line per task. */
    CSV("csv", false),
    /** A Chrome / Perfetto trace of the run, one track per thread. */
    PERFETTO("trace.json", true);

    private final String extension;
    private final boolean perRun;

    ExportFormat(String extension, boolean perRun) {
        this.extension = extension;
        this.perRun = perRun;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether a comparison needs one file per run (pictures and traces); JSON and CSV hold both runs. */
    public boolean perRun() {
        return perRun;
    }
}
