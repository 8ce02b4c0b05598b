package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input is refused with file, place and expectation, and the database stays exactly as it was. */
class MalformedImportTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void seedTheDatabase() throws Exception {
        db = dir.resolve("store.db");
        try (Store store = Store.open(db)) {
            store.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
        }
    }

    /** Imports {@code file}, expects a refusal and an unchanged database, and returns the first problem. */
    private ImportProblem refused(Path file) throws Exception {
        try (Store store = Store.open(db)) {
            byte[] before = TestBundles.export(store);
            Counts counts = store.counts();
            ImportException e = assertThrows(ImportException.class, () -> store.importBundle(file));
            assertEquals(file.toString(), e.file());
            assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
            assertEquals(counts, store.counts());
            assertArrayEquals(before, TestBundles.export(store), "the database must be exactly as before");
            return e.first();
        }
    }

    private static ObjectNode at(ObjectNode bundle, String pointer) {
        return (ObjectNode) bundle.at(pointer);
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() throws Exception {
        String text = TestBundles.SAMPLE.replace("\"title\": \"Asylum arrivals peak\",", "\"title\": \"Asylum arrivals peak\",,");
        ImportProblem p = refused(TestBundles.write(dir, "syntax.json", text));
        int line = TestBundles.SAMPLE.substring(0, TestBundles.SAMPLE.indexOf("Asylum arrivals peak")).split("\n", -1).length;
        assertEquals("/events/2/title", p.pointer(), "the value the parser was at");
        assertEquals(line, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.message().startsWith("not valid JSON: Unexpected character (','"), p.message());
        assertTrue(p.toString().contains("syntax.json: /events/2/title (line " + line + ", column "), p.toString());
    }

    @Test
    void aLoneSurrogateIsRefusedAtItsPointerNotStoredAsAQuestionMark() throws Exception {
        String text = TestBundles.SAMPLE.replace("\"title\": \"Asylum arrivals peak\",", "\"title\": \"Asylum \\uD800 peak\",");
        ImportProblem p = refused(TestBundles.write(dir, "surrogate.json", text));
        assertTrue(p.pointer().startsWith("/events/") && p.pointer().endsWith("/title"), p.toString());
        assertTrue(p.message().contains("unpaired UTF-16 surrogate") && p.message().contains("\\uD800"), p.message());
    }

    @Test
    void theParsersOwnLimitsAreReportedWithLineAndPointer() throws Exception {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        String text = TestBundles.SAMPLE.replace("\"title\": \"Asylum arrivals peak\",", "\"title\": \"Asylum arrivals peak\", \"deep\": " + deep + ",");
        ImportProblem p = refused(TestBundles.write(dir, "deep.json", text));
        int line = TestBundles.SAMPLE.substring(0, TestBundles.SAMPLE.indexOf("Asylum arrivals peak")).split("\n", -1).length;
        assertEquals(line, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.pointer() != null && p.pointer().startsWith("/events/") && p.pointer().contains("/deep/0/0/0"), p.toString());
        assertTrue(p.message().contains("nest deeper than 1000 levels"), p.message());

        String longText = "x".repeat(21_000_000);
        text = TestBundles.SAMPLE.replace("\"title\": \"Asylum arrivals peak\",", "\"title\": \"" + longText + "\",");
        p = refused(TestBundles.write(dir, "long.json", text));
        assertEquals(line, p.line());
        assertTrue(p.pointer() != null && p.pointer().endsWith("/title"), p.toString());
        assertTrue(p.message().contains("longer than 20,000,000 characters"), p.message());
    }

    @Test
    void aDuplicateKeyIsASyntaxError() throws Exception {
        String text = TestBundles.SAMPLE.replace("\"title\": \"Range\",", "\"title\": \"Range\", \"title\": \"Ring\",");
        ImportProblem p = refused(TestBundles.write(dir, "dupkey.json", text));
        assertTrue(p.message().contains("Duplicate field 'title'"), p.message());
        assertTrue(p.line() > 0);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPointer() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/events/1").put("date", 20231128);
        ImportProblem p = refused(TestBundles.write(dir, "type.json", b));
        assertEquals("/events/1/date", p.pointer());
        assertEquals("expected a date \"YYYY-MM-DD\", got the number 20231128", p.message());
        assertTrue(p.line() > 1, "the line of the item is given too");
    }

    @Test
    void anImpossibleDateIsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/events/0").put("date", "2023-02-30");
        ImportProblem p = refused(TestBundles.write(dir, "day.json", b));
        assertEquals("/events/0/date", p.pointer());
        assertEquals("expected a date YYYY-MM-DD, got \"2023-02-30\" (no such day)", p.message());
    }

    @Test
    void anUnknownCrossingIdIsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/events/0").put("crossing", "pl-nowhere");
        ImportProblem p = refused(TestBundles.write(dir, "crossing.json", b));
        assertEquals("/events/0/crossing", p.pointer());
        assertEquals("unknown crossing id 'pl-nowhere' (not defined in this import nor in the database)", p.message());
    }

    @Test
    void anUnknownSourceIdIsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        b.withArray("/intervals").insertObject(0).put("crossing", "fi-vaalimaa").put("from", "2021-01-01")
                .put("until", "2022-07-01").put("status", "restricted").putArray("sources").add("F3").add("X9");
        ImportProblem p = refused(TestBundles.write(dir, "source.json", b));
        assertEquals("/intervals/0/sources/1", p.pointer());
        assertTrue(p.message().startsWith("unknown source id 'X9'"), p.message());
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/intervals/1").put("until", "2023-11-01");
        ImportProblem p = refused(TestBundles.write(dir, "order.json", b));
        assertEquals("/intervals/1/until", p.pointer());
        assertTrue(p.message().startsWith("expected a day after 'from' (2023-11-18), got 2023-11-01"), p.message());
    }

    @Test
    void anAnnotationModifiedBeforeItWasCreatedIsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/annotations/0").put("modified", "2023-12-31T23:59:59Z");
        ImportProblem p = refused(TestBundles.write(dir, "modified.json", b));
        assertEquals("/annotations/0/modified", p.pointer());
    }

    @Test
    void latitude91IsRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/crossings/0/location").put("lat", 91);
        ImportProblem p = refused(TestBundles.write(dir, "lat.json", b));
        assertEquals("/crossings/0/location/lat", p.pointer());
        assertEquals("latitude 91 is outside −90…90 degrees", p.message());
    }

    @Test
    void aGeoJsonLatitudeOutOfRangePointsIntoTheCoordinates() throws Exception {
        ObjectNode b = TestBundles.sample();
        ((com.fasterxml.jackson.databind.node.ArrayNode) b.at("/annotations/0/geometry/coordinates/0/2")).set(1,
                TestBundles.MAPPER.getNodeFactory().numberNode(95.5));
        ImportProblem p = refused(TestBundles.write(dir, "geo.json", b));
        assertEquals("/annotations/0/geometry/coordinates/0/2/1", p.pointer());
        assertEquals("latitude 95.5 is outside −90…90 degrees (positions are [longitude, latitude])", p.message());
    }

    @Test
    void duplicateIdsAreRefusedNamingTheFirst() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/events/2").put("id", "2023-11-28-siewiera-advisers");
        Path file = TestBundles.write(dir, "dup.json", b);
        ImportProblem p = refused(file);
        assertEquals("/events/2/id", p.pointer());
        assertEquals("duplicate event id '2023-11-28-siewiera-advisers' (first at " + file + " /events/1)", p.message());
    }

    @Test
    void overlappingIntervalsAreRefused() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/intervals/2").put("from", "2023-12-01");
        ImportProblem p = refused(TestBundles.write(dir, "overlap.json", b));
        assertEquals("/intervals/2/from", p.pointer());
        assertTrue(p.message().startsWith("intervals of crossing 'fi-vaalimaa' overlap: [2023-11-18, 2023-12-14) and "
                + "[2023-12-01, 2023-12-15)"), p.message());
    }

    @Test
    void anIntervalOverlappingOneAlreadyStoredIsRefused() throws Exception {
        String text = """
                {"format": "borderwatch", "version": 1, "intervals": [
                  {"crossing": "pl-kuznica", "from": "2023-01-01", "until": "2023-02-01", "status": "open", "sources": ["P13"]}
                ]}
                """;
        ImportProblem p = refused(TestBundles.write(dir, "overlap-db.json", text));
        assertEquals("/intervals/0/from", p.pointer());
        assertTrue(p.message().contains("an interval already in the database"), p.message());
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws Exception {
        for (String text : new String[] {"", " \n\t\n"}) {
            ImportProblem p = refused(TestBundles.write(dir, "empty.json", text));
            assertTrue(p.message().startsWith("the file is empty"), p.message());
        }
    }

    @Test
    void somethingOtherThanABundleIsRefused() throws Exception {
        ImportProblem array = refused(TestBundles.write(dir, "array.json", "[1, 2, 3]"));
        assertTrue(array.message().startsWith("expected a Borderwatch bundle (a JSON object) at the top, got an array"));
        ImportProblem geojson = refused(TestBundles.write(dir, "fc.json", "{\"format\": \"geojson\", \"features\": []}"));
        assertEquals("/format", geojson.pointer());
        ImportProblem newer = refused(TestBundles.write(dir, "v3.json", "{\"format\": \"borderwatch\", \"version\": 3}"));
        assertTrue(newer.message().contains("newer Borderwatch (format version 3"), newer.message());
        ImportProblem trailing = refused(TestBundles.write(dir, "two.json", "{} {}"));
        assertTrue(trailing.message().contains("after the end of the bundle object"), trailing.message());
    }

    @Test
    void aMisspeltKeyIsRefusedRatherThanIgnored() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/intervals/3").put("untill", "2024-01-01");
        ImportProblem p = refused(TestBundles.write(dir, "typo.json", b));
        assertEquals("/intervals/3/untill", p.pointer());
        assertTrue(p.message().startsWith("unknown key 'untill' (expected one of: crossing, from, until"), p.message());
    }

    @Test
    void aMissingFileIsRefused() throws Exception {
        ImportProblem p = refused(dir.resolve("nowhere.json"));
        assertTrue(p.message().startsWith("cannot read the file: no such file"), p.message());
    }

    @Test
    void aFileThatChangesAfterItsCheckIsWrittenAsItWasChecked() throws Exception {
        // the write reads the copy the check made: the second version, whose text is no Unicode, is never read
        byte[] good = TestBundles.SAMPLE.replace("Camp by the fence", "Camp near the fence").getBytes(StandardCharsets.UTF_8);
        byte[] other = TestBundles.SAMPLE.replace("Camp by the fence", "Camp \\uD800 fence").getBytes(StandardCharsets.UTF_8);
        int[] opened = {0};
        BundleInput shifting = new BundleInput("shifting.json",
                () -> new java.io.ByteArrayInputStream(opened[0]++ == 0 ? good : other));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<java.util.Set<Path>> copies = () -> {
            try (var files = java.nio.file.Files.list(tmp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("borderwatch-bundle-"))
                        .collect(java.util.stream.Collectors.toSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        java.util.Set<Path> before = copies.get();
        try (Store store = Store.open(db)) {
            store.importBundles(java.util.List.of(shifting));
            assertEquals(1, opened[0], "the file was read once: the write read the copy");
            String titles = new String(TestBundles.export(store), StandardCharsets.UTF_8);
            assertTrue(titles.contains("Camp near the fence") && !titles.contains("Camp \\uD800"), "what was checked was written");
        }
        assertEquals(before, copies.get(), "the copy is gone with the import");
    }

    @Test
    void manyProblemsAreReportedTogether() throws Exception {
        ObjectNode b = TestBundles.sample();
        at(b, "/events/0").put("category", "riot");
        at(b, "/events/1").put("border", "FI-EE");
        at(b, "/sources/0").put("url", "javascript:alert(1)");
        Path file = TestBundles.write(dir, "many.json", b);
        try (Store store = Store.open(db)) {
            ImportException e = assertThrows(ImportException.class, () -> store.importBundle(file));
            assertEquals(3, e.problems().size());
            assertEquals("/sources/0/url", e.problems().get(0).pointer());
            assertEquals("/events/0/category", e.problems().get(1).pointer());
            assertEquals("/events/1/border", e.problems().get(2).pointer());
            assertTrue(e.getMessage().endsWith("(and 2 more problems)"), e.getMessage());
        }
    }

    @Test
    void aFiftyMegabyteFileWithAnErrorNearTheEndIsRefusedWholeWithItsPointer() throws Exception {
        Path file = dir.resolve("big.json");
        int bad = -1;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"borderwatch\", \"version\": 1,\n\"sources\": [{\"id\": \"ACLED\", \"title\": \"Armed conflict data\"}],\n\"events\": [\n");
            long written = 0;
            String summary = "Synthetic event for the large-file test; the words repeat to fill about three hundred bytes "
                    + "of summary text per event so that the file reaches fifty megabytes.";
            for (int i = 0; bad < 0 || i <= bad + 1; i++) {
                if (bad < 0 && written >= 50L * 1024 * 1024) {
                    bad = i; // one bad event after the 50 MB mark, then one good one
                }
                String date = i == bad ? "2023-02-30" : "2023-0" + (1 + i % 9) + "-1" + (i % 9);
                String line = (i == 0 ? "" : ",\n") + "{\"id\": \"big-" + i + "\", \"date\": \"" + date + "\", \"title\": \"Event "
                        + i + "\", \"summary\": \"" + summary + "\", \"category\": \"incident\", \"border\": \"PL-BY\", "
                        + "\"location\": {\"lat\": 52." + (i % 1000) + ", \"lon\": 23." + (i % 997) + "}, \"sources\": [\"ACLED\"]}";
                w.write(line);
                written += line.length();
            }
            w.write("\n]}\n");
        }
        assertTrue(Files.size(file) > 50L * 1024 * 1024);
        ImportProblem p = refused(file);
        assertEquals("/events/" + bad + "/date", p.pointer());
        assertEquals(bad + 4, p.line());
        assertEquals("expected a date YYYY-MM-DD, got \"2023-02-30\" (no such day)", p.message());
    }
}
