package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.SituationData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The windowed reads answer exactly what a scan of every event would: the same events, in the
 * same order, counted the same, and the per-day counts stay equal to a count of the events after
 * every kind of write.
 */
@ParameterizedClass
@EnumSource(StoreEngine.class)
class EventWindowsTest {
    @Parameter
    StoreEngine engine;
    @TempDir
    static Path dir;
    private static Store store;
    private static SituationData all;

    @BeforeParameterizedClassInvocation
    static void generate(StoreEngine engine) throws Exception {
        store = null;
        store = GeneratedStores.seededWithAcled(engine, dir, "windows.db", 6_000, 17L);
        all = store.loadSituationData();
    }

    @AfterParameterizedClassInvocation
    static void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private static List<Event> scan(EventQuery q) {
        return all.events().stream().filter(q::matches).toList();
    }

    @Test
    void windowsOfEveryLengthGiveTheEventsAScanGives() throws Exception {
        LocalDate start = LocalDate.of(2020, 12, 20);
        int[] lengths = {1, 7, 30, 365};
        for (int k = 0; k < 40; k++) {
            LocalDate from = start.plusDays(k * 47L);
            for (int n : lengths) {
                EventQuery q = EventQuery.between(from, from.plusDays(n - 1));
                assertEquals(scan(q), store.events(q), q.toString());
                assertEquals(scan(q).size(), store.countEvents(q), q.toString());
            }
        }
        assertEquals(all.events(), store.events(EventQuery.everything()));
    }

    @Test
    void theMapExtentBordersAndCategoriesNarrowTheWindowAsTheirRulesSay() throws Exception {
        GeoBox podlasie = new GeoBox(22.5, 52.0, 24.5, 54.0);
        GeoBox lapland = new GeoBox(24.0, 66.0, 31.0, 70.0);
        for (LocalDate from = LocalDate.of(2021, 1, 1); from.isBefore(LocalDate.of(2026, 1, 1)); from = from.plusDays(90)) {
            EventQuery q = EventQuery.between(from, from.plusDays(89));
            for (EventQuery narrowed : List.of(q.within(podlasie), q.within(lapland),
                    q.withBorders(EnumSet.of(Border.FI_RU)), q.withBorders(EnumSet.of(Border.BOTH)),
                    q.withBorders(Set.of()), q.withCategories(EnumSet.of(Category.PROTEST, Category.VIOLENCE)),
                    q.within(podlasie).withBorders(EnumSet.of(Border.PL_BY)).withCategories(EnumSet.of(Category.PROTEST)))) {
                assertEquals(scan(narrowed), store.events(narrowed), narrowed.toString());
                assertEquals(scan(narrowed).size(), store.countEvents(narrowed), narrowed.toString());
            }
        }
        assertTrue(store.events(EventQuery.everything().within(podlasie)).stream().allMatch(e -> e.location() != null),
                "an extent asks for located events only");
    }

    @Test
    void aSlidesReadOfAnExtentGivesItsLocatedEventsAndEveryUnlocatedOne() throws Exception {
        GeoBox podlasie = new GeoBox(22.5, 52.0, 24.5, 54.0);
        GeoBox karelia = new GeoBox(26.0, 60.0, 31.5, 63.5);
        EventSource source = store.eventSource();
        int unlocated = 0;
        int fewer = 0;
        for (LocalDate from = LocalDate.of(2021, 1, 1); from.isBefore(LocalDate.of(2026, 1, 1)); from = from.plusDays(61)) {
            LocalDate to = from.plusDays(29);
            for (GeoBox box : List.of(podlasie, karelia)) {
                EventQuery q = EventQuery.between(from, to).withinOrUnlocated(box);
                assertEquals(scan(q), store.events(q), q.toString());
                assertEquals(scan(q).size(), store.countEvents(q), q.toString());
                List<Event> read = source.eventsBetween(from, to, box);
                assertEquals(all.eventsBetween(from, to, box), read, "the store's read is the filter of the whole window");
                unlocated += (int) read.stream().filter(e -> e.location() == null).count();
                fewer += read.size() < all.eventsBetween(from, to).size() ? 1 : 0;
            }
            assertEquals(all.eventsBetween(from, to), source.eventsBetween(from, to, null), "no box: the whole window");
        }
        assertTrue(unlocated > 0, "events without a location come with every extent: " + unlocated);
        assertTrue(fewer > 40, "an extent reads fewer events than its window holds: " + fewer);
    }

    @Test
    void aWindowReadForAMapCarriesOnlyTheAttributesItPaintsAndIsOtherwiseTheSame() throws Exception {
        LocalDate from = LocalDate.of(2023, 10, 1);
        EventQuery q = EventQuery.between(from, from.plusDays(59));
        List<Event> full = store.events(q);
        List<Event> painted = store.events(q.keepingAttributes(Set.of("geo_precision", "fatalities")));
        assertEquals(full.size(), painted.size());
        int precise = 0;
        for (int i = 0; i < full.size(); i++) {
            Event f = full.get(i);
            Event p = painted.get(i);
            java.util.Map<String, String> kept = new java.util.LinkedHashMap<>(f.attributes());
            kept.keySet().retainAll(Set.of("geo_precision", "fatalities"));
            assertEquals(kept, p.attributes(), f.id());
            assertEquals(new Event(f.id(), f.date(), f.datePrecision(), f.title(), f.summary(), f.category(), f.border(),
                    f.crossingId(), f.location(), f.place(), f.sourceIds(), f.tags(), kept), p, "all else the same: " + f.id());
            precise += p.attributes().containsKey("geo_precision") ? 1 : 0;
        }
        assertTrue(precise > 100, "imported events keep their place precision: " + precise);
        assertTrue(full.stream().anyMatch(e -> e.attributes().size() > 2), "the full read has more attributes");
        assertEquals(List.of(), store.events(q.keepingAttributes(Set.of("no such attribute"))).stream()
                .filter(e -> !e.attributes().isEmpty()).toList());
        // a page of the newest (the window's long windows) keeps them too
        Set<String> names2 = Set.of("geo_precision", "fatalities");
        List<Event> fullPage = store.eventPage(q, EventOrder.NEWEST_FIRST, 10, 200);
        List<Event> paintedPage = store.eventPage(q.keepingAttributes(names2), EventOrder.NEWEST_FIRST, 10, 200);
        assertEquals(fullPage.stream().map(Event::id).toList(), paintedPage.stream().map(Event::id).toList());
        for (int i = 0; i < fullPage.size(); i++) {
            java.util.Map<String, String> expected = new java.util.HashMap<>(fullPage.get(i).attributes());
            expected.keySet().retainAll(names2);
            assertEquals(expected, paintedPage.get(i).attributes(), fullPage.get(i).id());
        }
        // names a JSON path cannot spell, and names with dots: the same rule
        for (Set<String> names : List.of(Set.of("geo_precision", "a \"quoted\" name"), Set.of("geo.precision", "fatalities"),
                Set.of("notes", "geo_precision"))) {
            List<Event> kept = store.events(q.keepingAttributes(names));
            for (int i = 0; i < full.size(); i++) {
                java.util.Map<String, String> expected = new java.util.HashMap<>(full.get(i).attributes());
                expected.keySet().retainAll(names);
                assertEquals(expected, kept.get(i).attributes(), names + " of " + full.get(i).id());
            }
        }
    }

    @Test
    void aWindowReadWithoutSummariesHasThemEmptyAndAllElseAsStored() throws Exception {
        LocalDate from = LocalDate.of(2023, 10, 1);
        EventQuery q = EventQuery.between(from, from.plusDays(59));
        List<Event> full = store.events(q);
        List<Event> fullPage = store.eventPage(q, EventOrder.NEWEST_FIRST, 10, 200);
        assertTrue(full.stream().filter(e -> !e.summary().isEmpty()).count() > 100, "the window's events have summaries");
        // "notes" is an ACLED import's own summary: stored as a stand-in for it, it must come as its text
        int notes = 0;
        for (Set<String> names : java.util.Arrays.asList(null, Set.of("geo_precision"), Set.of("notes", "geo_precision"),
                Set.of("a \"quoted\" name", "notes"))) {
            EventQuery light = q.keepingAttributes(names).withoutSummaries();
            List<Event> read = store.events(light);
            assertEquals(full.size(), read.size(), String.valueOf(names));
            for (int i = 0; i < full.size(); i++) {
                assertEquals(withoutSummary(full.get(i), names), read.get(i), names + " of " + full.get(i).id());
                notes += full.get(i).summary().isEmpty() ? 0
                        : full.get(i).summary().equals(read.get(i).attributes().get("notes")) ? 1 : 0;
            }
            List<Event> page = store.eventPage(light, EventOrder.NEWEST_FIRST, 10, 200);
            assertEquals(fullPage.size(), page.size());
            for (int i = 0; i < page.size(); i++) {
                assertEquals(withoutSummary(fullPage.get(i), names), page.get(i), names + " of " + fullPage.get(i).id());
            }
        }
        assertTrue(notes > 100, "notes read without the summary keep its text: " + notes);
    }

    private static Event withoutSummary(Event f, Set<String> names) {
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>(f.attributes());
        if (names != null) {
            kept.keySet().retainAll(names);
        }
        return new Event(f.id(), f.date(), f.datePrecision(), f.title(), "", f.category(), f.border(), f.crossingId(),
                f.location(), f.place(), f.sourceIds(), f.tags(), kept);
    }

    @Test
    void pagesInEveryOrderCoverTheWindowOnceEachInOrder() throws Exception {
        EventQuery q = EventQuery.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
        int n = store.countEvents(q);
        assertTrue(n > 500, "a window of some hundred events: " + n);
        for (EventOrder.Column column : EventOrder.Column.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                EventOrder order = new EventOrder(column, descending);
                List<Event> paged = new ArrayList<>();
                for (int offset = 0; offset < n; offset += 97) {
                    paged.addAll(store.eventPage(q, order, offset, 97));
                }
                assertEquals(n, paged.size(), order.toString());
                assertEquals(new HashSet<>(scan(q)), new HashSet<>(paged), order + ": each event once");
                Comparator<Event> by = switch (column) {
                    case DATE -> Comparator.comparing(Event::date);
                    case TITLE -> Comparator.comparing(Event::title, String.CASE_INSENSITIVE_ORDER);
                    case CATEGORY -> Comparator.comparing(e -> e.category().code());
                    case BORDER -> Comparator.comparing(e -> e.border().code());
                    case PLACE -> Comparator.comparing(e -> e.place() == null ? "" : e.place(), String.CASE_INSENSITIVE_ORDER);
                };
                Comparator<Event> expected = descending ? by.reversed() : by;
                for (int i = 1; i < paged.size(); i++) {
                    assertFalse(expected.compare(paged.get(i - 1), paged.get(i)) > 0, order + " at row " + i);
                }
            }
        }
        assertEquals(List.of(), store.eventPage(q, EventOrder.NEWEST_FIRST, n, 50), "past the end: nothing");
    }

    @Test
    void eventsAreFoundByIdAndStreamedInDateOrder() throws Exception {
        List<String> some = all.events().stream().skip(100).limit(40).map(Event::id).toList();
        List<String> asked = new ArrayList<>(some);
        asked.add("acled:NOPE1");
        assertEquals(Set.copyOf(some), store.eventsById(asked).keySet());
        assertEquals(Set.copyOf(some), store.storedEventIds(asked));
        List<Event> streamed = new ArrayList<>();
        store.eachEvent(EventQuery.everything(), streamed::add);
        assertEquals(all.events(), streamed);
        IOException stop = new IOException("disk full");
        IOException thrown = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> store.eachEvent(EventQuery.everything(), e -> {
                    throw stop;
                }));
        assertEquals(stop, thrown, "the sink's error comes out as it was");
    }

    @Test
    void theDayCountsEqualACountOfTheEventsAfterEveryKindOfWrite() throws Exception {
        assertEquals(EventDays.of(all.events()), store.eventDays(), "seed and a bulk import");
        try (Store other = engine.openSeeded(dir, "counts.db")) {
            assertEquals(EventDays.of(other.loadSituationData().events()), other.eventDays(), "the seed alone");
            other.upsertSources(List.of(new org.borderwatch.domain.Source("acled", "ACLED data export", null, "ACLED")));
            List<Event> batch = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                batch.add(UpsertEventsTest.event(i, "Protest " + i));
            }
            other.upsertEvents(batch);
            assertEquals(EventDays.of(other.loadSituationData().events()), other.eventDays(), "an upsert");
            List<Event> moved = new ArrayList<>();
            for (Event e : batch.subList(0, 600)) {
                moved.add(new Event(e.id(), e.date().plusDays(3), e.datePrecision(), e.title(), e.summary(),
                        Category.VIOLENCE, Border.FI_RU, null, e.location(), e.place(), e.sourceIds(), e.tags(), e.attributes()));
            }
            other.bulkImport(w -> w.putEvents(moved));
            assertEquals(EventDays.of(other.loadSituationData().events()), other.eventDays(),
                    "events moved to other days, borders and categories");
            assertEquals(0L, zeroRows(other), "no day keeps a count of nothing");
            assertEquals(1, other.eventDays().count(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 4), Border.FI_RU),
                    "acled:0 moved from 1 to 4 Jan 2022, now on the Finnish border");
        }
    }

    @Test
    void aStoreOfSchemaFourGetsItsDayCountsAndWindowIndexWhenOpened() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == StoreEngine.SQLITE,
                "schema 4 is a version of the SQLite file; a team store started at its own schema 1");
        Path db = dir.resolve("v4.db");
        try (SqliteStore old = SqliteStore.open(db, Migrations.ALL.subList(0, 4))) {
            // the rows a schema-4 build wrote (today's writers keep the counts of schema 5)
            old.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO sources (id, title) VALUES ('acled', 'ACLED data export')");
                    for (int i = 0; i < 700; i++) {
                        st.executeUpdate("INSERT INTO events (id, date, date_precision, title, summary, category, border, "
                                + "lat, lon, sources) VALUES ('acled:" + i + "', '" + LocalDate.of(2022, 1, 1).plusDays(i % 120)
                                + "', 'day', 'Protest', '', '" + (i % 3 == 0 ? "protest" : "violence") + "', '"
                                + (i % 2 == 0 ? "PL-BY" : "FI-RU") + "', 53.1, 23.6, '[\"acled\"]')");
                    }
                }
                return null;
            });
            assertEquals(4, old.schemaVersion());
        }
        try (Store upgraded = Store.open(db)) {
            assertEquals(Migrations.latest(), upgraded.schemaVersion());
            List<Event> events = upgraded.loadSituationData().events();
            assertEquals(EventDays.of(events), upgraded.eventDays());
            EventQuery q = EventQuery.between(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30));
            assertEquals(events.stream().filter(q::matches).toList(), upgraded.events(q));
        }
    }

    @Test
    void dayCountsWrittenInAnotherSpellingAreReadAndAnUnknownCodeIsNamed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == StoreEngine.SQLITE,
                "the codes are read as numbers by the SQLite store's query");
        Path db = dir.resolve("spellings.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            long day = LocalDate.of(2022, 5, 2).toEpochDay();
            s.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO event_days (day, border, category, events) VALUES "
                            + "(" + day + ", 'fi_ru', 'Protest', 3), (" + day + ", 'PL-BY', 'violence', 2)");
                }
                return null;
            });
            EventDays days = s.eventDays();
            assertEquals(3, days.count(LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(day), Border.FI_RU),
                    "'fi_ru' is the Finnish border");
            assertEquals(3, days.count(LocalDate.ofEpochDay(day), 1, Category.PROTEST), "'Protest' is a protest");
            assertEquals(2, days.count(LocalDate.ofEpochDay(day), 1, Category.VIOLENCE));
            s.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO event_days (day, border, category, events) VALUES "
                            + "(" + (day + 1) + ", 'FI-EE', 'protest', 1)");
                }
                return null;
            });
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, s::eventDays);
            assertTrue(e.getMessage().contains("day " + (day + 1)) && e.getMessage().contains("FI-EE"), e.getMessage());
        }
    }

    private static long zeroRows(Store s) throws Exception {
        if (s instanceof PgStore pg) {
            return pg.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM event_days WHERE events <= 0")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        return ((SqliteStore) s).inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM event_days WHERE events <= 0")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
