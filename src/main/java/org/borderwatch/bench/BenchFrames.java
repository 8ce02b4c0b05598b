package org.borderwatch.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.BaseMapPainter;
import org.borderwatch.render.LabelPlacer;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;

/**
 * Frame painting as the window does it, at three zooms: the window's {@link LayeredFramePainter}
 * (the base map painted once per view, the annotations once per view and annotation set, each
 * frame a copy of the base in a reused image plus the day's overlays and decorations). The naive
 * baseline paints every frame from scratch into a new image, without level of detail.
 */
final class BenchFrames {
    static final int W = 1920;
    static final int H = 1080;

    private final BaseMap map;
    private final MapPainter painter = new MapPainter();

    BenchFrames(BaseMap map) {
        this.map = map;
    }

    /** The three views: full extent, a border zoom (south-eastern Finland), a crossing zoom (Vaalimaa). */
    static List<Viewport> views() {
        Coordinate se = MapProjection.forward(28.6, 61.2);
        Coordinate vaalimaa = MapProjection.forward(27.8083, 60.6);
        return List.of(ViewPreset.BOTH.viewport(W, H), new Viewport(se.x, se.y, 250, W, H),
                new Viewport(vaalimaa.x, vaalimaa.y, 5, W, H));
    }

    static String name(int i) {
        return new String[] {"full extent", "border zoom (1:1M)", "crossing zoom (1:20k)"}[i];
    }

    /** Paints the base map alone, uncached (with or without level of detail). */
    void paintBase(MapScene scene, boolean levelOfDetail) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            new BaseMapPainter(levelOfDetail).paint(g, scene, new LabelPlacer(2));
        } finally {
            g.dispose();
        }
    }

    /** A painter as the window holds one, its layers made for {@code scene} (as after the first frame of a view). */
    static LayeredFramePainter window(MapScene scene) {
        LayeredFramePainter p = new LayeredFramePainter();
        p.paint(scene);
        return p;
    }

    /** One frame as the window makes it. */
    static BufferedImage frame(LayeredFramePainter window, MapScene scene) {
        return window.paint(scene).image();
    }

    /** The naive frame: everything from scratch, base without level of detail. */
    void naiveFrame(MapScene scene) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            LabelPlacer labels = new LabelPlacer(2);
            new BaseMapPainter(false).paint(g, scene, labels);
            painter.paintOverlaysAndDecorations(g, scene, labels);
        } finally {
            g.dispose();
        }
    }
}
