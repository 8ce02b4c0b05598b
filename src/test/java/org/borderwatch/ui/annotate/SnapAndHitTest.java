package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

/** Snapping pulls within 10 px, crossings first; clicks find the topmost annotation and its handles. */
class SnapAndHitTest {
    private static final Viewport VIEW = view(23.70, 53.50, 50);
    private static final Crossing KUZNICA = new Crossing("pl-kuznica", Border.PL_BY, "Kuźnica", "Брузги", "Bruzgi",
            CrossingType.ROAD, new GeoPoint(53.51, 23.65), CoordinatePrecision.ESTIMATE, "test point", null, List.of("P1"));

    private static Viewport view(double lon, double lat, double mpp) {
        Coordinate c = MapProjection.forward(lon, lat);
        return new Viewport(c.x, c.y, mpp, 800, 600);
    }

    private static BaseMap map() throws Exception {
        String empty = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        String border = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[23.70,53.60],[23.70,53.50],[23.80,53.40]]}}]}";
        Map<String, String> files = Map.of(BaseMap.COUNTRIES, empty, BaseMap.LAKES, empty, BaseMap.RIVERS, empty,
                BaseMap.BORDER_FI_RU, empty, BaseMap.BORDER_PL_BY, border);
        return BaseMap.load(n -> new ByteArrayInputStream(files.get(n).getBytes(StandardCharsets.UTF_8)));
    }

    private static Point2D px(double lon, double lat) {
        return new ScreenGeometry(VIEW).toScreen(lon, lat);
    }

    @Test
    void snapsToTheCrossingThenTheBorderVertexThenTheLine() throws Exception {
        Snapper s = new Snapper(map(), List.of(KUZNICA));
        Point2D vertex = px(23.70, 53.50);
        Snapper.Snap onVertex = s.snap(VIEW, vertex.getX() + 6, vertex.getY() - 5, 10);
        assertEquals("border vertex", onVertex.target());
        assertEquals(23.70, onVertex.wgs84().x, 1e-8);
        assertEquals(53.50, onVertex.wgs84().y, 1e-8);

        Point2D onLineAt = px(23.70, 53.55);
        Snapper.Snap line = s.snap(VIEW, onLineAt.getX() + 7, onLineAt.getY(), 10);
        assertEquals("border line", line.target());
        assertEquals(23.70, line.wgs84().x, 1e-4, "pulled sideways onto the line");

        assertNull(s.snap(VIEW, onLineAt.getX() + 12, onLineAt.getY(), 10), "12 px is too far");

        Point2D crossing = px(23.65, 53.51);
        assertEquals("Kuźnica crossing", s.snap(VIEW, crossing.getX() + 3, crossing.getY() + 3, 10).target());
        assertNull(Snapper.none().snap(VIEW, crossing.getX(), crossing.getY(), 10));
    }

    @Test
    void theTopmostAnnotationUnderTheClickIsHitAndItsHandlesArePicked() throws Exception {
        WKTReader r = new WKTReader();
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        Annotation area = AnnotationBuilder.create("a", AnnotationKind.POLYGON,
                r.read("POLYGON ((23.66 53.48, 23.74 53.48, 23.74 53.52, 23.66 53.52, 23.66 53.48))"), "anna", t, "#D81B60").build();
        Annotation line = AnnotationBuilder.create("b", AnnotationKind.LINE,
                r.read("LINESTRING (23.60 53.50, 23.80 53.50)"), "anna", t, "#1565C0").build();
        Annotation ring = AnnotationBuilder.create("c", AnnotationKind.RING, r.read("POINT (23.75 53.46)"), "anna", t,
                "#1565C0").radiusKm(2.0).build();
        ScreenGeometry sg = new ScreenGeometry(VIEW);
        List<Annotation> drawn = List.of(area, line, ring);

        Point2D onLine = px(23.72, 53.50);
        assertSame(line, AnnotationHitTest.annotationAt(drawn, sg, onLine.getX(), onLine.getY() + 4), "the line lies on top");
        Point2D inside = px(23.70, 53.51);
        assertSame(area, AnnotationHitTest.annotationAt(drawn, sg, inside.getX(), inside.getY()));
        Point2D ringCentre = px(23.75, 53.46);
        assertNull(AnnotationHitTest.annotationAt(drawn, sg, ringCentre.getX() + 20, ringCentre.getY()),
                "inside a ring but away from its centre and circle is not the ring");
        Point2D knob = AnnotationHitTest.radiusKnob(ring, sg);
        assertEquals(AnnotationHitTest.HandleType.RADIUS,
                AnnotationHitTest.handleAt(ring, sg, knob.getX() + 2, knob.getY()).type());
        assertEquals(2.0 / VIEW.metresPerPixel() * 1000, knob.distance(ringCentre), 1.5, "the knob is 2 km east");

        Point2D corner = px(23.74, 53.52);
        AnnotationHitTest.Handle h = AnnotationHitTest.handleAt(area, sg, corner.getX() + 3, corner.getY() - 2);
        assertEquals(AnnotationHitTest.HandleType.VERTEX, h.type());
        assertEquals(2, h.index());
        Point2D mid = px(23.70, 53.48);
        AnnotationHitTest.Handle m = AnnotationHitTest.handleAt(area, sg, mid.getX(), mid.getY());
        assertEquals(AnnotationHitTest.HandleType.MIDPOINT, m.type());
        assertEquals(0, m.index());
        assertEquals(AnnotationHitTest.HandleType.BODY, AnnotationHitTest.handleAt(area, sg, inside.getX(), inside.getY()).type());
    }
}
