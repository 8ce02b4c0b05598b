package org.borderwatch.interop;

import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;

/**
 * The icons a KML export points its styles at: addresses inside the same KMZ (never on the
 * network: an air-gapped network must show them), or none, when Google Earth shows its default
 * pin in the style's colour. An icon that is a picture in its own colours is not tinted.
 */
public interface KmlIcons {
    /** No icons: plain KML, each style's colour on the default pin. */
    KmlIcons NONE = new KmlIcons() {
        @Override
        public String crossing(CrossingType type, Status status) {
            return null;
        }

        @Override
        public String event(Category category) {
            return null;
        }

        @Override
        public String annotationPoint() {
            return null;
        }
    };

    /** The icon of a crossing of {@code type} with {@code status} (its shape and status cue), or null. */
    String crossing(CrossingType type, Status status);

    /** The pin of an event of {@code category}, or null. */
    String event(Category category);

    /** A white dot an annotation's colour tints, or null. */
    String annotationPoint();
}
