package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.export.ExportException;
import org.junit.jupiter.api.Test;

class ExportFailureTest {
    private final UiText english = UiText.forLocale(Locale.ENGLISH);
    private final UiText french = UiText.forLocale(Locale.FRENCH);

    /** In English the window says what the command line says, for every reason a file is not written. */
    @Test
    void everyReasonIsWordedInEnglishAsTheCommandLineWordsIt() {
        for (ExportException.Reason reason : ExportException.Reason.values()) {
            for (String detail : new String[] {null, "/t/nope"}) {
                String shown = detail == null && reason == ExportException.Reason.OTHER ? "IOException" : detail;
                ExportException failure = new ExportException(reason, "/t/x.png", shown);

                assertThat(ExportFailure.why(english, failure)).as(reason + ", " + shown)
                        .isEqualTo(failure.getMessage());
            }
        }
    }

    @Test
    void everyReasonIsWordedInFrench() {
        for (ExportException.Reason reason : ExportException.Reason.values()) {
            String why = ExportFailure.why(french, new ExportException(reason, "/t/x.png", "/t/nope"));

            assertThat(why).as(reason.name()).startsWith("impossible d’écrire /t/x.png\u00a0: ")
                    .doesNotContain("cannot");
        }
        assertThat(ExportFailure.why(french, new ExportException(ExportException.Reason.NO_FOLDER, "x.png", null)))
                .isEqualTo("impossible d’écrire x.png\u00a0: le dossier n’existe pas");
    }

    @Test
    void anotherFailureSaysItsOwnMessage() {
        assertThat(ExportFailure.why(french, new IllegalStateException("too large"))).isEqualTo("too large");
    }
}
