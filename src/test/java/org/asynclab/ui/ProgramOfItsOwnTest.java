package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.asynclab.lesson.ScenarioLibrary;
import org.asynclab.model.Coordination;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.export.ExportViewModel;
import org.asynclab.ui.export.LastFolder;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.ScriptedLauncher;
import org.junit.jupiter.api.Test;

/**
 * Which Python program the form's Java-only fields step aside for: a program of its own (a lesson's, a file's, one
 * edited) decides what its tasks do, so the kind and the course's fields do not apply to it nor to the plain Java run
 * it is compared with; the settings' own program, run as it is ("Run this program"), does what they say: an http
 * sample fetches from the window's server, a deadline is its asyncio.wait_for.
 */
class ProgramOfItsOwnTest {
    @Test
    void theSettingsOwnProgramKeepsTheirKindAndDeadlineAProgramOfItsOwnDoesNot() throws Exception {
        UiText text = UiText.forLocale(Locale.ENGLISH);
        MainViewModel model = new MainViewModel(text, new ScriptedLauncher(), Runnable::run, Runnable::run,
                new ExportViewModel(text, Runnable::run, Runnable::run, new LastFolder()), new LookViewModel(),
                ScenarioLibrary.bundled().lesson());
        model.settings().kindProperty().set(TaskKind.HTTP);
        model.settings().compareWithProperty().set(Mode.EVENT_LOOP);

        // "Run this program" on the settings' own sample
        model.python().activeProperty().set(true);
        assertThat(model.settings().programProperty().get()).isFalse();
        assertThat(model.settings().kindEnabledProperty().get()).isTrue();
        assertThat(model.settings().toConfig(Mode.EVENT_LOOP).kind()).isEqualTo(TaskKind.HTTP);

        // the sample edited is a program of its own
        model.code().setSource(model.code().getSource() + "# mine\n");
        assertThat(model.settings().programProperty().get()).isTrue();
        model.code().revert();
        assertThat(model.settings().programProperty().get()).isFalse();
        assertThat(model.code().getSource()).as("back to the settings' http sample").contains("/delay/");

        // a file's program
        model.settings().kindProperty().set(TaskKind.IO);
        model.settings().course().deadlineProperty().set("0.3");
        model.python().load("mine.py", "print(1)\n");
        assertThat(model.settings().programProperty().get()).isTrue();
        assertThat(model.settings().kindEnabledProperty().get()).isFalse();
        assertThat(model.settings().toConfig(Mode.EVENT_LOOP).coordination()).isEqualTo(Coordination.NONE);

        // back to a Java mode: everything applies again
        model.settings().setMode(Mode.THREADS);
        assertThat(model.settings().programProperty().get()).isFalse();
        assertThat(model.settings().toConfig().coordination().deadlineSeconds()).isEqualTo(0.3);
    }
}
