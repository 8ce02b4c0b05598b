package org.borderwatch.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

/**
 * The name a screen reader reads for a control, found as JavaFX finds it: the control's
 * accessible text, else the text of a labelled control (a button's, a check box's), else the text
 * of the label whose {@code labelFor} is the control. And the controls of a scene a user meets:
 * those of the window's own layout, not the inner parts of a control's skin (a table's cells, a
 * spinner's editor).
 */
final class Accessibility {
    private Accessibility() {
    }

    /** The accessible name of {@code c}, or {@code null} when a screen reader would read nothing. */
    static String name(Control c, Node root) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return c.getAccessibleText();
        }
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        for (Label label : labels(root)) {
            if (label.getLabelFor() == c && label.getText() != null && !label.getText().isBlank()) {
                return label.getText();
            }
        }
        return null;
    }

    /** "TextField#slideTitle in SlideComposer" — how a failing check names a control. */
    static String describe(Control c) {
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId())
                + (c.getParent() == null ? "" : " in " + c.getParent().getClass().getSimpleName()
                + (c.getParent().getId() == null ? "" : "#" + c.getParent().getId()));
    }

    /**
     * The controls a user operates under {@code root} that are shown: buttons, fields, choices,
     * spinners, sliders, lists and tables, progress bars, scroll bars, menu and tool bars (not the
     * containers that only arrange them, and not labels, which are text themselves).
     */
    static List<Control> controls(Node root) {
        List<Control> out = new ArrayList<>();
        collect(root, out);
        out.removeIf(c -> !operated(c));
        return out;
    }

    private static boolean operated(Control c) {
        return c instanceof javafx.scene.control.ButtonBase || c instanceof javafx.scene.control.TextInputControl
                || c instanceof javafx.scene.control.ChoiceBox<?> || c instanceof javafx.scene.control.ComboBoxBase<?>
                || c instanceof javafx.scene.control.Spinner<?> || c instanceof javafx.scene.control.Slider
                || c instanceof javafx.scene.control.ListView<?> || c instanceof javafx.scene.control.TableView<?>
                || c instanceof javafx.scene.control.TreeView<?> || c instanceof javafx.scene.control.ProgressIndicator
                || c instanceof javafx.scene.control.ScrollBar || c instanceof javafx.scene.control.MenuBar
                || c instanceof ToolBar;
    }

    private static void collect(Node n, List<Control> out) {
        if (n == null || !n.isVisible()) {
            return;
        }
        if (n instanceof Control c) {
            out.add(c);
            for (Node content : contentOf(c)) {
                collect(content, out);
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** What a container control holds that the window put there (its skin's own parts excluded). */
    private static List<Node> contentOf(Control c) {
        List<Node> out = new ArrayList<>();
        if (c instanceof ScrollPane s) {
            out.add(s.getContent());
        } else if (c instanceof SplitPane s) {
            out.addAll(s.getItems());
        } else if (c instanceof TabPane t) {
            for (Tab tab : t.getTabs()) {
                if (tab.isSelected()) {
                    out.add(tab.getContent());
                }
            }
        } else if (c instanceof ToolBar t) {
            out.addAll(t.getItems());
        } else if (c instanceof TitledPane t) {
            out.add(t.getContent());
        } else if (c instanceof Accordion a) {
            out.addAll(a.getPanes());
        } else if (c instanceof ButtonBar b) {
            out.addAll(b.getButtons());
        }
        out.removeIf(x -> x == null);
        return out;
    }

    private static List<Label> labels(Node n) {
        List<Label> out = new ArrayList<>();
        if (n instanceof Label l) {
            out.add(l);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(labels(child));
            }
        }
        return out;
    }
}
