package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.UserLayer;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A PNG slide, whose maps are painted on a second thread, is the slide's one layout painted on one
 * thread through a graphics scaled to the image, pixel for pixel; so is one whose maps' base was
 * painted while its events were read.
 */
class PngSlideWriterTest {

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND", "1280, 720, FINLAND", "1000, 750, POLAND", "1601, 903, BOTH"})
    void theSlideIsExactlyWhatOneThreadPaints(int width, int height, String view) {
        SlideSpec spec = SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"),
                        ViewPreset.valueOf(view))
                .withSubtitle("Finland–Russia land border")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
        Slide slide = Slide.compose(spec, SlideFixtures.data(), SlideFixtures.map());
        SlidePainter painter = new SlidePainter();
        BufferedImage expected = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = expected.createGraphics();
        try {
            SlideLayout layout = painter.layoutFor(slide, width, height);
            double k = width / (double) layout.width();
            g.scale(k, k);
            painter.paint(g, slide, layout);
        } finally {
            g.dispose();
        }
        BufferedImage actual = new PngSlideWriter(painter).render(slide, width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    assertEquals(Integer.toHexString(expected.getRGB(x, y)), Integer.toHexString(actual.getRGB(x, y)),
                            "pixel " + x + "," + y);
                }
            }
        }
    }

    private static SlideSpec spec(String view) {
        return SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"),
                        ViewPreset.valueOf(view))
                .withSubtitle("Finland–Russia land border")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    assertEquals(Integer.toHexString(expected.getRGB(x, y)), Integer.toHexString(actual.getRGB(x, y)),
                            "pixel " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND", "1280, 720, FINLAND", "1601, 903, FINLAND", "520, 293, FINLAND"})
    void aSlideWithADetailInsetIsExactlyWhatOneThreadPaints(int width, int height, String view) throws Exception {
        SlideData data;
        try (org.borderwatch.store.Store store = org.borderwatch.store.Store.openOrCreateSeeded(
                Files.createTempDirectory("insets").resolve("seed.db"))) {
            data = SlideData.of(store.loadSituationData(), SlideFixtures.map());
        }
        SlideSpec spec = spec(view);
        Slide slide = data.compose(spec);
        SlidePainter painter = new SlidePainter();
        SlideLayout layout = painter.layoutFor(slide, width, height);
        // the seed store's crossings crowd in the Finland view's south-east: Vaalimaa, Nuijamaa, Imatra …
        assertTrue(layout.panels().stream().anyMatch(p -> !p.composition().insets().isEmpty()), "the slide has an inset");
        BufferedImage inPlace = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = inPlace.createGraphics();
        try {
            double k = width / (double) layout.width();
            g.scale(k, k);
            painter.paint(g, slide, layout);
        } finally {
            g.dispose();
        }
        // the maps painted on the second thread, into an image in the slide's own pixels: at 1280 × 720
        // an image from the maps' corner made two pixels of the inset differ
        assertSamePixels(inPlace, new PngSlideWriter(painter).render(slide, width, height));
        assertSamePixels(inPlace, new PngSlideWriter(new SlidePainter()).render(data, spec, null, width, height).image());
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND, ", "1280, 720, BOTH, ", "1000, 750, POLAND, ", "1601, 903, BOTH, 2023-11-24-fi-north-closed",
            "1920, 1080, FINLAND, 2023-11-30-fi-all-closed"})
    void aSlideWhoseBaseWasPaintedWhileItsEventsWereReadIsTheSameSlide(int width, int height, String view,
                                                                       String highlight) {
        SlideData data = SlideData.of(SlideFixtures.data(), SlideFixtures.map());
        SlideSpec spec = spec(view);
        SlidePainter painter = new SlidePainter();
        BufferedImage expected = new PngSlideWriter(painter).render(data.compose(spec, highlight), width, height);
        PngSlideWriter.Rendered begun = new PngSlideWriter(painter).render(data, spec, highlight, width, height);
        assertEquals(data.compose(spec, highlight), begun.slide());
        assertSamePixels(expected, begun.image());
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND, 2023-11-30, ", "1601, 903, BOTH, 2023-11-30, 2023-11-24-fi-north-closed",
            "1000, 750, POLAND, 2023-11-22, ", "1280, 720, BOTH, 2023-11-22, "})
    void withAnnotationsAndAUserLayerTheSlideBegunEarlyIsTheSame(int width, int height, String view, String day,
                                                                String highlight) {
        SlideData data = new SlideData(SlideFixtures.data(), SlideFixtures.map(), annotations(), List.of(userLayer()));
        SlideSpec spec = spec(view).withDate(SlideFixtures.d(day));
        SlidePainter painter = new SlidePainter();
        Slide composed = data.compose(spec, highlight);
        // the day's annotations are on the slide: the area from 20 Nov, the line until 25 Nov
        assertEquals(day.equals("2023-11-30") ? 4 : 5, composed.annotations().size());
        BufferedImage expected = new PngSlideWriter(painter).render(composed, width, height);
        assertSamePixels(expected, new PngSlideWriter(painter).render(data, spec, highlight, width, height).image());
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND", "1601, 903, BOTH", "520, 293, POLAND"})
    void theNextSlideOfTheSameViewCopiesItsBaseAndIsTheSlideAFreshPainterPaints(int width, int height, String view) {
        SlideData data = new SlideData(SlideFixtures.data(), SlideFixtures.map(), annotations(), List.of(userLayer()));
        SlideSpec before = spec(view).withDate(SlideFixtures.d("2023-11-22"));
        SlideSpec after = spec(view).withDate(SlideFixtures.d("2023-11-30")).withTitle("Every crossing closed");
        SlidePainter painter = new SlidePainter();
        BufferedImage first = new PngSlideWriter(painter).render(data, before, null, width, height).image();
        assertEquals(0, painter.bases().copies());
        // another day and title: other events, annotations and text over the same base
        BufferedImage next = new PngSlideWriter(painter).render(data, after, "2023-11-30-fi-all-closed", width, height).image();
        assertEquals(1, painter.bases().copies(), "the base was copied, not painted again");
        assertSamePixels(new PngSlideWriter(new SlidePainter()).render(data, after, "2023-11-30-fi-all-closed", width, height)
                .image(), next);
        // the kept base is not what the overlays were painted on: the first slide again is the first slide
        assertSamePixels(first, new PngSlideWriter(painter).render(data, before, null, width, height).image());
        assertEquals(2, painter.bases().copies());
        SlidePainter withNotes = painter.notesIn("slide.txt");
        assertSamePixels(new PngSlideWriter(new SlidePainter().notesIn("slide.txt")).render(data, before, null, width, height)
                .image(), new PngSlideWriter(withNotes).render(data, before, null, width, height).image());
        assertEquals(3, painter.bases().copies(), "a painter for a slide's notes shares the kept bases");
    }

    @Test
    void aSlideOfAnotherViewOrSizePaintsItsOwnBaseAndOnlyTheLastTwoAreKept() {
        SlideData data = SlideData.of(SlideFixtures.data(), SlideFixtures.map());
        SlidePainter painter = new SlidePainter();
        BufferedImage finland = new PngSlideWriter(painter).render(data, spec("FINLAND"), null, 640, 360).image();
        BufferedImage poland = new PngSlideWriter(painter).render(data, spec("POLAND"), null, 640, 360).image();
        BufferedImage larger = new PngSlideWriter(painter).render(data, spec("POLAND"), null, 800, 450).image();
        assertEquals(0, painter.bases().copies(), "no two of these slides share a base");
        assertEquals(SlideBases.CAPACITY, painter.bases().size());
        assertSamePixels(new PngSlideWriter(new SlidePainter()).render(data, spec("POLAND"), null, 800, 450).image(), larger);
        assertSamePixels(poland, new PngSlideWriter(painter).render(data, spec("POLAND"), null, 640, 360).image());
        assertEquals(1, painter.bases().copies());
        // Finland's base was the eldest when the third was kept: painted again, the same slide
        assertSamePixels(finland, new PngSlideWriter(painter).render(data, spec("FINLAND"), null, 640, 360).image());
        assertEquals(1, painter.bases().copies());
    }

    @Test
    void aBaseLargerThanAScreenSlidesIsNotKept() {
        SlideBases bases = new SlideBases();
        SlideBases.Key key = new SlideBases.Key(List.of(), List.of(), new java.awt.geom.Rectangle2D.Double(0, 0, 1, 1), 1);
        bases.keep(key, new BufferedImage(2000, 1100, BufferedImage.TYPE_INT_RGB));
        assertEquals(0, bases.size(), "2.2 million pixels, a print slide's maps: not kept");
        BufferedImage small = new BufferedImage(1500, 1000, BufferedImage.TYPE_INT_RGB);
        small.setRGB(7, 9, 0x123456);
        bases.keep(key, small);
        BufferedImage copy = new BufferedImage(1500, 1000, BufferedImage.TYPE_INT_RGB);
        assertTrue(bases.copyInto(key, copy));
        assertEquals(0x123456, copy.getRGB(7, 9) & 0xFFFFFF);
        small.setRGB(7, 9, 0);
        assertTrue(bases.copyInto(key, copy));
        assertEquals(0x123456, copy.getRGB(7, 9) & 0xFFFFFF, "the kept base is a copy of the image, not the image");
    }

    @Test
    void aPrintSizedSlideBegunEarlyIsTheSameFile(@TempDir Path dir) throws Exception {
        // A4 landscape at 150 dpi: 1754 × 1240 pixels from the slide's own canvas, scaled
        SlideData data = new SlideData(SlideFixtures.data(), SlideFixtures.map(), annotations(), List.of(userLayer()));
        SlideSpec spec = spec("BOTH").withSize(SlideSize.A4_LANDSCAPE).withDpi(150);
        SlidePainter painter = new SlidePainter();
        Path composedFirst = dir.resolve("a.png");
        Path begunEarly = dir.resolve("b.png");
        new PngSlideWriter(painter).write(data.compose(spec), composedFirst);
        new PngSlideWriter(painter).write(data, spec, null, begunEarly);
        BufferedImage a = javax.imageio.ImageIO.read(composedFirst.toFile());
        assertEquals(PngSlideWriter.pixelWidth(spec), a.getWidth());
        assertEquals(PngSlideWriter.pixelHeight(spec), a.getHeight());
        assertEquals(-1, Files.mismatch(composedFirst, begunEarly), "the same bytes, the dpi recorded alike");
    }

    private static final java.time.Instant T = java.time.Instant.parse("2023-11-21T08:00:00Z");

    /** An area at Vaalimaa, a range ring at Kuźnica, a line along the south-east border until 25 Nov, a point, a text. */
    private static List<Annotation> annotations() {
        GeometryFactory gf = new GeometryFactory();
        Geometry area = gf.createPolygon(new Coordinate[] {new Coordinate(27.5, 60.45), new Coordinate(28.2, 60.45),
                new Coordinate(28.2, 60.8), new Coordinate(27.5, 60.8), new Coordinate(27.5, 60.45)});
        Geometry line = gf.createLineString(new Coordinate[] {new Coordinate(28.6, 61.0), new Coordinate(29.4, 61.5),
                new Coordinate(30.1, 62.0)});
        return List.of(
                annotation("a-area", AnnotationKind.POLYGON, area, "Queue of cars", "#0072B2", null, "2023-11-20", null),
                annotation("a-ring", AnnotationKind.RING, gf.createPoint(new Coordinate(23.64, 53.51)), "Patrol range",
                        "#CC00CC", 30.0, null, null),
                annotation("a-line", AnnotationKind.LINE, line, "Fence works", "#D55E00", null, null, "2023-11-25"),
                annotation("a-point", AnnotationKind.POINT, gf.createPoint(new Coordinate(27.86, 60.6)), "Press point",
                        "#009E73", null, null, null),
                annotation("a-text", AnnotationKind.TEXT, gf.createPoint(new Coordinate(23.9, 52.9)), "Buffer zone",
                        "#000000", null, null, null));
    }

    private static Annotation annotation(String id, AnnotationKind kind, Geometry g, String title, String color,
                                         Double km, String from, String until) {
        return new Annotation(id, kind, g, title, "", "analyst", T, T, List.of(), List.of(), Confidence.PROBABLE,
                from == null ? null : SlideFixtures.d(from), until == null ? null : SlideFixtures.d(until), color, km);
    }

    /** A user's layer: a box around Imatra and Nuijamaa, in the map's projection. */
    private static UserLayer userLayer() {
        Coordinate[] ring = new Coordinate[5];
        double[][] corners = {{28.3, 60.9}, {28.9, 60.9}, {28.9, 61.3}, {28.3, 61.3}, {28.3, 60.9}};
        for (int i = 0; i < 5; i++) {
            ring[i] = MapProjection.forward(corners[i][0], corners[i][1]);
        }
        return new UserLayer("Sectors", List.of(new GeometryFactory().createPolygon(ring)), new java.awt.Color(0x6A3D9A),
                true);
    }

    @Test
    void theMapsBaseIsPaintedWhileTheEventsAreRead(@TempDir Path dir) throws Exception {
        // the event source answers only once a slide-map thread has painted the base and waits for the slide
        SituationData fixture = SlideFixtures.data();
        AtomicBoolean baseDoneFirst = new AtomicBoolean();
        EventSource slowStore = (from, to) -> {
            baseDoneFirst.set(waitForAMapThreadAwaitingTheLayout());
            return fixture.eventsBetween(from, to);
        };
        SlideData data = new SlideData(fixture, slowStore, SlideFixtures.map(), List.of(), List.of());
        Path out = dir.resolve("slide.png");
        PngSlideWriter.Rendered r = new PngSlideWriter(new SlidePainter()).write(data, spec("FINLAND"), null, out);
        assertTrue(baseDoneFirst.get(), "the base map was painted before the events came back");
        assertTrue(Files.size(out) > 10_000);
        assertSamePixels(new PngSlideWriter(new SlidePainter()).render(r.slide(), 1920, 1080),
                javax.imageio.ImageIO.read(out.toFile()));
    }

    /** True once a "slide-map" thread waits in {@link SlidePainter#mapsImage} for the slide's layout (10 s at most). */
    private static boolean waitForAMapThreadAwaitingTheLayout() {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            for (var e : Thread.getAllStackTraces().entrySet()) {
                if (e.getKey().getName().equals("slide-map") && awaitsLayout(e.getValue())) {
                    return true;
                }
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean awaitsLayout(StackTraceElement[] stack) {
        for (int i = 1; i < stack.length; i++) {
            if (stack[i].getMethodName().equals("mapsImage") && stack[i - 1].getClassName().contains("CompletableFuture")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aStoreThatFailsWhileTheBaseIsPaintedFailsTheSlideAndWritesNothing(@TempDir Path dir) {
        SituationData fixture = SlideFixtures.data();
        EventSource failing = (from, to) -> {
            throw new EventsUnavailableException("the store could not be read", new java.io.IOException("disk"));
        };
        SlideData data = new SlideData(fixture, failing, SlideFixtures.map(), List.of(), List.of());
        Path out = dir.resolve("slide.png");
        EventsUnavailableException e = assertThrows(EventsUnavailableException.class,
                () -> new PngSlideWriter(new SlidePainter()).write(data, spec("BOTH"), null, out));
        assertEquals("the store could not be read", e.getMessage());
        assertTrue(Files.notExists(out));
        // the map threads are free: the next slide is painted
        BufferedImage next = new PngSlideWriter(new SlidePainter())
                .render(SlideData.of(fixture, SlideFixtures.map()), spec("BOTH"), null, 640, 360).image();
        assertEquals(640, next.getWidth());
    }
}
