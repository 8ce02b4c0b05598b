package org.borderwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderwatch.domain.Border;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The bundled map: complete, in the right place, and true to the official border lengths. */
class BaseMapTest {
    private static BaseMap map;

    @BeforeAll
    static void load() throws Exception {
        map = BaseMap.loadBundled();
    }

    @Test
    void finnishRussianLandBorderIsWithinFivePercentOfTheSurveyedLength() {
        double km = map.borderLengthKm(Border.FI_RU);
        assertEquals(1289.6, km, 1289.6 * 0.05, "FI–RU land border, km");
    }

    @Test
    void polishBelarusianBorderIsWithinFivePercentOfTheOfficialLength() {
        double km = map.borderLengthKm(Border.PL_BY);
        assertEquals(418.0, km, 418.0 * 0.05, "PL–BY border, km");
    }

    @Test
    void bordersRunWhereTheyShould() {
        Envelope fi = map.borderWgs84(Border.FI_RU).getEnvelopeInternal();
        assertEquals(60.5, fi.getMinY(), 0.3, "FI–RU starts at the Gulf of Finland");
        assertEquals(69.05, fi.getMaxY(), 0.1, "FI–RU ends at the Norwegian tripoint (Treriksrøysa)");
        Envelope pl = map.borderWgs84(Border.PL_BY).getEnvelopeInternal();
        assertEquals(51.5, pl.getMinY(), 0.2, "PL–BY starts at the Ukrainian tripoint on the Bug");
        assertEquals(53.95, pl.getMaxY(), 0.2, "PL–BY ends at the Lithuanian tripoint");
    }

    @Test
    void countriesOfTheRegionAreThereWithTheirCodes() {
        Set<String> codes = map.countries().features().stream().map(f -> f.text("iso_a2")).collect(Collectors.toSet());
        assertTrue(codes.containsAll(List.of("FI", "RU", "PL", "BY", "EE", "LV", "LT", "SE", "NO", "UA")), codes.toString());
    }

    @Test
    void theBigLakesAreThere() {
        Set<String> names = map.lakes().features().stream().map(f -> f.text("name")).collect(Collectors.toSet());
        for (String lake : List.of("Ladoga", "Onega", "Saimaa", "Päijänne")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(lake)), lake + " missing from " + names);
        }
    }

    @Test
    void lakesUnderThreeSquareKilometresAreKeptNearTheBordersOnly() {
        int small = 0;
        for (MapLayer.Feature f : map.lakes().features()) {
            double km2 = ((Number) f.properties().get("area_km2")).doubleValue();
            if (km2 >= 3) {
                continue;
            }
            small++;
            assertTrue(km2 >= 0.1, f + " is smaller than 0.1 km²");
            Coordinate c = f.wgs84().getInteriorPoint().getCoordinate();
            double toBorder = Math.min(Geodesy.distanceToLinesMetres(map.borderWgs84(Border.FI_RU), c.x, c.y),
                    Geodesy.distanceToLinesMetres(map.borderWgs84(Border.PL_BY), c.x, c.y));
            // the zones are 100 km buffers in LAEA: a lake may reach in from a little further out
            assertTrue(toBorder < 110_000, f + " is " + Math.round(toBorder / 1000) + " km from both border lines");
        }
        assertTrue(small > 5_000, small + " lakes under 3 km² in the border zones");
        // a 1:250,000 view around Imatra (about 60 m a pixel) has them
        Envelope imatra = new Envelope(MapProjection.forward(28.5, 61.0), MapProjection.forward(29.2, 61.35));
        long near = map.lakes().query(imatra, 60).stream()
                .filter(p -> ((Number) p.feature().properties().get("area_km2")).doubleValue() < 3).count();
        assertTrue(near > 50, near + " small lakes around Imatra at 1:250,000");
    }

    @Test
    void theBugIsAmongTheRivers() {
        assertTrue(map.rivers().features().stream().anyMatch(f -> f.text("name").contains("Bug")));
    }

    @Test
    void vaalimaaLiesInFinlandAndTorfyanovkaSideInRussia() {
        Geometry finland = country("FI");
        Geometry russia = country("RU");
        var gf = finland.getFactory();
        assertTrue(finland.contains(gf.createPoint(new Coordinate(27.75, 60.60))));
        assertTrue(russia.contains(gf.createPoint(new Coordinate(28.0, 60.62))));
        assertFalse(finland.contains(gf.createPoint(new Coordinate(28.0, 60.62))));
    }

    @Test
    void levelOfDetailDropsVerticesAtSmallScalesOnly() {
        Envelope all = map.extent();
        int coarse = vertices(map.border(Border.FI_RU).query(all, 3000));
        int fine = vertices(map.border(Border.FI_RU).query(all, 5));
        assertTrue(coarse * 5 < fine, "coarse " + coarse + " vs fine " + fine);
    }

    private static int vertices(List<MapLayer.Piece> pieces) {
        return pieces.stream().mapToInt(p -> p.geometry().getNumPoints()).sum();
    }

    private static Geometry country(String iso) {
        return map.countries().features().stream().filter(f -> iso.equals(f.text("iso_a2"))).findFirst()
                .orElseThrow().wgs84();
    }
}
