package org.asynclab.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.lesson.Lesson;
import org.asynclab.model.Mode;
import org.asynclab.ui.chart.ChartArea;
import org.asynclab.ui.lesson.LessonViewModel;
import org.asynclab.ui.look.LookOnRoot;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.look.ShortcutsDialog;
import org.asynclab.ui.run.RunState;

/**
 * What the keys and the classroom menus (View, Lesson, Help) do: lesson navigation, code panel, theme, text
 * size, language, full screen and the list of shortcuts. MainView.fxml declares the menu items, the controller
 * injects them by fx:id into {@link WindowMenus}, and this class gives them their actions.
 */
final class WindowActions implements Shortcuts.Actions {
    private final MainViewModel model;
    private final ChartArea chartArea;
    private final Parent root;
    private final Runnable openExport;
    private final Runnable resetDefaults;

    WindowActions(MainViewModel model, ChartArea chartArea, Parent root, WindowMenus menus, Runnable openExport,
                  Runnable resetDefaults) {
        this.model = model;
        this.chartArea = chartArea;
        this.root = root;
        this.openExport = openExport;
        this.resetDefaults = resetDefaults;
        wireMenus(menus);
    }

    private void wireMenus(WindowMenus menus) {
        LookViewModel look = model.look();
        menus.biggerText().setOnAction(e -> biggerText());
        menus.smallerText().setOnAction(e -> smallerText());
        menus.resetText().setOnAction(e -> resetText());
        menus.fullScreen().setOnAction(e -> toggleFullScreen());
        menus.resetDefaults().setOnAction(e -> resetDefaults.run());
        menus.shortcuts().setOnAction(e -> showShortcuts());
        menus.code().selectedProperty().bindBidirectional(look.codeVisibleProperty());
        radios(menus.themes(), look.themeProperty().get().id(), id -> look.themeProperty().set(ChartTheme.fromId(id)));
        radios(menus.languages(), look.languageProperty().get().getLanguage(),
                id -> look.languageProperty().set(Locale.forLanguageTag(id)));
        wireLesson(menus);
    }

    private void radios(List<RadioMenuItem> radios, String selected, java.util.function.Consumer<String> choose) {
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem radio : radios) {
            radio.setToggleGroup(group);
            radio.setSelected(selected.equals(radio.getUserData()));
            radio.setOnAction(e -> choose.accept((String) radio.getUserData()));
        }
    }

    private void wireLesson(WindowMenus menus) {
        LessonViewModel lesson = model.lesson();
        menus.lessonNext().setOnAction(e -> nextScenario());
        menus.lessonPrevious().setOnAction(e -> previousScenario());
        menus.lessonClose().setOnAction(e -> model.scenarios().close());
        menus.lessonClose().disableProperty().bind(lesson.showingProperty().not().or(model.runningBinding()));
        menus.lessonOpen().setOnAction(e -> openScenarioFile());
        // Every bundled lesson (the course's, then "Java's answer"), a submenu of its scenarios in order.
        Menu menu = menus.lessonMenu();
        int at = menu.getItems().indexOf(menus.lessonListStart()) + 1;
        List<Lesson> lessons = lesson.lessons();
        for (int l = 0; l < lessons.size(); l++) {
            menu.getItems().add(at + l, lessonMenu(lesson, l));
        }
        if (lessons.isEmpty()) {
            menu.getItems().add(at, new SeparatorMenuItem());
        }
    }

    /** The submenu of the lesson at {@code which}: "1. …", "2. …", each showing its scenario. */
    private Menu lessonMenu(LessonViewModel lesson, int which) {
        Lesson taught = lesson.lessons().get(which);
        Menu sub = new Menu(taught.title().in(model.text().locale()));
        sub.setId("lessonMenu" + which);
        LessonMenus.addScenarios(sub, taught, model.text().locale(), "lesson" + which + "-",
                index -> showScenario(() -> lesson.goTo(which, index)));
        return sub;
    }

    /** Moves in the lesson unless a run goes on (its settings are frozen until it ends). */
    private void showScenario(Runnable move) {
        model.scenarios().show(move);
    }

    private void openScenarioFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.text().get("lesson.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(model.text().get("lesson.files"), "*.json"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            showScenario(() -> model.lesson().open(file.toPath()).ifPresent(this::problem));
        }
    }

    private void problem(String words) {
        Alert alert = LookOnRoot.alert(Alert.AlertType.ERROR, model.look());
        alert.setContentText(words);
        alert.setHeaderText(model.text().get("lesson.badFileTitle"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    @Override
    public void nextScenario() {
        model.scenarios().next();
    }

    @Override
    public void previousScenario() {
        model.scenarios().previous();
    }

    @Override
    public void toggleCode() {
        model.look().codeVisibleProperty().set(!model.look().codeVisibleProperty().get());
    }

    @Override
    public void toggleFullScreen() {
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    @Override
    public void biggerText() {
        model.look().biggerText();
    }

    @Override
    public void smallerText() {
        model.look().smallerText();
    }

    @Override
    public void resetText() {
        model.look().resetText();
    }

    @Override
    public void showShortcuts() {
        Alert alert = ShortcutsDialog.of(model.text(), model.look(), "help.shortcuts.text");
        alert.getDialogPane().setMinWidth(640);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.show();
    }

    @Override
    public void runOrStop() {
        model.runOrStop();
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    public void pickMode(int index) {
        if (model.settings().editableProperty().get()) {
            model.settings().setMode(Mode.values()[index]);
        }
    }

    @Override
    public void playOrPause() {
        model.replay().togglePlay();
    }

    @Override
    public void stepBack() {
        if (model.replay().availableProperty().get()) {
            model.replay().stepBack();
        }
    }

    @Override
    public void stepForward() {
        if (model.replay().availableProperty().get()) {
            model.replay().stepForward();
        }
    }

    /** The next choice of "Compare with": nothing, then each mode in the order of 1–5, then nothing again. */
    @Override
    public void nextComparison() {
        if (model.settings().editableProperty().get()) {
            Mode now = model.settings().compareWithProperty().get();
            int next = now == null ? 0 : now.ordinal() + 1;
            model.settings().compareWithProperty().set(next < Mode.values().length ? Mode.values()[next] : null);
        }
    }

    @Override
    public void openExport() {
        if (model.run().getState() == RunState.DONE) {
            openExport.run();
        }
    }

    @Override
    public void zoomIn() {
        chartArea.zoomIn();
    }

    @Override
    public void zoomOut() {
        chartArea.zoomOut();
    }

    @Override
    public void fit() {
        chartArea.fit();
    }
}
