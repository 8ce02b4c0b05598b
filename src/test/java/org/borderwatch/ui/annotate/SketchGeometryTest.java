package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Sketching and reshaping as geometry: what is measured and what each vertex edit gives. */
class SketchGeometryTest {
    private static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    @Test
    void aLineAlongAMeridianMeasuresItsGeodesicLength() {
        Sketch s = new Sketch(Tool.LINE);
        s.add(new Coordinate(23.0, 53.0));
        s.hover(new Coordinate(23.0, 54.0));
        assertEquals(111.3, s.lengthKm(), 0.1, "one degree of latitude at 53.5° N is about 111.3 km");
        assertEquals("Length 111 km", s.readout());
        assertFalse(s.canFinish(), "the rubber band is not a vertex");
        s.add(new Coordinate(23.0, 54.0));
        assertTrue(s.canFinish());
        assertEquals("LINESTRING (23 53, 23 54)", s.geometry().toText());
    }

    @Test
    void anAreaIsTheSameOnTheEllipsoidAndInTheEqualAreaProjection() {
        Sketch s = new Sketch(Tool.MEASURE);
        s.add(new Coordinate(23.60, 53.50));
        s.add(new Coordinate(23.75, 53.50));
        s.add(new Coordinate(23.75, 53.59));
        s.add(new Coordinate(23.60, 53.59));
        Sketch area = new Sketch(Tool.POLYGON);
        s.vertices().forEach(area::add);
        Geometry projected = MapProjection.forward(area.geometry());
        double laeaKm2 = projected.getArea() / 1e6;
        assertEquals(laeaKm2, s.areaKm2(), laeaKm2 * 1e-3, "EPSG:3035 is equal-area");
        assertTrue(s.readout().contains("Area 99.") || s.readout().contains("Area 98."), s.readout());
    }

    @Test
    void anAreaNeedsThreeCornersAndClosesItsRing() {
        Sketch s = new Sketch(Tool.POLYGON);
        s.add(new Coordinate(23.6, 53.5));
        s.add(new Coordinate(23.6, 53.5));
        s.add(new Coordinate(23.7, 53.5));
        assertFalse(s.canFinish(), "a repeated click adds no corner");
        assertThrows(IllegalStateException.class, s::geometry);
        s.add(new Coordinate(23.65, 53.55));
        assertEquals("POLYGON ((23.6 53.5, 23.7 53.5, 23.65 53.55, 23.6 53.5))", s.geometry().toText());
        s.removeLast();
        assertFalse(s.canFinish());
    }

    @Test
    void aRingTakesItsRadiusFromTheCursorOrTheKeyboard() {
        Sketch s = new Sketch(Tool.RING);
        s.add(new Coordinate(23.69, 53.53));
        s.hover(Geodesy.destination(23.69, 53.53, 45, 12_500));
        assertEquals(12.5, s.radiusKm(), 1e-6);
        assertEquals("Radius 12.5 km", s.readout());
        s.radiusKm(6000);
        assertFalse(s.canFinish(), "no ring wider than 5,000 km");
        assertEquals(12.5, InlineFields.parseKm(" 12,5 km"));
        assertNull(InlineFields.parseKm("twelve"));
    }

    @Test
    void verticesMoveInsertAndRemoveKeepingPolygonsClosed() throws Exception {
        Geometry area = wkt("POLYGON ((23.6 53.5, 23.7 53.5, 23.65 53.55, 23.6 53.5))");
        assertEquals("POLYGON ((23.5 53.4, 23.7 53.5, 23.65 53.55, 23.5 53.4))",
                VertexEdits.moveVertex(area, 0, new Coordinate(23.5, 53.4)).toText(), "the closing point follows vertex 0");
        assertEquals("POLYGON ((23.6 53.5, 23.7 53.5, 23.65 53.55, 23.6 53.52, 23.6 53.5))",
                VertexEdits.insertVertex(area, 2, new Coordinate(23.6, 53.52)).toText(), "after the last corner means on the closing side");
        assertNull(VertexEdits.removeVertex(area, 1), "an area keeps three corners");
        Geometry line = wkt("LINESTRING (23.6 53.5, 23.7 53.5, 23.8 53.6)");
        assertEquals("LINESTRING (23.6 53.5, 23.8 53.6)", VertexEdits.removeVertex(line, 1).toText());
        assertNull(VertexEdits.removeVertex(wkt("LINESTRING (23.6 53.5, 23.7 53.5)"), 0));
        assertThrows(IndexOutOfBoundsException.class, () -> VertexEdits.moveVertex(line, 3, new Coordinate(0, 0)));
    }

    @Test
    void movingAShapeMovesItOnTheMapNotInDegrees() throws Exception {
        Geometry line = wkt("LINESTRING (23.6 53.5, 23.7 53.5)");
        Geometry moved = VertexEdits.translate(line, 1000, 2000);
        for (int i = 0; i < 2; i++) {
            Coordinate before = MapProjection.forward(line.getCoordinates()[i].x, line.getCoordinates()[i].y);
            Coordinate after = MapProjection.forward(moved.getCoordinates()[i].x, moved.getCoordinates()[i].y);
            assertEquals(1000, after.x - before.x, 1e-3);
            assertEquals(2000, after.y - before.y, 1e-3);
        }
        assertEquals("LINESTRING (23.6 53.5, 23.7 53.5)", line.toText(), "the original is not changed");
    }
}
