package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.CrossingPainter;
import org.borderwatch.render.EventPainter;
import org.borderwatch.render.LabelContent;
import org.borderwatch.render.MapComposition;
import org.borderwatch.render.MapLabel;
import org.borderwatch.render.MapLabels;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.TextDrawing;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * The reference slides of the briefing — 30 Nov 2023 (Finland), 9 Nov 2021 (Poland), 17 Nov 2025
 * (both borders), at 16:9 and A4 — made from the seed store and the bundled map as a briefing
 * officer makes them, and checked for what she would notice: a symbol off its place, a crossing
 * without a name, labels over each other, text too small to read from the back of the room, a PNG
 * that says something else than the PDF, a source from the future.
 */
class ReferenceSlidesTest {
    private static SlideData data;

    @TempDir
    static Path dir;

    record Case(String date, ViewPreset view) {
        Slide slide(SlideSize size) {
            SlideSpec spec = SlideSpec.of(SlidesCommandTitle.of(view), LocalDate.parse(date), view).withSize(size);
            return data.compose(spec);
        }
    }

    static final List<Case> CASES = List.of(new Case("2023-11-30", ViewPreset.FINLAND),
            new Case("2021-11-09", ViewPreset.POLAND), new Case("2025-11-17", ViewPreset.BOTH));

    @BeforeAll
    static void loadTheSeedStoreAndTheBundledMap() throws Exception {
        try (Store store = Store.openOrCreateSeeded(dir.resolve("reference.db"))) {
            data = new SlideData(store.loadSituationData(), BaseMap.loadBundled(), store.annotations(), List.of());
        }
    }

    private static List<Slide> slides() {
        List<Slide> out = new ArrayList<>();
        for (Case c : CASES) {
            out.add(c.slide(SlideSize.WIDE));
            out.add(c.slide(SlideSize.A4_LANDSCAPE));
        }
        return out;
    }

    private static String name(Slide s) {
        return s.spec().date() + " " + s.spec().extent().label() + " " + s.spec().size().code();
    }

    @Test
    void everyCrossingOnTheSlideIsNamedOrNumbered() {
        for (Slide slide : slides()) {
            SlideLayout l = new SlidePainter().layout(slide);
            for (MapPanel p : l.panels()) {
                Set<String> inView = new TreeSet<>();
                for (CrossingStatus cs : slide.crossings()) {
                    if (p.view().envelope().contains(ground(cs))) {
                        inView.add(cs.crossing().id());
                    }
                }
                assertFalse(inView.isEmpty(), name(slide) + ": no crossings in " + p.extent().label());
                assertEquals(inView, new TreeSet<>(p.composition().namedCrossings()), name(slide) + " " + p.extent().label());
            }
            Set<Integer> numbers = new TreeSet<>();
            l.badges().forEach(b -> numbers.add(b.number()));
            assertEquals(l.badges().size(), numbers.size(), name(slide) + ": a number is used twice");
            long keyed = l.legendEntries().stream().filter(e -> e.section() == org.borderwatch.render.LegendEntry.Section.KEY)
                    .count();
            assertEquals(l.badges().size(), keyed, name(slide) + ": every number has a key entry");
        }
    }

    @Test
    void theNotesBesideASlideNameEveryCrossingItsMapsNumberInFull() throws Exception {
        int numbered = 0;
        for (Slide slide : slides()) {
            Path out = dir.resolve(name(slide).replace(' ', '-') + ".svg");
            Path notesFile = SlideWriter.writeWithNotes(slide, out, new SlidePainter());
            String notes = java.nio.file.Files.readString(notesFile);
            for (MapLabel b : new SlidePainter().layout(slide).badges()) {
                assertTrue(notes.contains("\n" + b.number() + " " + b.text() + "\n"),
                        name(slide) + ": number " + b.number() + " (" + b.text() + ") in the notes:\n" + notes);
                numbered++;
            }
        }
        assertTrue(numbered > 0, "the reference slides number some crossings");
    }

    @Test
    void noLabelCoversAnotherLabelASymbolOrTheFrameEdge() {
        for (Slide slide : slides()) {
            SlideLayout l = new SlidePainter().layout(slide);
            for (int i = 0; i < l.panels().size(); i++) {
                MapPanel p = l.panels().get(i);
                MapScene scene = l.panels().get(i).scene();
                check(name(slide) + " " + p.extent().label(), scene, p.composition().labels());
                for (MapComposition.Inset inset : p.composition().insets()) {
                    MapScene is = org.borderwatch.render.InsetPainter.scene(scene, inset.inset());
                    check(name(slide) + " inset " + inset.inset().letter(), is, inset.labels());
                    for (MapLabel label : p.composition().labels().labels()) {
                        assertFalse(label.box().intersects(inset.inset().box()), label.key() + " lies on inset "
                                + inset.inset().letter());
                    }
                }
            }
        }
    }

    private static void check(String where, MapScene scene, MapLabels labels) {
        List<Rectangle2D> symbols = new ArrayList<>();
        CrossingPainter.place(scene).forEach(c -> symbols.add(c.box()));
        EventPainter.place(scene, CrossingPainter.place(scene)).forEach(m -> symbols.add(m.box(scene.style())));
        Rectangle2D frame = new Rectangle2D.Double(0, 0, scene.view().width(), scene.view().height());
        List<MapLabel> all = labels.labels();
        for (int i = 0; i < all.size(); i++) {
            MapLabel a = all.get(i);
            assertTrue(frame.contains(a.box()), where + ": " + a.key() + " is cut by the frame");
            for (Rectangle2D s : symbols) {
                assertFalse(s.intersects(a.box()), where + ": " + a.key() + " covers a symbol");
            }
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(a.box().intersects(all.get(j).box()), where + ": " + a.key() + " overlaps " + all.get(j).key());
            }
        }
    }

    @Test
    void textIsLargeEnoughForAProjectorAndScalesWithThePage() {
        for (Case c : CASES) {
            SlideLayout wide = new SlidePainter().layout(c.slide(SlideSize.WIDE));
            for (TextLine t : wide.title()) {
                assertTrue(TextDrawing.capHeight(t.font()) >= 40, "title " + t.text());
            }
            for (TextLine t : wide.allText()) {
                assertTrue(TextDrawing.capHeight(t.font()) >= 13, "'" + t.text() + "' " + TextDrawing.capHeight(t.font()));
            }
            for (MapLabel label : labels(wide)) {
                for (LabelContent.Row r : label.rows()) {
                    double cap = TextDrawing.capHeight(r.font());
                    assertTrue(cap >= 13, label.key() + " '" + r.text() + "' " + cap);
                    if (label.layer() == MapLabel.Layer.CROSSING && label.kind() != MapLabel.Kind.BADGE) {
                        assertTrue(cap >= 20, label.key() + ": crossing names need 20 px from cap to baseline, not " + cap);
                    }
                }
            }
            SlideLayout a4 = new SlidePainter().layout(c.slide(SlideSize.A4_LANDSCAPE));
            double wideShare = crossingCap(wide) / wide.height();
            double a4Share = crossingCap(a4) / a4.height();
            assertEquals(wideShare, a4Share, wideShare * 0.15, "crossing names on A4 are as large for the page as on 16:9");
        }
    }

    private static double crossingCap(SlideLayout l) {
        return labels(l).stream().filter(x -> x.layer() == MapLabel.Layer.CROSSING && x.kind() == MapLabel.Kind.TEXT)
                .mapToDouble(x -> TextDrawing.capHeight(x.rows().get(0).font())).max().orElseThrow();
    }

    private static List<MapLabel> labels(SlideLayout l) {
        List<MapLabel> all = new ArrayList<>();
        for (MapPanel p : l.panels()) {
            all.addAll(p.composition().labels().labels());
            p.composition().insets().forEach(i -> all.addAll(i.labels().labels()));
        }
        return all;
    }

    @Test
    void symbolsSitAtTheirProjectedPositionsWithinOnePixel() throws Exception {
        for (Case c : CASES) {
            Slide slide = c.slide(SlideSize.A4_LANDSCAPE);
            SlideLayout l = new SlidePainter().layout(slide);
            int w = PngSlideWriter.pixelWidth(slide.spec());
            int h = PngSlideWriter.pixelHeight(slide.spec());
            BufferedImage png = new PngSlideWriter(new SlidePainter()).render(slide, w, h);
            double k = w / (double) l.width();
            int checked = 0;
            for (int i = 0; i < l.panels().size(); i++) {
                MapPanel p = l.panels().get(i);
                MapScene scene = l.panels().get(i).scene();
                List<CrossingPainter.Placed> placed = CrossingPainter.place(scene);
                List<Rectangle2D> busy = new ArrayList<>();
                EventPainter.place(scene, placed).forEach(m -> busy.add(m.box(scene.style())));
                labels(l).forEach(x -> busy.add(x.box()));
                p.composition().insets().forEach(x -> busy.add(x.inset().box()));
                for (CrossingPainter.Placed cp : placed) {
                    Point2D expected = scene.view().toScreen(ground(cp.status()).x, ground(cp.status()).y);
                    assertEquals(expected.getX(), cp.x(), 1e-9);
                    assertEquals(expected.getY(), cp.y(), 1e-9);
                    double r = cp.radius();
                    // measured where nothing but the symbol is dark: no other symbol, pin, label or inset near it
                    boolean alone = placed.stream().noneMatch(o -> o != cp && Point2D.distance(o.x(), o.y(), cp.x(), cp.y()) < 3 * r)
                            && busy.stream().noneMatch(b -> distance(b, cp.x(), cp.y()) < 1.2 * r);
                    if (!alone || !cp.status().status().isKnown()) {
                        // a symbol with no status is drawn grey and dashed: nothing dark to measure it by
                        continue;
                    }
                    double px = (p.frame().getX() + cp.x()) * k;
                    double py = (p.frame().getY() + cp.y()) * k;
                    Point2D centre = darkCentroid(png, px, py, r * 1.15 * k);
                    assertTrue(centre.distance(px, py) <= 1.0, name(slide) + ": " + cp.crossing().id() + " drawn at "
                            + centre + ", its position is " + px + "," + py);
                    checked++;
                }
            }
            assertTrue(checked >= 3, name(slide) + ": only " + checked + " symbols stand alone to be measured");
        }
    }

    private static double distance(Rectangle2D b, double x, double y) {
        double dx = Math.max(0, Math.max(b.getMinX() - x, x - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - y, y - b.getMaxY()));
        return Math.hypot(dx, dy);
    }

    /** The centroid of the near-black pixels (outline, divider) within {@code r} of (x, y). */
    private static Point2D darkCentroid(BufferedImage img, double x, double y, double r) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int py = (int) Math.floor(y - r); py <= Math.ceil(y + r); py++) {
            for (int px = (int) Math.floor(x - r); px <= Math.ceil(x + r); px++) {
                double cx = px + 0.5;
                double cy = py + 0.5;
                if (Point2D.distance(cx, cy, x, y) > r) {
                    continue;
                }
                Color c = new Color(img.getRGB(px, py));
                int hi = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
                int lo = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                // the symbols' near-black outline, not the purple border line running under them
                if (hi < 70 && hi - lo < 20) {
                    sx += cx;
                    sy += cy;
                    n++;
                }
            }
        }
        assertTrue(n > 10, "no symbol drawn at " + x + "," + y);
        return new Point2D.Double(sx / n, sy / n);
    }

    @Test
    void pngSvgAndPdfCarryTheSameLabels() throws Exception {
        for (Case c : CASES) {
            Slide slide = c.slide(SlideSize.A4_LANDSCAPE);
            SlidePainter painter = new SlidePainter();
            SlideLayout canvas = painter.layout(slide);
            int w = PngSlideWriter.pixelWidth(slide.spec());
            int h = PngSlideWriter.pixelHeight(slide.spec());
            SlideLayout forPng = painter.layoutFor(slide, w, h);
            assertEquals(texts(canvas), texts(forPng), "the PNG is laid out on the slide's canvas");
            String svg = new SvgSlideWriter(painter).render(slide);
            Path pdf = dir.resolve("reference.pdf");
            new PdfSlideWriter(painter).write(slide, pdf);
            String pdfText;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            BufferedImage png = new PngSlideWriter(painter).render(slide, w, h);
            double k = w / (double) canvas.width();
            for (MapPanel p : canvas.panels()) {
                for (MapLabel label : p.composition().labels().labels()) {
                    if (label.layer() != MapLabel.Layer.CROSSING) {
                        continue;
                    }
                    for (LabelContent.Row r : label.rows()) {
                        assertTrue(svg.contains(">" + xml(r.text()) + "<"), name(slide) + ": SVG lacks '" + r.text() + "'");
                        assertTrue(pdfText.contains(r.text()), name(slide) + ": PDF lacks '" + r.text() + "'");
                    }
                    Rectangle2D box = label.box();
                    int ink = inkPixels(png, (p.frame().getX() + box.getX()) * k, (p.frame().getY() + box.getY()) * k,
                            box.getWidth() * k, box.getHeight() * k);
                    assertTrue(ink > box.getWidth() * k, name(slide) + ": no text in the PNG where " + label.key() + " is");
                }
            }
        }
    }

    private static List<String> texts(SlideLayout l) {
        return labels(l).stream().map(x -> x.key() + "@" + Math.round(x.box().getX()) + "," + Math.round(x.box().getY()))
                .toList();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int inkPixels(BufferedImage img, double x, double y, double w, double h) {
        int n = 0;
        for (int py = (int) y; py < y + h; py++) {
            for (int px = (int) x; px < x + w; px++) {
                Color c = new Color(img.getRGB(px, py));
                if (c.getRed() < 90 && c.getGreen() < 90 && c.getBlue() < 90) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void noSlideCitesASourcePublishedAfterItsDay() {
        LocalDate d = LocalDate.parse("2021-01-15");
        int checked = 0;
        while (d.isBefore(LocalDate.parse("2025-12-01"))) {
            for (ViewPreset view : List.of(ViewPreset.FINLAND, ViewPreset.POLAND)) {
                Slide slide = data.compose(SlideSpec.of("x", d, view));
                for (Source s : slide.sources()) {
                    assertNotEquals(Boolean.FALSE, s.publishedBy(d), d + " " + view + " cites " + s);
                    checked++;
                }
                for (Source s : slide.laterSources()) {
                    assertEquals(Boolean.FALSE, s.publishedBy(d));
                }
            }
            d = d.plusDays(29);
        }
        assertTrue(checked > 100, "sources checked: " + checked);
    }

    @Test
    void theStartOfARecordIsNeverShownAsAChangeInADeck() {
        for (ViewPreset view : List.of(ViewPreset.FINLAND, ViewPreset.POLAND)) {
            SlideSpec template = SlideSpec.of("x", LocalDate.parse("2021-01-01"), view);
            for (DeckRule rule : List.of(DeckRule.every(30), DeckRule.changes())) {
                DeckPlan plan = DeckPlanner.plan(data.situation(), template, LocalDate.parse("2021-01-01"),
                        LocalDate.parse("2025-11-30"), rule, false);
                assertFalse(plan.steps().isEmpty());
                for (DeckStep step : plan.steps()) {
                    String caption = step.caption().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(caption.contains("was no data") || caption.contains("was not tracked"),
                            view + " " + step.date() + ": " + step.caption());
                    if (rule.kind() == DeckRule.Kind.CHANGES) {
                        assertTrue(caption.contains("(was "), "a slide per change shows a change: " + step.caption());
                    }
                    String notes = DeckNotes.forSlide(data.compose(plan.specFor(step)), List.of());
                    assertFalse(notes.contains("was no data") || notes.contains("was not tracked"), notes);
                }
            }
        }
    }

    private static Coordinate ground(CrossingStatus cs) {
        return MapProjection.forward(cs.crossing().location().lon(), cs.crossing().location().lat());
    }

    /** The titles the {@code render} command gives the presets. */
    static final class SlidesCommandTitle {
        static String of(ViewPreset view) {
            return switch (view) {
                case BOTH -> "Finland–Russia, Poland–Belarus";
                case FINLAND -> "Finland–Russia border";
                case POLAND -> "Poland–Belarus border";
            };
        }
    }
}
