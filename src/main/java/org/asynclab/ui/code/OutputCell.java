package org.asynclab.ui.code;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * One printed line in the output pane, wrapped at the pane's width: {@code wait_n}'s list of delays is longer than the
 * panel is wide at 1024×768, and a cell as wide as its text made the reader scroll sideways to see its end. A
 * preferred width of zero lets the list give the cell its own width, and the wrapped text its height.
 */
final class OutputCell extends ListCell<OutputViewModel.Line> {
    private final Function<OutputViewModel.Line, String> shown;

    OutputCell(Function<OutputViewModel.Line, String> shown) {
        this.shown = shown;
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(OutputViewModel.Line line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty || line == null ? null : shown.apply(line));
    }
}
