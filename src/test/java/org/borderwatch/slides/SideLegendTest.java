package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.LegendEntry.Section;
import org.junit.jupiter.api.Test;

class SideLegendTest {
    private static final List<String> NUMBERED = List.of("Imatra (Pelkola)", "Imatrankoski (rail)", "Nuijamaa",
            "Kuźnica Białostocka (rail)", "Siemianówka (rail)", "Czeremcha (rail)", "Kukuryki", "Terespol (rail)");
    /** A deck slide's column at 1280 × 720. */
    private static final double UNIT = 1280 / 1920.0;
    private static final double WIDTH = 360 * UNIT * 1.5;

    private static List<LegendEntry> entries() {
        List<LegendEntry> list = new ArrayList<>(List.of(
                new LegendEntry(Section.BORDER, LegendEntry.BORDER_LINE, "Border line"),
                new LegendEntry(Section.CROSSING_STATUS, "open", "Open"),
                new LegendEntry(Section.CROSSING_STATUS, "closed", "Closed"),
                new LegendEntry(Section.CLOSURE, LegendEntry.CLOSURE_STRETCH, "Border near a closed crossing"),
                new LegendEntry(Section.EVENT, "protest", "Protest"),
                new LegendEntry(Section.EVENT, LegendEntry.EVENT_CLUSTER, "Several events (count)")));
        for (int i = 0; i < NUMBERED.size(); i++) {
            list.add(new LegendEntry(Section.KEY, String.valueOf(i + 1), NUMBERED.get(i)));
        }
        return list;
    }

    private static List<TextLine> keyLines(SideLegend.Rows rows) {
        return rows.text.stream().filter(t -> NUMBERED.contains(t.text())).toList();
    }

    @Test
    void theNumberedCrossingsStandOneToARowWhenThereIsRoom() {
        double wanted = new SideLegend().preferredHeight(entries(), null, WIDTH, UNIT);
        SideLegend.Rows rows = SideLegend.fitted(entries(), new Rectangle2D.Double(10, 20, WIDTH, wanted), UNIT);
        List<TextLine> key = keyLines(rows);
        assertEquals(NUMBERED, key.stream().map(TextLine::text).toList());
        for (int i = 1; i < key.size(); i++) {
            assertEquals(key.get(0).x(), key.get(i).x(), 0.01, key.get(i).text() + " in the same column");
            assertTrue(key.get(i).baseline() > key.get(i - 1).baseline(), "in order, one under the other");
        }
    }

    @Test
    void inAShorterBoxTheyGoTwoToARowWhereTheirNamesFitAndAllStayInside() {
        double wanted = new SideLegend().preferredHeight(entries(), null, WIDTH, UNIT);
        double height = wanted - 3 * 31 * UNIT;
        Rectangle2D box = new Rectangle2D.Double(10, 20, WIDTH, height);
        SideLegend.Rows rows = SideLegend.fitted(entries(), box, UNIT);
        assertTrue(rows.bottom <= height + 0.5, rows.bottom + " > " + height);
        List<TextLine> key = keyLines(rows);
        assertEquals(NUMBERED, key.stream().map(TextLine::text).toList(), "every numbered crossing, in number order");
        assertTrue(key.stream().anyMatch(t -> t.x() > box.getCenterX()), "some in the second column");
        assertEquals(rows.bottom, new SideLegend().heightIn(entries(), null, WIDTH, UNIT, height), 0.01,
                "the column is told the height the compact legend takes, and gives the rest to the sources");
        assertEquals(wanted, new SideLegend().heightIn(entries(), null, WIDTH, UNIT, wanted + 50), 0.01);
        for (TextLine t : rows.text) {
            assertTrue(t.x() + t.width() <= box.getMaxX() + 0.5 && t.baseline() <= box.getMaxY(),
                    "'" + t.text() + "' inside the box");
        }
    }

    @Test
    void inABoxShorterStillEveryNumberedCrossingKeepsItsRowHalfAndItsNameShortenedWhereNeeded() {
        double wanted = new SideLegend().preferredHeight(entries(), null, WIDTH, UNIT);
        // the least room in which the legend still fits whole: its densest arrangement
        double height = wanted;
        for (double room = wanted; room > 0; room -= 1) {
            double h = new SideLegend().heightIn(entries(), null, WIDTH, UNIT, room);
            if (h >= room - 1e-9 && SideLegend.fitted(entries(), new Rectangle2D.Double(0, 0, WIDTH, h), UNIT).bottom > h + 0.5) {
                break;
            }
            height = h;
        }
        assertTrue(height < wanted - 5 * 31 * UNIT, "denser than one to a row: " + height + " of " + wanted);
        Rectangle2D box = new Rectangle2D.Double(10, 20, WIDTH, height);
        SideLegend.Rows rows = SideLegend.fitted(entries(), box, UNIT);
        assertTrue(rows.bottom <= height + 0.5, rows.bottom + " > " + height);
        assertEquals(NUMBERED.size(), rows.symbols.stream().filter(sym -> sym.entry().section() == Section.KEY).count(),
                "a badge for every numbered crossing");
        List<String> names = rows.text.stream().map(TextLine::text)
                .filter(t -> NUMBERED.stream().anyMatch(n -> n.startsWith(t.replace("…", "")))).toList();
        assertEquals(NUMBERED.size(), names.size(), "every numbered crossing named, in full or shortened: " + names);
        assertTrue(names.contains("Nuijamaa") && names.contains("Kukuryki"), "short names stay whole: " + names);
        for (TextLine t : rows.text) {
            assertTrue(t.x() + t.width() <= box.getMaxX() + 0.5 && t.baseline() <= box.getMaxY(),
                    "'" + t.text() + "' inside the box");
        }
    }

    @Test
    void atItsLeastHeightEveryBadgeHasItsNameInsideTheBoxAndNoPinRunsIntoTheNext() {
        SideLegend legend = new SideLegend();
        double least = legend.leastHeight(entries(), null, WIDTH, UNIT);
        double wanted = legend.preferredHeight(entries(), null, WIDTH, UNIT);
        assertTrue(least < wanted - 5 * 31 * UNIT, "denser than one to a row: " + least + " of " + wanted);
        assertEquals(least, legend.heightIn(entries(), null, WIDTH, UNIT, least), 0.01);
        assertEquals(least - 10, legend.heightIn(entries(), null, WIDTH, UNIT, least - 10), 0.01, "less room, and it is cut");
        Rectangle2D box = new Rectangle2D.Double(10, 20, WIDTH, least);
        SideLegend.Rows rows = SideLegend.fitted(entries(), box, UNIT);
        List<SideLegend.Symbol> badges = rows.symbols.stream().filter(sym -> sym.entry().section() == Section.KEY).toList();
        assertEquals(NUMBERED.size(), badges.size());
        for (SideLegend.Symbol b : badges) {
            String name = b.entry().label();
            TextLine text = rows.text.stream().filter(t -> t.x() > b.cx() && t.x() - b.cx() < 40 * UNIT
                    && Math.abs(t.baseline() - b.cy()) < 12 * UNIT).findFirst().orElseThrow(() -> new AssertionError(name + " unnamed"));
            assertTrue(name.startsWith(text.text().replace("…", "")), text.text() + " names " + name);
            assertTrue(b.cy() + 10 * UNIT <= box.getMaxY() && text.baseline() <= box.getMaxY() + 0.5,
                    name + " inside the box: " + text.baseline() + " of " + box.getMaxY());
        }
        List<SideLegend.Symbol> pins = rows.symbols.stream().filter(sym -> sym.entry().section() == Section.EVENT).toList();
        for (int i = 1; i < pins.size(); i++) {
            double apart = pins.get(i).cy() - pins.get(i - 1).cy();
            // the tallest pin in the legend, a cluster's, stands 33 units: rows closer than that would touch
            assertTrue(apart == 0 || apart >= 33 * UNIT, "pins " + apart / UNIT + " units apart");
        }
    }
}
