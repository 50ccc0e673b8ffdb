package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.asynclab.chart.ChartTheme;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupOptionsTest {
    @Test
    void theDemoOptionsOpenTheWindowReadyToRun() throws Exception {
        StartupOptions options = StartupOptions.parse("--tasks", "10", "--max-delay", "1", "--mode", "event-loop",
                "--seed", "7", "--run", "--code");

        assertThat(options.config()).isEqualTo(new RunConfig(10, 1.0, Mode.EVENT_LOOP, 0, TaskKind.IO, 7L));
        assertThat(options.runAtStart()).isTrue();
        assertThat(options.codeAtStart()).isTrue();
        assertThat(options.compareConfig()).isNull();
    }

    @Test
    void shortNamesAndCompareAreTheCommandLineOnes() throws Exception {
        StartupOptions options = StartupOptions.parse("-n", "20", "-d", "0.5", "-m", "pool", "-w", "3", "-k", "cpu",
                "-s", "1", "--compare", "sequential");

        assertThat(options.config()).isEqualTo(new RunConfig(20, 0.5, Mode.POOL, 3, TaskKind.CPU, 1L));
        assertThat(options.compareConfig()).isEqualTo(new RunConfig(20, 0.5, Mode.SEQUENTIAL, 0, TaskKind.CPU, 1L));
        assertThat(options.runAtStart()).isFalse();
        assertThat(options.codeAtStart()).isFalse();
    }

    @Test
    void noOptionsGiveTheClassroomDefaultsWithARandomSeed() throws Exception {
        RunConfig config = StartupOptions.parse().config();

        assertThat(config.withSeed(RunConfig.defaults().seed())).isEqualTo(RunConfig.defaults());
        assertThat(config.seed()).isBetween(0L, 999_999L);
    }

    @Test
    void aBareStartReadsTheSameAsOptionsThatSayTheDefaults() throws Exception {
        StartupOptions bare = StartupOptions.parse();
        RunConfig defaults = RunConfig.defaults();
        StartupOptions spelled = StartupOptions.parse("--tasks", String.valueOf(defaults.tasks()),
                "--seed", String.valueOf(bare.config().seed()));

        assertThat(bare.config()).isEqualTo(spelled.config());
        assertThat(bare.compareConfig()).isNull();
        assertThat(bare.scenario()).isNull();
        assertThat(bare.helpAsked()).isFalse();
        assertThat(bare.runAtStart()).isFalse();
        assertThat(bare.codeAtStart()).isFalse();
        assertThat(bare.sweepWindow()).isFalse();
    }

    @Test
    void anOptionOfTheCommandLineAloneSaysToAddHeadless() {
        assertThatThrownBy(() -> StartupOptions.parse("-n", "5", "--json", "out.json"))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessage("--json belongs to runs without a window: add --headless (./run.sh --headless --help"
                        + " lists its options; the window saves pictures and results with Export)");
        assertThatThrownBy(() -> StartupOptions.parse("--sweep=1,10"))
                .hasMessageStartingWith("--sweep belongs to runs without a window: add --headless");
        assertThatThrownBy(() -> StartupOptions.parse("--jsn", "out.json"))
                .hasMessageContaining("Unknown option").hasMessageContaining("--jsn");
    }

    /** Each command's own options are those of its help that the other's lacks. */
    @Test
    void eachCommandsOwnOptionsAreThoseOfItsHelpTheOtherLacks() {
        java.io.StringWriter help = new java.io.StringWriter();
        org.asynclab.cli.HeadlessCommand.run(new String[] {"--help"}, new java.io.PrintWriter(help),
                new java.io.PrintWriter(new java.io.StringWriter()));
        java.util.Set<String> headless = optionsIn(help.toString());
        java.util.Set<String> window = optionsIn(StartupOptions.usage());
        java.util.Set<String> headlessOnly = new java.util.TreeSet<>(headless);
        headlessOnly.removeAll(window);
        window.removeAll(headless);

        assertThat(org.asynclab.options.OptionHomes.HEADLESS_ONLY).containsExactlyInAnyOrderElementsOf(headlessOnly);
        assertThat(org.asynclab.options.OptionHomes.WINDOW_ONLY).containsExactlyInAnyOrderElementsOf(window);
    }

    private static java.util.Set<String> optionsIn(String usage) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z-]+)")
                .matcher(usage);
        while (option.find()) {
            names.add(option.group(1));
        }
        return names;
    }

    @Test
    void helpIsAskedNotAnError() throws Exception {
        assertThat(StartupOptions.parse("--help").helpAsked()).isTrue();
        assertThat(StartupOptions.usage()).contains("--max-delay").contains("--run");
    }

    @Test
    void badOptionsGiveOneLineNamingTheOptionAndItsRange() {
        assertThatThrownBy(() -> StartupOptions.parse("--tasks", "0"))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessageContaining("--tasks").hasMessageContaining("1 to 1,000,000");
        assertThatThrownBy(() -> StartupOptions.parse("--mode", "fast"))
                .hasMessageContaining("--mode").hasMessageContaining("event-loop").hasMessageContaining("'fast'");
        assertThatThrownBy(() -> StartupOptions.parse("--max-delay", "abc"))
                .hasMessageContaining("--max-delay");
        assertThatThrownBy(() -> StartupOptions.parse("--bogus"))
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> StartupOptions.parse("--tasks", "30000", "--compare", "threads"))
                .hasMessageContaining("20,000");
    }

    @Test
    void scenarioOpensAPythonLessonsScenarioByName() throws Exception {
        StartupOptions options = StartupOptions.parse("--scenario", "wait-n", "--run");

        assertThat(options.scenario().python()).isPresent();
        assertThat(options.scenario().python().get().fileName()).isEqualTo("wait-n.py");
    }

    @Test
    void scenarioOpensABundledScenarioByName() throws Exception {
        StartupOptions options = StartupOptions.parse("--scenario", "bonjour-monde", "--run");

        assertThat(options.scenario().id()).isEqualTo("bonjour-monde");
        assertThat(options.runAtStart()).isTrue();
        assertThat(options.notes()).isEmpty();
    }

    @Test
    void aScenarioNamesTheRunSettingsItsOwnReplace() throws Exception {
        StartupOptions options = StartupOptions.parse("--scenario", "wait-n-5-5", "-m", "threads", "--lang", "fr");

        assertThat(options.scenario().configs()).singleElement()
                .satisfies(c -> assertThat(c.mode()).isEqualTo(Mode.EVENT_LOOP));
        assertThat(options.notes()).containsExactly("--mode has no effect: the scenario wait-n-5-5 runs with its own"
                + " settings");
    }

    @Test
    void anUnknownScenarioIsOneLineNamingTheOption() {
        assertThatThrownBy(() -> StartupOptions.parse("--scenario", "no-such-thing"))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessageStartingWith("--scenario: no-such-thing")
                .hasMessageNotContaining("\n");
    }

    @Test
    void themeAndLanguageOpenTheWindowAsTheTeacherAsks() throws Exception {
        StartupOptions options = StartupOptions.parse("--theme", "projector", "--lang", "FR", "--run");

        assertThat(options.theme()).isEqualTo(ChartTheme.PROJECTOR);
        assertThat(options.language()).isEqualTo(Locale.FRENCH);
        assertThat(StartupOptions.parse("--lang", "en").language()).isEqualTo(Locale.ENGLISH);
        assertThat(StartupOptions.parse("--run").theme()).isNull();
        assertThat(StartupOptions.parse().language()).isNull();
        assertThat(StartupOptions.usage()).contains("--theme").contains("light, dark, projector")
                .contains("--lang").contains("en, fr");
    }

    @Test
    void aBadThemeOrLanguageIsOneLineNamingTheValidValues() {
        assertThatThrownBy(() -> StartupOptions.parse("--theme", "blue"))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessageContaining("--theme").hasMessageContaining("light, dark, projector")
                .hasMessageContaining("'blue'").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> StartupOptions.parse("--lang", "de"))
                .hasMessageContaining("--lang").hasMessageContaining("en, fr").hasMessageContaining("'de'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void pythonOpensAProgramFromWhereTheUserStands(@TempDir Path folder) throws Exception {
        Path program = Files.writeString(folder.resolve("boom.py"), "print('boom')\n");

        StartupOptions options = StartupOptions.parse("--python", program.toString(), "--run");

        assertThat(options.pythonFile()).isEqualTo(program);
        assertThat(options.runAtStart()).isTrue();
        assertThat(options.scenario()).isNull();
        assertThat(StartupOptions.usage()).contains("--python");
    }

    @Test
    void aPythonFileThatCannotBeReadIsOneLine(@TempDir Path folder) {
        assertThatThrownBy(() -> StartupOptions.parse("--python", folder.resolve("nowhere.py").toString()))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessageStartingWith("--python: ").hasMessageContaining("nowhere.py")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> StartupOptions.parse("--python", folder.toString()))
                .hasMessageStartingWith("--python: ");
    }

    @Test
    void aPythonProgramGivenAsAScenarioPointsToPython(@TempDir Path folder) throws Exception {
        Path program = Files.writeString(folder.resolve("boom.py"), "import asyncio\n");

        assertThatThrownBy(() -> StartupOptions.parse("--scenario", program.toString(), "--run"))
                .isInstanceOf(StartupOptions.BadOptionsException.class)
                .hasMessage("--scenario: " + program + " is a Python program, not a scenario: open it with --python "
                        + program);
    }
}
