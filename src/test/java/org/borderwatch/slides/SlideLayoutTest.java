package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;

/** What a person in the room notices: readable sizes, nothing overlapping, nothing cut off. */
class SlideLayoutTest {
    private static SlideLayout layout(SlideSpec spec, int w, int h) {
        return new SlidePainter().layout(Slide.compose(spec, SlideFixtures.data(), SlideFixtures.map()), w, h);
    }

    private static SlideSpec spec() {
        return SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"), ViewPreset.FINLAND)
                .withSubtitle("Finland–Russia land border")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
    }

    @Test
    void theTitleIsAtLeast28PointsOnA16By9Slide() {
        SlideLayout l = layout(spec(), 1920, 1080);
        // 1920 canvas units span a 960-point PowerPoint page: 2 units a point
        assertTrue(l.title().get(0).font().getSize2D() / 2 >= 28, "title " + l.title().get(0).font().getSize2D());
        assertTrue(l.title().get(0).font().isBold());
    }

    @Test
    void aLongTitleWrapsToTwoLinesAndStaysReadable() {
        String longTitle = "Finland closes its entire eastern land border with Russia after asylum arrivals rise sharply";
        SlideLayout l = layout(spec().withTitle(longTitle), 1920, 1080);
        assertEquals(2, l.title().size());
        for (TextLine t : l.title()) {
            assertTrue(t.font().getSize2D() >= SlideLayout.TITLE_MIN);
            assertTrue(t.x() + t.width() <= l.titleBox().getMaxX() + 0.5, t.text());
        }
    }

    @Test
    void partsDoNotOverlapAndTextStaysOnTheCanvas() {
        for (int[] size : new int[][] {{1920, 1080}, {1440, 1080}, {1123, 794}, {1280, 720}, {3840, 2160}, {640, 360}, {1000, 1000}, {2000, 600}}) {
            SlideLayout l = layout(spec(), size[0], size[1]);
            List<Rectangle2D> boxes = new ArrayList<>();
            for (Rectangle2D r : new Rectangle2D[] {l.topBanner(), l.bottomBanner(), l.titleBox(), l.stampBox(),
                    l.mapFrame(), l.legendBox(), l.sourcesBox(), l.locatorMap()}) {
                if (r != null) {
                    boxes.add(r);
                }
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)),
                            size[0] + "×" + size[1] + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
            for (TextLine t : l.allText()) {
                assertTrue(t.x() >= 0 && t.x() + t.width() <= size[0] && t.baseline() <= size[1],
                        size[0] + "×" + size[1] + ": '" + t.text() + "' runs off the canvas");
            }
        }
    }

    @Test
    void bannerTextContrastsWithAnyChosenColour() {
        for (String hex : new String[] {"#2E7D32", "#FFEB3B", "#C62828", "#1565C0", "#FF9800", "#FFFFFF", "#000000"}) {
            Banner b = Banner.of("UNCLASSIFIED", hex);
            assertTrue(Banner.contrastRatio(b.color(), b.textColor()) >= 4.5, hex);
        }
        assertEquals(Color.BLACK, Banner.of("X", "#FFEB3B").textColor());
        assertEquals(Color.WHITE, Banner.of("X", "#1565C0").textColor());
    }

    @Test
    void withoutABannerOrSidePartsTheMapTakesTheRoom() {
        SlideLayout full = layout(spec(), 1920, 1080);
        SlideLayout bare = layout(spec().withBanner(Banner.NONE).withParts(SlideParts.MAP_ONLY), 1920, 1080);
        assertNull(bare.topBanner());
        assertNull(bare.stampBox());
        assertNull(bare.legendBox());
        assertTrue(bare.mapFrame().getWidth() > full.mapFrame().getWidth() + 400);
        assertTrue(bare.mapFrame().getHeight() > full.mapFrame().getHeight());
    }

    @Test
    void theSourcesBlockListsWhatIsOnTheSlideAndTheMapAttribution() {
        Slide slide = Slide.compose(spec(), SlideFixtures.data(), SlideFixtures.map());
        List<String> ids = slide.sources().stream().map(s -> s.id()).toList();
        assertTrue(ids.containsAll(List.of("F1", "F8", "F3", "F9", "F4", "F10")), ids.toString());
        assertFalse(ids.contains("P13"), "a Polish source is not on a slide of the Finnish border");
        SlideLayout l = new SlidePainter().layout(slide, 1920, 1080);
        assertEquals(SlideLayout.SOURCES_HEADING, l.sources().get(0).text());
        String listed = String.join("\n", l.sources().stream().map(TextLine::text).toList());
        assertTrue(l.sourcesShown() < ids.size(), "the test slide has more sources than room");
        for (String id : ids) {
            assertTrue(listed.contains("[" + id + "]") || listed.matches("(?s).*Also cited:.*\\b" + id + "\\b.*"),
                    id + " is neither listed nor cited:\n" + listed);
        }
        assertTrue(l.attribution().stream().map(TextLine::text).reduce("", String::concat).contains("OpenStreetMap"));
    }

    @Test
    void theLocatorIsLeftOutWhenTheSlideShowsTheWholeRegion() {
        SlideLayout region = layout(spec().withExtent(SlideExtent.of(LocatorInset.REGION)), 1920, 1080);
        assertNull(region.locatorMap());
        assertTrue(layout(spec(), 1920, 1080).locatorMap() != null);
    }
}
