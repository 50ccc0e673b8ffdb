package org.asynclab.ui.code;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.lesson.CodeSamples;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * The code beside the picture: the Python and the Java that do what the current settings do, so a student can
 * link each bar to a line. It follows the form as it is typed; while a field is invalid the last valid code
 * stays (the form says what is wrong).
 */
public final class CodeViewModel {
    private final SettingsViewModel settings;
    private final ReadOnlyStringWrapper python = new ReadOnlyStringWrapper(this, "python", "");
    private final ReadOnlyStringWrapper java = new ReadOnlyStringWrapper(this, "java", "");

    /** Follows {@code settings}. */
    public CodeViewModel(SettingsViewModel settings) {
        this.settings = settings;
        for (Observable o : new Observable[] {settings.validProperty(), settings.tasksProperty(),
            settings.maxDelayProperty(), settings.modeProperty(), settings.workersProperty(), settings.kindProperty(),
            settings.seedProperty()}) {
            o.addListener(x -> update());
        }
        update();
    }

    private void update() {
        if (!settings.isValid()) {
            return;
        }
        RunConfig config = settings.toConfig();
        python.set(CodeSamples.python(config));
        java.set(CodeSamples.java(config));
    }

    /** The Python program of the current settings. */
    public ReadOnlyStringProperty pythonProperty() {
        return python.getReadOnlyProperty();
    }

    /** The Java program of the current settings. */
    public ReadOnlyStringProperty javaProperty() {
        return java.getReadOnlyProperty();
    }
}
