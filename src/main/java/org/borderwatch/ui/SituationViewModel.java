package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.services.EventWindowCache;

/**
 * The situation on the timeline's day, and the user's selection. Recomputed with
 * {@link SituationAt} whenever the data, the day or the window changes; a burst of changes (a
 * slider drag fires dozens per frame) is coalesced into one computation through {@code deferral}
 * — {@code Platform::runLater} in the window, {@code Runnable::run} in tests.
 *
 * <p>The crossings' status comes from the crossings and intervals at once. The events of the
 * window come from the {@link EventWindowCache} once the store's event counts are in
 * ({@link #useEvents}): when the window's days are held the situation is built on the JavaFX
 * Application Thread in well under a millisecond; otherwise they are read in the background and
 * the situation follows when they are in (the map keeps its last frame meanwhile — it never shows
 * a day with another day's events). Each new day reads ahead in the direction of travel, as far
 * as playback goes in two seconds, so that playing and scrubbing find their days held. Before the
 * counts are in (the first frame), the situation has the crossings and no events.
 *
 * <p>Not thread-safe: use it on the JavaFX Application Thread.
 */
public final class SituationViewModel {
    private final TimelineViewModel timeline;
    private final Executor deferral;
    private final ReadOnlyObjectWrapper<Situation> situation = new ReadOnlyObjectWrapper<>(this, "situation");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ReadOnlyStringWrapper windowNote = new ReadOnlyStringWrapper(this, "windowNote", "");
    private final ReadOnlyBooleanWrapper eventsIn = new ReadOnlyBooleanWrapper(this, "eventsIn");
    private EventWindowCache events;
    private boolean pending;
    private LocalDate lastDay;
    private Executor readingAhead = Runnable::run;

    public SituationViewModel(TimelineViewModel timeline, Executor deferral) {
        this.timeline = timeline;
        this.deferral = deferral;
        timeline.dataProperty().addListener((o, a, d) -> install());
        if (timeline.dataProperty().get() != null) {
            install();
        }
        timeline.dateProperty().addListener((o, a, b) -> request());
        timeline.windowProperty().addListener((o, a, b) -> request());
    }

    private void install() {
        selection.set(null);
        request();
    }

    /**
     * From now on the situation's events come from {@code cache} (after the first frame, and again
     * after an import with a new cache); {@code null} shows the crossings alone.
     */
    public void useEvents(EventWindowCache cache) {
        events = cache;
        eventsIn.set(false);
        request();
    }

    /**
     * Where the reading ahead for a new day starts: at once (the default, and in tests), or — in
     * the window — once the map has shown the day, so that the next days' read does not compete
     * with the painting of this one for the machine's cores (nor its collections with the frame).
     */
    public void readAheadThrough(Executor where) {
        readingAhead = where;
    }

    /** True once the situation holds the events of its window (false before, and again after {@link #useEvents}). */
    public ReadOnlyBooleanProperty eventsInProperty() {
        return eventsIn.getReadOnlyProperty();
    }

    /** The cache the events come from, or {@code null} before the store's counts are in. */
    EventWindowCache events() {
        return events;
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
        if (d == null) {
            return;
        }
        LocalDate day = timeline.date();
        TimeWindow w = timeline.windowProperty().get();
        LocalDate from = w.start(day);
        if (events == null) {
            // the crossings alone (the store's crossings and intervals hold no event), or a test's snapshot
            situation.set(SituationAt.compute(d, day, w));
            return;
        }
        List<Event> held = events.window(from, day);
        if (held == null) {
            events.request(from, day, this::request);
            return;
        }
        situation.set(SituationAt.of(d, day, w, held));
        eventsIn.set(true);
        EventWindowCache.Partial partial = events.large(from, day) ? events.partial() : null;
        windowNote.set(partial == null ? "" : String.format(java.util.Locale.ROOT,
                "The map shows the newest %,d of the %,d events of this window; a shorter window shows them all",
                partial.events().size(), partial.total()));
        readingAhead.execute(() -> readAhead(day, w));
    }

    /** Reads the windows of the next days (in the direction the day last moved) before they are shown. */
    private void readAhead(LocalDate day, TimeWindow w) {
        if (events == null) {
            return;
        }
        int speed = timeline.playingProperty().get() ? timeline.speedProperty().get() : 1;
        boolean back = lastDay != null && day.isBefore(lastDay);
        lastDay = day;
        events.readAhead(day, w, back, speed);
    }

    /**
     * A sentence when the map shows only part of the window's events (a window of more events than
     * the window holds in memory), else empty.
     */
    public ReadOnlyStringProperty windowNoteProperty() {
        return windowNote.getReadOnlyProperty();
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

    /** The event with this id among the events of the situation shown, or {@code null}. */
    public Event event(String id) {
        Situation s = situation.get();
        if (id == null || s == null) {
            return null;
        }
        for (Event e : s.events()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
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

    /** Sources, crossings and intervals (no events), or {@code null} before they arrive. */
    public SituationData data() {
        return timeline.dataProperty().get();
    }

    /** The selected day. */
    public LocalDate date() {
        return timeline.date();
    }
}
