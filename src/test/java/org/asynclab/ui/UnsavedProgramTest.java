package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window, or opening another file, with the Python program edited and not saved asks first. */
@ExtendWith(ApplicationExtension.class)
class UnsavedProgramTest {
    private final AtomicInteger exits = new AtomicInteger();
    private Stage stage;
    private MainViewModel model;

    @Start
    void start(Stage primary) {
        stage = primary;
        MainWindow window = RecordingChart.englishWindow(new ArrayList<>());
        model = window.model();
        window.show(primary);
        UnsavedProgram.askOnClose(primary, () -> model, exits::incrementAndGet);
    }

    @Test
    void aProgramAsOpenedClosesWithoutAQuestion() throws Exception {
        FxTurns.run(() -> model.python().load("mine.py", "import asyncio\n"));

        closeRequest();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(exits.get()).isEqualTo(1);
        assertThat(dialogs()).isEmpty();
    }

    @Test
    void anEditedProgramAsksAndGoingBackKeepsIt(FxRobot robot) throws Exception {
        FxTurns.run(() -> {
            model.python().load("mine.py", "import asyncio\n");
            model.code().setSource("import asyncio\n# typed in class\n");
        });

        closeRequest();
        DialogPane question = awaitDialog();
        assertThat(question.getContentText()).startsWith("mine.py has changes that are not saved");
        Button back = (Button) question.lookupButton(question.getButtonTypes().get(0));
        assertThat(back.getText()).isEqualTo("Back to the program");
        assertThat(back.isDefaultButton()).as("Return goes back").isTrue();
        robot.interact(back::fire);

        assertThat(exits.get()).isZero();
        assertThat(stage.isShowing()).isTrue();
        assertThat(FxTurns.call(() -> model.code().getSource())).contains("# typed in class");

        closeRequest();
        DialogPane again = awaitDialog();
        Button close = (Button) again.lookupButton(again.getButtonTypes().get(1));
        assertThat(close.getText()).isEqualTo("Close without saving");
        robot.interact(close::fire);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> exits.get() == 1);
    }

    /** Lesson ▸ Open Python file… over an edited program asks too: the file replaced the edits without a word. */
    @Test
    void openingAnotherFileOverAnEditedProgramAsksFirst(FxRobot robot) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        FxTurns.run(() -> UnsavedProgram.beforeOpening(stage, model, opened::incrementAndGet));
        assertThat(opened.get()).as("a program as generated opens another at once").isEqualTo(1);
        assertThat(dialogs()).isEmpty();

        FxTurns.run(() -> model.code().setSource(model.code().getSource() + "# typed in class\n"));
        Platform.runLater(() -> UnsavedProgram.beforeOpening(stage, model, opened::incrementAndGet));
        DialogPane question = awaitDialog();
        assertThat(question.getContentText()).contains("lost if another file opens now");
        robot.interact(((Button) question.lookupButton(question.getButtonTypes().get(0)))::fire);
        assertThat(opened.get()).as("back to the program").isEqualTo(1);

        Platform.runLater(() -> UnsavedProgram.beforeOpening(stage, model, opened::incrementAndGet));
        DialogPane again = awaitDialog();
        Button open = (Button) again.lookupButton(again.getButtonTypes().get(1));
        assertThat(open.getText()).isEqualTo("Open without saving");
        robot.interact(open::fire);
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> opened.get() == 2);
    }

    private void closeRequest() {
        // Later, not waited for: the question waits for its answer inside the close request.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private DialogPane awaitDialog() throws Exception {
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> !dialogs().isEmpty());
        return dialogs().get(0);
    }

    private List<DialogPane> dialogs() throws Exception {
        return FxTurns.call(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .toList());
    }
}
