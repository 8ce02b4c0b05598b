package org.borderwatch.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapLayer;
import org.borderwatch.render.label.LabelRequest;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Country names' part of a frame's label layout: each country large enough in the view asks for
 * its name in capitals, centred on a point inside its largest visible part — the point nearest the
 * middle of that part first, then others inside it, nearest first — so a name moves aside for a
 * crossing's label rather than be dropped, and is never cut by the frame (a name that fits nowhere
 * whole is left out). Biggest visible area first.
 *
 * <p>Finding the points tests a grid over the visible part of each polygon's bounds with an indexed
 * point-in-polygon locator (no polygon clipping, which costs tens of milliseconds for Russia); the
 * points depend only on the map and the view, so the last few views' are remembered. Thread-safe.
 */
public final class CountryLabels {
    /** Grid cells per side when looking for points inside a country. */
    private static final int GRID = 9;
    /** Views remembered. */
    private static final int REMEMBERED = 8;
    private static final Map<Key, List<Country>> ANCHORS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Country>> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Key(BaseMap map, Viewport view) {
    }

    /** A country to name: its name and candidate centres (map coordinates), best first. */
    private record Country(String name, double area, List<Coordinate> anchors) {
    }

    private CountryLabels() {
    }

    /** Adds the country names of {@code scene} to {@code labels}. */
    public static void contribute(MapScene scene, MapLabels.Builder labels) {
        if (!scene.options().countryLabels()) {
            return;
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        Font font = s.font(Font.BOLD, s.textSizes().country());
        int i = 0;
        for (Country c : countries(scene)) {
            LabelContent content = LabelContent.text(c.name(), font, s.text().brighter().brighter(), s.textHalo(),
                    s.width(3));
            List<Point2D> anchors = new ArrayList<>();
            for (Coordinate at : c.anchors()) {
                anchors.add(v.toScreen(at.x, at.y));
            }
            labels.add(LabelRequest.centred("country:" + c.name(), LabelTier.COUNTRY, i++, anchors, content.width(),
                    content.height()), MapLabel.Layer.COUNTRY, content);
        }
    }

    private static List<Country> countries(MapScene scene) {
        Key key = new Key(scene.map(), scene.view());
        synchronized (ANCHORS) {
            List<Country> known = ANCHORS.get(key);
            if (known != null) {
                return known;
            }
        }
        List<Country> found = find(scene);
        synchronized (ANCHORS) {
            ANCHORS.put(key, found);
        }
        return found;
    }

    private static List<Country> find(MapScene scene) {
        Viewport v = scene.view();
        Envelope env = v.envelope();
        Map<MapLayer.Feature, Polygon> largest = new LinkedHashMap<>();
        for (MapLayer.Piece p : scene.map().countries().query(env, v.metresPerPixel())) {
            if (p.geometry() instanceof Polygon poly) {
                Polygon best = largest.get(p.feature());
                if (best == null || visibleArea(poly, env) > visibleArea(best, env)) {
                    largest.put(p.feature(), poly);
                }
            }
        }
        double minArea = 4000 * v.metresPerPixel() * v.metresPerPixel();
        List<Country> out = new ArrayList<>();
        for (Map.Entry<MapLayer.Feature, Polygon> e : largest.entrySet()) {
            String name = e.getKey().text("name").toUpperCase(Locale.ROOT);
            double area = visibleArea(e.getValue(), env);
            if (name.isEmpty() || area < minArea) {
                continue;
            }
            List<Coordinate> anchors = insidePoints(e.getValue(), env);
            if (!anchors.isEmpty()) {
                out.add(new Country(name, area, anchors));
            }
        }
        out.sort(Comparator.comparingDouble(c -> -c.area()));
        return List.copyOf(out);
    }

    private static double visibleArea(Polygon p, Envelope env) {
        return p.getEnvelopeInternal().intersection(env).getArea();
    }

    /** Grid points inside {@code p} and {@code env}, nearest the middle of them first. */
    private static List<Coordinate> insidePoints(Polygon p, Envelope env) {
        Envelope vis = p.getEnvelopeInternal().intersection(env);
        if (vis.isNull()) {
            return List.of();
        }
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(p);
        List<Coordinate> inside = new ArrayList<>();
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                Coordinate c = new Coordinate(vis.getMinX() + vis.getWidth() * (i + 0.5) / GRID,
                        vis.getMinY() + vis.getHeight() * (j + 0.5) / GRID);
                if (locator.locate(c) == Location.INTERIOR) {
                    inside.add(c);
                    sx += c.x;
                    sy += c.y;
                }
            }
        }
        if (inside.isEmpty()) {
            return List.of();
        }
        Coordinate mid = new Coordinate(sx / inside.size(), sy / inside.size());
        inside.sort(Comparator.comparingDouble(c -> c.distance(mid)));
        return List.copyOf(inside);
    }
}
