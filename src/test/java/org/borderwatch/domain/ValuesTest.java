package org.borderwatch.domain;

import static org.borderwatch.domain.DomainFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The records refuse invalid values in their constructors: an invalid value never exists as an object. */
class ValuesTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @ParameterizedTest
    @ValueSource(doubles = {91, -90.0001, Double.NaN, Double.POSITIVE_INFINITY})
    void aLatitudeOutsideTheGlobeIsRefused(double lat) {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(lat, 20));
    }

    @Test
    void poleAndAntimeridianAreFine() {
        new GeoPoint(90, 180);
        new GeoPoint(-90, -180);
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, 180.5));
    }

    @Test
    void anIntervalIsHalfOpen() {
        StatusInterval i = DomainFixtures.interval("x", "2023-11-18", "2023-12-14", Status.CLOSED);
        assertFalse(i.covers(d("2023-11-17")));
        assertTrue(i.covers(d("2023-11-18")));
        assertTrue(i.covers(d("2023-12-13")));
        assertFalse(i.covers(d("2023-12-14")));
    }

    @Test
    void anIntervalMustEndAfterItStartsAndCiteASource() {
        assertThrows(IllegalArgumentException.class, () -> DomainFixtures.interval("x", "2023-11-18", "2023-11-18", Status.OPEN));
        assertThrows(IllegalArgumentException.class, () -> DomainFixtures.interval("x", "2023-11-18", "2023-11-01", Status.OPEN));
        assertThrows(IllegalArgumentException.class, () -> DomainFixtures.interval("x", "2023-11-18", null, Status.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> new StatusInterval("x", d("2023-01-01"), null, Status.OPEN, null, null, List.of()));
    }

    @Test
    void aCrossingIsOnAFrontierAndSourced() {
        assertThrows(IllegalArgumentException.class, () -> DomainFixtures.crossing("x", Border.BOTH, CrossingType.ROAD));
        assertThrows(IllegalArgumentException.class, () -> new Crossing("x", Border.FI_RU, "X", null, null, CrossingType.ROAD,
                new GeoPoint(60, 28), CoordinatePrecision.ESTIMATE, "note", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Crossing("x", Border.FI_RU, "X", null, null, CrossingType.ROAD,
                new GeoPoint(60, 28), CoordinatePrecision.ESTIMATE, " ", null, List.of("S1")), "a precision note is required");
    }

    @Test
    void displayPairShowsTheCounterpartInItsScriptAndTransliterated() {
        Crossing c = new Crossing("pl-kuznica", Border.PL_BY, "Kuźnica", "Брузги", "Bruzgi", CrossingType.ROAD,
                new GeoPoint(53.5, 23.6), CoordinatePrecision.ESTIMATE, "village", " ", List.of("P13"));
        assertEquals("Kuźnica – Брузги (Bruzgi)", c.displayPair());
        assertNull(c.note(), "blank text is no text");
        assertEquals("Vaalimaa – Torfyanovka", new Crossing("fi-vaalimaa", Border.FI_RU, "Vaalimaa", null, "Torfyanovka",
                CrossingType.ROAD, new GeoPoint(60.6, 27.8), CoordinatePrecision.APPROXIMATE, "village", null,
                List.of("G1")).displayPair());
    }

    @Test
    void anEventCopiesItsListsAndAttributes() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("fatalities", "0");
        List<String> sources = new java.util.ArrayList<>(List.of("S1"));
        Event e = new Event("e", d("2023-11-01"), DatePrecision.MONTH, "t", null, Category.MIGRATION, Border.FI_RU, " ",
                null, null, sources, null, attributes);
        attributes.put("later", "x");
        sources.add("S2");
        assertEquals(Map.of("fatalities", "0"), e.attributes());
        assertEquals(List.of("S1"), e.sourceIds());
        assertEquals("", e.summary());
        assertNull(e.crossingId());
        assertThrows(UnsupportedOperationException.class, () -> e.attributes().put("x", "y"));
        Event plain = DomainFixtures.event("p", "2023-01-01");
        assertSame(Attributes.EMPTY, plain.attributes(), "no attributes share one empty map");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThrows(IllegalArgumentException.class, () -> new Event("n", d("2023-01-01"), null, "t", null, Category.OTHER,
                Border.OTHER, null, null, null, List.of("S1"), null, withNull));
    }

    @Test
    void codesParseAsWrittenInFiles() {
        assertEquals(Border.FI_RU, Border.parse("fi_ru"));
        assertEquals(Border.PL_BY, Border.parse(" PL-BY "));
        assertEquals(CrossingType.ROAD_RAIL, CrossingType.parse("road+rail"));
        assertEquals(Status.CLOSED, Status.parseStored("Closed"));
        assertThrows(IllegalArgumentException.class, () -> Status.parseStored("unknown"));
        assertThrows(IllegalArgumentException.class, () -> Category.parse("riot"));
        for (Border b : Border.values()) {
            assertEquals(b, Border.parse(b.code()));
        }
        for (Category c : Category.values()) {
            assertEquals(c, Category.parse(c.code()));
        }
    }

    @Test
    void bothMatchesEitherFrontier() {
        assertTrue(Border.BOTH.matches(Border.FI_RU));
        assertTrue(Border.BOTH.matches(Border.PL_BY));
        assertFalse(Border.FI_RU.matches(Border.PL_BY));
        assertTrue(Border.OTHER.matches(null));
        assertFalse(Border.OTHER.matches(Border.FI_RU));
    }

    @Test
    void aTimeWindowNeedsADayOrAStart() {
        assertThrows(IllegalArgumentException.class, () -> TimeWindow.lastDays(0));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(true, 0, null));
        assertEquals(d("2023-11-01"), TimeWindow.lastDays(30).start(d("2023-11-30")));
        assertEquals(d("2023-11-30"), TimeWindow.lastDays(1).start(d("2023-11-30")));
        assertEquals(d("2021-08-01"), TimeWindow.since(d("2021-08-01")).start(d("2023-11-30")));
        assertEquals(java.time.LocalDate.MIN, TimeWindow.lastDays(30).start(java.time.LocalDate.MIN.plusDays(3)),
                "a window reaching before the first representable day starts on it");
    }

    @Test
    void anAnnotationIsValidWhereItsKindSays() {
        var point = GF.createPoint(new Coordinate(27.8, 60.6));
        Instant t = Instant.parse("2024-01-01T10:00:00Z");
        Annotation ring = new Annotation("r", AnnotationKind.RING, point, null, null, "analyst", t, t, null, null, null,
                d("2023-11-18"), d("2023-12-14"), "#D81B60", 12.5);
        assertEquals(Confidence.PROBABLE, ring.confidence());
        assertEquals("", ring.title());
        assertFalse(ring.visibleOn(d("2023-11-17")));
        assertTrue(ring.visibleOn(d("2023-11-18")));
        assertFalse(ring.visibleOn(d("2023-12-14")), "validUntil is exclusive");
        assertNull(new Annotation("p", AnnotationKind.POINT, point, "", "", "a", t, t, null, null, null, null, null,
                "#000000", 3.0).radiusKm(), "only rings keep a radius");
        assertThrows(IllegalArgumentException.class, () -> new Annotation("l", AnnotationKind.LINE, point, "", "", "a", t, t,
                null, null, null, null, null, "#000000", null));
        assertThrows(IllegalArgumentException.class, () -> new Annotation("c", AnnotationKind.POINT, point, "", "", "a", t,
                t.minusSeconds(1), null, null, null, null, null, "#000000", null));
        assertThrows(IllegalArgumentException.class, () -> new Annotation("c", AnnotationKind.POINT, point, "", "", "a", t, t,
                null, null, null, null, null, "red", null));
        assertThrows(IllegalArgumentException.class, () -> new Annotation("c", AnnotationKind.POINT,
                GF.createPoint(new Coordinate(20, 95)), "", "", "a", t, t, null, null, null, null, null, "#000000", null));
    }
}
