package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.Instant;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AnnotationPainterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Instant T = Instant.parse("2024-06-13T08:00:00Z");

    static Annotation annotation(String id, AnnotationKind kind, Geometry g, String title, String color, Double km) {
        return new Annotation(id, kind, g, title, "", "analyst", T, T, List.of(), List.of(), Confidence.PROBABLE, null,
                null, color, km);
    }

    private static RenderFixtures.Painted paint(Viewport v, List<Annotation> annotations) {
        var sit = RenderFixtures.situation(RenderFixtures.data(List.of(), List.of()), "2024-06-20");
        return RenderFixtures.paint(RenderFixtures.scene(sit, v).withAnnotations(annotations));
    }

    @Test
    void polygonIsFilledInsideItsAreaAndNotOutside() {
        // a buffer-zone-like area west of the PL–BY line near Białowieża
        Geometry area = GF.createPolygon(new Coordinate[] {
            new Coordinate(23.40, 52.60), new Coordinate(23.80, 52.60), new Coordinate(23.80, 52.85),
            new Coordinate(23.40, 52.85), new Coordinate(23.40, 52.60)});
        Viewport v = RenderFixtures.viewAt(23.6, 52.72, 150, 900, 700);
        var p = paint(v, List.of(annotation("a1", AnnotationKind.POLYGON, area, "Buffer zone", "#0072B2", null)));
        double[] inside = p.at(23.50, 52.78);
        double[] outside = p.at(23.20, 52.78);
        Color in = p.pixel(inside[0], inside[1]);
        Color out = p.pixel(outside[0], outside[1]);
        p.check(in.getBlue() > in.getRed() + 20 && out.getBlue() <= out.getRed() + 5, "annotation-polygon",
                "inside " + in + " should be tinted blue, outside " + out + " not");
        var hit = p.result.hits().at(inside[0], inside[1]).orElseThrow();
        assertTrue(hit instanceof HitTarget.AnnotationHit a && a.annotationId().equals("a1"), hit.toString());
        assertTrue(hit.tooltip().startsWith("Buffer zone · Area"), hit.tooltip());
    }

    @Test
    void rangeRingRadiusInPixelsMatchesItsGeodesicRadius() {
        double lon = 28.0;
        double lat = 61.5;
        var ring = annotation("r1", AnnotationKind.RING, GF.createPoint(new Coordinate(lon, lat)), "Patrol range",
                "#CC00CC", 50.0);
        Viewport v = RenderFixtures.viewAt(lon, lat, 250, 800, 800);
        var p = paint(v.scaledTo(800, 800), List.of(ring));
        double expected = 50_000 / ScaleBar.groundMetresPerPixel(v);
        Color magenta = new Color(0xCC00CC);
        for (int[] dir : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
            double found = -1;
            for (int d = 20; d < 390; d++) {
                double x = 400 + dir[0] * d;
                double y = 400 + dir[1] * d;
                if (RenderFixtures.near(p.pixel(x, y), magenta, 40)) {
                    found = d;
                    break;
                }
            }
            double err = Math.abs(found - expected) / expected;
            p.check(found > 0 && err < 0.04, "annotation-ring",
                    "ring edge toward " + dir[0] + "," + dir[1] + " at " + found + " px, expected " + expected);
        }
        var hit = p.result.hits().at(400 + expected, 400).orElseThrow();
        assertEquals("r1", ((HitTarget.AnnotationHit) hit).annotationId());
        assertTrue(p.result.legend().stream().anyMatch(e -> e.code().equals("ring")));
    }

    @Test
    void geodesicCircleHasItsRadiusOnTheGround() {
        Coordinate[] c = Geodesy.circle(23.6, 52.1, 30_000, AnnotationPainter.RING_SEGMENTS);
        for (Coordinate x : c) {
            assertEquals(30_000, Geodesy.distanceMetres(23.6, 52.1, x.x, x.y), 0.5);
        }
    }

    @Test
    void annotationsAreLeftOutWhenTheOptionsSaySo() {
        var point = annotation("p1", AnnotationKind.POINT, GF.createPoint(new Coordinate(28.0, 61.5)), "Group stopped",
                "#000000", null);
        Viewport v = RenderFixtures.viewAt(28.0, 61.5, 250, 400, 400);
        var sit = RenderFixtures.situation(RenderFixtures.data(List.of(), List.of()), "2024-06-20");
        var scene = RenderFixtures.scene(sit, v).withAnnotations(List.of(point));
        var shown = RenderFixtures.paint(scene);
        var hidden = RenderFixtures.paint(scene.withOptions(scene.options().withAnnotations(false)));
        assertTrue(shown.result.hits().at(200, 200).isPresent());
        assertTrue(hidden.result.hits().at(200, 200).isEmpty());
        hidden.check(!RenderFixtures.near(hidden.pixel(200, 200), Color.BLACK, 60), "annotation-hidden",
                "the point is drawn although annotations are off");
    }

    @Test
    void anAnnotationMovedUnderTheSameIdIsProjectedWhereItNowIs() {
        Annotation before = annotation("ann-moved", AnnotationKind.POINT, GF.createPoint(new Coordinate(27.0, 61.0)),
                "Observation post", "#C62828", null);
        Annotation copy = annotation("ann-moved", AnnotationKind.POINT, GF.createPoint(new Coordinate(27.0, 61.0)),
                "Observation post", "#C62828", null);
        Annotation moved = annotation("ann-moved", AnnotationKind.POINT, GF.createPoint(new Coordinate(28.5, 62.0)),
                "Observation post", "#C62828", null);
        Coordinate first = AnnotationPainter.projected(before).anchor();
        assertEquals(first, AnnotationPainter.projected(copy).anchor());
        Coordinate now = AnnotationPainter.projected(moved).anchor();
        assertTrue(now.distance(first) > 50_000, "the moved point is still drawn at its old place");
        assertEquals(now, org.borderwatch.geo.MapProjection.forward(28.5, 62.0));
        assertEquals(first, AnnotationPainter.projected(before).anchor());
    }
}
