package org.borderwatch.render;

import static org.borderwatch.render.AnnotationPainterTest.annotation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.geo.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The window's layered frames show what a frame painted whole shows, and repaint only what changed. */
class LayeredFramePainterTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final org.borderwatch.geo.BaseMap MAP = RenderFixtures.map();

    private static SituationData data() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double lat = 60.4 + (i % 8) * 0.1;
            double lon = 27.4 + (i / 8) * 0.2;
            Category c = Category.values()[i % Category.values().length];
            Map<String, String> attrs = i % 5 == 0 ? Map.of("geo_precision", i % 10 == 0 ? "2" : "3") : Map.of();
            events.add(new Event("e" + i, LocalDate.of(2023, 11, 20).plusDays(i % 10), DatePrecision.DAY, "Event " + i, "", c,
                    Border.FI_RU, null, new GeoPoint(lat, lon), null, List.of("T1"), List.of(), attrs));
        }
        // two located only to a region and a province, in the crossing-zoom view below
        events.add(new Event("h1", LocalDate.of(2023, 11, 25), DatePrecision.DAY, "Region", "", Category.MIGRATION,
                Border.FI_RU, null, new GeoPoint(60.612, 27.795), null, List.of("T1"), List.of(), Map.of("geo_precision", "2")));
        events.add(new Event("h2", LocalDate.of(2023, 11, 26), DatePrecision.DAY, "Province", "", Category.STATEMENT,
                Border.FI_RU, null, new GeoPoint(60.590, 27.830), null, List.of("T1"), List.of(), Map.of("geo_precision", "3")));
        return RenderFixtures.data(List.of(
                RenderFixtures.interval(RenderFixtures.VAALIMAA, "2023-11-18", null, Status.CLOSED),
                RenderFixtures.interval(RenderFixtures.VAINIKKALA, "2023-01-01", null, Status.RESTRICTED),
                RenderFixtures.interval(RenderFixtures.NIIRALA, "2023-01-01", null, Status.OPEN)), events);
    }

    /** Annotations of every kind around south-eastern Finland, titled, in two confidences. */
    private static List<Annotation> annotations(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        AnnotationKind[] kinds = AnnotationKind.values();
        for (int i = from; i < to; i++) {
            double lon = 27.3 + (i % 7) * 0.25;
            double lat = 60.3 + (i / 7) * 0.12;
            AnnotationKind kind = kinds[i % kinds.length];
            var g = switch (kind) {
                case POINT, TEXT, RING -> GF.createPoint(new Coordinate(lon, lat));
                case LINE -> GF.createLineString(new Coordinate[] {new Coordinate(lon, lat),
                    new Coordinate(lon + 0.05, lat + 0.02), new Coordinate(lon + 0.08, lat - 0.01)});
                case POLYGON -> GF.createPolygon(Geodesy.circle(lon, lat, 3_000, 8));
            };
            String color = String.format("#%06X", (i * 0x3A5F1B) & 0xFFFFFF);
            out.add(annotation("a" + i, kind, g, kind.label() + " " + i, color, kind == AnnotationKind.RING ? 8.0 : null));
        }
        return out;
    }

    private static MapScene scene(Viewport v, List<Annotation> annotations) {
        Situation s = RenderFixtures.situation(data(), "2023-11-30");
        return MapScene.ofSituation(MAP, v, s).withAnnotations(annotations);
    }

    private static final List<Viewport> VIEWS = List.of(RenderFixtures.wholeView(),
            RenderFixtures.viewAt(28.0, 60.7, 150, 1100, 800), RenderFixtures.viewAt(27.81, 60.6, 5, 900, 700));

    @Test
    void framesFromCachedLayersShowWhatAFramePaintedWholeShows() {
        for (Viewport v : VIEWS) {
            MapScene scene = scene(v, annotations(0, 60));
            RenderFixtures.Painted whole = RenderFixtures.paint(scene);
            LayeredFramePainter layers = new LayeredFramePainter();
            layers.paint(scene);
            MapPainter.Frame frame = layers.paint(scene);
            assertLooksAlike(whole.image, frame.image(), "layered-" + v.metresPerPixel());
            assertEquals(ids(whole.result.hits()), ids(frame.overlays().hits()), "what can be picked, in paint order");
        }
    }

    @Test
    void aDateChangeRepaintsOnlyTheTilesOfTheAnnotationsThatCameOrWent() {
        Viewport v = VIEWS.get(1);
        List<Annotation> before = annotations(0, 60);
        List<Annotation> after = new ArrayList<>(before);
        after.remove(10);
        after.remove(30);
        after.addAll(annotations(60, 62));
        Situation next = RenderFixtures.situation(data(), "2023-12-01");
        LayeredFramePainter layers = new LayeredFramePainter();
        layers.paint(scene(v, before));
        MapScene later = scene(v, after).withSituation(next);
        MapPainter.Frame frame = layers.paint(later);
        assertEquals(1, layers.basePaints(), "the base map is not painted again for a new date");
        assertEquals(1, layers.annotationLayer().wholePaints());
        assertEquals(1, layers.annotationLayer().partialPaints(), "only the tiles of the changed annotations");
        assertEquals(1, layers.closureLayer().paints(), "Vaalimaa stays closed: the closure drawing is kept");
        assertLooksAlike(RenderFixtures.paint(later).image, frame.image(), "layered-date-change");
        assertEquals(ids(RenderFixtures.paint(later).result.hits()), ids(frame.overlays().hits()));
        layers.paint(later.withSelection("e3", null));
        assertEquals(1, layers.basePaints());
        assertEquals(1, layers.annotationLayer().partialPaints(), "a selection leaves the annotation layer alone");
    }

    @Test
    void theBaseIsPaintedOncePerViewAndTheFrameImageIsReused() {
        LayeredFramePainter layers = new LayeredFramePainter();
        MapScene scene = scene(VIEWS.get(1), List.of());
        BufferedImage first = layers.paint(scene).image();
        BufferedImage second = layers.paint(scene.withSituation(RenderFixtures.situation(data(), "2023-10-01"))).image();
        assertSame(first, second, "one frame image, painted over");
        assertEquals(1, layers.basePaints());
        layers.paint(scene.withView(VIEWS.get(1).pan(40, 0)));
        assertEquals(2, layers.basePaints(), "a new view needs its base map");
        assertTrue(layers.cachedBytes() >= 3L * 4 * 1100 * 800, "base, frame and annotation layer are counted");
    }

    @Test
    void haloesThatCoverTheViewTintItAsDiscsLaidOneAfterTheOtherWould() {
        Viewport v = VIEWS.get(2);
        Situation s = RenderFixtures.situation(data(), "2023-11-30");
        MapScene scene = RenderFixtures.scene(s, v).withOptions(MapOptions.ALL.withLegend(false).withGraticule(false)
                .withDecorations(false, false).withCrossings(false, false));
        Situation bare = new Situation(s.date(), s.window(), s.crossings(),
                s.events().stream().map(e -> new Event(e.id(), e.date(), e.datePrecision(), e.title(), e.summary(),
                        e.category(), e.border(), e.crossingId(), e.location(), e.place(), e.sourceIds(), e.tags(),
                        Map.of())).toList());
        RenderFixtures.Painted with = RenderFixtures.paint(scene);
        RenderFixtures.Painted without = RenderFixtures.paint(scene.withSituation(bare));
        // the halos whose 25 or 75 km reach covers this 4.5 km view, in paint order
        List<Color> tints = new ArrayList<>();
        for (EventPainter.Marker m : EventPainter.place(scene, List.of())) {
            if (!m.isCluster() && EventPainter.uncertaintyMetres(m.events().get(0)) > 0) {
                tints.add(scene.style().categoryColor(m.events().get(0).category()));
            }
        }
        assertTrue(tints.size() >= 2, "the fixture puts several haloed events in view");
        Color base = without.pixel(3, v.height() - 3);
        double r = base.getRed();
        double g = base.getGreen();
        double b = base.getBlue();
        for (Color c : tints) {
            double a = UncertaintyHalos.FILL_ALPHA / 255.0;
            r = r * (1 - a) + c.getRed() * a;
            g = g * (1 - a) + c.getGreen() * a;
            b = b * (1 - a) + c.getBlue() * a;
        }
        Color expected = new Color((int) Math.round(r), (int) Math.round(g), (int) Math.round(b));
        Color got = with.pixel(3, v.height() - 3);
        with.check(RenderFixtures.near(got, expected, 3), "halos-cover-view",
                "corner " + got + " should be " + expected + " (" + tints.size() + " halos over " + base + ")");
    }

    private static List<String> ids(HitIndex hits) {
        return hits.targets().stream().map(LayeredFramePainterTest::id).toList();
    }

    private static String id(HitTarget t) {
        if (t instanceof HitTarget.CrossingHit c) {
            return "crossing " + c.crossingId();
        }
        if (t instanceof HitTarget.EventHit e) {
            return "event " + e.eventId();
        }
        if (t instanceof HitTarget.ClusterHit c) {
            return "cluster " + c.eventIds();
        }
        return "annotation " + ((HitTarget.AnnotationHit) t).annotationId();
    }

    /**
     * Alike as the eye sees it: labels and symbols copied from images may sit up to 1/8 pixel from
     * where drawing them in place puts them, which can move a glyph by a pixel when its place is
     * rounded. A pixel counts as changed only when no pixel next to it in the other image matches.
     */
    static void assertLooksAlike(BufferedImage expected, BufferedImage actual, String name) {
        assertEquals(expected.getWidth(), actual.getWidth());
        int w = expected.getWidth();
        int h = expected.getHeight();
        int far = 0;
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = expected.getRGB(x, y);
                sum += difference(a, actual.getRGB(x, y));
                int best = Integer.MAX_VALUE;
                for (int dy = -1; dy <= 1 && best > 48; dy++) {
                    for (int dx = -1; dx <= 1 && best > 48; dx++) {
                        int nx = Math.min(w - 1, Math.max(0, x + dx));
                        int ny = Math.min(h - 1, Math.max(0, y + dy));
                        best = Math.min(best, difference(a, actual.getRGB(nx, ny)));
                    }
                }
                if (best > 48) {
                    far++;
                }
            }
        }
        double share = (double) far / (w * h);
        double mean = (double) sum / (w * h);
        if (share > 0.0005 || mean > 1.5) {
            throw new AssertionError(String.format("%s: %.3f %% of pixels changed, mean difference %.2f (images: %s, %s)",
                    name, share * 100, mean, RenderFixtures.save(expected, name + "-whole"), RenderFixtures.save(actual, name)));
        }
    }

    private static int difference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }
}
