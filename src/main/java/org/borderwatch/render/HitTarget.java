package org.borderwatch.render;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.domain.Status;

/**
 * Something painted on the map that the pointer can pick: a crossing symbol, an event marker, a
 * cluster of events or an annotation. Areas are in screen pixels of the frame that was painted
 * (y down). Immutable.
 */
public sealed interface HitTarget {

    /** The pickable area in screen pixels. */
    Shape area();

    /** A one-line description for a tooltip. */
    String tooltip();

    /** The bounding box of {@link #area()}. */
    default Rectangle2D bounds() {
        return area().getBounds2D();
    }

    /** True when screen point (x, y) lies in the pickable area. */
    default boolean contains(double x, double y) {
        return area().contains(x, y);
    }

    /**
     * A crossing symbol.
     *
     * @param crossingId the crossing
     * @param status     its status on the painted date
     */
    record CrossingHit(String crossingId, Status status, Shape area, String tooltip) implements HitTarget {
        public CrossingHit {
            requireArea(area, tooltip);
        }
    }

    /** One event's marker. */
    record EventHit(String eventId, Shape area, String tooltip) implements HitTarget {
        public EventHit {
            requireArea(area, tooltip);
        }
    }

    /**
     * A cluster marker standing for several events (at least two).
     *
     * @param eventIds the events it stands for, oldest first
     */
    record ClusterHit(List<String> eventIds, Shape area, String tooltip) implements HitTarget {
        public ClusterHit {
            requireArea(area, tooltip);
            eventIds = FrozenList.of(eventIds);
            if (eventIds.size() < 2) {
                throw new IllegalArgumentException("a cluster stands for at least two events");
            }
        }
    }

    /** An annotation (its outline, stroke or marker, widened to a few pixels for lines and points). */
    record AnnotationHit(String annotationId, Shape area, String tooltip) implements HitTarget {
        public AnnotationHit {
            requireArea(area, tooltip);
        }
    }

    private static void requireArea(Shape area, String tooltip) {
        if (area == null || tooltip == null) {
            throw new IllegalArgumentException("a hit target needs an area and a tooltip");
        }
    }
}
