package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkImportTest {
    private static final Source OUTLET = new Source("outlet", "Gazeta Podlaska", null, "via ACLED");

    @TempDir
    Path dir;
    SqliteStore store;

    @BeforeEach
    void open() throws Exception {
        store = SqliteStore.open(dir.resolve("bulk.db"));
        store.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    static Event event(int i, String title, String summary, long timestamp) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("event_type", "Protests");
        a.put("notes", summary);
        a.put("timestamp", Long.toString(timestamp));
        return new Event("acled:T" + i, LocalDate.of(2023, 1, 1).plusDays(i % 700), DatePrecision.DAY, title, summary,
                Category.PROTEST, Border.PL_BY, null, new GeoPoint(53.1 + (i % 50) / 100.0, 23.6), "Kuźnica, Podlaskie",
                List.of(OUTLET.id()), List.of("acled", "t" + (i % 3)), a);
    }

    private static List<Event> events(int from, int to, String word, long timestamp) {
        List<Event> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(event(i, "Peaceful protest in Kuźnica " + i, "Residents " + word + " near the fence, case " + i + ".",
                    timestamp));
        }
        return list;
    }

    private List<String> found(String text) throws Exception {
        return store.search(text, 10_000).stream().map(h -> h.event().id()).sorted().toList();
    }

    private <T> T sql(String query, Class<T> type) throws Exception {
        return store.inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        });
    }

    @Test
    void batchesStreamIntoOneTransactionWithAddedAndUpdatedCounts() throws Exception {
        List<ImportCounts> counts = store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            List<ImportCounts> out = new ArrayList<>();
            out.add(w.putEvents(events(0, 3000, "gathered", 100)));
            out.add(w.putEvents(events(2500, 4000, "marched", 200)));
            return out;
        });
        assertEquals(new ImportCounts(3000, 0, 0), counts.get(0));
        assertEquals(new ImportCounts(1000, 500, 0), counts.get(1), "500 ids were written by the first batch");
        assertEquals(4000 + TestBundles.sample().get("events").size(), store.counts().events());
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : store.loadSituationData().events()) {
            byId.put(e.id(), e);
        }
        assertEquals(event(2600, "Peaceful protest in Kuźnica 2600", "Residents marched near the fence, case 2600.", 200),
                byId.get("acled:T2600"), "the later batch replaced the event whole");
        assertEquals(event(10, "Peaceful protest in Kuźnica 10", "Residents gathered near the fence, case 10.", 100),
                byId.get("acled:T10"));
    }

    @Test
    void storedReadsOneAttributeOfStoredEventsAndWhetherTheImportFoundThem() throws Exception {
        store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            return w.putEvents(events(0, 10, "gathered", 1_700_000_000L));
        });
        Map<String, BulkWriter.Stored> seen = store.bulkImport(w -> {
            Map<String, BulkWriter.Stored> before = w.stored(List.of("acled:T1", "acled:T99", "2021-11-09-kuznica-suspended"),
                    "timestamp");
            w.putEvents(List.of(event(99, "New one", "Fresh.", 5)));
            Map<String, BulkWriter.Stored> after = w.stored(List.of("acled:T99"), "timestamp");
            Map<String, BulkWriter.Stored> all = new java.util.HashMap<>(before);
            all.putAll(after);
            return all;
        });
        assertEquals(new BulkWriter.Stored("1700000000", true), seen.get("acled:T1"));
        assertEquals(new BulkWriter.Stored("5", false), seen.get("acled:T99"),
                "events written earlier in the same import are seen, as written by it");
        assertTrue(seen.containsKey("2021-11-09-kuznica-suspended"));
        assertNull(seen.get("2021-11-09-kuznica-suspended").attribute(), "a curated event has no timestamp");
        assertThrows(IllegalArgumentException.class,
                () -> store.bulkImport(w -> w.stored(List.of("x"), "a') OR 1=1 --")));
    }

    @Test
    void aFailureAfterManyBatchesLeavesTheStoreExactlyAsItWas() throws Exception {
        store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            return w.putEvents(events(0, 1000, "gathered", 100));
        });
        byte[] before = TestBundles.export(store);
        IllegalStateException stop = new IllegalStateException("row 5001 is bad");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.bulkImport(w -> {
            w.upsertSources(List.of(new Source("other", "Other outlet", null, null)));
            w.putEvents(events(500, 3000, "shouted", 200));
            w.putEvents(events(3000, 5000, "shouted", 200));
            throw stop;
        }));
        assertEquals(stop, e);
        assertArrayEquals(before, TestBundles.export(store));
        assertEquals(List.of(), found("shouted"));
        assertEquals(1000, found("gathered").size());
        assertEquals(1048576, sql("SELECT v FROM event_fts_config WHERE k = 'hashsize'", Integer.class),
                "the index settings are rolled back with the rest");
        assertEquals(1, sql("PRAGMA foreign_keys", Integer.class), "foreign keys are enforced again");
    }

    @Test
    void searchFindsImportedEventsAndNoLongerFindsReplacedText() throws Exception {
        store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            w.putEvents(events(0, 3000, "gathered", 100));
            return w.putEvents(events(0, 1000, "marched", 200));
        });
        assertEquals(2000, found("gathered").size());
        assertEquals(1000, found("marched").size());
        assertEquals(List.of("acled:T1234"), found("case 1234"));
        assertEquals(3000, found("kuznica podlaska").size(), "folded place and the cited source's title");
        assertTrue(found("marched case 2500").isEmpty());
        long indexed = sql("SELECT count(*) FROM event_fts", Long.class);
        assertEquals((long) store.counts().events(), indexed, "one index row per event");
        store.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)");
            }
            return null;
        });
        assertEquals(1048576, sql("SELECT v FROM event_fts_config WHERE k = 'hashsize'", Integer.class),
                "the import's larger index buffer does not outlive it");
        assertEquals(1, sql("PRAGMA foreign_keys", Integer.class), "foreign keys are enforced again");
        assertEquals(0L, sql("SELECT count(*) FROM pragma_foreign_key_check", Long.class), "every reference holds");
        assertEquals(0L, sql("SELECT count(*) FROM events WHERE typeof(summary) <> 'text' OR typeof(attributes) <> 'text' "
                + "OR NOT json_valid(attributes) OR summary <> 'Residents ' || CASE WHEN CAST(substr(id, 8) AS INTEGER) < 1000 "
                + "THEN 'marched' ELSE 'gathered' END || ' near the fence, case ' || substr(id, 8) || '.' AND id LIKE 'acled:T%'",
                Long.class), "summaries and attributes are stored as text, written as UTF-8");
    }

    @Test
    void aRetitledSourceRefreshesTheSearchTextOfItsEvents() throws Exception {
        store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            return w.putEvents(events(0, 50, "gathered", 100));
        });
        store.bulkImport(w -> w.upsertSources(List.of(new Source("outlet", "Kurier Poranny", null, "via ACLED"))));
        assertEquals(50, found("kurier poranny").size());
        assertTrue(found("gazeta").stream().noneMatch(id -> id.startsWith("acled:")));
    }

    @Test
    void upsertEventsLeavesEqualEventsAloneWhateverTheirAttributeOrder() throws Exception {
        store.upsertSources(List.of(OUTLET));
        List<Event> first = events(0, 100, "gathered", 100);
        assertEquals(new ImportCounts(100, 0, 0), store.upsertEvents(first));
        List<Event> again = new ArrayList<>();
        for (Event e : first) {
            Map<String, String> reversed = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(e.attributes().keySet());
            for (int k = keys.size() - 1; k >= 0; k--) {
                reversed.put(keys.get(k), e.attributes().get(keys.get(k)));
            }
            again.add(new Event(e.id(), e.date(), e.datePrecision(), e.title(), e.summary(), e.category(), e.border(),
                    e.crossingId(), e.location(), e.place(), e.sourceIds(), e.tags(), reversed));
        }
        again.set(7, event(7, "Changed title", "Residents gathered near the fence, case 7.", 100));
        assertEquals(new ImportCounts(0, 1, 99), store.upsertEvents(again));
    }

    @Test
    void theStoreRefusesNestedTransactionsAndTheWriterOutsideItsWork() throws Exception {
        BulkWriter[] kept = new BulkWriter[1];
        IllegalStateException nested = assertThrows(IllegalStateException.class, () -> store.bulkImport(w -> {
            kept[0] = w;
            return store.search("kuznica", 5);
        }));
        assertTrue(nested.getMessage().contains("inside another"), nested.getMessage());
        assertThrows(IllegalStateException.class, () -> kept[0].putEvents(List.of()));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), found("kuznica"), "the store works on afterwards");
    }
}
