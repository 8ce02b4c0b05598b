package org.borderwatch.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
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
import org.borderwatch.geo.BaseMap;

/**
 * Test data: the coarse hand-drawn map of src/test/resources/slides/map and a small situation
 * snapshot of November–December 2023 taken from the fact sheet (dates and source ids as there).
 */
public final class SlideFixtures {
    private static BaseMap map;

    private SlideFixtures() {
    }

    /** The fixture map (loaded once). */
    public static synchronized BaseMap map() {
        if (map == null) {
            try {
                map = BaseMap.load(name -> {
                    String resource = "slides/map/" + name.substring(name.lastIndexOf('/') + 1);
                    InputStream in = SlideFixtures.class.getClassLoader().getResourceAsStream(resource);
                    if (in == null) {
                        throw new IOException(resource + ": missing test resource");
                    }
                    return in;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The snapshot. */
    public static SituationData data() {
        List<Source> sources = List.of(
                src("F1", "Avviso importante 16-11-2023 – viaggi tramite Finlandia", "Italian Consulate General, St Petersburg"),
                src("F3", "Traffic across the eastern border to end temporarily as of 30 November 2023", "Finnish Customs"),
                src("F4", "Finland to close its entire eastern border from Thursday", "ERR News"),
                src("F7", "Suomi sulkee lauantaista alkaen neljä itärajan rajanylityspaikkaa", "Yle"),
                src("F8", "Eastern border: graphics show how asylum seekers moved from one border crossing point to another", "Pledge Times"),
                src("F9", "Finland has almost completely closed its border with Russia", "Pledge Times"),
                src("F10", "Raja-Jooseppi closes", "Arctic Today / Barents Observer"),
                src("F12", "Finland will open two checkpoints on border with Russia – Prime Minister Orpo", "Censor.NET"),
                src("F13", "Finlandia: riapertura di due valichi di frontiera tra Finlandia e Federazione Russa", "Italian Embassy, Helsinki"),
                src("F14", "Vaalimaalla ja Niiralassa ollaan valmiina rajan avautumiseen", "sss.fi"),
                src("F15", "Finland closes border crossing points again", "ERR News"),
                src("F16", "208 seek asylum on last day as Finland closes all borders with Russia", "izazap"),
                src("F17", "Nytt beslut: Finlands hela östgräns stängs på nytt", "Åbo Underrättelser"),
                src("F49", "Finnland/Russland: Allegro-Verkehre werden eingestellt", "Eurailpress"),
                src("F50", "Finland closes all border crossings to Russia but one to be used for rail", "RailFreight.com"),
                src("F53", "Vartiuksen raja-asema", "Finnish Wikipedia"),
                src("F61", "Niiralan rajanylityspaikan aukioloaika muuttuu 1.3.2023 alkaen", "Finnish Border Guard"),
                src("F62", "Border crossing between Finland, Russia reopens after over a year", "Yle News"),
                src("P13", "Od 9 listopada ruch graniczny na przejściu w Kuźnicy zawieszony do odwołania", "Spotted Lublin"),
                src("P24", "Minister confirms closure of Polish-Belarusian border crossing in Bobrowniki", "Poland Daily 24"),
                src("P26", "Przejście graniczne w Bobrownikach na Podlasiu zamknięte do odwołania", "Radio PiK / PAP"));
        List<Crossing> crossings = List.of(
                crossing("fi-vaalimaa", Border.FI_RU, "Vaalimaa", "Torfyanovka", CrossingType.ROAD, 60.60000, 27.80833, "F62"),
                crossing("fi-nuijamaa", Border.FI_RU, "Nuijamaa", "Brusnichnoye", CrossingType.ROAD, 60.959215, 28.548102, "F62"),
                crossing("fi-vainikkala", Border.FI_RU, "Vainikkala", null, CrossingType.RAIL, 60.863835, 28.303201, "F50"),
                crossing("fi-imatra", Border.FI_RU, "Imatra", "Svetogorsk", CrossingType.ROAD_RAIL, 61.170432, 28.788045, "F62"),
                crossing("fi-niirala", Border.FI_RU, "Niirala", "Vyartsilya", CrossingType.ROAD_RAIL, 62.175021, 30.600268, "F61"),
                crossing("fi-vartius", Border.FI_RU, "Vartius", "Lyttä", CrossingType.ROAD_RAIL, 64.54502, 29.98475, "F53"),
                crossing("pl-kuznica", Border.PL_BY, "Kuźnica", "Bruzgi", CrossingType.ROAD, 53.50972, 23.64361, "P13"),
                crossing("pl-bobrowniki", Border.PL_BY, "Bobrowniki", "Berestovitsa", CrossingType.ROAD, 53.138, 23.942, "P24"));
        List<StatusInterval> intervals = new ArrayList<>();
        intervals.add(interval("fi-vaalimaa", "2022-07-01", "2023-11-18", Status.OPEN, "F62"));
        intervals.add(interval("fi-vaalimaa", "2023-11-18", "2023-12-14", Status.CLOSED, "F1", "F8"));
        intervals.add(interval("fi-vaalimaa", "2023-12-14", "2023-12-16", Status.OPEN, "F14", "F16"));
        intervals.add(interval("fi-vaalimaa", "2023-12-16", null, Status.CLOSED, "F15", "F17"));
        intervals.add(interval("fi-nuijamaa", "2022-07-01", "2023-11-18", Status.OPEN, "F62"));
        intervals.add(interval("fi-nuijamaa", "2023-11-18", null, Status.CLOSED, "F1", "F8"));
        intervals.add(interval("fi-vainikkala", "2022-03-28", null, Status.RESTRICTED, "F49", "F50"));
        intervals.add(interval("fi-imatra", "2022-07-01", "2023-11-18", Status.OPEN, "F62"));
        intervals.add(interval("fi-imatra", "2023-11-18", null, Status.CLOSED, "F1", "F8"));
        intervals.add(interval("fi-niirala", "2023-03-01", "2023-11-18", Status.OPEN, "F61"));
        intervals.add(interval("fi-niirala", "2023-11-18", "2023-12-14", Status.CLOSED, "F7"));
        intervals.add(interval("fi-niirala", "2023-12-14", "2023-12-16", Status.OPEN, "F14"));
        intervals.add(interval("fi-niirala", "2023-12-16", null, Status.CLOSED, "F15", "F16"));
        intervals.add(interval("fi-vartius", "2022-07-01", "2023-11-24", Status.OPEN, "F53"));
        intervals.add(interval("fi-vartius", "2023-11-24", null, Status.CLOSED, "F53", "F3"));
        intervals.add(interval("pl-kuznica", "2021-11-09", null, Status.CLOSED, "P13"));
        intervals.add(interval("pl-bobrowniki", "2023-02-10", null, Status.CLOSED, "P24", "P26"));
        List<Event> events = List.of(
                event("2023-11-16-fi-four-closed", "2023-11-16", "Finland to close four south-eastern crossings",
                        Category.STATEMENT, null, "F1", "F7"),
                event("2023-11-18-fi-closure", "2023-11-18", "Vaalimaa, Nuijamaa, Imatra and Niirala closed",
                        Category.CLOSURE, "fi-vaalimaa", "F1", "F8"),
                event("2023-11-24-fi-north-closed", "2023-11-24", "Vartius, Kuusamo and Salla closed",
                        Category.CLOSURE, "fi-vartius", "F3", "F9"),
                event("2023-11-28-fi-raja-jooseppi", "2023-11-28", "Raja-Jooseppi to close from 30 November",
                        Category.STATEMENT, null, "F4", "F10"),
                event("2023-11-30-fi-all-closed", "2023-11-30", "Entire eastern land border closed",
                        Category.CLOSURE, null, "F3", "F4"),
                event("2023-12-12-fi-reopen-two", "2023-12-12", "Government to reopen Vaalimaa and Niirala",
                        Category.STATEMENT, null, "F12", "F13"),
                event("2023-12-14-fi-reopened", "2023-12-14", "Vaalimaa and Niirala reopen",
                        Category.REOPENING, "fi-vaalimaa", "F14", "F16"),
                event("2023-12-15-fi-closed-again", "2023-12-15", "Vaalimaa and Niirala closed again at 20:00",
                        Category.CLOSURE, "fi-niirala", "F15", "F17"));
        return new SituationData(crossings, intervals, events, sources);
    }

    private static Source src(String id, String title, String publisher) {
        return new Source(id, title, null, publisher);
    }

    private static Crossing crossing(String id, Border b, String name, String counterpart, CrossingType type,
                                     double lat, double lon, String source) {
        return new Crossing(id, b, name, null, counterpart, type, new GeoPoint(lat, lon),
                CoordinatePrecision.APPROXIMATE, "fact sheet point", null, List.of(source));
    }

    private static StatusInterval interval(String crossing, String from, String until, Status s, String... sources) {
        return new StatusInterval(crossing, d(from), until == null ? null : d(until), s, null, null, List.of(sources));
    }

    private static Event event(String id, String date, String title, Category c, String crossingId, String... sources) {
        return new Event(id, d(date), DatePrecision.DAY, title, "", c, Border.FI_RU, crossingId, null, null,
                List.of(sources), List.of(), Map.of());
    }
}
