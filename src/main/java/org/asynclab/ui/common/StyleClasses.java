package org.asynclab.ui.common;

/** The style-class names that Java code sets; MainView.css styles them. One place, so a rename cannot drift. */
public final class StyleClasses {
    /** The window's root in the dark theme. */
    public static final String DARK = "al-dark";
    /** On the root: the high-contrast projector theme. */
    public static final String PROJECTOR = "al-projector";
    /** On the root, followed by the size in pixels ({@code al-text-20}): the root font size. */
    public static final String TEXT_SIZE_PREFIX = "al-text-";
    /** A chart's pane. */
    public static final String CHART = "al-chart";
    /** The message bar when it reports a problem. */
    public static final String MESSAGE_ERROR = "al-message-error";
    /** The message bar when it reports a success. */
    public static final String MESSAGE_INFO = "al-message-info";
    /** A results figure that is still moving (the run goes on). */
    public static final String LIVE = "al-live";

    /** The comparison table's run names (its first row). */
    public static final String TABLE_HEADING = "al-table-heading";
    /** A run's name over its column of the comparison table: it wraps within a width of its own. */
    public static final String TABLE_RUN_HEADING = "al-table-run-heading";
    /** A figure's name in the comparison table (its first column). */
    public static final String TABLE_NAME = "al-table-name";
    /** A run's value in the comparison table. */
    public static final String TABLE_VALUE = "al-table-value";
    /** The ratio of the two runs in the comparison table (its last column). */
    public static final String TABLE_RATIO = "al-table-ratio";
    /** On the results column when a comparison's results have it to themselves on a wide screen (layout13). */
    public static final String ROOMY = "al-roomy";
    /** On the root in presenter mode: the menu bar and the run bar hide until asked for. */
    public static final String PRESENTER = "al-presenter";
    /**
     * On the chart stack while the stage has less height than its charts' least (strip14): they share what it has
     * rather than run under the legend and the replay bar.
     */
    public static final String TIGHT = "al-tight";

    private StyleClasses() {
    }
}
