package org.asynclab.ui.python;

import java.util.Locale;
import java.util.Optional;
import org.asynclab.engine.RunHandle;
import org.asynclab.engine.python.PythonFinder;
import org.asynclab.engine.python.PythonInterpreter;
import org.asynclab.engine.python.PythonRun;
import org.asynclab.model.RunConfig;
import org.asynclab.ui.code.CodeViewModel;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.settings.SettingsViewModel;

/**
 * A JVM of its own that runs a student's endless program as the window does, prints the file that runs and the
 * word {@code running} once it runs, then ends the JVM during the run (as closing the window does) when a line
 * comes on its standard input, or waits for a signal (SIGTERM). For {@link ProgramCopiesAtExitTest}.
 */
final class ProgramAtExit {
    private static final String ENDLESS = """
            import asyncio


            async def main() -> None:
                while True:
                    await asyncio.sleep(0.05)

            asyncio.run(main())
            """;

    private ProgramAtExit() {
    }

    public static void main(String[] args) throws Exception {
        UiText english = UiText.forLocale(Locale.ENGLISH);
        CodeViewModel code = new CodeViewModel(new SettingsViewModel(english, () -> 1), english, config -> null,
                Runnable::run, Runnable::run);
        Optional<PythonInterpreter> found = PythonFinder.find();
        ProgramRunViewModel python = new ProgramRunViewModel(code, english, () -> found);
        python.load("student.py", ENDLESS);
        python.arm();
        RunHandle run = python.launcher((config, workload) -> null).start(RunConfig.defaults(), null);
        System.out.println(((PythonRun) run).settings().file());
        // the program has started once its first task shows
        while (run.timeline().size() == 0) {
            Thread.sleep(10);
        }
        System.out.println("running");
        System.out.flush();
        // a line on the standard input: the JVM ends as the window's does (its end of input: the signal came)
        if (System.in.read() >= 0) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
