package org.asynclab.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.asynclab.ui.AsyncLabApp;

/**
 * The floor under the time to first window: the least a JavaFX window costs to show on this machine, measured
 * beside the app by {@code ./run.sh bench startup --floor}. A window of JavaFX's own controls (a menu bar, a grid of
 * labels, fields, buttons, boxes and sliders: JavaFX's default look, no stylesheet of ours), filling the screen as
 * the app's window does, started by the same JVM with a start-up cache of its own (the same kind of Java 25 AOT
 * cache as the app's, made once on the benchmark's display). What the app takes beyond it is the app's own work.
 */
public final class FloorWindow {
    /** The system property that ends the window after its first frame: the training start that makes its cache. */
    static final String QUIT_AFTER_FIRST_FRAME = "asynclab.floor.quit";
    private static final int COLUMNS = 6;
    private static final int ROWS = 12;
    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private FloorWindow() {
    }

    /** Shows the window (from a main class of its own: on a class path, Java's launcher refuses an Application). */
    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window itself. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    private static void show(Stage stage) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        for (int row = 0; row < ROWS; row++) {
            grid.add(new Label("Setting " + (row + 1)), 0, row);
            grid.add(new TextField(Integer.toString(row * 7)), 1, row);
            grid.add(new Button("Run " + (row + 1)), 2, row);
            grid.add(new CheckBox("Compare"), 3, row);
            grid.add(new Slider(0, 10, row), 4, row);
            grid.add(new Label("Total " + row + ".00 s, average " + row + ".00 s"), COLUMNS - 1, row);
        }
        MenuBar menus = new MenuBar(new Menu("File"), new Menu("Run"), new Menu("View"), new Menu("Help"));
        stage.setScene(new Scene(new BorderPane(grid, menus, null, null, null)));
        stage.setTitle("AsyncLab floor");
        AsyncLabApp.fillScreen(stage);
        stage.show();
        if (Boolean.getBoolean(QUIT_AFTER_FIRST_FRAME)) {
            // Two pulses after show: the first frame has been rendered, as in a measured start.
            Platform.runLater(() -> Platform.runLater(Platform::exit));
        }
    }

    /**
     * The command that starts the floor window with its start-up cache in {@code folder}, made first (on
     * {@code display}) when there is none for these jars and this JVM: the JVM running this, the class path of
     * this, nothing else.
     */
    static List<String> command(Path folder, String display) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        // Named after what the JVM checks a cache against (the jars' sizes and times, the JVM): a cache that no
        // longer fits is passed over in silence, and the floor would be measured without one.
        StringBuilder stamp = new StringBuilder(java).append(Runtime.version());
        for (String jar : classPath.split(File.pathSeparator)) {
            Path file = Path.of(jar);
            stamp.append(jar).append(Files.size(file)).append(Files.getLastModifiedTime(file).toMillis());
        }
        Path cache = folder.resolve("floor-" + Integer.toHexString(stamp.toString().hashCode()) + ".aot");
        if (!Files.exists(cache)) {
            Files.createDirectories(folder);
            System.err.println("  (making the floor window's start-up cache, " + cache + ")");
            Path log = Files.createTempFile("asynclab-floor", ".log");
            ProcessBuilder training = new ProcessBuilder(java, "-XX:AOTCacheOutput=" + cache,
                    "-D" + QUIT_AFTER_FIRST_FRAME + "=true", "-cp", classPath, FloorWindow.class.getName())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            training.environment().putAll(Map.of("DISPLAY", display));
            Process process = training.start();
            boolean ended = process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!ended || process.exitValue() != 0 || !Files.exists(cache)) {
                process.destroyForcibly();
                String output = String.join("\n", Files.readAllLines(log).stream().limit(20).toList());
                Files.deleteIfExists(log);
                throw new IOException("the floor window's start-up cache could not be made: " + output);
            }
            Files.deleteIfExists(log);
        }
        return List.of(java, "-XX:AOTCache=" + cache, "-Xlog:aot*=off,cds*=off", "-cp", classPath,
                FloorWindow.class.getName());
    }
}
