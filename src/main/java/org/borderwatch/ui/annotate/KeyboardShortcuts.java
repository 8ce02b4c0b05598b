package org.borderwatch.ui.annotate;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.ui.TypingTarget;

/**
 * The feature's keys, read by a scene-wide filter: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo,
 * Enter finishes a shape, Esc cancels it (or clears the selection, or leaves the tool), Backspace
 * takes back a vertex, Delete removes the picked vertex or the selected annotation, and one letter
 * picks a tool (P point, L line, A area, T text, R ring, M measure, S select). Keys typed into a
 * text field or a control of the side panel are left to it. FX thread only.
 */
final class KeyboardShortcuts {
    private final MapTools tools;
    private final AnnotationSession session;
    private final Node panel;

    KeyboardShortcuts(MapTools tools, AnnotationSession session, Node panel) {
        this.tools = tools;
        this.session = session;
        this.panel = panel;
    }

    void handle(KeyEvent e) {
        Object target = e.getTarget();
        boolean typing = TypingTarget.owns(e);
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && (code == KeyCode.Z || code == KeyCode.Y)) {
            if (!typing) {
                if (code == KeyCode.Y || e.isShiftDown()) {
                    session.redo();
                } else {
                    session.undo();
                }
                e.consume();
            }
            return;
        }
        if (typing || inPanel(target) || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (code) {
            case ENTER -> {
                if (tools.isDrawing()) {
                    tools.finish();
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (tools.isDrawing()) {
                    tools.cancelSketch();
                } else if (session.selectedIdProperty().get() != null) {
                    session.selectedIdProperty().set(null);
                } else {
                    tools.toolProperty().set(Tool.BROWSE);
                }
                e.consume();
            }
            case BACK_SPACE -> {
                if (tools.isDrawing()) {
                    tools.removeLastVertex();
                    e.consume();
                }
            }
            case DELETE -> {
                if (!tools.removePickedVertex()) {
                    deleteSelected();
                }
                e.consume();
            }
            default -> {
                Tool t = code.isLetterKey() && !e.isShiftDown() ? Tool.forKey(code.getName()) : null;
                if (t != null) {
                    tools.toolProperty().set(tools.toolProperty().get() == t ? Tool.BROWSE : t);
                    e.consume();
                }
            }
        }
    }

    private void deleteSelected() {
        Annotation a = session.selectedProperty().get();
        if (a != null) {
            session.selectedIdProperty().set(null);
            session.apply(AnnotationEdit.delete("Delete " + a.kind().label().toLowerCase(Locale.ROOT), a));
        }
    }

    private boolean inPanel(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == panel) {
                return true;
            }
        }
        return false;
    }
}
