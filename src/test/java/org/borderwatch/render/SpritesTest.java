package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Labels copied from pre-rendered images land where drawn text does, and only on raster surfaces that ask. */
class SpritesTest {
    private static final Font FONT = MapStyle.DEFAULT.font(Font.BOLD, 11.5);

    /** The ink-weighted centre (x, y) of what differs from white. */
    private static double[] inkCentre(BufferedImage img) {
        double sx = 0;
        double sy = 0;
        double sw = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double ink = 765 - ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF));
                sx += ink * x;
                sy += ink * y;
                sw += ink;
            }
        }
        return new double[] {sx / sw, sy / sw};
    }

    private static BufferedImage label(Sprites sprites, double x, double y) {
        BufferedImage img = new BufferedImage(240, 60, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 240, 60);
            MapPainter.prepare(g);
            if (sprites != null) {
                sprites.install(g);
            }
            TextDrawing.draw(g, "Vaalimaa – Торфяновка", FONT, x, y, new Color(0x2B2B2B), new Color(120, 160, 220), 3f);
        } finally {
            g.dispose();
        }
        return img;
    }

    @Test
    void aLabelFromASpriteLandsWhereDrawnTextDoes() {
        Sprites sprites = new Sprites();
        for (double[] at : new double[][] {{20, 30}, {20.3, 30.55}, {21.87, 29.12}}) {
            double[] drawn = inkCentre(label(null, at[0], at[1]));
            label(sprites, at[0], at[1]);
            double[] copied = inkCentre(label(sprites, at[0], at[1]));
            assertTrue(Math.abs(drawn[0] - copied[0]) < 0.02 && Math.abs(drawn[1] - copied[1]) < 0.02,
                    at[0] + ": drawn at " + drawn[0] + ", " + drawn[1] + " but copied at " + copied[0] + ", " + copied[1]);
        }
        assertTrue(sprites.bytes() > 0);
    }

    @Test
    void spritesAreUsedOnlyWhereTheyFitThePixelGrid() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        assertNull(Sprites.of(g), "a surface that did not ask for sprites draws text");
        new Sprites().install(g);
        assertNotNull(Sprites.of(g));
        g.translate(12, -3);
        assertNotNull(Sprites.of(g), "a shift by whole pixels keeps them");
        g.translate(0.5, 0);
        assertNull(Sprites.of(g), "half a pixel off the grid: drawn");
        g.translate(-0.5, 0);
        g.scale(2, 2);
        assertNull(Sprites.of(g), "scaled (a print-size slide): drawn");
        g.dispose();
    }

    @Test
    void spritesKeepToTheirMemoryBound() {
        Sprites sprites = new Sprites();
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        MapPainter.prepare(g);
        sprites.install(g);
        for (int i = 0; i < 1200; i++) {
            TextDrawing.draw(g, "Annotation title number " + i, FONT, 10 + i % 4 * 0.25, 50, Color.BLACK, Color.WHITE, 3f);
        }
        g.dispose();
        assertTrue(sprites.bytes() <= Sprites.MAX_BYTES, sprites.bytes() + " bytes");
    }
}
