package org.asynclab.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Mode;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemoryTest {
    private final Preferences node = Preferences.userRoot().node("asynclab-test-memory");
    private final UiText text = UiText.forLocale(Locale.ENGLISH);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    /**
     * The suite's preferences live in the build folder, one folder per test JVM: in the user's ~/.java all JVMs
     * share one lock file, which a loaded machine's test JVMs and the user's own AsyncLab fought over ("Couldn't get
     * file lock" in PictureLanguageTest); nor may a test run write into the user's home.
     */
    @Test
    void theSuitesPreferencesLiveInTheBuildFolderNotInTheUsersHome() throws Exception {
        node.putInt("probe", 1);
        node.flush();

        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")));
        assertThat(root.toAbsolutePath().normalize()).startsWith(Path.of("target").toAbsolutePath());
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(Path::toString)).anyMatch(f -> f.contains("asynclab-test-memory"));
        }
    }

    @Test
    void settingsAndLookWrittenAreReadBackByNewViewModels() {
        // given a teacher's settings and look
        SettingsViewModel settings = new SettingsViewModel(text, () -> 1);
        settings.tasksProperty().set("37");
        settings.setMode(Mode.POOL);
        settings.workersProperty().set("3");
        settings.kindProperty().set(TaskKind.CPU);
        settings.globalLockProperty().set(true);
        settings.compareWithProperty().set(Mode.SEQUENTIAL);
        LookViewModel look = new LookViewModel();
        look.themeProperty().set(ChartTheme.PROJECTOR);
        look.languageProperty().set(Locale.FRENCH);
        look.biggerText();
        look.codeVisibleProperty().set(true);

        // when they are saved and read into new view models
        new Memory(node).save(settings, look);
        SettingsViewModel again = new SettingsViewModel(text, () -> 1);
        LookViewModel lookAgain = new LookViewModel();
        new Memory(node).restore(lookAgain);
        new Memory(node).restore(again);

        // then everything is back
        assertThat(again.toConfig()).isEqualTo(settings.toConfig());
        assertThat(again.toConfig().globalLock()).isTrue();
        assertThat(again.compareWithProperty().get()).isEqualTo(Mode.SEQUENTIAL);
        assertThat(lookAgain.themeProperty().get()).isEqualTo(ChartTheme.PROJECTOR);
        assertThat(lookAgain.languageProperty().get()).isEqualTo(Locale.FRENCH);
        assertThat(lookAgain.textSizeProperty().get()).isEqualTo(18);
        assertThat(lookAgain.codeVisibleProperty().get()).isTrue();
    }

    @Test
    void decimalsRememberedFromAFrenchSessionReadWithTheEnglishWindowsMark() {
        // given settings typed in a French window, with commas
        SettingsViewModel french = new SettingsViewModel(UiText.forLocale(Locale.FRENCH), () -> 1);
        french.maxDelayProperty().set("0,5");
        french.course().deadlineProperty().set("0,25");
        french.course().counterGapProperty().set("0,004");
        new Memory(node).save(french, new LookViewModel());

        // when an English window reads them
        SettingsViewModel english = new SettingsViewModel(UiText.forLocale(Locale.ENGLISH), () -> 1);
        new Memory(node).restore(english);

        // then they read with its decimal point, the same numbers
        assertThat(english.maxDelayProperty().get()).isEqualTo("0.5");
        assertThat(english.course().deadlineProperty().get()).isEqualTo("0.25");
        assertThat(english.course().counterGapProperty().get()).isEqualTo("0.004");
        assertThat(english.toConfig().maxDelaySeconds()).isEqualTo(0.5);
    }

    @Test
    void aThemeAndLanguageGivenAtStartUpAreShownButNotRemembered() {
        // given a teacher who works in dark and English
        LookViewModel look = new LookViewModel();
        look.themeProperty().set(ChartTheme.DARK);
        look.languageProperty().set(Locale.ENGLISH);
        new Memory(node).save(new SettingsViewModel(text, () -> 1), look);

        // when a session opens with --theme projector --lang fr and ends
        Memory memory = new Memory(node);
        LookViewModel session = new LookViewModel();
        memory.restore(session);
        memory.showForSession(session, ChartTheme.PROJECTOR, Locale.FRENCH);
        memory.save(new SettingsViewModel(text, () -> 1), session);

        // then that session was in projector and French, and the next bare start is dark and English again
        assertThat(session.themeProperty().get()).isEqualTo(ChartTheme.PROJECTOR);
        assertThat(session.languageProperty().get()).isEqualTo(Locale.FRENCH);
        LookViewModel next = new LookViewModel();
        new Memory(node).restore(next);
        assertThat(next.themeProperty().get()).isEqualTo(ChartTheme.DARK);
        assertThat(next.languageProperty().get()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aThemeChosenFromTheMenuDuringSuchASessionIsRemembered() {
        Memory memory = new Memory(node);
        LookViewModel session = new LookViewModel();
        memory.restore(session);
        memory.showForSession(session, ChartTheme.PROJECTOR, null);

        session.themeProperty().set(ChartTheme.DARK);
        memory.save(new SettingsViewModel(text, () -> 1), session);

        LookViewModel next = new LookViewModel();
        new Memory(node).restore(next);
        assertThat(next.themeProperty().get()).isEqualTo(ChartTheme.DARK);
    }

    @Test
    void resetToDefaultsForgetsEverything() {
        SettingsViewModel settings = new SettingsViewModel(text, () -> 1);
        settings.tasksProperty().set("37");
        LookViewModel look = new LookViewModel();
        look.themeProperty().set(ChartTheme.DARK);
        new Memory(node).save(settings, look);

        new Memory(node).clear();
        SettingsViewModel again = new SettingsViewModel(text, () -> 1);
        LookViewModel lookAgain = new LookViewModel();
        new Memory(node).restore(lookAgain);
        new Memory(node).restore(again);

        assertThat(again.tasksProperty().get()).isEqualTo("10");
        assertThat(lookAgain.themeProperty().get()).isEqualTo(ChartTheme.LIGHT);
    }

    @Test
    void aValueThatNoLongerReadsKeepsTheDefault() {
        node.put("theme", "neon");
        node.putInt("textSize", 999);
        LookViewModel look = new LookViewModel();

        new Memory(node).restore(look);

        assertThat(look.themeProperty().get()).isEqualTo(ChartTheme.LIGHT);
        assertThat(look.textSizeProperty().get()).isEqualTo(36);
    }

    @Test
    void theCoursesSettingsAreRememberedWithTheOthers() {
        SettingsViewModel settings = new SettingsViewModel(text, () -> 1);
        settings.setMode(Mode.EVENT_LOOP);
        settings.course().counterProperty().set(org.asynclab.model.SharedCounter.AWAIT);
        settings.course().counterGapProperty().set("0.01");
        settings.course().semaphoreProperty().set("4");

        new Memory(node).save(settings, new LookViewModel());
        SettingsViewModel again = new SettingsViewModel(text, () -> 1);
        new Memory(node).restore(again);

        assertThat(again.toConfig().coordination()).isEqualTo(settings.toConfig().coordination());
        assertThat(again.toConfig().coordination().semaphore()).isEqualTo(4);
    }
}
