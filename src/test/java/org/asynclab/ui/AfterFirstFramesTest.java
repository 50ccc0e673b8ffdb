package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** --run starts the run once the window went through its first frames, not in the turn that shows it. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFramesTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void theActionRunsOnTheFxThreadAfterTheFirstFramesNotAtOnce() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        CompletableFuture<Integer> ranAfter = new CompletableFuture<>();
        boolean[] ranAtOnce = new boolean[1];
        FxTurns.run(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frames.incrementAndGet() > AfterFirstFrames.FRAMES || ranAfter.isDone()) {
                        stop();
                    }
                }
            }.start();
            AfterFirstFrames.then(() -> ranAfter.complete(frames.get()));
            ranAtOnce[0] = ranAfter.isDone();
        });

        assertThat(ranAtOnce[0]).isFalse();
        assertThat(ranAfter.get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS)).as("frames seen before the action ran")
                .isGreaterThanOrEqualTo(AfterFirstFrames.FRAMES);
    }
}
