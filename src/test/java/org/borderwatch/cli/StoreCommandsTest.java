package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The store commands, run the way the command line runs them, on a real database file. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private Path db;

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("cli/borderwatch.db");
        Files.createDirectories(db.getParent());
    }

    @Test
    void aStoreIsMadeOnlyWhenAskedForAndAMissingFolderIsAnError() throws Exception {
        Run missing = run(new StatusCommand(), "--db", db.toString(), "--date", "2023-11-26");
        assertEquals(1, missing.exit());
        assertEquals("status: There is no store at " + db + "; nothing was created. To make a new store there, "
                + "run the command again with --create.\n", missing.err());
        assertFalse(Files.exists(db));
        Path typo = dir.resolve("clli/borderwatch.db");
        Files.writeString(dir.resolve("x.json"), "{}");
        Run mistyped = run(new ImportCommand(), "--db", typo.toString(), "--create", dir.resolve("x.json").toString());
        assertEquals(1, mistyped.exit());
        assertTrue(mistyped.err().contains("the folder " + typo.getParent() + " does not exist"), mistyped.err());
        assertFalse(Files.exists(typo.getParent()), "a mistyped folder is not created");
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Run zero = run(new StatusCommand(), "--db", empty.toString(), "--date", "2023-11-26");
        assertEquals(1, zero.exit());
        assertTrue(zero.err().contains("is an empty file (0 bytes), not a Borderwatch store; it was left unchanged"), zero.err());
        assertEquals(0, Files.size(empty));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("cli", "empty.db", "x.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no -wal or -shm beside the refused file");
        }
        Run made = run(new StatusCommand(), "--db", empty.toString(), "--create", "--date", "2023-11-26");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("Vaalimaa"), made.out());
    }

    @Test
    void statusOnTheDayOfTheQuestionAnswersAsTheFactsSay() throws Exception {
        Run r = run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.exists(db), "with --create the first command creates and seeds the database");
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertTrue(all.isArray() && all.size() >= 20);
        Map<String, JsonNode> byId = new HashMap<>();
        all.forEach(o -> byId.put(o.get("id").asText(), o));
        JsonNode raja = byId.get("fi-raja-jooseppi");
        assertEquals("open", raja.get("status").asText());
        assertEquals("Raja-Jooseppi", raja.get("name").asText());
        assertEquals("FI-RU", raja.get("border").asText());
        assertEquals("road", raja.get("type").asText());
        assertEquals("2023-11-30", raja.get("until").asText());
        assertTrue(raja.get("sources").size() > 0);
        assertEquals("closed", byId.get("fi-vaalimaa").get("status").asText());
        assertEquals("2023-11-18", byId.get("fi-vaalimaa").get("since").asText());
        for (String key : new String[] {"id", "name", "border", "type", "status", "counterpart", "since", "until",
            "reason", "sources"}) {
            assertTrue(raja.has(key), key);
        }
    }

    @Test
    void statusAsATableListsEveryCrossing() {
        Run r = run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2025-09-15");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("Status of every crossing on Mon 15 Sep 2025"), lines[0]);
        assertTrue(lines[1].startsWith("CROSSING"));
        String terespol = java.util.Arrays.stream(lines).filter(l -> l.endsWith("pl-terespol-road")).findFirst().orElseThrow();
        assertTrue(terespol.contains("closed") && terespol.contains("12 Sep 2025") && terespol.contains("25 Sep 2025"), terespol);
        Run iso = run(new StatusCommand(), "--db", db.toString(), "--date", "15.9.2025", "--dates", "iso");
        assertEquals(0, iso.exit(), iso.err());
        assertTrue(iso.out().startsWith("Status of every crossing on Mon 2025-09-15"), iso.out());
        assertTrue(iso.out().lines().filter(l -> l.endsWith("pl-terespol-road")).findFirst().orElseThrow()
                .contains("2025-09-12"));
        org.borderwatch.domain.DateText.use(org.borderwatch.domain.DateText.Style.WRITTEN);
        String kuznica = run(new StatusCommand(), "--db", db.toString(), "--date", "2025-11-20").out().lines()
                .filter(l -> l.endsWith("pl-kuznica-road")).findFirst().orElseThrow();
        assertFalse(kuznica.contains("closed"), kuznica);
    }

    @Test
    void aBadDateIsAOneLineErrorWithANonZeroExit() {
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("status", "--db", db.toString(), "--date", "31.11.2023");
        assertEquals(2, exit);
        assertEquals("borderwatch status: Invalid value for option '--date': '31.11.2023' is not a day: "
                + "November 2023 has 30 days (see: borderwatch status --help)\n", err.toString());
        assertFalse(Files.exists(db), "nothing is created for a command that cannot run");
    }

    @Test
    void everyCommandReadsDatesAsTheWindowDoes() throws Exception {
        String iso = run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26", "--json").out();
        for (String typed : new String[] {"26 Nov 2023", "26.11.2023", "26/11/2023", "Sun 26 Nov 2023"}) {
            Run r = run(new StatusCommand(), "--db", db.toString(), "--date", typed, "--json");
            assertEquals(0, r.exit(), typed + ": " + r.err());
            assertEquals(iso, r.out(), typed);
        }
    }

    @Test
    void aDatabaseThatIsNotOursIsAOneLineError() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.txt"), "not a database", StandardCharsets.UTF_8);
        Run r = run(new StatusCommand(), "--db", garbage.toString(), "--date", "2023-11-26");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("status: " + garbage + " is not a Borderwatch database"), r.err());
    }

    @Test
    void searchFindsKuznicaWithoutDiacritics() throws Exception {
        Run r = run(new SearchCommand(), "--db", db.toString(), "--create", "--json", "--limit", "5", "kuznica");
        assertEquals(0, r.exit(), r.err());
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertEquals("crossing", all.get(0).get("kind").asText(), "crossings named Kuźnica come first");
        assertEquals("pl-kuznica-road", all.get(0).get("id").asText());
        List<JsonNode> hits = new java.util.ArrayList<>();
        all.forEach(n -> {
            if (n.get("kind").asText().equals("event")) {
                hits.add(n);
            }
        });
        assertTrue(hits.size() > 0 && hits.size() <= 5);
        assertTrue(hits.get(0).get("title").asText().contains("Kuźnica")
                || hits.get(0).get("summary").asText().contains("Kuźnica"), hits.get(0).toString());
        Run brest = run(new SearchCommand(), "--db", db.toString(), "Брэст");
        assertTrue(brest.out().contains("pl-terespol-road"), brest.out());
        assertTrue(brest.out().contains("Брэст"), brest.out());
        Run text = run(new SearchCommand(), "--db", db.toString(), "siewiera", "advisers");
        assertTrue(text.out().lines().skip(1).findFirst().orElseThrow().startsWith("28 Nov 2023"), text.out());
        Run none = run(new SearchCommand(), "--db", db.toString(), "\"unbalanced", "AND", "OR", "(");
        assertEquals(0, none.exit(), none.err());
    }

    @Test
    void exportThenImportRoundTripsAndReimportChangesNothing() throws Exception {
        Path out = dir.resolve("export/all.json");
        Run e = run(new ExportCommand(), "--db", db.toString(), "--create", "--format", "json", "--out", out.toString());
        assertEquals(0, e.exit(), e.err());
        assertTrue(e.out().startsWith("Exported "), e.out());
        Run again = run(new ImportCommand(), "--db", db.toString(), out.toString(), "--format", "json");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("(nothing changed)"), again.out());
        assertTrue(again.out().contains("events: 0 added, 0 updated, "), again.out());
        Path other = dir.resolve("other.db");
        Run into = run(new ImportCommand(), "--db", other.toString(), "--create", out.toString());
        assertEquals(0, into.exit(), into.err());
        Path out2 = dir.resolve("export/again.json");
        run(new ExportCommand(), "--db", other.toString(), "--out", out2.toString());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(out2));
    }

    @Test
    void aBadImportNamesFileAndPointerAndChangesNothing() throws Exception {
        run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26");
        Path before = dir.resolve("before.json");
        run(new ExportCommand(), "--db", db.toString(), "--out", before.toString());
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"format": "borderwatch", "version": 1, "crossings": [
                  {"id": "fi-new", "border": "FI-RU", "name": "New", "type": "road", "location": {"lat": 91, "lon": 28},
                   "precision": "estimate", "precisionNote": "test", "sources": ["G1"]}
                ]}
                """, StandardCharsets.UTF_8);
        Run r = run(new ImportCommand(), "--db", db.toString(), bad.toString());
        assertEquals(1, r.exit());
        assertEquals("import: nothing was imported: " + bad + ": /crossings/0/location/lat (line 2): "
                + "latitude 91 is outside −90…90 degrees\n", r.err());
        Path after = dir.resolve("after.json");
        run(new ExportCommand(), "--db", db.toString(), "--out", after.toString());
        assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after));
    }

    @Test
    void anImportWithNothingToWriteLeavesTheStoreByteForByte() throws Exception {
        assertEquals(0, run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26").exit());
        String header = new String(getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv").readAllBytes(),
                StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), header + "\n");
        byte[] before = Files.readAllBytes(db);
        Run r = run(new ImportCommand(), "--db", db.toString(), "--format", "acled", headerOnly.toString());
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(before, Files.readAllBytes(db), "nothing to write: not a byte changed");
        try (var files = Files.list(db.getParent())) {
            assertEquals(List.of("borderwatch.db"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anImportedFilesFormatIsKnownByItsExtension() throws Exception {
        assertEquals(0, run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26").exit());
        Path csv = dir.resolve("acled export.csv");
        try (var in = getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv")) {
            Files.copy(in, csv);
        }
        Run r = run(new ImportCommand(), "--db", db.toString(), csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ACLED") || r.out().toLowerCase(java.util.Locale.ROOT).contains("rows"),
                "read as an ACLED export, not as a bundle: " + r.out());
        Path unknown = Files.writeString(dir.resolve("events.txt"), "{}");
        Run refused = run(new ImportCommand(), "--db", db.toString(), unknown.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().startsWith("import: events.txt: unknown format") && refused.err().contains("--format"),
                refused.err());
    }

    @Test
    void anExportIsWrittenInTheFormatItsFileNameSays() throws Exception {
        assertEquals(0, run(new StatusCommand(), "--db", db.toString(), "--create", "--date", "2023-11-26").exit());
        Path kml = dir.resolve("situation.kml");
        Run r = run(new ExportCommand(), "--db", db.toString(), "--out", kml.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(kml).contains("<kml"), "a .kml file holds KML");
        Path geojson = dir.resolve("situation.geojson");
        assertEquals(0, run(new ExportCommand(), "--db", db.toString(), "--out", geojson.toString()).exit());
        assertTrue(Files.readString(geojson).contains("\"FeatureCollection\""), "a .geojson file holds GeoJSON");
    }

    @Test
    void unsupportedFormatsAreRefused() {
        Run r = run(new ExportCommand(), "--db", db.toString(), "--format", "shp", "--out", dir.resolve("x.shp").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("export: ") && r.err().contains("shp"), r.err());
        Run i = run(new ImportCommand(), "--db", db.toString(), "--format", "shp", dir.resolve("x.shp").toString());
        assertEquals(2, i.exit());
        assertEquals("import: unsupported format 'shp' (expected json, acled, geojson or kml)\n", i.err());
    }

    @Test
    void storeCountsPrintThePathAndTheCounts() throws Exception {
        StringWriter out = new StringWriter();
        try (Store store = Store.openOrCreateSeeded(db)) {
            StoreCounts.print(store, new PrintWriter(out));
        }
        String text = out.toString();
        assertTrue(text.startsWith("Database:    " + db.toAbsolutePath()), text);
        assertTrue(text.matches("(?s).*Crossings:   \\d+\n.*Intervals:   \\d+\n.*Events:      \\d+\n.*Annotations: 0\n.*"), text);
    }
}
