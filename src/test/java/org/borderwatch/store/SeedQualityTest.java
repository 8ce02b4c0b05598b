package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.NameSearch;
import org.borderwatch.domain.PlaceName;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.Geodesy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a briefing relies on in the bundled data: every crossing near the border line it is drawn
 * against, every record complete from the start of the covered period or saying why not, names in
 * the languages of both sides, and sources cited at their publisher with a publication date.
 */
class SeedQualityTest {
    /** The covered period starts here; a record must start on or before it, or say why not. */
    static final LocalDate COVERED_FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate COVERED_TO = LocalDate.of(2025, 12, 31);

    /** Hosts that serve copies of other sites' pages: proxies, mirrors, machine translations, aggregators. */
    static final List<String> COPY_HOSTS = List.of("wonilvalve.com", "melakarnets.com", "trans.hiragana.jp",
            "rp.liu233w.com", "projectsegfau.lt", "bdmobi.com", "iiab.me", "cloudfront.net", "stringtranslate.com",
            "jablog.org", "perceptiosv.com", "perceptiohu.com", "perceptiofi.com", "friendlywiki.com", "wiki7.org",
            "wikipedia-on-ipfs.org", "dewiki.de", "plwiki.pl", "blogen.wiki", "like123.com", "wiki.li", "wikizero");

    @TempDir
    static Path dir;

    private static SituationData data;
    private static BaseMap map;

    @BeforeAll
    static void load() throws Exception {
        try (Store store = Store.openOrCreateSeeded(dir.resolve("seed.db"))) {
            data = store.loadSituationData();
        }
        map = BaseMap.loadBundled();
    }

    @Test
    void everyCrossingIsWithinOneKilometreOfItsDrawnBorderLineOrSaysWhyNot() {
        Pattern stated = Pattern.compile("(\\d+(?:\\.\\d+)?) km from the border line");
        List<String> far = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Crossing c : data.crossings()) {
            double d = Geodesy.distanceToLinesMetres(map.borderWgs84(c.border()), c.location().lon(), c.location().lat());
            report.append(String.format(Locale.ROOT, "%-22s %6.0f m%n", c.id(), d));
            if (d > 1000) {
                Matcher m = stated.matcher(c.precisionNote());
                boolean explained = m.find() && Math.abs(Double.parseDouble(m.group(1)) * 1000 - d) < 0.1 * d;
                if (!explained) {
                    far.add(c.id() + " is " + Math.round(d) + " m from the border line");
                }
            }
        }
        assertTrue(far.isEmpty(), far + "\n" + report);
    }

    @Test
    void anEstimatedPositionSaysHowItWasMadeAndItsUncertaintyCoversItsDistanceFromTheLine() {
        for (Crossing c : data.crossings()) {
            assertNotNull(c.uncertaintyMetres(), c.id() + " states no uncertainty radius");
            assertTrue(c.precisionNote().startsWith(c.precision().code() + ":"), c.id());
            if (c.precision() != org.borderwatch.domain.CoordinatePrecision.SOURCED) {
                assertTrue(c.precisionNote().length() > 80, c.id() + " does not say how its point was made");
                double d = Geodesy.distanceToLinesMetres(map.borderWgs84(c.border()), c.location().lon(), c.location().lat());
                assertTrue(c.uncertaintyRadius() >= d, c.id() + ": a halo of " + c.uncertaintyRadius()
                        + " m does not reach the border line " + Math.round(d) + " m away");
            }
        }
    }

    @Test
    void noRecordStartsWithAnUnexplainedGap() {
        List<String> problems = new ArrayList<>();
        for (Crossing c : data.crossings()) {
            List<StatusInterval> list = data.intervals(c.id());
            assertFalse(list.isEmpty(), c.id() + " has no status at all");
            LocalDate start = list.get(0).from();
            if (start.isAfter(COVERED_FROM)) {
                if (c.trackedFrom() == null) {
                    problems.add(c.id() + " starts on " + start + " without saying why it is not tracked before");
                } else if (!c.trackedFrom().equals(start)) {
                    problems.add(c.id() + " is tracked from " + c.trackedFrom() + " but its record starts on " + start);
                }
            }
            for (int k = 1; k < list.size(); k++) {
                if (!list.get(k).from().equals(list.get(k - 1).until())) {
                    problems.add(c.id() + " has a gap before " + list.get(k).from());
                }
            }
            for (LocalDate d = COVERED_FROM; !d.isAfter(COVERED_TO); d = d.plusDays(1)) {
                if (data.status(c.id(), d) == Status.UNKNOWN) {
                    problems.add(c.id() + " has no data on " + d);
                    break;
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theStartOfARecordIsShownAsNotTrackedBeforeIt() {
        Crossing rail = data.crossing("fi-vartius-rail");
        assertEquals(Status.UNTRACKED, data.status("fi-vartius-rail", rail.trackedFrom().minusDays(1)));
        assertEquals(Status.CLOSED, data.status("fi-vartius-rail", rail.trackedFrom()));
        assertTrue(rail.untrackedReason().contains("Vartius"));
        assertEquals(Status.OPEN, data.status("pl-kukuryki", LocalDate.of(2021, 9, 1)), "Kukuryki carried freight in 2021");
        assertEquals(Status.RESTRICTED, data.status("fi-vaalimaa", COVERED_FROM), "COVID limits on 1 Jan 2021");
    }

    @Test
    void theNorthernCrossingsAndBobrownikiHaveSourcedRecordsFromTheStartOfThePeriod() {
        for (String id : List.of("fi-vartius", "fi-kuusamo", "fi-salla", "fi-raja-jooseppi")) {
            assertEquals(null, data.crossing(id).trackedFrom(), id);
            assertEquals(Status.RESTRICTED, data.status(id, COVERED_FROM), id + ": COVID limits on passengers in 2021");
            assertEquals(Status.RESTRICTED, data.status(id, LocalDate.of(2022, 6, 30)), id);
            assertEquals(Status.OPEN, data.status(id, LocalDate.of(2022, 7, 1)), id + ": the COVID limits ended");
            assertEquals(Status.CLOSED, data.status(id, LocalDate.of(2023, 12, 1)), id);
        }
        for (String id : List.of("fi-vartius", "fi-salla", "fi-raja-jooseppi")) {
            assertEquals(Status.OPEN, data.status(id, LocalDate.of(2023, 11, 17)), id + " was open on 17 Nov 2023");
            assertEquals(Status.OPEN, data.status(id, LocalDate.of(2023, 11, 18)), id + ": no change on 18 Nov 2023");
        }
        assertEquals(Status.OPEN, data.status("fi-kuusamo", LocalDate.of(2023, 11, 17)));
        for (String id : List.of("pl-bobrowniki", "pl-kuznica-road")) {
            assertEquals(null, data.crossing(id).trackedFrom(), id);
            assertEquals(Status.OPEN, data.status(id, COVERED_FROM), id + " cleared lorries in 2020 and 2021");
            assertEquals(Status.OPEN, data.status(id, LocalDate.of(2021, 9, 1)), id);
        }
        assertEquals(Status.OPEN, data.status("pl-bobrowniki", LocalDate.of(2021, 11, 9)), "travellers sent here from Kuźnica");
        // the intervals that now open these records cite sources that exist and carry a publication date
        for (String id : List.of("fi-vartius", "fi-kuusamo", "fi-salla", "fi-raja-jooseppi", "pl-bobrowniki")) {
            for (StatusInterval i : data.intervals(id)) {
                if (i.until() == null || i.until().isAfter(LocalDate.of(2023, 11, 18))) {
                    continue;
                }
                assertFalse(i.sourceIds().isEmpty(), id + " " + i.from());
                for (String s : i.sourceIds()) {
                    assertNotNull(data.source(s), id + " " + i.from() + " cites unknown " + s);
                    assertNotNull(data.source(s).published(), id + " " + i.from() + " cites undated " + s);
                }
            }
        }
    }

    @Test
    void anEventAtACrossingSitsOnItAndSaysWhenThatPositionIsAnEstimate() {
        for (var e : data.events()) {
            Crossing c = e.crossingId() == null ? null : data.crossing(e.crossingId());
            if (c == null || e.location() == null) {
                continue;
            }
            assertEquals(c.location(), e.location(), e.id() + " is not on its crossing");
            assertEquals(c.precision() == org.borderwatch.domain.CoordinatePrecision.ESTIMATE,
                    e.tags().contains("location-estimate"), e.id() + ": tag location-estimate");
        }
    }

    @Test
    void sourcesAreCitedAtThePublisherOnceEachAndDated() {
        Map<String, String> byAddress = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Source s : data.sources().values()) {
            for (String url : new String[] {s.url(), s.archiveUrl()}) {
                if (url == null) {
                    continue;
                }
                String key = url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "").toLowerCase(Locale.ROOT);
                String first = byAddress.putIfAbsent(key, s.id());
                if (first != null && !first.equals(s.id())) {
                    problems.add(s.id() + " has the address of " + first + ": " + url);
                }
            }
            if (s.url() != null) {
                String host = URI.create(s.url()).getHost().toLowerCase(Locale.ROOT);
                if (COPY_HOSTS.stream().anyMatch(host::contains) || host.endsWith(".")) {
                    problems.add(s.id() + " points to a copy, not the publisher: " + s.url());
                }
            }
            if (s.published() == null && s.undatedReason() == null) {
                problems.add(s.id() + " has no publication date and no reason why");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(data.sources().size() > 150);
    }

    @Test
    void namesAreInTheLanguagesOfBothSidesEachSourcedAndTransliterated() {
        for (Crossing c : data.crossings()) {
            for (PlaceName n : c.names()) {
                assertFalse(n.sourceIds().isEmpty(), c.id() + " " + n.name() + " cites no source");
                assertTrue(PlaceName.isLatin(n.latin()), c.id() + " " + n.name() + ": " + n.latin());
                for (String id : n.sourceIds()) {
                    assertNotNull(data.source(id), c.id() + " " + n.name() + " cites unknown " + id);
                }
            }
        }
        Crossing terespol = data.crossing("pl-terespol-road");
        List<String> langs = terespol.names(PlaceName.Side.COUNTERPART).stream().map(PlaceName::lang).toList();
        assertTrue(langs.containsAll(List.of("be", "ru", "pl")), langs.toString());
        assertEquals("Вяртсиля", data.crossing("fi-niirala-rail").counterpart(), "Niirala rail's counterpart is Värtsilä");
        assertEquals("Торфяновка", data.crossing("fi-vaalimaa").counterpart());
    }

    @Test
    void searchFindsACrossingByAnyOfItsNames() {
        for (String q : List.of("Брэст", "Брест", "Brest", "brzesc", "Terespol")) {
            assertTrue(NameSearch.crossings(data.crossings(), q).stream()
                    .anyMatch(h -> h.crossing().id().equals("pl-terespol-road")), q);
        }
        assertEquals("pl-kuznica-road", NameSearch.crossings(data.crossings(), "Брузгі").get(0).crossing().id());
        assertEquals("fi-vaalimaa", NameSearch.crossings(data.crossings(), "торфяновка").get(0).crossing().id());
        assertTrue(NameSearch.crossings(data.crossings(), "Вяртсиля").stream()
                .anyMatch(h -> h.crossing().id().equals("fi-niirala-rail")));
        assertTrue(NameSearch.crossings(data.crossings(), "no such place").isEmpty());
    }
}
