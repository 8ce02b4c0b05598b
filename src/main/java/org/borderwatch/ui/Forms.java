package org.borderwatch.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The window's forms: a row is a label and its field, the label naming the field for screen
 * readers ({@link Label#setLabelFor}) and giving it a mnemonic (Alt + the underlined letter moves
 * the keyboard there), never cut short. FX thread only.
 */
public final class Forms {
    private Forms() {
    }

    /** A label for {@code field}: {@code text} may mark its mnemonic with an underscore ("_Title"). */
    public static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field instanceof DateField d ? d.editor() : field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Adds the row "label — field" to {@code grid} at {@code row}; returns the next row. */
    public static int row(GridPane grid, int row, String label, Node field) {
        grid.addRow(row, label(label, field), field);
        return row + 1;
    }
}
