package org.asynclab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The AsyncLab window. */
public final class AsyncLabApp extends Application {

    /** Starts JavaFX with the command-line {@code args}. */
    public static void launchWith(String[] args) {
        Application.launch(AsyncLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("AsyncLab");
        stage.setScene(new Scene(new Label("AsyncLab"), 1280, 800));
        stage.show();
    }
}
