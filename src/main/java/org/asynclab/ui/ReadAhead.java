package org.asynclab.ui;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.ScenarioException;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.ui.export.LastFolder;

/**
 * What a window start reads that needs no JavaFX, read on a thread of its own while JavaFX starts (the main thread
 * waits for the toolkit then, and a second core is idle) instead of on the JavaFX thread before the first frame:
 * the bundled lessons and the Python lesson (JSON, through Jackson, whose classes start slowly) and the user's
 * preferences (the look and the settings are read from them first thing).
 *
 * <p>The first window takes the lessons read ahead; a window loaded later (a change of language, the tests) reads
 * them itself, as does a start where nothing was read ahead. A read that has not begun when the window needs it is
 * done on the asking thread, so the window never waits for a thread that has not run.
 */
final class ReadAhead {
    private static final AtomicReference<FutureTask<List<Lesson>>> LESSONS = new AtomicReference<>();
    private static final AtomicReference<FutureTask<Lesson>> PYTHON = new AtomicReference<>();

    private ReadAhead() {
    }

    /** Starts reading, on a daemon thread (which never keeps the app alive). */
    static void start() {
        FutureTask<List<Lesson>> lessons = new FutureTask<>(ReadAhead::readLessons);
        FutureTask<Lesson> python = new FutureTask<>(ReadAhead::readPython);
        LESSONS.set(lessons);
        PYTHON.set(python);
        Thread thread = new Thread(() -> {
            lessons.run();
            // The Lesson menu's Python lesson, a submenu filled as the window loads (9-14 ms of reading).
            python.run();
            // The preferences keep what they read: the window's own read then takes it from memory.
            Preferences.userRoot().node(System.getProperty(LastFolder.NODE_PROPERTY, "asynclab")).get("theme", null);
        }, "asynclab-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The lessons shipped with the app (the course's, then "Java's answer"), or none if they cannot be read (lesson
     * mode then opens files only): those read ahead the first time, else read now.
     */
    static List<Lesson> lessons() {
        try {
            return take(LESSONS, ReadAhead::readLessons);
        } catch (ScenarioException cannot) {
            return List.of(); // readLessons says none instead of throwing
        }
    }

    /** The bundled Python lesson: the one read ahead the first time, else read now. */
    static Lesson pythonLesson() throws ScenarioException {
        return take(PYTHON, ReadAhead::readPython);
    }

    /** What {@code ahead} read (a read not begun is done here), or {@code read} again when it failed or is gone. */
    private static <T> T take(AtomicReference<FutureTask<T>> ahead, Read<T> read) throws ScenarioException {
        FutureTask<T> task = ahead.getAndSet(null);
        if (task == null) {
            return read.read();
        }
        task.run(); // nothing when it has run or is running: then get() waits for the read under way
        try {
            return task.get();
        } catch (ExecutionException e) {
            return read.read(); // read again here, to fail with its own exception
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read.read();
        }
    }

    private static List<Lesson> readLessons() {
        try {
            return ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList();
        } catch (ScenarioException e) {
            return List.of();
        }
    }

    private static Lesson readPython() throws ScenarioException {
        return ScenarioLibrary.bundledPython().lesson();
    }

    /** A read that may fail as a scenario does. */
    private interface Read<T> {
        T read() throws ScenarioException;
    }
}
