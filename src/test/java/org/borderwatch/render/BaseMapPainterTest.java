package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.borderwatch.domain.Border;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Paints the real map into an image and checks what a user would see at known places. */
class BaseMapPainterTest {
    private static BaseMap map;

    @BeforeAll
    static void load() throws Exception {
        map = BaseMap.loadBundled();
    }

    @Test
    void finnishRussianBorderIsDrawnInTheBorderColourAlongItsWholeLength() throws Exception {
        Viewport v = ViewPreset.FINLAND.viewport(1600, 1000);
        BufferedImage img = new MapPainter().paintImage(MapScene.base(map, v));
        Coordinate[] line = map.borderWgs84(Border.FI_RU).getCoordinates();
        int checked = 0;
        int hits = 0;
        for (int i = 0; i < line.length; i += Math.max(1, line.length / 40)) {
            Coordinate p = MapProjection.forward(line[i].x, line[i].y);
            Point2D s = v.toScreen(p.x, p.y);
            checked++;
            if (near(img, (int) s.getX(), (int) s.getY(), MapStyle.DEFAULT.borderLine(), 2)) {
                hits++;
            }
        }
        if (hits < checked * 0.9) {
            save(img, "finnish-border");
        }
        assertTrue(hits >= checked * 0.9, hits + " of " + checked + " border points drawn in the border colour");
    }

    @Test
    void seaIsSeaAndLandIsLand() throws Exception {
        Viewport v = ViewPreset.BOTH.viewport(1200, 1000);
        BufferedImage img = new MapPainter().paintImage(MapScene.base(map, v).withOptions(
                new MapOptions(false, false, false, false, false, false, false, false, false, false, false)));
        assertColour(img, v, 20.0, 58.5, MapStyle.DEFAULT.sea(), "the Baltic Sea west of Estonia");
        assertColour(img, v, 25.5, 62.5, MapStyle.DEFAULT.focusLand(), "central Finland");
        assertColour(img, v, 36.0, 58.0, MapStyle.DEFAULT.land(), "Russia east of Lake Ilmen");
        assertColour(img, v, 31.5, 61.0, MapStyle.DEFAULT.lake(), "Lake Ladoga");
    }

    private static void assertColour(BufferedImage img, Viewport v, double lon, double lat, Color expected, String what)
            throws Exception {
        Coordinate p = MapProjection.forward(lon, lat);
        Point2D s = v.toScreen(p.x, p.y);
        if (!near(img, (int) s.getX(), (int) s.getY(), expected, 0)) {
            save(img, "colour-" + what.replace(' ', '-'));
            throw new AssertionError(what + ": expected " + expected + " at " + s + ", found "
                    + new Color(img.getRGB((int) s.getX(), (int) s.getY())));
        }
    }

    /** True when some pixel within {@code r} of (x, y) is close to {@code c}. */
    static boolean near(BufferedImage img, int x, int y, Color c, int r) {
        for (int dx = -r; dx <= r; dx++) {
            for (int dy = -r; dy <= r; dy++) {
                int px = x + dx;
                int py = y + dy;
                if (px < 0 || py < 0 || px >= img.getWidth() || py >= img.getHeight()) {
                    continue;
                }
                Color p = new Color(img.getRGB(px, py));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 40) {
                    return true;
                }
            }
        }
        return false;
    }

    static void save(BufferedImage img, String name) throws Exception {
        File dir = new File("target/test-images");
        Files.createDirectories(dir.toPath());
        ImageIO.write(img, "png", new File(dir, name + ".png"));
    }
}
