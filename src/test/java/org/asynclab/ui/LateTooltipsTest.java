package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.asynclab.engine.RunEngine;
import org.asynclab.model.TaskKind;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.testing.FxTurns;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tooltips of the rooms the first frame shows are made after its first frames, not with the window's nodes (each
 * is a popup window, some 45 of them), and say what they said before: each control's accessible help, the words of
 * the bundle's {@code tooltip.*} keys, the settings line's following the settings.
 */
@ExtendWith(ApplicationExtension.class)
class LateTooltipsTest {
    private static final Pattern HELP = Pattern.compile("accessibleHelp=\"%([^\"]+)\"");
    private static final List<String> FIRST_ROOMS = List.of("RunBar.fxml", "SettingsPanel.fxml", "ResultsPanel.fxml");

    private final UiText text = UiText.forLocale(Locale.ENGLISH);
    private MainWindow window;
    private int tooltipsWithTheNodes;

    @Start
    void start(Stage stage) {
        window = MainWindow.load(text, new RunEngine()::start, Platform::runLater);
        tooltipsWithTheNodes = tooltips(window.root()).size();
        window.show(stage);
    }

    @Test
    void theFirstRoomsTooltipsComeAfterTheFirstFramesWithTheSameWords() throws Exception {
        // given the window loaded: its FXML and controllers made no tooltip
        assertThat(tooltipsWithTheNodes).as("tooltips made with the window's nodes").isZero();

        // when its first frames have gone
        Button run = (Button) window.root().lookup("#runButton");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(run::getTooltip) != null);

        // then each node with an accessible help has a tooltip saying it
        List<Node> helped = FxTurns.call(() -> nodes(window.root()).stream()
                .filter(node -> node.getAccessibleHelp() != null).toList());
        for (Node node : helped) {
            assertThat(FxTurns.call(() -> tooltipOf(node).getText())).as("tooltip of " + node)
                    .isEqualTo(FxTurns.call(node::getAccessibleHelp));
        }
        // and the words are the bundle's: each key the rooms' FXML names, the kinds', the course's
        List<String> said = FxTurns.call(() -> tooltips(window.root()).stream().map(Tooltip::getText).toList());
        List<String> keys = new ArrayList<>(helpKeys());
        assertThat(keys).hasSizeGreaterThanOrEqualTo(34).contains("tooltip.run", "tooltip.workers",
                "tooltip.results.total");
        for (TaskKind kind : TaskKind.values()) {
            keys.add("tooltip.kind." + kind.id());
        }
        keys.add("tooltip.counter");
        for (String key : keys) {
            assertThat(said).as("tooltip of " + key).contains(text.get(key));
        }
        assertThat(said).as("tooltips of the first window").hasSizeGreaterThanOrEqualTo(keys.size() + 5);
    }

    @Test
    void theSettingsLinesTooltipFollowsTheSettings() throws Exception {
        ToggleButton line = (ToggleButton) window.root().lookup(".al-summary");
        WaitForAsyncUtils.waitFor(FxTurns.TIMEOUT_S, TimeUnit.SECONDS, () -> FxTurns.call(line::getTooltip) != null);
        String before = FxTurns.call(() -> line.getTooltip().getText());
        assertThat(before).isEqualTo(FxTurns.call(() -> window.model().summary().lineBinding().get())
                + "\n" + text.get("tooltip.settings.toggle"));

        FxTurns.run(() -> window.model().settings().tasksProperty().set("37"));

        assertThat(FxTurns.call(() -> line.getTooltip().getText())).isNotEqualTo(before)
                .startsWith(FxTurns.call(() -> window.model().summary().lineBinding().get()));
    }

    /** The {@code tooltip.*} keys the first rooms' FXML gives as accessible help. */
    private static List<String> helpKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String room : FIRST_ROOMS) {
            try (InputStream in = MainWindow.class.getResourceAsStream(room)) {
                Matcher help = HELP.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (help.find()) {
                    keys.add(help.group(1));
                }
            }
        }
        return keys;
    }

    private static List<Tooltip> tooltips(Node root) {
        return nodes(root).stream().map(LateTooltipsTest::tooltipOf).filter(tooltip -> tooltip != null).toList();
    }

    /** The tooltip of a control, or one installed on another node. */
    private static Tooltip tooltipOf(Node node) {
        if (node instanceof Control control) {
            return control.getTooltip();
        }
        return node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tooltip ? tooltip : null;
    }

    /** {@code root} and every node under it, a segmented button's buttons too (children of its skin only). */
    private static List<Node> nodes(Node root) {
        Set<Node> all = new LinkedHashSet<>();
        List<Node> next = new ArrayList<>(List.of(root));
        while (!next.isEmpty()) {
            Node node = next.remove(next.size() - 1);
            if (!all.add(node)) {
                continue;
            }
            if (node instanceof SegmentedButton segmented) {
                next.addAll(segmented.getButtons());
            } else if (node instanceof Parent parent) {
                next.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return List.copyOf(all);
    }
}
