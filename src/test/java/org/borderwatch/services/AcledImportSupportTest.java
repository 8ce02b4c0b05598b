package org.borderwatch.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.interop.AcledReader;
import org.borderwatch.interop.AcledRecord;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledImportSupportTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("test.db"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/borderwatch/interop/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private Map<String, Event> stored() throws Exception {
        SituationData d = store.loadSituationData();
        return d.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    @Test
    void bothLayoutsLandInTheStoreWithTheirSources() throws Exception {
        AcledImportResult current = AcledImportSupport.importFile(store, fixture("acled-current.csv"), AcledImportOptions.DEFAULTS);
        AcledImportResult old = AcledImportSupport.importFile(store, fixture("acled-pre2023.csv"), AcledImportOptions.DEFAULTS);
        assertEquals(4, current.added());
        assertEquals(AcledLayout.PRE_2023, old.layout());
        assertEquals(3, old.added());
        Map<String, Event> events = stored();
        assertEquals(7, events.size());
        Event kuznica = events.get("acled:POL20231");
        assertEquals("Peaceful protest in Kuźnica", kuznica.title());
        assertEquals("Grupa Granica; Amnesty International", kuznica.attributes().get("assoc_actor_1"));
        assertEquals("Change to group/activity in Брест", events.get("acled:BLR5512").title());
        for (String name : List.of("acled-current.csv", "acled-pre2023.csv")) {
            try (AcledReader r = AcledReader.open(fixture(name))) {
                for (AcledRecord row = r.next(); row != null; row = r.next()) {
                    assertEquals(row.event(), events.get(row.event().id()), "stored as read, every field and character");
                }
            }
        }
        SituationData d = store.loadSituationData();
        String sourceId = kuznica.sourceIds().get(0);
        assertEquals("Gazeta Wyborcza", d.source(sourceId).title());
        assertEquals("via ACLED", d.source(sourceId).publisher());
        assertTrue(store.search("kuznica", 10).size() >= 2, "imported events are searchable");
    }

    @Test
    void aNewerTimestampReplacesAnOlderIsIgnoredAndTheNewestRowOfAFileWins() throws Exception {
        AcledImportSupport.importFile(store, fixture("acled-current.csv"), AcledImportOptions.DEFAULTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(fixture("acled-current.csv")));
        String header = lines.get(0);
        String brest = lines.stream().filter(l -> l.startsWith("BLR5512")).findFirst().orElseThrow();
        String fin = lines.stream().filter(l -> l.startsWith("FIN3007")).findFirst().orElseThrow();
        String update = String.join("\n", header,
                brest.replace("1700500000", "1700400000").replace("Belarusian troops", "OLDER copy"),
                fin.replace("1700600000", "1800000000").replace("Police arrested two", "Police arrested three"),
                fin.replace("1700600000", "1800000500").replace("Police arrested two", "Police arrested four"),
                fin.replace("1700600000", "1800000100").replace("Police arrested two", "Police arrested five"),
                fin.replace("FIN3007", "FIN3008")) + "\n";
        Path file = Files.writeString(dir.resolve("update.csv"), update);
        AcledImportResult r = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS);
        assertEquals(1, r.added(), "FIN3008 is new");
        assertEquals(1, r.updated(), "FIN3007 has newer rows");
        assertEquals(1, r.unchanged(), "BLR5512's row is older than the stored one");
        assertEquals(2, r.duplicateRows(), "two FIN3007 rows lost to the newest");
        Map<String, Event> events = stored();
        assertTrue(events.get("acled:BLR5512").summary().startsWith("Belarusian troops"), "older row ignored");
        assertTrue(events.get("acled:FIN3007").summary().startsWith("Police arrested four"), "newest row of the file wins");
        assertEquals("1800000500", events.get("acled:FIN3007").attributes().get("timestamp"));
    }

    @Test
    void aBadRowStopsTheImportAndLeavesTheStoreAsItWas() throws Exception {
        AcledImportSupport.importFile(store, fixture("acled-pre2023.csv"), AcledImportOptions.DEFAULTS);
        Map<String, Event> before = stored();
        String text = Files.readString(fixture("acled-current.csv"), StandardCharsets.UTF_8).replace(",52.0976,", ",152.0976,");
        Path bad = Files.writeString(dir.resolve("bad.csv"), text);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> AcledImportSupport.importFile(store, bad, AcledImportOptions.DEFAULTS));
        assertEquals("bad.csv:4: latitude 152.0976 is outside −90…90", e.getMessage());
        assertEquals(before, stored());
    }

    @Test
    void skipInvalidImportsTheRestAndListsWhatWasSkipped() throws Exception {
        String text = Files.readString(fixture("acled-current.csv"), StandardCharsets.UTF_8)
                .replace(",52.0976,", ",152.0976,").replace("18-11-2023", "2023/11/18").replace(",0,,1701600000", ",many,,1701600000");
        Path bad = Files.writeString(dir.resolve("bad.csv"), text);
        AcledImportResult r = AcledImportSupport.importFile(store, bad, AcledImportOptions.DEFAULTS.withSkipInvalid(true));
        assertEquals(1, r.added());
        assertEquals(3, r.skippedCount());
        assertEquals(List.of(
                "bad.csv:4: latitude 152.0976 is outside −90…90",
                "bad.csv:5: event_date '2023/11/18' is not a date (expected 2023-11-18, 18 November 2023 or 18-11-2023)",
                "bad.csv:6: fatalities 'many' is not a whole number ≥ 0"),
                r.skipped().stream().map(Object::toString).toList());
        assertEquals(List.of("acled:POL20231"), List.copyOf(stored().keySet()));
    }

    @Test
    void progressIsReportedAndCancellingStoresNothing() throws Exception {
        Path file = dir.resolve("sample.csv");
        new AcledSampleGenerator(7, AcledLayout.CURRENT).write(file, 2500);
        List<long[]> reports = new ArrayList<>();
        AcledImportOptions options = AcledImportOptions.DEFAULTS.withBatchSize(1000)
                .withProgress((rows, bytes, total) -> reports.add(new long[] {rows, bytes, total}))
                .withCancellation(() -> reports.size() >= 2);
        assertThrows(ImportCancelledException.class, () -> AcledImportSupport.importFile(store, file, options));
        assertEquals(0, stored().size(), "a cancelled import stores nothing");
        assertEquals(1000, reports.get(0)[0]);
        assertEquals(Files.size(file), reports.get(0)[2]);

        reports.clear();
        AcledImportResult r = AcledImportSupport.importFile(store, file, options.withCancellation(() -> false));
        assertEquals(2500, r.added());
        assertEquals(2500, stored().size());
        long[] last = reports.get(reports.size() - 1);
        assertEquals(2500, last[0]);
        assertEquals(Files.size(file), last[1], "all bytes read at the end");
    }

    @Test
    void cancellingHalfWayThroughALargeFileLeavesTheStoreExactlyAsItWas() throws Exception {
        AcledImportSupport.importFile(store, fixture("acled-current.csv"), AcledImportOptions.DEFAULTS);
        Map<String, Event> before = stored();
        var searchBefore = store.search("kuznica", 100);
        Path file = dir.resolve("large.csv");
        new AcledSampleGenerator(11, AcledLayout.CURRENT).write(file, 6000);
        long size = Files.size(file);
        List<Long> seen = new ArrayList<>();
        AcledImportOptions options = AcledImportOptions.DEFAULTS.withBatchSize(500)
                .withProgress((rows, bytes, total) -> seen.add(bytes))
                .withCancellation(() -> !seen.isEmpty() && seen.get(seen.size() - 1) >= size / 2);
        assertThrows(ImportCancelledException.class, () -> AcledImportSupport.importFile(store, file, options));
        assertTrue(seen.size() >= 5, "several batches were written before the cancel");
        assertEquals(before, stored());
        assertEquals(searchBefore, store.search("kuznica", 100));
    }

    @Test
    void aBadRowNearTheEndUndoesTheBatchesWrittenBeforeIt() throws Exception {
        Path file = dir.resolve("late-error.csv");
        new AcledSampleGenerator(12, AcledLayout.CURRENT).write(file, 3000);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        Files.writeString(file, String.join("\n", lines) + "\nXYZ1,not a date" + ",".repeat(29) + "\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS.withBatchSize(400)));
        assertTrue(e.getMessage().startsWith("late-error.csv:" + (lines.size() + 1) + ": event_date"), e.getMessage());
        assertEquals(0, stored().size());
        assertTrue(store.search("protest", 10).isEmpty());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("acled-reader")),
                "the reading thread is gone");
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws Exception {
        Path file = dir.resolve("sample.csv");
        new AcledSampleGenerator(13, AcledLayout.CURRENT).write(file, 1500);
        AcledImportResult first = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS.withBatchSize(400));
        Map<String, Event> after = stored();
        AcledImportResult again = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS.withBatchSize(400));
        assertEquals(first.added(), again.unchanged());
        assertEquals(0, again.added() + again.updated());
        assertEquals(after, stored());
    }
}
