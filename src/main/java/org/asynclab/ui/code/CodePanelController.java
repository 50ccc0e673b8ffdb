package org.asynclab.ui.code;

import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;

/** The controller of CodePanel.fxml: the Python and Java of the current settings, shown when asked (C). */
public final class CodePanelController {
    @FXML private HBox panel;
    @FXML private TextArea pythonCode;
    @FXML private TextArea javaCode;

    private final CodeViewModel code;
    private final BooleanProperty visible;

    /** Binds the panel to {@code code}, shown while {@code visible} is true. */
    public CodePanelController(CodeViewModel code, BooleanProperty visible) {
        this.code = code;
        this.visible = visible;
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(visible);
        panel.managedProperty().bind(visible);
        pythonCode.textProperty().bind(code.pythonProperty());
        javaCode.textProperty().bind(code.javaProperty());
    }
}
