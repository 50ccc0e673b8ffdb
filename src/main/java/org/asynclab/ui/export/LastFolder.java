package org.asynclab.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The folder of the last export, kept in the user's preferences so the next export opens there, even after a
 * restart. The preferences node is {@code asynclab} unless the system property {@code asynclab.prefs.node}
 * names another (the tests use their own node and never touch the user's).
 */
public final class LastFolder {
    /** System property naming the preferences node. */
    public static final String NODE_PROPERTY = "asynclab.prefs.node";
    private static final String KEY = "lastExportFolder";

    private final Preferences prefs;

    /** The folder remembered in the node named by {@link #NODE_PROPERTY} (default {@code asynclab}). */
    public LastFolder() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "asynclab")));
    }

    /** The folder remembered in {@code prefs}. */
    public LastFolder(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The last export's folder, if one was remembered and still exists. */
    public Optional<Path> get() {
        String value = prefs.get(KEY, null);
        if (value == null) {
            return Optional.empty();
        }
        Path folder = Path.of(value);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Remembers the folder of {@code file}. */
    public void rememberFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.put(KEY, folder.toString());
        }
    }
}
