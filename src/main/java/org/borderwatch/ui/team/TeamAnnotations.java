package org.borderwatch.ui.team;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.store.AnnotationConflictException;
import org.borderwatch.store.ChangeFeed;
import org.borderwatch.store.Store;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.annotate.AnnotationSession;

/**
 * A window's annotations on a shared store: others' changes appear as they commit (the session
 * reads the annotations again; events or crossings changed by a lead reload the map and
 * timeline), each with a quiet notice in the status bar naming who changed what; and a save that
 * the store refused because someone else changed the annotation meanwhile is shown side by side
 * ({@link ConflictView}) to merge or choose, a deletion of something changed meanwhile asks first.
 * FX thread only.
 */
public final class TeamAnnotations {
    private final MainWindow window;
    private final AnnotationSession session;

    private TeamAnnotations(MainWindow window, AnnotationSession session) {
        this.window = window;
        this.session = session;
    }

    /**
     * Follows {@code store}'s changes in {@code window} and resolves {@code session}'s conflicts
     * with the analyst. Conflicts are resolved for any store (two windows on one file conflict
     * too); live changes need a store that announces them ({@link Store#changeFeed}).
     */
    public static TeamAnnotations follow(Store store, AnnotationSession session, MainWindow window) {
        TeamAnnotations t = new TeamAnnotations(window, session);
        session.setConflictHandler(t::resolve);
        Optional<ChangeFeed> feed = store.changeFeed();
        feed.ifPresent(f -> f.subscribe(change -> Platform.runLater(() -> t.changed(change))));
        return t;
    }

    private void changed(ChangeFeed.Change change) {
        if (change.own()) {
            return;
        }
        if ("annotation".equals(change.kind())) {
            session.reload();
        } else {
            window.reload();
        }
        window.showStatus(change.describe());
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    /** Called by the session (on the FX thread, after it read the annotations again) for a refused save. */
    void resolve(AnnotationConflictException e) {
        AnnotationEdit edit = e.edit();
        Annotation stored = e.stored();
        if (edit.after() == null && stored != null) {
            askBeforeDeleting(edit, stored);
        } else if (edit.after() != null && stored == null) {
            askBeforeRestoring(edit);
        } else if (edit.after() != null) {
            ConflictView.ask(owner(), edit.after(), stored, session.user(), session.stamp()).ifPresentOrElse(
                    merged -> session.apply(AnnotationEdit.update("Merge with " + stored.author() + "'s version", stored, merged)),
                    () -> window.showStatus("Kept " + stored.author() + "'s version of “" + ConflictView.display(stored) + "”"));
        }
    }

    private void askBeforeDeleting(AnnotationEdit edit, Annotation stored) {
        ButtonType delete = new ButtonType("Delete anyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, stored.author() + " changed it at "
                + ConflictView.TIME.format(stored.modified()) + ", after you opened it. Its history keeps every version.",
                delete, keep);
        alert.initOwner(owner());
        alert.setTitle("Changed by someone else");
        alert.setHeaderText("Delete “" + ConflictView.display(stored) + "”?");
        alert.getDialogPane().setId("deleteChangedView");
        if (alert.showAndWait().orElse(keep) == delete) {
            session.apply(AnnotationEdit.delete(edit.label(), stored));
        }
    }

    private void askBeforeRestoring(AnnotationEdit edit) {
        ButtonType restore = new ButtonType("Save mine again", ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType("Leave it deleted", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Someone deleted it while you were editing it. "
                + "Its history keeps every version.", restore, leave);
        alert.initOwner(owner());
        alert.setTitle("Deleted by someone else");
        alert.setHeaderText("“" + ConflictView.display(edit.after()) + "” was deleted");
        if (alert.showAndWait().orElse(leave) == restore) {
            session.apply(AnnotationEdit.create(edit.label(), edit.after()));
        }
    }
}
