package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A shape being drawn: the vertices clicked so far and the cursor position (the rubber band),
 * all WGS84 (x = longitude, y = latitude). A range ring is its centre (the first vertex) and a
 * radius in km. Measurements are geodesic on the WGS84 ellipsoid. Not thread-safe; the tools use
 * it on the JavaFX Application Thread.
 */
final class Sketch {
    private static final GeometryFactory GF = new GeometryFactory();

    private final Tool tool;
    private final List<Coordinate> vertices = new ArrayList<>();
    private Coordinate hover;
    private double radiusKm;

    Sketch(Tool tool) {
        this.tool = tool;
    }

    Tool tool() {
        return tool;
    }

    List<Coordinate> vertices() {
        return List.copyOf(vertices);
    }

    boolean isEmpty() {
        return vertices.isEmpty();
    }

    void add(Coordinate wgs84) {
        if (!vertices.isEmpty() && vertices.get(vertices.size() - 1).equals2D(wgs84)) {
            return;
        }
        vertices.add(new Coordinate(wgs84.x, wgs84.y));
    }

    /** Takes back the last vertex (Backspace). */
    void removeLast() {
        if (!vertices.isEmpty()) {
            vertices.remove(vertices.size() - 1);
        }
    }

    /** Where the cursor is (the end of the rubber band), or {@code null}. */
    Coordinate hover() {
        return hover;
    }

    void hover(Coordinate wgs84) {
        this.hover = wgs84;
        if (tool == Tool.RING && !vertices.isEmpty() && wgs84 != null) {
            Coordinate c = vertices.get(0);
            radiusKm = Geodesy.distanceMetres(c.x, c.y, wgs84.x, wgs84.y) / 1000.0;
        }
    }

    /** The ring's radius in km (from the cursor, or typed). */
    double radiusKm() {
        return radiusKm;
    }

    void radiusKm(double km) {
        this.radiusKm = km;
    }

    /** True when enough has been drawn to make the shape. */
    boolean canFinish() {
        return switch (tool) {
            case LINE, MEASURE -> vertices.size() >= 2;
            case POLYGON -> vertices.size() >= 3;
            case RING -> vertices.size() == 1 && radiusKm > 0 && radiusKm <= 5000;
            case POINT, TEXT -> vertices.size() == 1;
            default -> false;
        };
    }

    /** The finished WGS84 geometry (a ring is its centre point); call only when {@link #canFinish}. */
    Geometry geometry() {
        if (!canFinish()) {
            throw new IllegalStateException("the " + tool.label().toLowerCase(Locale.ROOT) + " is not complete");
        }
        return switch (tool) {
            case LINE, MEASURE -> GF.createLineString(vertices.toArray(Coordinate[]::new));
            case POLYGON -> {
                List<Coordinate> ring = new ArrayList<>(vertices);
                ring.add(new Coordinate(vertices.get(0)));
                yield GF.createPolygon(ring.toArray(Coordinate[]::new));
            }
            default -> GF.createPoint(new Coordinate(vertices.get(0)));
        };
    }

    /** The vertices with the cursor appended, as the preview shows them. */
    List<Coordinate> withHover() {
        List<Coordinate> out = new ArrayList<>(vertices);
        if (hover != null && tool.collectsVertices()) {
            out.add(hover);
        }
        return out;
    }

    /** Geodesic length of the drawn line (with the rubber band) in km. */
    double lengthKm() {
        List<Coordinate> cs = withHover();
        double m = 0;
        for (int i = 1; i < cs.size(); i++) {
            m += Geodesy.distanceMetres(cs.get(i - 1).x, cs.get(i - 1).y, cs.get(i).x, cs.get(i).y);
        }
        return m / 1000.0;
    }

    /** Geodesic area of the closed shape (with the rubber band) in km², 0 below three vertices. */
    double areaKm2() {
        List<Coordinate> cs = withHover();
        if (cs.size() < 3) {
            return 0;
        }
        List<Coordinate> ring = new ArrayList<>(cs);
        ring.add(new Coordinate(cs.get(0)));
        return Geodesy.areaSquareMetres(GF.createPolygon(ring.toArray(Coordinate[]::new))) / 1e6;
    }

    /** The live measurement: "Length 12.4 km", "… · Area 3.21 km²", "Radius 10.0 km", or "". */
    String readout() {
        return switch (tool) {
            case LINE -> vertices.isEmpty() ? "" : "Length " + km(lengthKm());
            case POLYGON, MEASURE -> {
                if (vertices.isEmpty()) {
                    yield "";
                }
                String s = "Length " + km(lengthKm());
                yield withHover().size() >= 3 ? s + " · Area " + km2(areaKm2()) : s;
            }
            case RING -> vertices.isEmpty() ? "" : "Radius " + km(radiusKm);
            default -> "";
        };
    }

    /** "850 m", "4.25 km", "12.4 km", "1,289 km". */
    static String km(double km) {
        if (km < 1) {
            return String.format(Locale.ROOT, "%.0f m", km * 1000);
        }
        return String.format(Locale.ROOT, km < 10 ? "%.2f km" : km < 100 ? "%.1f km" : "%,.0f km", km);
    }

    /** "0.42 km²", "12.5 km²", "1,234 km²". */
    static String km2(double km2) {
        return String.format(Locale.ROOT, km2 < 10 ? "%.2f km²" : km2 < 100 ? "%.1f km²" : "%,.0f km²", km2);
    }
}
