package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by schema version 1 — built here with that version's own DDL and rows in its
 * form (notes twice in the attributes, a search index with its own copy of the text, rowid =
 * row key, sources and tags in child tables) opens with its events intact and searchable after the
 * steps to versions 2 and 3.
 */
class CompactEventsMigrationTest {
    private static final String NOTES = "On 2023-11-18 (Kuźnica, Podlaskie): Border guards detained 12 people.";

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreMigratesWithItsEventsIntactAndSearchable() throws Exception {
        Path db = dir.resolve("v1.db");
        createVersionOne(db);
        Map<String, String> acled = new LinkedHashMap<>();
        acled.put("event_id_cnty", "POL1");
        acled.put("event_type", "Strategic developments");
        acled.put("notes", NOTES);
        acled.put("timestamp", "1700600000");
        Event kuznica = new Event("acled:POL1", LocalDate.of(2023, 11, 18), DatePrecision.DAY, "Arrests in Kuźnica",
                NOTES, Category.MIGRATION, Border.PL_BY, null, new GeoPoint(53.5097, 23.6436), "Kuźnica, Podlaskie",
                List.of("S1"), List.of("acled"), acled);
        Event bialystok = new Event("2022-03-01-bialystok", LocalDate.of(2022, 3, 1), DatePrecision.MONTH,
                "Rally in Białystok", "A rally in the city centre.", Category.STATEMENT, Border.PL_BY, null, null,
                "Białystok", List.of("S1", "S2"), List.of(), Map.of());

        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            List<Event> events = store.loadSituationData().events();
            assertEquals(List.of(bialystok, kuznica), events);
            Event loaded = events.get(1);
            assertTrue(loaded.attributes().get("notes") == loaded.summary(), "the notes are the summary, held once");

            assertEquals(List.of("acled:POL1"), ids(store, "kuznica"));
            assertEquals(List.of("acled:POL1"), ids(store, "Kuźnica guards"));
            assertEquals(List.of("2022-03-01-bialystok"), ids(store, "bialystok"));
            assertEquals(List.of("2022-03-01-bialystok"), ids(store, "Białystok rally"));
            assertEquals(List.of("2022-03-01-bialystok", "acled:POL1"), ids(store, "wyborcza"),
                    "publisher of a cited source; the newer event first");

            String attributes = store.inTransaction(c -> text(c, "SELECT attributes FROM events WHERE id = 'acled:POL1'"));
            assertEquals("{\"event_id_cnty\":\"POL1\",\"event_type\":\"Strategic developments\",\"notes\":null,"
                    + "\"timestamp\":\"1700600000\"}", attributes);
            assertTrue(store.inTransaction(c -> text(c, "SELECT sql FROM sqlite_schema WHERE name = 'event_fts'"))
                    .contains("content = ''"));
            assertEquals("0", store.inTransaction(c -> text(c,
                    "SELECT count(*) FROM sqlite_schema WHERE name IN ('event_tag_tag', 'event_fts_content', "
                            + "'event_source', 'event_tag', 'events_date')")));
            assertEquals("[\"S1\",\"S2\"]", store.inTransaction(c -> text(c,
                    "SELECT sources FROM events WHERE id = '2022-03-01-bialystok'")), "sources in their order");
            store.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)");
                }
                return null;
            });

            store.upsertEvents(List.of(new Event(kuznica.id(), kuznica.date(), kuznica.datePrecision(),
                    "Detentions at Bruzgi", NOTES, kuznica.category(), kuznica.border(), null, kuznica.location(),
                    "Bruzgi", kuznica.sourceIds(), kuznica.tags(), kuznica.attributes())));
            assertEquals(List.of("acled:POL1"), ids(store, "bruzgi"));
            assertEquals(List.of("acled:POL1"), ids(store, "kuznica"), "still in the notes");
            assertEquals(List.of(), ids(store, "arrests"), "the old title is no longer indexed");
        }
    }

    private static List<String> ids(Store store, String text) throws Exception {
        return store.search(text, 10).stream().map(h -> h.event().id()).toList();
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The database schema version 1 made, with two events written as that version wrote them. */
    private static void createVersionOne(Path db) throws Exception {
        String ddl;
        try (InputStream in = Migration.class.getResourceAsStream("V1__schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            c.setAutoCommit(false);
            st.executeUpdate(ddl);
            st.execute("PRAGMA application_id = " + StoreOpener.APPLICATION_ID);
            st.execute("PRAGMA user_version = 1");
            st.executeUpdate("INSERT INTO sources (id, title, url, publisher) VALUES "
                    + "('S1', 'Przejście graniczne zamknięte', NULL, 'Gazeta Wyborcza'), ('S2', 'Rally report', NULL, NULL)");
            String notesJson = NOTES.replace("\"", "\\\"");
            st.executeUpdate("INSERT INTO events (pk, id, date, date_precision, title, summary, category, border, "
                    + "crossing_id, lat, lon, place, attributes) VALUES "
                    + "(1, 'acled:POL1', '2023-11-18', 'day', 'Arrests in Kuźnica', '" + NOTES + "', 'migration', "
                    + "'PL-BY', NULL, 53.5097, 23.6436, 'Kuźnica, Podlaskie', '{\"event_id_cnty\":\"POL1\","
                    + "\"event_type\":\"Strategic developments\",\"notes\":\"" + notesJson + "\",\"timestamp\":\"1700600000\"}'), "
                    + "(2, '2022-03-01-bialystok', '2022-03-01', 'month', 'Rally in Białystok', 'A rally in the city centre.', "
                    + "'statement', 'PL-BY', NULL, NULL, NULL, 'Białystok', '{}')");
            st.executeUpdate("INSERT INTO event_source (event_id, position, source_id) VALUES "
                    + "('acled:POL1', 0, 'S1'), ('2022-03-01-bialystok', 0, 'S1'), ('2022-03-01-bialystok', 1, 'S2')");
            st.executeUpdate("INSERT INTO event_tag (event_id, position, tag) VALUES ('acled:POL1', 0, 'acled')");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) VALUES (?, ?, ?, ?, ?, ?)")) {
                String cited = "Przejście graniczne zamknięte Gazeta Wyborcza ";
                String all = "Arrests in Kuźnica " + NOTES + " Kuźnica, Podlaskie " + cited;
                insert(ps, 1, "Arrests in Kuźnica", NOTES, "Kuźnica, Podlaskie", cited, TextFolding.fold(all));
                String rally = "Rally in Białystok A rally in the city centre. Białystok " + cited + "Rally report ";
                insert(ps, 2, "Rally in Białystok", "A rally in the city centre.", "Białystok", cited + "Rally report ",
                        TextFolding.fold(rally));
            }
            c.commit();
        }
    }

    private static void insert(PreparedStatement ps, long rowid, String... columns) throws SQLException {
        ps.setLong(1, rowid);
        for (int i = 0; i < columns.length; i++) {
            ps.setString(i + 2, columns[i]);
        }
        ps.executeUpdate();
    }
}
