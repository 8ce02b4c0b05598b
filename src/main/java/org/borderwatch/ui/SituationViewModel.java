package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;

/**
 * The situation on the timeline's day, and the user's selection. Recomputed with
 * {@link SituationAt} whenever the data, the day or the window changes; a burst of changes (a
 * slider drag fires dozens per frame) is coalesced into one computation through {@code deferral}
 * — {@code Platform::runLater} in the window, {@code Runnable::run} in tests. The computation is
 * O(crossings · log intervals + events in the window) over the indexed snapshot, well under a
 * millisecond with 100,000 events, so it runs on the JavaFX Application Thread.
 *
 * <p>Not thread-safe: use it on the JavaFX Application Thread.
 */
public final class SituationViewModel {
    private final TimelineViewModel timeline;
    private final Executor deferral;
    private final ReadOnlyObjectWrapper<Situation> situation = new ReadOnlyObjectWrapper<>(this, "situation");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final Map<String, Event> eventsById = new HashMap<>();
    private boolean pending;

    public SituationViewModel(TimelineViewModel timeline, Executor deferral) {
        this.timeline = timeline;
        this.deferral = deferral;
        timeline.dataProperty().addListener((o, a, d) -> install(d));
        if (timeline.dataProperty().get() != null) {
            install(timeline.dataProperty().get());
        }
        timeline.dateProperty().addListener((o, a, b) -> request());
        timeline.windowProperty().addListener((o, a, b) -> request());
    }

    private void install(SituationData d) {
        eventsById.clear();
        d.events().forEach(e -> eventsById.put(e.id(), e));
        selection.set(null);
        request();
    }

    private void request() {
        if (pending) {
            return;
        }
        pending = true;
        deferral.execute(() -> {
            pending = false;
            recompute();
        });
    }

    private void recompute() {
        SituationData d = timeline.dataProperty().get();
        if (d != null) {
            situation.set(SituationAt.compute(d, timeline.date(), timeline.windowProperty().get()));
        }
    }

    /** The situation on the selected day, or {@code null} before data arrives. */
    public ReadOnlyObjectProperty<Situation> situationProperty() {
        return situation.getReadOnlyProperty();
    }

    public Situation situation() {
        return situation.get();
    }

    /** The selected event or crossing, or {@code null}. */
    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The event with this id in the whole snapshot, or {@code null}. */
    public Event event(String id) {
        return id == null ? null : eventsById.get(id);
    }

    /** The crossing with this id, or {@code null}. */
    public Crossing crossing(String id) {
        SituationData d = timeline.dataProperty().get();
        return d == null || id == null ? null : d.crossing(id);
    }

    /** Selects an event (or clears the selection with {@code null}). */
    public void selectEvent(Event e) {
        selection.set(e == null ? null : new Selection.OfEvent(e));
    }

    /** Selects a crossing (or clears the selection with {@code null}). */
    public void selectCrossing(Crossing c) {
        selection.set(c == null ? null : new Selection.OfCrossing(c));
    }

    /** A crossing's status on the selected day as the situation gives it ({@link Status#UNKNOWN} before data). */
    public Status statusOf(String crossingId) {
        Situation s = situation.get();
        return s == null ? Status.UNKNOWN : s.statusOf(crossingId).map(CrossingStatus::status).orElse(Status.UNKNOWN);
    }

    /** The data snapshot, or {@code null} before it arrives. */
    public SituationData data() {
        return timeline.dataProperty().get();
    }

    /** The selected day. */
    public LocalDate date() {
        return timeline.date();
    }
}
