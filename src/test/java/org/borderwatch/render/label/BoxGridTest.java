package org.borderwatch.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoxGridTest {
    @Test
    void aBoxAndALineMeetTheGridExactlyWhenTheyMeetOneOfItsRectangles() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            BoxGrid grid = new BoxGrid();
            List<Rectangle2D> all = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Rectangle2D box = randomBox(random);
                grid.add(box);
                all.add(box);
            }
            for (int q = 0; q < 2_000; q++) {
                Rectangle2D r = randomBox(random);
                boolean expected = all.stream().anyMatch(b -> b.intersects(r));
                assertEquals(expected, grid.intersects(r), () -> "box " + r);
                Line2D line = new Line2D.Double(random.nextDouble() * 1_200 - 100, random.nextDouble() * 900 - 100,
                        random.nextDouble() * 1_200 - 100, random.nextDouble() * 900 - 100);
                boolean crossed = all.stream().anyMatch(b -> b.intersectsLine(line));
                assertEquals(crossed, grid.intersects(line), () -> "line " + line.getP1() + " " + line.getP2());
            }
            assertEquals(all, grid.boxes(), "every box kept as given, in order");
        }
    }

    @Test
    void boxesThatOnlyTouchOrHaveNoAreaMeetNothing() {
        BoxGrid grid = new BoxGrid();
        grid.add(new Rectangle2D.Double(100, 100, 50, 20));
        grid.add(new Rectangle2D.Double(300, 300, 0, 40));
        assertFalse(grid.intersects(new Rectangle2D.Double(150, 100, 30, 20)), "sharing an edge is not meeting");
        assertFalse(grid.intersects(new Rectangle2D.Double(100, 120, 50, 20)), "nor touching below");
        assertTrue(grid.intersects(new Rectangle2D.Double(149.5, 119.5, 30, 20)), "half a pixel in is");
        assertFalse(grid.intersects(new Rectangle2D.Double(290, 290, 40, 40)), "a box without width is never met");
        assertFalse(grid.intersects(new Line2D.Double(280, 320, 320, 320)), "nor crossed");
        assertFalse(grid.intersects(new Rectangle2D.Double(120, 105, 0, 5)), "a query without width meets nothing");
        assertTrue(grid.intersects(new Line2D.Double(90, 110, 200, 110)), "a line through the first box");
    }

    @Test
    void aHugeBoxIsMetFarFromItsCorner() {
        BoxGrid grid = new BoxGrid();
        grid.add(new Rectangle2D.Double(-10, -10, 5_000, 3_000));
        assertTrue(grid.intersects(new Rectangle2D.Double(1_900, 1_000, 10, 10)));
        assertTrue(grid.intersects(new Line2D.Double(1_000, 500, 1_010, 510)));
    }

    /** A box over a 1,000 × 700 frame: mostly label-sized, some without area, some larger than the cells. */
    private static Rectangle2D randomBox(Random random) {
        double x = random.nextDouble() * 1_100 - 50;
        double y = random.nextDouble() * 800 - 50;
        return switch (random.nextInt(10)) {
            case 0 -> new Rectangle2D.Double(x, y, 0, random.nextDouble() * 30);
            case 1 -> new Rectangle2D.Double(x, y, random.nextDouble() * 400, random.nextDouble() * 300);
            case 2 -> new Rectangle2D.Double(Math.rint(x), Math.rint(y), 64, 64);
            default -> new Rectangle2D.Double(x, y, 2 + random.nextDouble() * 80, 2 + random.nextDouble() * 18);
        };
    }
}
