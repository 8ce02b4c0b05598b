package org.borderwatch.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;

/**
 * An analyst's mark on the map.
 *
 * @param id         stable id (a UUID string)
 * @param kind       what was drawn
 * @param geometry   WGS84, x = longitude, y = latitude (degrees); never mutated. Its type matches
 *                   {@link AnnotationKind#geometryType()}
 * @param title      one line (may be empty for a bare point, never null)
 * @param note       multi-line note (never null)
 * @param author     who made or last changed it
 * @param created    when it was created
 * @param modified   when it was last changed (≥ created)
 * @param tags       free tags
 * @param eventIds   linked events
 * @param confidence grade
 * @param validFrom  first day it applies (inclusive), or {@code null} for "always"
 * @param validUntil first day it no longer applies (exclusive), or {@code null} for "open-ended"
 * @param color      {@code #RRGGBB}
 * @param radiusKm   radius of a {@link AnnotationKind#RING} in km (geodesic), else {@code null}
 */
public record Annotation(String id, AnnotationKind kind, Geometry geometry, String title, String note,
                         String author, Instant created, Instant modified, List<String> tags,
                         List<String> eventIds, Confidence confidence, LocalDate validFrom,
                         LocalDate validUntil, String color, Double radiusKm) {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Annotation {
        Util.requireText(id, "annotation id");
        if (kind == null || geometry == null) {
            throw new IllegalArgumentException("annotation " + id + ": kind and geometry are required");
        }
        if (!kind.geometryType().equals(geometry.getGeometryType())) {
            throw new IllegalArgumentException("annotation " + id + ": a " + kind.code() + " needs a "
                    + kind.geometryType() + ", not a " + geometry.getGeometryType());
        }
        for (var c : geometry.getCoordinates()) {
            new GeoPoint(c.y, c.x);
        }
        title = title == null ? "" : title;
        note = note == null ? "" : note;
        Util.requireText(author, "annotation " + id + ": author");
        if (created == null || modified == null || modified.isBefore(created)) {
            throw new IllegalArgumentException("annotation " + id + ": needs created ≤ modified timestamps");
        }
        tags = Util.copy(tags);
        eventIds = Util.copy(eventIds);
        if (confidence == null) {
            confidence = Confidence.PROBABLE;
        }
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("annotation " + id + ": valid until " + validUntil
                    + " is not after valid from " + validFrom);
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("annotation " + id + ": colour must be #RRGGBB, not " + color);
        }
        if (kind == AnnotationKind.RING) {
            if (radiusKm == null || !(radiusKm > 0 && radiusKm <= 5000)) {
                throw new IllegalArgumentException("annotation " + id + ": a range ring needs a radius of 0–5000 km");
            }
        } else {
            radiusKm = null;
        }
    }

    /** True when the annotation applies on day {@code d} ({@code [validFrom, validUntil)}). */
    public boolean visibleOn(LocalDate d) {
        return (validFrom == null || !d.isBefore(validFrom)) && (validUntil == null || d.isBefore(validUntil));
    }
}
