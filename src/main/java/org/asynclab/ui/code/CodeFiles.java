package org.asynclab.ui.code;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.asynclab.export.AtomicFiles;
import org.asynclab.export.ExportException;
import org.asynclab.ui.common.ExportFailure;
import org.asynclab.ui.common.UiText;

/**
 * Lesson ▸ Open Python file… and Save as…: reads a student's {@code .py} into the editor and writes the editor's
 * text out, on a background thread, whole or not at all ({@link AtomicFiles}). What happened is said in
 * {@link #messageProperty()}; a file that cannot be read changes nothing in the editor.
 */
public final class CodeFiles {
    /** The largest file opened: a lesson's program, not a data file. */
    static final long MAX_BYTES = 1 << 20;
    private static final ExecutorService OWN_THREAD =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("code-files").factory());

    private final CodeViewModel code;
    private final UiText text;
    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    CodeFiles(CodeViewModel code, UiText text, Executor background, Executor fxThread) {
        this.code = code;
        this.text = text;
        this.background = background;
        this.fxThread = fxThread;
    }

    static Executor ownThread() {
        return OWN_THREAD;
    }

    /** Reads {@code file} (UTF-8, at most 1 MiB) into the editor as its new original. */
    public void open(Path file) {
        open(file, () -> { });
    }

    /**
     * Like {@link #open(Path)}, then runs {@code opened} on the FX thread once the program is in the editor (not
     * when it could not be read): {@code --python FILE --run} runs it there.
     */
    public void open(Path file, Runnable opened) {
        busy.set(true);
        background.execute(() -> {
            String program;
            try {
                program = read(file);
            } catch (Unreadable e) {
                String why = text.get(e.reason());
                fxThread.execute(() -> done(text.format("code.file.cannotOpen", file, why), true));
                return;
            }
            fxThread.execute(() -> {
                code.load(file.getFileName().toString(), program);
                done(text.format("code.file.opened", file), false);
                opened.run();
            });
        });
    }

    /** Writes the editor's text to {@code file}, which becomes the original: the editor is no longer modified. */
    public void saveAs(Path file) {
        String program = code.getSource();
        busy.set(true);
        background.execute(() -> {
            try {
                AtomicFiles.write(file, out -> out.write(program.getBytes(StandardCharsets.UTF_8)));
            } catch (ExportException e) {
                String why = ExportFailure.why(text, e);
                fxThread.execute(() -> done(why, true));
                return;
            }
            fxThread.execute(() -> {
                code.load(file.getFileName().toString(), program);
                done(text.format("code.file.saved", file), false);
            });
        });
    }

    /** Why a file cannot be opened: the key of the reason in the window's words. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static String read(Path file) throws Unreadable {
        try {
            if (Files.isDirectory(file)) {
                throw new Unreadable("code.file.folder", null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new Unreadable("code.file.tooLarge", null);
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\r\n", "\n");
        } catch (NoSuchFileException e) {
            throw new Unreadable("code.file.missing", e);
        } catch (AccessDeniedException e) {
            throw new Unreadable("code.file.denied", e);
        } catch (CharacterCodingException e) {
            throw new Unreadable("code.file.notUtf8", e);
        } catch (IOException e) {
            throw new Unreadable("code.file.unreadable", e);
        }
    }

    private void done(String said, boolean problem) {
        message.set(said);
        failed.set(problem);
        busy.set(false);
    }

    /** What the last open or save did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} tells of a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True while a file is read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
