package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.PathIterator;
import java.util.List;
import java.util.SplittableRandom;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * An imported line of a million vertices, each far from the last, costs a frame little: it is
 * drawn as the cells it runs through, where it runs (the time of a whole render with it is pinned
 * by {@code cli.HugeAnnotationRenderTest}).
 */
class HugeShapesTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** A line of {@code n} vertices jumping at random across south-eastern Finland (WGS84). */
    static Geometry zigzag(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Coordinate[] cs = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            cs[i] = new Coordinate(26 + 4 * r.nextDouble(), 60.5 + 2 * r.nextDouble());
        }
        return GF.createLineString(cs);
    }

    @Test
    void aMillionVertexLineIsDrawnWhereItRunsAndNowhereElse() throws Exception {
        BaseMap map = BaseMap.loadBundled();
        var sit = RenderFixtures.situation(RenderFixtures.data(List.of(), List.of()), "2024-06-20");
        Viewport v = ViewPreset.BOTH.viewport(1920, 1080);
        MapScene plain = new MapScene(map, v, MapStyle.DEFAULT, MapOptions.ALL, sit, List.of(), List.of(), null, null);
        Annotation huge = AnnotationPainterTest.annotation("huge", AnnotationKind.LINE, zigzag(1_000_000, 7),
                "Imported track", "#D62728", null);
        MapScene withLine = plain.withAnnotations(List.of(huge));
        MapPainter.Frame frame = new MapPainter().paintImageFrame(withLine);
        var painted = new RenderFixtures.Painted(frame.image(), frame.overlays(), withLine);
        var inside = v.toScreen(MapProjection.forward(28, 61.5).x, MapProjection.forward(28, 61.5).y);
        Color c = painted.pixel(inside.getX(), inside.getY());
        assertTrue(c.getRed() > 150 && c.getGreen() < 120, "the line's area is red where it runs: " + c);
        var outside = v.toScreen(MapProjection.forward(24, 65).x, MapProjection.forward(24, 65).y);
        Color o = painted.pixel(outside.getX(), outside.getY());
        assertFalse(o.getRed() > 150 && o.getGreen() < 120, "and not where it does not run: " + o);
        var hit = frame.overlays().hits().at(inside.getX(), inside.getY());
        assertTrue(hit.isPresent() && hit.get() instanceof HitTarget.AnnotationHit a && a.annotationId().equals("huge"),
                "it can be picked where it runs: " + hit);
    }

    @Test
    void anOrderlyDenseLineStaysALineAndAScribbleBecomesItsCells() {
        Viewport v = ViewPreset.BOTH.viewport(1920, 1080);
        // 200,000 vertices along a gentle curve: merged to the pixels it crosses, still a path
        Coordinate[] dense = new Coordinate[200_000];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = MapProjection.forward(26 + 4.0 * i / dense.length, 61 + 0.3 * Math.sin(i / 20_000.0));
        }
        BoundedPath.Shape line = BoundedPath.of(GF.createLineString(dense), v, 1.5);
        assertFalse(line.coarse());
        assertTrue(count(line.path()) < 5_000, "merged to the pixel grid: " + count(line.path()) + " vertices");

        Geometry scribble = MapProjection.forward(zigzag(100_000, 3));
        BoundedPath.Shape cells = BoundedPath.of(scribble, v, 1.5);
        assertTrue(cells.coarse(), "100,000 segments of hundreds of pixels each are more than a frame strokes");
        assertTrue(count(cells.path()) < 5 * (1920 / 2) * (1080 / 2), "at most the grid's cells");
    }

    private static int count(java.awt.geom.Path2D p) {
        int n = 0;
        for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
            n++;
        }
        return n;
    }
}
