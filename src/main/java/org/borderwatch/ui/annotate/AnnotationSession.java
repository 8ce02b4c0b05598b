package org.borderwatch.ui.annotate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationFilter;
import org.borderwatch.domain.UndoStack;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.AnnotationRevision;

/**
 * The view model of the annotation feature: the live annotations, the selection, the date the
 * map shows, and the undo/redo history. Holds no nodes and no SQL.
 *
 * <p><b>Writing.</b> Every change ({@link #apply}, {@link #undo}, {@link #redo}) shows at once
 * and is written through the {@link AnnotationRepository} on the background executor, strictly in
 * the order made, one transaction each (change + revision). {@link #pendingWritesProperty} counts
 * changes not yet committed; {@link #committedWritesProperty} counts the acknowledged ones. When a
 * write fails, its message is shown, the undo history is cleared and the annotations are read
 * again from the store, so the screen never shows what the store does not hold.
 *
 * <p><b>Threads.</b> Public methods and properties belong to the JavaFX Application Thread (or
 * the thread of the {@code ui} executor given to the constructor, in tests).
 */
public final class AnnotationSession {
    private final Executor background;
    private final Executor ui;
    private String user;
    private java.util.function.Consumer<org.borderwatch.store.AnnotationConflictException> conflicts;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ObjectProperty<Annotation> preview = new SimpleObjectProperty<>(this, "preview");
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<String> hiddenId = new SimpleObjectProperty<>(this, "hiddenId");
    private final ReadOnlyObjectWrapper<List<Annotation>> visible = new ReadOnlyObjectWrapper<>(this, "visible", List.of());
    /** When the annotations apply, and the day and hidden annotation {@link #visible} was found for. */
    private AnnotationValidity validity = AnnotationValidity.of(List.of());
    private LocalDate visibleDay;
    private String visibleHidden;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pendingWrites");
    private final ReadOnlyLongWrapper committed = new ReadOnlyLongWrapper(this, "committedWrites");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final UndoStack stack = new UndoStack(500);
    private final AtomicInteger generation = new AtomicInteger();
    /** A write left out because an earlier one failed (the reload that follows shows the truth). */
    private static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skipped() {
            super("skipped after an earlier failure", null, false, false);
        }
    }

    private AnnotationRepository repository;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private Instant lastStamp = Instant.EPOCH;

    /**
     * @param background where store calls run (the application's work pool)
     * @param ui         where results are handed back ({@code Platform::runLater})
     * @param user       who makes the changes (the revision author); a team store replaces it with
     *                   the connected role when attached ({@link AnnotationRepository#authorName})
     */
    private volatile java.util.function.Consumer<List<Annotation>> preparation = all -> { };

    public AnnotationSession(Executor background, Executor ui, String user) {
        this.background = background;
        this.ui = ui;
        this.user = user;
        selectedId.addListener((o, a, b) -> refreshSelected());
        date.addListener((o, a, b) -> refreshVisible());
        hiddenId.addListener((o, a, b) -> refreshVisible());
    }

    /** Starts using {@code repo} and reads its annotations; until then nothing can be changed. */
    public CompletableFuture<Void> attach(AnnotationRepository repo) {
        this.repository = repo;
        this.user = repo.authorName(user);
        return reload();
    }

    /**
     * Who resolves a save the store refused because the annotation changed meanwhile: called on
     * the ui executor, after the annotations were read again, with both versions. Without one,
     * the refusal's message is shown.
     */
    public void setConflictHandler(java.util.function.Consumer<org.borderwatch.store.AnnotationConflictException> handler) {
        this.conflicts = handler;
    }

    /** True once a store is attached. */
    public boolean isAttached() {
        return repository != null;
    }

    public AnnotationRepository repository() {
        return repository;
    }

    /** Who the changes are written as. */
    public String user() {
        return user;
    }

    /**
     * Work done on the reading thread with every annotation read, before they are shown (the map
     * projects them there, ahead of its frames).
     */
    public void setPreparation(java.util.function.Consumer<List<Annotation>> preparation) {
        this.preparation = preparation;
    }

    /** Reads every live annotation again (after pending writes). */
    public CompletableFuture<Void> reload() {
        return read(() -> {
            List<Annotation> all = repository.all();
            preparation.accept(all);
            return all;
        }).thenAccept(list -> {
            annotations.setAll(list);
            modelChanged();
        });
    }

    /**
     * Makes a change: queued for writing after the changes before it, added to the undo history,
     * and shown at once (reads made by listeners of the change run after its write).
     */
    public void apply(AnnotationEdit edit) {
        requireAttached();
        if (!write(edit, "Saved: " + edit.label())) {
            return;
        }
        stack.push(edit);
        historyChanged();
        show(edit);
    }

    /** Undoes the newest change (itself a new change in the store); false when there is none. */
    public boolean undo() {
        Optional<AnnotationEdit> top = stack.peekUndo();
        if (top.isEmpty() || repository == null) {
            return false;
        }
        AnnotationEdit reverse = top.get().reversed(stamp());
        if (!write(reverse, "Undone: " + top.get().label())) {
            return false;
        }
        stack.undone(reverse);
        historyChanged();
        show(reverse);
        message.set("Undone: " + top.get().label());
        return true;
    }

    /** Redoes the newest undone change; false when there is none. */
    public boolean redo() {
        Optional<AnnotationEdit> top = stack.peekRedo();
        if (top.isEmpty() || repository == null) {
            return false;
        }
        AnnotationEdit again = top.get().restamped(stamp());
        if (!write(again, "Redone: " + top.get().label())) {
            return false;
        }
        stack.redone(again);
        historyChanged();
        show(again);
        message.set("Redone: " + top.get().label());
        return true;
    }

    /**
     * Imports annotations read from a file, after the pending writes, in one transaction; then
     * reads the annotations again and clears the undo history (an import is not undone by Ctrl+Z,
     * and older steps may no longer apply). Completes on the ui executor.
     */
    public CompletableFuture<org.borderwatch.store.ImportCounts> importAll(List<Annotation> imported) {
        return read(() -> repository.importAll(imported, user)).thenApply(counts -> {
            stack.clear();
            historyChanged();
            committed.set(committed.get() + 1);
            reload();
            return counts;
        });
    }

    /** The history of annotation {@code id}, read after the pending writes; completes on the ui executor. */
    public CompletableFuture<List<AnnotationRevision>> history(String id) {
        return read(() -> repository.history(id));
    }

    /** The annotations the list filter selects, read after the pending writes; completes on the ui executor. */
    public CompletableFuture<List<Annotation>> search(AnnotationFilter filter) {
        return read(() -> repository.search(filter));
    }

    /** A timestamp for a change made now: milliseconds, never before the previous one. */
    public Instant stamp() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
        return lastStamp;
    }

    /** The live annotation {@code id} as shown, or {@code null}. */
    public Annotation get(String id) {
        for (Annotation a : annotations) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    /** A future that completes (on the ui executor) when every change made so far is committed. */
    public CompletableFuture<Void> whenWritten() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tail.whenComplete((r, e) -> ui.execute(() -> done.complete(null)));
        return done;
    }

    /**
     * Blocks the calling thread until every change made so far is committed, or {@code millis}
     * pass; true when all were written (successfully or not). For closing the window.
     */
    public boolean awaitWrites(long millis) {
        try {
            tail.handle((r, e) -> null).get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    private void requireAttached() {
        if (repository == null) {
            throw new IllegalStateException("the annotation store is not open yet");
        }
    }

    private void show(AnnotationEdit edit) {
        int at = -1;
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(edit.id())) {
                at = i;
                break;
            }
        }
        if (edit.after() == null) {
            if (at >= 0) {
                annotations.remove(at);
            }
        } else if (at >= 0) {
            annotations.set(at, edit.after());
        } else {
            annotations.add(edit.after());
        }
        modelChanged();
    }

    /**
     * Queues the write of {@code edit}; once it is committed the status says {@code done} (what
     * really happened: "Saved: Move point", "Undone: Draw area"). False when it already failed
     * (only with a same-thread executor).
     */
    private boolean write(AnnotationEdit edit, String done) {
        AnnotationRepository repo = repository;
        int gen = generation.get();
        pending.set(pending.get() + 1);
        tail = tail.handle((r, e) -> null).thenRunAsync(() -> {
            if (generation.get() != gen) {
                throw new Skipped();
            }
            try {
                repo.commit(edit, user);
            } catch (Exception e) {
                generation.incrementAndGet();
                throw new CompletionException(e);
            }
        }, background).whenComplete((r, e) -> ui.execute(() -> {
            pending.set(pending.get() - 1);
            if (e == null) {
                committed.set(committed.get() + 1);
                message.set(done);
            } else if (!(e.getCause() instanceof Skipped)) {
                message.set(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                stack.clear();
                historyChanged();
                CompletableFuture<Void> reread = reload();
                if (e.getCause() instanceof org.borderwatch.store.AnnotationConflictException c && conflicts != null) {
                    reread.thenRun(() -> conflicts.accept(c));
                }
            }
        }));
        return generation.get() == gen;
    }

    private <T> CompletableFuture<T> read(Callable<T> work) {
        requireAttached();
        CompletableFuture<T> result = new CompletableFuture<>();
        tail = tail.handle((r, e) -> null).thenRunAsync(() -> {
            try {
                T value = work.call();
                ui.execute(() -> result.complete(value));
            } catch (Exception e) {
                ui.execute(() -> {
                    message.set(e.getMessage());
                    result.completeExceptionally(e);
                });
            }
        }, background);
        return result;
    }

    private void modelChanged() {
        validity = AnnotationValidity.of(annotations);
        visibleDay = null;
        refreshSelected();
        refreshVisible();
    }

    private void refreshSelected() {
        String id = selectedId.get();
        selected.set(id == null ? null : get(id));
    }

    /**
     * The annotations shown on the day: recomputed unless only the day moved and no annotation
     * comes or goes between the day they were found for and the new one (then the same list, and
     * no listener called), from day numbers worked out when the annotations changed.
     */
    private void refreshVisible() {
        LocalDate d = date.get();
        String hidden = hiddenId.get();
        if (d != null && visibleDay != null && Objects.equals(hidden, visibleHidden)
                && !validity.changesBetween(visibleDay, d)) {
            visibleDay = d;
            return;
        }
        visibleDay = d;
        visibleHidden = hidden;
        visible.set(validity.visibleOn(d, hidden));
    }

    private void historyChanged() {
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoLabel.set(stack.peekUndo().map(AnnotationEdit::label).orElse(""));
        redoLabel.set(stack.peekRedo().map(AnnotationEdit::label).orElse(""));
    }

    /** Every live annotation, oldest first (read-only for callers). */
    public ObservableList<Annotation> annotations() {
        return readOnlyAnnotations;
    }

    /** The id of the selected annotation, or {@code null}. */
    /**
     * An earlier version of an annotation being looked at in its history (the map draws it dashed
     * beside the current one), or {@code null}. Nothing is changed by looking.
     */
    public ObjectProperty<Annotation> previewProperty() {
        return preview;
    }

    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /** The selected annotation as currently shown, or {@code null}. */
    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The day the map shows; annotations whose validity does not cover it are hidden. Bind it to the timeline. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** An annotation left off the map while the tools draw it themselves (during a drag), or {@code null}. */
    public ObjectProperty<String> hiddenIdProperty() {
        return hiddenId;
    }

    /** The annotations the map paints: valid on the date, oldest first. */
    public ReadOnlyObjectProperty<List<Annotation>> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingWritesProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty committedWritesProperty() {
        return committed.getReadOnlyProperty();
    }

    /** The last thing worth telling the user ("Saved: Move", or why a write failed). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
