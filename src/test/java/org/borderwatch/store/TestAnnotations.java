package org.borderwatch.store;

import java.time.Instant;
import java.util.UUID;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Annotations for store tests: an area by the Kuźnica crossing and a point at Vaalimaa. */
final class TestAnnotations {
    static final GeometryFactory GF = new GeometryFactory();

    private TestAnnotations() {
    }

    /** A triangle west of Kuźnica (WGS84 lon/lat), created by {@code author} at {@code at}. */
    static Annotation area(String title, String note, String author, Instant at) {
        var ring = GF.createPolygon(new Coordinate[] {new Coordinate(23.60, 53.50), new Coordinate(23.68, 53.50),
            new Coordinate(23.66, 53.56), new Coordinate(23.60, 53.50)});
        return AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POLYGON, ring, author, at, "#D81B60")
                .title(title).note(note).build();
    }

    /** A point at the Vaalimaa crossing. */
    static Annotation point(String title, String author, Instant at) {
        return AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                GF.createPoint(new Coordinate(27.80833, 60.6)), author, at, "#1E88E5").title(title).build();
    }
}
