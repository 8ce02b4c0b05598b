package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.PlaceName;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundle format version 2: publication dates and archived addresses of sources; rank,
 * uncertainty, names in both languages and the tracked-from day of crossings. Written, read,
 * stored and migrated; version-1 bundles still import.
 */
class SourceDatesAndNamesTest {
    @TempDir
    Path dir;

    /** The sample bundle with every version-2 field filled in. */
    private static ObjectNode version2() {
        ObjectNode b = TestBundles.sample();
        b.put("version", 2);
        ObjectNode f3 = (ObjectNode) b.at("/sources/1");
        f3.put("published", "2023-11-28");
        f3.put("archiveUrl", "https://web.archive.org/web/2023/https://tulli.fi/en/-/traffic");
        ((ObjectNode) b.at("/sources/0")).put("published", "2023-12");
        ((ObjectNode) b.at("/sources/2")).put("published", "2021");
        ((ObjectNode) b.at("/sources/3")).put("undatedReason", "a live page that carries no date");
        ObjectNode kuznica = (ObjectNode) b.at("/crossings/2");
        kuznica.put("rank", 2);
        kuznica.put("rankNote", "main road crossing of Podlaskie");
        kuznica.put("uncertaintyMetres", 300.0);
        kuznica.put("trackedFrom", "2021-11-09");
        kuznica.put("untrackedReason", "the sources of this sample start with the suspension");
        ArrayNode names = kuznica.putArray("names");
        names.addObject().put("side", "counterpart").put("lang", "be").put("name", "Брузгі").put("latin", "Bruzgi")
                .putArray("sources").add("P13");
        names.addObject().put("side", "counterpart").put("lang", "ru").put("name", "Брузги").put("latin", "Bruzgi")
                .putArray("sources").add("P13");
        names.addObject().put("side", "local").put("lang", "be").put("name", "Кузніца").put("latin", "Kuznica")
                .putArray("sources");
        return b;
    }

    @Test
    void everyNewFieldIsStoredAndExportedAndSurvivesARoundTripByteForByte() throws Exception {
        byte[] first;
        try (SqliteStore a = SqliteStore.open(dir.resolve("a.db"))) {
            a.importBundle(TestBundles.write(dir, "v2.json", version2()));
            SituationData d = a.loadSituationData();
            Source f3 = d.source("F3");
            assertEquals(LocalDate.of(2023, 11, 28), f3.published().date());
            assertEquals(DatePrecision.DAY, f3.published().precision());
            assertEquals("https://web.archive.org/web/2023/https://tulli.fi/en/-/traffic", f3.archiveUrl());
            assertEquals("2023-12", d.source("F14").published().toString());
            assertEquals(DatePrecision.YEAR, d.source("P13").published().precision());
            assertEquals("a live page that carries no date", d.source("P41").undatedReason());
            Crossing k = d.crossing("pl-kuznica");
            assertEquals(2, k.rank());
            assertEquals(300.0, k.uncertaintyRadius());
            assertEquals(LocalDate.of(2021, 11, 9), k.trackedFrom());
            assertEquals(List.of("Брузгі"), k.names(PlaceName.Side.COUNTERPART).stream()
                    .filter(n -> n.lang().equals("be")).map(PlaceName::name).toList());
            assertTrue(k.allNames().containsAll(List.of("Kuźnica", "Брузги", "Bruzgi", "Брузгі", "Кузніца", "Kuznica")));
            first = TestBundles.export(a);
        }
        Path file = Files.write(dir.resolve("first.json"), first);
        try (SqliteStore b = SqliteStore.open(dir.resolve("b.db"))) {
            b.importBundle(file);
            assertArrayEquals(first, TestBundles.export(b));
        }
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"published\": \"2023-12\""), "a month is written as a month");
        assertTrue(text.contains("\"name\": \"Брузгі\""), "Cyrillic is written as it is");
    }

    @Test
    void aVersion1BundleStillImportsAndItsItemsAreUndatedUnrankedAndTrackedAsTheirIntervalsSay() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir.resolve("v1.db"))) {
            s.importBundle(TestBundles.write(dir, "v1.json", TestBundles.SAMPLE));
            SituationData d = s.loadSituationData();
            assertNull(d.source("F3").published());
            Crossing k = d.crossing("pl-kuznica");
            assertNull(k.rank());
            assertEquals(List.of(), k.names());
            assertEquals(5_000.0, k.uncertaintyRadius(), "an estimate without a stated radius: 5 km");
            assertEquals(Status.UNKNOWN, d.status("pl-kuznica", LocalDate.of(2021, 1, 1)));
        }
    }

    @Test
    void beforeItsRecordStartsACrossingIsNotTrackedAndTheStartIsNoChange() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir.resolve("t.db"))) {
            s.importBundle(TestBundles.write(dir, "v2.json", version2()));
            SituationData d = s.loadSituationData();
            var before = SituationAt.compute(d, LocalDate.of(2021, 6, 1), TimeWindow.DEFAULT).statusOf("pl-kuznica")
                    .orElseThrow();
            assertEquals(Status.UNTRACKED, before.status());
            assertEquals("the sources of this sample start with the suspension", before.reason());
            assertEquals(Status.CLOSED, d.status("pl-kuznica", LocalDate.of(2021, 11, 9)));
            SituationDiff diff = SituationDiff.between(d, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 20));
            SituationDiff.StatusChange start = diff.statusChanges().stream()
                    .filter(c -> c.crossing().id().equals("pl-kuznica")).findFirst().orElseThrow();
            assertEquals(Status.UNTRACKED, start.before());
            assertTrue(start.isRecordStart(), "the start of the record is not a change of status");
        }
    }

    @Test
    void aDatabaseOfSchema3IsMigratedAndKeepsItsData() throws Exception {
        Path db = dir.resolve("v3.db");
        try (SqliteStore old = SqliteStore.open(db, Migrations.ALL.subList(0, 3))) {
            assertEquals(3, old.schemaVersion());
            old.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO sources (id, title, url, publisher) VALUES "
                            + "('F3', 'Traffic across the eastern border', 'https://tulli.fi/en/-/traffic', 'Finnish Customs')");
                    st.executeUpdate("INSERT INTO crossings (id, border, name, type, lat, lon, precision, precision_note) "
                            + "VALUES ('fi-vaalimaa', 'FI-RU', 'Vaalimaa', 'road', 60.6, 27.8, 'approximate', 'village')");
                    st.executeUpdate("INSERT INTO crossing_source VALUES ('fi-vaalimaa', 0, 'F3')");
                }
                return null;
            });
        }
        try (SqliteStore now = SqliteStore.open(db)) {
            assertEquals(Migrations.latest(), now.schemaVersion());
            SituationData d = now.loadSituationData();
            assertEquals(1, d.crossings().size());
            assertNull(d.crossing("fi-vaalimaa").rank());
            assertEquals(List.of(), d.crossing("fi-vaalimaa").names());
            assertNull(d.source("F3").published());
            now.importBundle(TestBundles.write(dir, "v2.json", version2()));
            assertEquals("2023-11-28", now.loadSituationData().source("F3").published().toString());
        }
    }

    @Test
    void badVersion2FieldsAreRefusedWithTheirPointer() throws Exception {
        ObjectNode b = version2();
        ((ObjectNode) b.at("/sources/0")).put("published", "2023-13");
        assertProblem(b, "/sources/0/published", "not a real date");
        b = version2();
        ((ObjectNode) b.at("/sources/1")).put("undatedReason", "no date");
        assertProblem(b, "/sources/1/undatedReason", "has a publication date");
        b = version2();
        ((ObjectNode) b.at("/crossings/2")).remove("untrackedReason");
        assertProblem(b, "/crossings/2/untrackedReason", "reason");
        b = version2();
        ((ObjectNode) b.at("/crossings/2/names/0")).remove("latin");
        assertProblem(b, "/crossings/2/names/0", "transliteration");
        b = version2();
        ((ObjectNode) b.at("/crossings/2")).put("rank", 0);
        assertProblem(b, "/crossings/2/rank", "whole number from 1");
    }

    private void assertProblem(ObjectNode bundle, String pointer, String words) throws Exception {
        try (SqliteStore s = SqliteStore.open(dir.resolve("bad.db"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> s.importBundle(TestBundles.write(dir, "bad.json", bundle)));
            ImportProblem p = e.problems().get(0);
            assertEquals(pointer, p.pointer(), p.toString());
            assertTrue(p.message().contains(words), p.message());
            assertEquals(0, s.counts().crossings(), "nothing was written");
        }
    }
}
