package org.asynclab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** RepaintSoon marks its node dirty a few frames later, and leaves it as it was. */
@ExtendWith(ApplicationExtension.class)
class RepaintSoonTest {
    private Button node;

    @Start
    void start(Stage stage) {
        node = new Button("Play");
        stage.setScene(new Scene(new StackPane(node), 300, 100));
        stage.show();
    }

    @Test
    void theNodeIsMarkedDirtyInALaterFrameAndEndsOpaque() throws Exception {
        List<Double> opacities = new CopyOnWriteArrayList<>();
        node.opacityProperty().addListener((o, was, now) -> opacities.add(now.doubleValue()));

        FxTurns.run(() -> {
            RepaintSoon.of(node);
            // not in the turn that asks: the frame under way is the one that may lose the change
            assertThat(opacities).isEmpty();
        });

        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> opacities.size() == 2);
        assertThat(opacities.get(0)).isLessThan(1);
        assertThat(opacities.get(1)).isEqualTo(1);
    }
}
