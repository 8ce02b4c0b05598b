package org.borderwatch.ui;

import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;

/** What the user has selected: one event or one crossing. The map highlights it, the details pane shows it. */
public sealed interface Selection permits Selection.OfEvent, Selection.OfCrossing {

    /** The selected event's id, or {@code null} when a crossing is selected. */
    default String eventId() {
        return this instanceof OfEvent e ? e.event().id() : null;
    }

    /** The selected crossing's id, or {@code null} when an event is selected. */
    default String crossingId() {
        return this instanceof OfCrossing c ? c.crossing().id() : null;
    }

    /** An event is selected. */
    record OfEvent(Event event) implements Selection {
        public OfEvent {
            if (event == null) {
                throw new IllegalArgumentException("no event");
            }
        }
    }

    /** A crossing is selected. */
    record OfCrossing(Crossing crossing) implements Selection {
        public OfCrossing {
            if (crossing == null) {
                throw new IllegalArgumentException("no crossing");
            }
        }
    }
}
