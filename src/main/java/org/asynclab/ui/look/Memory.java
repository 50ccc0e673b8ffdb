package org.asynclab.ui.look;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Mode;
import org.asynclab.model.SharedCounter;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.settings.CourseSettings;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * What the app remembers between sessions, in the user's preferences (node {@code asynclab}, or the one the
 * system property {@code asynclab.prefs.node} names — the tests use their own): the last settings, the theme,
 * the language, the text size and (through {@link LastFolder}) the export folder. Values are kept as typed; a
 * value that no longer reads (an old version, a hand edit) is skipped and the default stays. A theme or language
 * given at start-up ({@code --theme}, {@code --lang}) dresses that session only: it is not written over the
 * remembered one, unless View ▸ Theme or View ▸ Language changed it during the session.
 */
public final class Memory {
    private static final String[] FIELDS = {"tasks", "maxDelay", "workers", "seed"};

    private final Preferences prefs;
    /** The start-up options' theme and language, shown but not remembered; null when none was given. */
    private ChartTheme sessionTheme;
    private Locale sessionLanguage;

    /** The memory in the node named by {@link LastFolder#NODE_PROPERTY} (default {@code asynclab}). */
    public Memory() {
        this(Preferences.userRoot().node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab")));
    }

    /** The memory in {@code prefs}. */
    public Memory(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Writes the settings form and the look. */
    public void save(SettingsViewModel settings, LookViewModel look) {
        prefs.put("tasks", settings.tasksProperty().get());
        prefs.put("maxDelay", settings.maxDelayProperty().get());
        prefs.put("workers", settings.workersProperty().get());
        prefs.put("seed", settings.seedProperty().get());
        prefs.put("mode", settings.getMode().id());
        prefs.put("kind", settings.getKind().name());
        Mode other = settings.compareWithProperty().get();
        prefs.put("compare", other == null ? "" : other.id());
        prefs.putBoolean("globalLock", settings.globalLockProperty().get());
        saveCourse(settings.course());
        ChartTheme theme = look.themeProperty().get();
        if (theme != sessionTheme) {
            prefs.put("theme", theme.id());
            sessionTheme = null;
        }
        Locale language = look.languageProperty().get();
        if (!language.equals(sessionLanguage)) {
            prefs.put("language", language.getLanguage());
            sessionLanguage = null;
        }
        prefs.putInt("textSize", look.textSizeProperty().get());
        prefs.putBoolean("code", look.codeVisibleProperty().get());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Remembering is a comfort: a read-only home folder must not stop the app.
        }
    }

    /** Reads the look (before the window is built: the language decides its words). */
    public void restore(LookViewModel look) {
        String theme = prefs.get("theme", null);
        if (theme != null) {
            try {
                look.themeProperty().set(ChartTheme.fromId(theme));
            } catch (IllegalArgumentException e) {
                // an unknown theme: keep the default
            }
        }
        String language = prefs.get("language", null);
        if ("fr".equals(language) || "en".equals(language)) {
            look.languageProperty().set(Locale.forLanguageTag(language));
        }
        look.textSizeProperty().set(LookViewModel.nearestTextSize(
                prefs.getInt("textSize", LookViewModel.DEFAULT_TEXT_SIZE)));
        look.codeVisibleProperty().set(prefs.getBoolean("code", false));
    }

    /**
     * Puts the start-up options' theme and language (null: not given) on {@code look} for this session, after
     * {@link #restore(LookViewModel)}; {@link #save} leaves the remembered ones alone while they are still shown.
     */
    public void showForSession(LookViewModel look, ChartTheme theme, Locale language) {
        if (theme != null) {
            look.themeProperty().set(theme);
            sessionTheme = theme;
        }
        if (language != null) {
            look.languageProperty().set(language);
            sessionLanguage = language;
        }
    }

    /** Reads the settings into the form; what does not read stays as it is. */
    public void restore(SettingsViewModel settings) {
        for (String field : FIELDS) {
            String value = prefs.get(field, null);
            if (value != null) {
                switch (field) {
                    case "tasks" -> settings.tasksProperty().set(value);
                    case "maxDelay" -> settings.maxDelayProperty().set(settings.inThisLanguage(value));
                    case "workers" -> settings.workersProperty().set(value);
                    default -> settings.seedProperty().set(value);
                }
            }
        }
        mode(prefs.get("mode", null), settings::setMode);
        mode(prefs.get("compare", null), settings.compareWithProperty()::set);
        settings.globalLockProperty().set(prefs.getBoolean("globalLock", false));
        String kind = prefs.get("kind", null);
        if (kind != null) {
            for (TaskKind k : TaskKind.values()) {
                if (k.name().equals(kind)) {
                    settings.kindProperty().set(k);
                }
            }
        }
        restoreCourse(settings.course(), settings::inThisLanguage);
    }

    // --- issue 12 (branch courseui): the shared counter, its gap, the semaphore and the deadline ----------------

    private void saveCourse(CourseSettings course) {
        prefs.put("counter", course.counterProperty().get().id());
        prefs.put("counterGap", course.counterGapProperty().get());
        prefs.put("semaphore", course.semaphoreProperty().get());
        prefs.put("deadline", course.deadlineProperty().get());
    }

    private void restoreCourse(CourseSettings course, UnaryOperator<String> inThisLanguage) {
        String counter = prefs.get("counter", null);
        if (counter != null) {
            try {
                course.counterProperty().set(SharedCounter.fromId(counter));
            } catch (IllegalArgumentException e) {
                // an unknown counter: keep the default
            }
        }
        course.counterGapProperty().set(inThisLanguage.apply(prefs.get("counterGap",
                course.counterGapProperty().get())));
        course.semaphoreProperty().set(prefs.get("semaphore", course.semaphoreProperty().get()));
        course.deadlineProperty().set(inThisLanguage.apply(prefs.get("deadline", course.deadlineProperty().get())));
    }

    private static void mode(String id, java.util.function.Consumer<Mode> use) {
        if (id == null) {
            return;
        }
        for (Mode m : Mode.values()) {
            if (m.id().equals(id)) {
                use.accept(m);
            }
        }
    }

    /** Forgets everything, export folder included: the next start is a first start. */
    public void clear() {
        try {
            prefs.clear();
            prefs.flush();
        } catch (BackingStoreException e) {
            // nothing remembered could be removed: the defaults still apply in this session
        }
    }
}
