package org.asynclab.ui.testing;

import java.util.Locale;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.ui.MainViewModel;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;

/** A window's state without a window: the bundled lesson to click through, runs scripted, everything on one thread. */
public final class LessonWindows {
    private LessonWindows() {
    }

    /** The window's state in {@code locale}, with the bundled lesson. */
    public static MainViewModel bundled(Locale locale) throws Exception {
        UiText text = UiText.forLocale(locale);
        return new MainViewModel(text, new ScriptedLauncher(), Runnable::run, Runnable::run,
                new ExportViewModel(text, Runnable::run, Runnable::run, new LastFolder()), new LookViewModel(),
                ScenarioLibrary.bundled().lesson());
    }
}
