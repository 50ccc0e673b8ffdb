package org.asynclab.ui;

import javafx.beans.property.BooleanProperty;
import org.asynclab.model.Mode;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The Java run beside "Run this program" pressed in a comparison of two Java modes. The code panel's program is the
 * first run's code, so Java runs beside it in that same mode, not in the comparison's other one: the fetch lesson's
 * sequential program read "Python 5.81 s · Java 940 ms (6.2×)" against Java's event loop, a gap of concurrency shown
 * as one of languages. The comparison comes back when the window leaves Python mode.
 */
final class ProgramTwin {
    private final SettingsViewModel settings;
    /** The comparison's other mode while the program's own stands in for it; null when none is set aside. */
    private Mode setAside;
    private Mode standIn;

    ProgramTwin(SettingsViewModel settings, BooleanProperty pythonActive) {
        this.settings = settings;
        pythonActive.addListener((o, was, now) -> {
            if (!now) {
                restore();
            }
        });
    }

    /** Just before "Run this program" turns the window to Python mode ({@code pythonActive}: whether it is). */
    void besideTheProgram(boolean pythonActive) {
        Mode other = settings.compareWithProperty().get();
        Mode own = settings.getMode();
        if (!pythonActive && other != null && other != own) {
            setAside = other;
            standIn = own;
            settings.compareWithProperty().set(own);
        }
    }

    /** Takes the comparison set aside in the window this one replaces (another language), after its settings. */
    void takeOver(ProgramTwin before) {
        if (before.setAside != null) {
            setAside = before.setAside;
            standIn = before.standIn;
            settings.compareWithProperty().set(standIn);
        }
    }

    private void restore() {
        // Unless the teacher chose another comparison meanwhile: theirs stays.
        if (setAside != null && settings.compareWithProperty().get() == standIn) {
            settings.compareWithProperty().set(setAside);
        }
        setAside = null;
        standIn = null;
    }
}
