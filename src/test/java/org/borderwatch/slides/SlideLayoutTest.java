package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.TextDrawing;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;

/** What a person in the room notices: readable sizes, nothing overlapping, nothing cut off, maps that hold still. */
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
    void theTitleIsAtLeast40PixelsFromCapToBaselineOnA1920By1080Slide() {
        SlideLayout l = layout(spec(), 1920, 1080);
        for (TextLine t : l.title()) {
            assertTrue(TextDrawing.capHeight(t.font()) >= 40, "title cap height " + TextDrawing.capHeight(t.font()));
            assertTrue(t.font().isBold());
        }
    }

    @Test
    void noTextOnTheSlideIsSmallerThan13PixelsFromCapToBaseline() {
        for (SlideSpec s : List.of(spec(), spec().withExtent(SlideExtent.of(ViewPreset.BOTH)))) {
            SlideLayout l = layout(s, 1920, 1080);
            for (TextLine t : l.allText()) {
                assertTrue(TextDrawing.capHeight(t.font()) >= 13, "'" + t.text() + "': " + TextDrawing.capHeight(t.font()));
            }
        }
    }

    @Test
    void aLongTitleWrapsInTheColumnAndStaysReadable() {
        String longTitle = "Finland closes its entire eastern land border with Russia";
        SlideLayout l = layout(spec().withTitle(longTitle), 1920, 1080);
        assertTrue(l.title().size() >= 2 && l.title().size() <= 4, l.title().toString());
        assertEquals(longTitle, String.join(" ", l.title().stream().map(TextLine::text).toList()), "the title is whole");
        for (TextLine t : l.title()) {
            assertTrue(t.font().getSize2D() >= SlideLayout.TITLE);
            assertTrue(t.x() + t.width() <= l.titleBox().getMaxX() + 0.5, t.text());
        }
    }

    @Test
    void partsDoNotOverlapAndTextStaysOnTheCanvas() {
        for (int[] size : new int[][] {{1920, 1080}, {1440, 1080}, {1123, 794}, {1587, 1123}, {1280, 720}, {3840, 2160},
            {1000, 1000}, {2000, 600}}) {
            for (SlideSpec s : List.of(spec(), spec().withExtent(SlideExtent.of(ViewPreset.BOTH)))) {
                SlideLayout l = layout(s, size[0], size[1]);
                List<Rectangle2D> boxes = new ArrayList<>();
                for (Rectangle2D r : new Rectangle2D[] {l.topBanner(), l.bottomBanner(), l.titleBox(), l.stampBox(),
                        l.legendBox(), l.sourcesBox(), l.locatorMap()}) {
                    if (r != null) {
                        boxes.add(r);
                    }
                }
                l.panels().forEach(p -> boxes.add(p.frame()));
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(boxes.get(i).intersects(boxes.get(j)),
                                size[0] + "×" + size[1] + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                    }
                }
                for (TextLine t : l.allText()) {
                    assertTrue(t.x() >= 0 && t.x() + t.width() <= size[0] + 0.5 && t.baseline() <= size[1],
                            size[0] + "×" + size[1] + ": '" + t.text() + "' runs off the canvas");
                }
            }
        }
    }

    /** A legend that wants {@code wanted} units whatever it shows: how much room a long legend leaves the sources. */
    private record LegendWanting(double wanted) implements LegendBlock {
        @Override
        public double preferredHeight(List<org.borderwatch.render.LegendEntry> entries, org.borderwatch.render.MapStyle style,
                                      double width, double unit) {
            return wanted;
        }

        @Override
        public void paint(java.awt.Graphics2D g, List<org.borderwatch.render.LegendEntry> entries,
                          org.borderwatch.render.MapStyle style, Rectangle2D box, double unit) {
            // only the layout is looked at here
        }
    }

    @Test
    void theSourcesKeepTheirHeadingALineThatCitesAndTheAttributionHoweverLongTheLegend() {
        // a deck slide at 1280 × 720 with a legend wanting from a little to far more than the column
        // has: the sources keep their heading, one line at least that cites (or says where the
        // footnotes are in full) and the attribution, each line clear of the next
        Slide slide = Slide.compose(spec().withExtent(SlideExtent.of(ViewPreset.BOTH)), SlideFixtures.data(),
                SlideFixtures.map());
        int checked = 0;
        for (double wanted = 100; wanted <= 900; wanted += 3) {
            SlideLayout l = new SlidePainter(new LegendWanting(wanted)).layout(slide, 1280, 720);
            String where = "a legend wanting " + wanted;
            assertNotNull(l.sourcesBox(), where + ": no sources");
            List<TextLine> lines = l.sources();
            assertTrue(lines.size() >= 2, where + ": the heading and at least one line: " + lines);
            assertTrue(lines.get(lines.size() - 1).text().startsWith("["), where + ": " + lines.get(lines.size() - 1).text());
            TextLine last = lines.get(lines.size() - 1);
            TextLine note = l.attribution().get(0);
            double lastBottom = last.baseline() + last.font().getLineMetrics("Hg", TextFit.FRC).getDescent();
            double noteTop = note.baseline() - TextFit.ascent(note.font());
            assertTrue(lastBottom <= noteTop, where + ": '" + last.text() + "' reaches " + lastBottom
                    + ", the attribution starts at " + noteTop);
            assertTrue(l.legendBox() == null || l.legendBox().getMaxY() <= l.sourcesBox().getMinY(), where);
            checked++;
        }
        assertEquals(267, checked);
    }

    @Test
    void aLegendThatDoesNotFitAtItsDensestTakesLinesFromTheSubtitleBeforeItIsCut() {
        String caption = "Since 23 Nov: Raja-Jooseppi, Salla (Kelloselkä), Kuusamo, Vartius: closed (was open); "
                + "record starts: Vartius (rail) closed, Imatrankoski (rail) closed, Nuijamaa closed";
        Slide slide = Slide.compose(spec().withExtent(SlideExtent.of(ViewPreset.BOTH)).withSubtitle(caption),
                SlideFixtures.data(), SlideFixtures.map());
        java.util.Set<Integer> lineCounts = new java.util.TreeSet<>();
        for (double wanted = 100; wanted <= 900; wanted += 3) {
            SlideLayout l = new SlidePainter(new LegendWanting(wanted)).layout(slide, 1280, 720);
            String where = "a legend wanting " + wanted;
            int lines = l.subtitle().size();
            lineCounts.add(lines);
            assertTrue(lines >= 1 && lines <= SlideLayoutBuilder.SUBTITLE_LINES, where + ": " + lines);
            if (lines < SlideLayoutBuilder.SUBTITLE_LINES) {
                assertTrue(l.subtitle().get(lines - 1).text().endsWith("…"), where + ": the subtitle says it is shortened");
            }
            if (l.legendBox().getHeight() < wanted - 0.5) {
                assertEquals(1, lines, where + ": the legend is cut while the subtitle keeps lines");
            } else if (lines < SlideLayoutBuilder.SUBTITLE_LINES) {
                // a line fewer than it could have: the legend would not have fitted with one more
                SlideLayout more = new SlidePainter(new LegendWanting(wanted - 3)).layout(slide, 1280, 720);
                assertTrue(more.subtitle().size() >= lines, where);
            }
        }
        assertEquals(java.util.Set.of(1, 2, 3), lineCounts, "three, two and one line, as the legend grows");
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
    void theMapTakesTheFullHeightOfThePageBesideTheColumn() {
        SlideLayout l = layout(spec().withBanner(Banner.NONE), 1920, 1080);
        Rectangle2D frame = l.mapFrame();
        assertTrue(frame.getHeight() >= 990, "map height " + frame.getHeight());
        assertTrue(frame.getMaxX() < l.titleBox().getX(), "the title is beside the map, not above it");
        SlideLayout banner = layout(spec(), 1920, 1080);
        assertTrue(banner.mapFrame().getHeight() < frame.getHeight(), "banners take their share");
    }

    @Test
    void theMapFramesDependOnNothingButThePageTheBannerAndTheExtent() {
        SlideLayout a = layout(spec(), 1920, 1080);
        SlideLayout b = layout(spec().withTitle("Another, much longer title that wraps onto a second line of the column")
                .withSubtitle("Since 18 Nov: Vaalimaa, Nuijamaa, Imatra and Niirala closed (was open)")
                .withDate(SlideFixtures.d("2023-12-20")).withParts(SlideParts.DEFAULT.withLegend(false)), 1920, 1080);
        assertEquals(a.panels().size(), b.panels().size());
        for (int i = 0; i < a.panels().size(); i++) {
            assertEquals(a.panels().get(i).frame(), b.panels().get(i).frame());
            assertEquals(a.panels().get(i).view(), b.panels().get(i).view());
            assertEquals(a.panels().get(i).composition().insets().stream().map(x -> x.inset().box()).toList(),
                    b.panels().get(i).composition().insets().stream().map(x -> x.inset().box()).toList());
        }
    }

    @Test
    void bothBordersAreTwoPanelsSideBySideEachAtItsOwnScaleWithItsOwnScaleBar() {
        Slide slide = Slide.compose(spec().withExtent(SlideExtent.of(ViewPreset.BOTH)), SlideFixtures.data(),
                SlideFixtures.map());
        SlideLayout l = new SlidePainter().layout(slide, 1920, 1080);
        assertEquals(2, l.panels().size());
        MapPanel fi = l.panels().get(0);
        MapPanel pl = l.panels().get(1);
        assertEquals("Finland–Russia", fi.title());
        assertEquals("Poland–Belarus", pl.title());
        assertTrue(fi.frame().getMaxX() < pl.frame().getX(), "side by side");
        assertEquals(fi.frame().getHeight(), pl.frame().getHeight(), 1e-9);
        assertTrue(fi.view().metresPerPixel() > 2 * pl.view().metresPerPixel(), "each border at its own scale");
        for (int i = 0; i < 2; i++) {
            org.borderwatch.render.MapScene scene = l.panels().get(i).scene();
            assertTrue(scene.options().scaleBar(), "panel " + i + " has a scale bar");
            Rectangle2D tab = PanelCaption.box(l.mapStyle(), l.panels().get(i).title());
            List<org.borderwatch.render.GraticulePainter.EdgeLabel> degrees = org.borderwatch.render.GraticulePainter.labels(scene);
            assertFalse(degrees.isEmpty(), "panel " + i + " has its degree labels");
            for (var label : degrees) {
                assertFalse(label.box().intersects(tab), "panel " + i + ": " + label.text() + " would sit under the caption tab");
            }
        }
        assertTrue(fi.view().envelope().contains(org.borderwatch.geo.MapProjection.forward(28.42, 68.54)),
                "Raja-Jooseppi is in the Finnish panel");
        assertTrue(pl.view().envelope().contains(org.borderwatch.geo.MapProjection.forward(23.59, 51.76)),
                "Sławatycze is in the Polish panel");
    }

    @Test
    void eachPanelCarriesTheSceneItShowsAndThatScenesOverlaysWorkedOutOnce() {
        Slide slide = Slide.compose(spec().withExtent(SlideExtent.of(ViewPreset.BOTH)), SlideFixtures.data(),
                SlideFixtures.map());
        SlideLayout l = new SlidePainter().layout(slide, 1920, 1080);
        for (int i = 0; i < l.panels().size(); i++) {
            MapPanel p = l.panels().get(i);
            // the scene the slide shows in this panel, and the plan the legend and the painting use is its own
            assertEquals(slide.panelScene(p.view(), l.mapStyle(), i, l.panels().size(), p.title()), p.scene());
            assertEquals(org.borderwatch.render.OverlayPlan.of(p.scene()), p.plan(), "panel " + i);
            assertFalse(p.plan().crossings().isEmpty(), "panel " + i + " shows crossings");
        }
    }

    @Test
    void theSourcesBlockListsWhatIsOnTheSlideAndTheMapAttribution() {
        Slide slide = Slide.compose(spec(), SlideFixtures.data(), SlideFixtures.map());
        List<String> ids = slide.sources().stream().map(s -> s.id()).toList();
        assertTrue(ids.containsAll(List.of("F1", "F3", "F4")), "the first source of each fact: " + ids);
        List<String> further = slide.furtherSources().stream().map(s -> s.id()).toList();
        assertTrue(further.containsAll(List.of("F8", "F9", "F10")), "the others go to the notes: " + further);
        assertFalse(ids.contains("P13") || further.contains("P13"), "a Polish source is not on a slide of the Finnish border");
        SlideLayout l = new SlidePainter().layout(slide, 1920, 1080);
        assertEquals(SlideLayout.SOURCES_HEADING, l.sources().get(0).text());
        String listed = String.join("\n", l.sources().stream().map(TextLine::text).toList());
        for (int i = 0; i < l.sourcesShown(); i++) {
            assertTrue(listed.contains(SlideSources.footnote(i + 1, slide.sources().get(i))), (i + 1) + " is not listed:\n" + listed);
        }
        if (l.sourcesShown() < ids.size()) {
            assertTrue(listed.contains("[" + (l.sourcesShown() + 1) + "]–[" + ids.size() + "]: " + SlideSources.MORE), listed);
        }
        assertTrue(l.attribution().stream().map(TextLine::text).reduce("", String::concat).contains("OpenStreetMap"));
    }

    @Test
    void theLocatorIsLeftOutWhenTheSlideShowsTheWholeRegion() {
        SlideSpec mapAndLocator = spec().withParts(SlideParts.MAP_ONLY.withLocatorInset(true));
        SlideLayout region = layout(mapAndLocator.withExtent(SlideExtent.of(LocatorInset.REGION)), 1920, 1080);
        assertNull(region.locatorMap());
        assertTrue(layout(mapAndLocator, 1920, 1080).locatorMap() != null);
    }
}
