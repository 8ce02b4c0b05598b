package org.borderwatch.interop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A small situation in the shape of the fact sheet's (Vaalimaa, Kuźnica, Terespol with their
 * closures and reopenings) and one annotation of each kind, for format round trips.
 */
public final class SampleSituation {
    public static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4326);
    public static final LocalDate DAY = LocalDate.of(2023, 12, 1);

    private SampleSituation() {
    }

    public static SituationData data() {
        List<Source> sources = List.of(
                new Source("F3", "Traffic across the eastern border to end temporarily as of 30 November 2023",
                        "https://tulli.fi/en/-/traffic-across-the-eastern-border-to-end-temporarily-as-of-30-november-2023",
                        "Finnish Customs"),
                new Source("P13", "Kuźnica crossing suspended", null, "Polish Border Guard"),
                new Source("G3", "Belarus–Poland border (Wikipedia)", "https://en.wikipedia.org/wiki/Belarus%E2%80%93Poland_border", null));
        List<Crossing> crossings = List.of(
                new Crossing("fi-vaalimaa", Border.FI_RU, "Vaalimaa", "Торфяновка", "Torfyanovka", CrossingType.ROAD,
                        new GeoPoint(60.6, 27.80833), CoordinatePrecision.APPROXIMATE, "Village article coordinate",
                        "Road 7 / E18", List.of("F3")),
                new Crossing("pl-kuznica", Border.PL_BY, "Kuźnica", "Брузги", "Bruzgi", CrossingType.ROAD,
                        new GeoPoint(53.50972, 23.64361), CoordinatePrecision.APPROXIMATE, "Village centre, not the station",
                        null, List.of("P13")),
                new Crossing("pl-terespol-road", Border.PL_BY, "Terespol", "Брест", "Brest", CrossingType.ROAD,
                        new GeoPoint(52.0725, 23.65375), CoordinatePrecision.SOURCED, "Polish Wikipedia crossing article",
                        null, List.of("G3")));
        List<StatusInterval> intervals = List.of(
                new StatusInterval("fi-vaalimaa", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 18), Status.OPEN, null, null, List.of("F3")),
                new StatusInterval("fi-vaalimaa", LocalDate.of(2023, 11, 18), LocalDate.of(2023, 12, 14), Status.CLOSED,
                        "Government decision: hybrid influence", LocalTime.MIDNIGHT, List.of("F3")),
                new StatusInterval("fi-vaalimaa", LocalDate.of(2023, 12, 14), LocalDate.of(2023, 12, 16), Status.RESTRICTED,
                        "Brief reopening", null, List.of("F3")),
                new StatusInterval("fi-vaalimaa", LocalDate.of(2023, 12, 16), null, Status.CLOSED, null, LocalTime.of(20, 0), List.of("F3")),
                new StatusInterval("pl-kuznica", LocalDate.of(2021, 11, 9), LocalDate.of(2025, 11, 17), Status.CLOSED,
                        "Suspended \"until further notice\" & <not> reopened", LocalTime.of(7, 0), List.of("P13")),
                new StatusInterval("pl-kuznica", LocalDate.of(2025, 11, 17), null, Status.RESTRICTED, "Passenger cars only", null, List.of("P13")),
                new StatusInterval("pl-terespol-road", LocalDate.of(2021, 1, 1), null, Status.OPEN, null, null, List.of("G3")));
        Map<String, String> acled = new LinkedHashMap<>();
        acled.put("event_id_cnty", "POL20231");
        acled.put("event_type", "Protests");
        acled.put("fatalities", "0");
        acled.put("notes", "Around 40 people, \"peacefully\".");
        List<Event> events = List.of(
                new Event("2023-11-18-fi-four-closed", LocalDate.of(2023, 11, 18), DatePrecision.DAY,
                        "Four south-eastern crossings closed", "Vaalimaa, Nuijamaa, Imatra and Niirala closed at 00:00.",
                        Category.CLOSURE, Border.FI_RU, "fi-vaalimaa", new GeoPoint(60.6, 27.80833), "Vaalimaa",
                        List.of("F3"), List.of("closure", "hybrid"), Map.of()),
                new Event("2021-08-pl-first-fence", LocalDate.of(2021, 8, 1), DatePrecision.MONTH,
                        "First razor-wire fence", "Poland began a temporary fence.", Category.CONSTRUCTION, Border.PL_BY,
                        null, null, null, List.of("G3"), List.of(), Map.of()),
                new Event("acled:POL20231", LocalDate.of(2023, 11, 18), DatePrecision.DAY, "Peaceful protest in Kuźnica",
                        "Around 40 people, \"peacefully\".", Category.PROTEST, Border.PL_BY, null,
                        new GeoPoint(53.5097, 23.6436), "Kuźnica, Podlaskie", List.of("P13", "G3"), List.of("acled"), acled));
        return new SituationData(crossings, intervals, events, sources);
    }

    public static List<Annotation> annotations() {
        Instant created = Instant.parse("2024-06-13T09:30:00Z");
        Instant modified = Instant.parse("2024-06-14T16:05:00Z");
        return List.of(
                new Annotation("a1-point", AnnotationKind.POINT, GF.createPoint(new Coordinate(23.8687, 52.7006)),
                        "Observation post", "Seen from the road.\nTwo vehicles.", "analyst", created, modified,
                        List.of("patrol"), List.of("acled:POL20231"), Confidence.CONFIRMED, null, null, "#D62728", null),
                new Annotation("a2-line", AnnotationKind.LINE, GF.createLineString(new Coordinate[] {
                    new Coordinate(23.60, 53.40), new Coordinate(23.70, 53.45), new Coordinate(23.80, 53.52)}),
                        "Barrier works", "", "analyst", created, created, List.of(), List.of(), Confidence.PROBABLE,
                        LocalDate.of(2022, 1, 25), LocalDate.of(2022, 7, 1), "#1F77B4", null),
                new Annotation("a3-zone", AnnotationKind.POLYGON, GF.createPolygon(new Coordinate[] {
                    new Coordinate(23.50, 52.60), new Coordinate(23.95, 52.60), new Coordinate(23.95, 52.85),
                    new Coordinate(23.50, 52.85), new Coordinate(23.50, 52.60)}),
                        "Buffer zone", "Białowieża Forest area & 27 localities <approx.>", "analyst", created, modified,
                        List.of("zone"), List.of(), Confidence.POSSIBLE, LocalDate.of(2024, 6, 13), null, "#2CA02C", null),
                new Annotation("a4-text", AnnotationKind.TEXT, GF.createPoint(new Coordinate(27.9, 60.7)),
                        "Virolahti", "", "analyst", created, created, List.of(), List.of(), Confidence.DOUBTFUL,
                        null, LocalDate.of(2024, 1, 1), "#000000", null),
                new Annotation("a5-ring", AnnotationKind.RING, GF.createPoint(new Coordinate(23.6538, 52.0725)),
                        "30 km of Terespol", "", "analyst", created, created, List.of(), List.of(), Confidence.PROBABLE,
                        null, null, "#9467BD", 30.0));
    }
}
