package org.asynclab.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.asynclab.chart.ChartTheme;
import org.asynclab.lesson.Scenario;
import org.asynclab.model.Mode;
import org.asynclab.ui.lesson.LessonViewModel;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.run.RunState;

/**
 * What the keys and the classroom menus (View, Lesson, Help) do: lesson navigation, code panel, theme, text
 * size, language, full screen and the list of shortcuts. Menu items are found by their fx:id, so MainView.fxml
 * declares them and this class gives them their actions.
 */
final class WindowActions implements Shortcuts.Actions {
    private final MainViewModel model;
    private final ChartArea chartArea;
    private final Parent root;
    private final Menu exportMenu;
    private final Runnable resetDefaults;
    private final List<MenuItem> items;

    WindowActions(MainViewModel model, ChartArea chartArea, Parent root, MenuBar menuBar, Menu exportMenu,
                  Runnable resetDefaults) {
        this.model = model;
        this.chartArea = chartArea;
        this.root = root;
        this.exportMenu = exportMenu;
        this.resetDefaults = resetDefaults;
        this.items = menuBar.getMenus().stream().flatMap(m -> all(m).stream()).toList();
        wireMenus(menuBar);
    }

    private static List<MenuItem> all(Menu menu) {
        List<MenuItem> found = new java.util.ArrayList<>();
        found.add(menu);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                found.addAll(all(sub));
            } else {
                found.add(item);
            }
        }
        return found;
    }

    private MenuItem item(String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("MainView.fxml has no menu item " + id));
    }

    private void wireMenus(MenuBar menuBar) {
        LookViewModel look = model.look();
        item("biggerTextItem").setOnAction(e -> biggerText());
        item("smallerTextItem").setOnAction(e -> smallerText());
        item("resetTextItem").setOnAction(e -> resetText());
        item("fullScreenItem").setOnAction(e -> toggleFullScreen());
        item("resetDefaultsItem").setOnAction(e -> resetDefaults.run());
        item("shortcutsItem").setOnAction(e -> showShortcuts());
        CheckMenuItem code = (CheckMenuItem) item("codeItem");
        code.selectedProperty().bindBidirectional(look.codeVisibleProperty());
        radios(List.of("themeLight", "themeDark", "themeProjector"), look.themeProperty().get().id(),
                id -> look.themeProperty().set(ChartTheme.fromId(id)));
        radios(List.of("languageEn", "languageFr"), look.languageProperty().get().getLanguage(),
                id -> look.languageProperty().set(Locale.forLanguageTag(id)));
        wireLesson();
    }

    private void radios(List<String> ids, String selected, java.util.function.Consumer<String> choose) {
        ToggleGroup group = new ToggleGroup();
        for (String id : ids) {
            RadioMenuItem radio = (RadioMenuItem) item(id);
            radio.setToggleGroup(group);
            radio.setSelected(selected.equals(radio.getUserData()));
            radio.setOnAction(e -> choose.accept((String) radio.getUserData()));
        }
    }

    private void wireLesson() {
        LessonViewModel lesson = model.lesson();
        item("lessonNextItem").setOnAction(e -> nextScenario());
        item("lessonPreviousItem").setOnAction(e -> previousScenario());
        item("lessonCloseItem").setOnAction(e -> lesson.close());
        item("lessonCloseItem").disableProperty().bind(lesson.showingProperty().not());
        item("lessonOpenItem").setOnAction(e -> openScenarioFile());
        Menu menu = (Menu) item("lessonMenu");
        int at = menu.getItems().indexOf(item("lessonListStart")) + 1;
        List<Scenario> scenarios = lesson.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            MenuItem entry = new MenuItem((i + 1) + ". " + scenarios.get(i).title().in(model.text().locale()));
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> showScenario(() -> lesson.goHome(index)));
            menu.getItems().add(at + i, entry);
        }
        if (scenarios.isEmpty()) {
            menu.getItems().add(at, new SeparatorMenuItem());
        }
    }

    /** Moves in the lesson unless a run goes on (its settings are frozen until it ends). */
    private void showScenario(Runnable move) {
        if (model.run().getState() == RunState.RUNNING) {
            return;
        }
        model.reset();
        move.run();
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
        Alert alert = new Alert(Alert.AlertType.ERROR, words);
        alert.setHeaderText(model.text().get("lesson.badFileTitle"));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    @Override
    public void nextScenario() {
        showScenario(model.lesson()::next);
    }

    @Override
    public void previousScenario() {
        showScenario(model.lesson()::previous);
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION, model.text().get("help.shortcuts.text"));
        alert.setTitle(model.text().get("help.shortcuts"));
        alert.setHeaderText(model.text().get("help.shortcuts"));
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
    public void openExport() {
        if (model.run().getState() == RunState.DONE) {
            exportMenu.show();
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
