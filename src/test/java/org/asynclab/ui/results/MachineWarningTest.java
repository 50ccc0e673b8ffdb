package org.asynclab.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asynclab.model.OtherPrograms;
import org.asynclab.model.ProgramRun;
import org.asynclab.model.RunResult;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.Recordings;
import org.junit.jupiter.api.Test;

/** The line under the figures when other programs took the machine: worded from the readings, in both languages. */
class MachineWarningTest {
    private static final UiText ENGLISH = UiText.forLocale(Locale.ENGLISH);
    private static final UiText FRENCH = UiText.forLocale(Locale.FRENCH);

    private static RunResult run(double others) {
        return Recordings.eventLoop(0.25, 0.75).withOtherPrograms(new OtherPrograms(others, 2));
    }

    @Test
    void aRunTheOtherProgramsBentSaysHowManyCoresTheyTook() {
        MachineWarning english = new MachineWarning(ENGLISH);
        MachineWarning french = new MachineWarning(FRENCH);

        english.show(List.of(run(1.27)));
        french.show(List.of(run(1.27)));

        assertThat(english.lineProperty().get()).isEqualTo("Busy machine: other programs used 1.3 of 2 cores; the"
                + " total may be longer than the model’s");
        // French: a comma for the decimals, a no-break space before the colon and the semicolon, "cœur" below 2
        assertThat(french.lineProperty().get()).isEqualTo("Machine chargée\u00a0: d’autres programmes ont pris 1,3"
                + " cœur sur 2\u00a0; le total peut dépasser celui du modèle");
    }

    @Test
    void aComparisonWarnsOnceWithItsBusierRun() {
        MachineWarning warning = new MachineWarning(FRENCH);

        warning.show(List.of(run(0.6), run(Double.NaN).withOtherPrograms(new OtherPrograms(2.0, 2))));

        assertThat(warning.lineProperty().get()).contains("jusqu’à 2,0 cœurs sur 2\u00a0; les totaux peuvent");
    }

    /** A Python program has no model: its times, alone or beside Java's, are set against a quiet machine's. */
    @Test
    void aPythonProgramsRunIsSetAgainstAQuietMachine() {
        MachineWarning english = new MachineWarning(ENGLISH);
        MachineWarning french = new MachineWarning(FRENCH);
        RunResult program = run(1.27).withProgram(new ProgramRun(ProgramRun.PYTHON, "/t/two.py", "/usr/bin/python3",
                "3.11.7", 0, 2, List.of(), List.of()));

        english.show(List.of(program));
        french.show(List.of(program, run(0.2)));

        assertThat(english.lineProperty().get()).isEqualTo("Busy machine: other programs used 1.3 of 2 cores; the"
                + " times may be longer than on a quiet machine");
        assertThat(french.lineProperty().get()).isEqualTo("Machine chargée\u00a0: d’autres programmes ont pris 1,3"
                + " cœur sur 2\u00a0; les durées peuvent dépasser celles d’une machine au repos");
    }

    @Test
    void aQuietMachineAnUnmeasuredRunOrAClearSaysNothing() {
        MachineWarning warning = new MachineWarning(ENGLISH);

        warning.show(List.of(run(0.49)));
        assertThat(warning.lineProperty().get()).isEmpty();
        warning.show(List.of(Recordings.eventLoop(0.25, 0.75)));
        assertThat(warning.lineProperty().get()).isEmpty();
        warning.show(List.of(run(0.5)));
        assertThat(warning.lineProperty().get()).contains("0.5 of 2 cores");
        warning.clear();
        assertThat(warning.lineProperty().get()).isEmpty();
    }
}
