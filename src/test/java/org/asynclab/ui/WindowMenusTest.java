package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.asynclab.ui.common.UiText;
import org.asynclab.ui.look.LookViewModel;
import org.asynclab.ui.testing.FxTurns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's menu items are injected by fx:id, each one wired: none is found by a string that can go stale. */
@ExtendWith(ApplicationExtension.class)
class WindowMenusTest {
    private final LookViewModel look = new LookViewModel();

    @Start
    void start(Stage stage) {
        MainWindow.load(UiText.forLocale(Locale.ENGLISH), (config, workload) -> {
            throw new IllegalStateException("these tests never run");
        }, Platform::runLater, RecordingChart::new, look).show(stage);
    }

    @Test
    void aMenuItemMissingFromTheViewStopsTheLoadAndNamesItsFxId() {
        // given every item but the bigger-text one
        MenuItem item = new MenuItem();

        // when the menus are gathered, then the missing fx:id is named
        assertThatThrownBy(() -> new WindowMenus(null, item, item, item, item, item, new CheckMenuItem(),
                List.of(), List.of(), new Menu(), item, item, item, item, item))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("biggerTextItem");
    }

    @Test
    void everyMenuItemOfTheWindowDoesSomething(FxRobot robot) throws Exception {
        // given every item of the window's menus
        List<MenuItem> leaves = WaitForAsyncUtils.asyncFx(() -> {
            List<MenuItem> all = new ArrayList<>();
            robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().forEach(menu -> leaves(menu, all));
            return all;
        }).get(FxTurns.TIMEOUT_S, TimeUnit.SECONDS);

        // then each has an action, but the code item, which shows and hides the code panel
        assertThat(leaves).hasSizeGreaterThan(25);
        assertThat(leaves).filteredOn(item -> !"codeItem".equals(item.getId()))
                .allSatisfy(item -> assertThat(item.getOnAction()).as(item.getId() + " " + item.getText()).isNotNull());
        CheckMenuItem code = (CheckMenuItem) leaves.stream().filter(i -> "codeItem".equals(i.getId())).findFirst()
                .orElseThrow();
        boolean before = look.codeVisibleProperty().get();
        robot.interact(() -> code.setSelected(!code.isSelected()));
        assertThat(look.codeVisibleProperty().get()).isNotEqualTo(before);
    }

    @Test
    void noMenuItemNamesAgainTheKeyItsAcceleratorColumnShowsInEitherLanguage() throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            // given the window's menus in that language (a window of its own, never shown)
            List<MenuItem> items = FxTurns.call(() -> {
                MainWindow window = MainWindow.load(UiText.forLocale(language), (config, workload) -> {
                    throw new IllegalStateException("these tests never run");
                }, Platform::runLater, RecordingChart::new, new LookViewModel());
                List<MenuItem> all = new ArrayList<>();
                ((MenuBar) window.root().lookup("#menuBar")).getMenus().forEach(menu -> leaves(menu, all));
                window.close();
                return all;
            });

            // then the keys an item names in its text are other keys than its accelerator, all named in words
            assertThat(items).filteredOn(item -> item.getAccelerator() != null).hasSizeGreaterThan(10)
                    .allSatisfy(item -> assertThat(keysIn(item.getText())).as(language + " " + item.getText())
                            .doesNotContain(bare(item.getAccelerator().getDisplayText())));
            assertThat(items).allSatisfy(item -> assertThat(item.getText()).as(language + " " + item.getId())
                    .doesNotContain("{"));
            assertThat(items).filteredOn(item -> "lessonNextItem".equals(item.getId())).singleElement()
                    .satisfies(item -> assertThat(item.getText()).contains("(→)"));
        }
    }

    /** The keys named in parentheses at the end of a menu item's text, "(→, Page Down)", each bare. */
    private static List<String> keysIn(String text) {
        int open = text.lastIndexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return List.of();
        }
        return java.util.Arrays.stream(text.substring(open + 1, text.length() - 1).split(","))
                .map(WindowMenusTest::bare).toList();
    }

    /** A key's name without spaces and plus signs, the minus as typed: "Ctrl +" and "Ctrl++" read the same. */
    private static String bare(String key) {
        return key.replaceAll("[\\s+]", "").replace('−', '-');
    }

    private static void leaves(Menu menu, List<MenuItem> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                leaves(sub, out);
            } else if (!(item instanceof SeparatorMenuItem)) {
                out.add(item);
            }
        }
    }
}
