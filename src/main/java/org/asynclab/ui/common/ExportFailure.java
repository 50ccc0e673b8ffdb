package org.asynclab.ui.common;

import org.asynclab.export.ExportException;

/**
 * Why a file was not written, in the window's language: the export layer words its failures for the command line,
 * in English, and the French window said "L’export a échoué : cannot write nope/x.png: the folder … does not
 * exist". One home for the window's words of every file it writes (an export, a sweep's file, a saved program).
 */
public final class ExportFailure {
    private ExportFailure() {
    }

    /** What went wrong with {@code failure}, worded by {@code text}: its reason's words, or its own message. */
    public static String why(UiText text, Exception failure) {
        if (failure instanceof ExportException e) {
            String key = "export.failure." + e.reason().name();
            if (e.reason() == ExportException.Reason.NO_FOLDER && e.detail() != null) {
                key += ".named";
            }
            return text.format(key, e.file(), e.detail());
        }
        return String.valueOf(failure.getMessage());
    }
}
