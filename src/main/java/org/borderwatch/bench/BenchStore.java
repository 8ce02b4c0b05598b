package org.borderwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.store.Store;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The synthetic store {@code bench} measures: the real crossings, intervals and curated events
 * (seeded), {@code events} generated ACLED-style events across both border regions 2021–2025
 * with realistic text, imported through the real ACLED path, and 5,000 annotations.
 */
final class BenchStore {
    private static final GeometryFactory GF = new GeometryFactory();

    private BenchStore() {
    }

    /**
     * The store built, and its import as the user meets it: {@code borderwatch import FILE --format
     * acled --create} in a process of its own, started as {@code bin/borderwatch} starts it
     * ({@link WholeProcess#borderwatch}), on a new store.
     *
     * @param rows              rows in the imported file
     * @param added             events the import added
     * @param importSeconds     from the process's start until the import's summary, which it prints
     *                          once the import has committed
     * @param searchableSeconds from the summary until the line saying the search text is indexed
     * @param peakHeapBytes     the most heap in use before a collection, garbage included (its GC log)
     * @param liveHeapBytes     the most heap left in use after a collection
     * @param peakRssMb         the process's peak resident size
     */
    record Built(long rows, long added, double importSeconds, double searchableSeconds, long peakHeapBytes,
                 long liveHeapBytes, double peakRssMb) {
        double rowsPerSecond() {
            return rows / importSeconds;
        }
    }

    private static final Pattern ADDED = Pattern.compile(" rows; (\\d+) events added");
    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    /** Creates the store in {@code dir}: the seed, {@code events} generated ACLED events, {@code annotations} annotations. */
    static Built build(Path dir, int events, int annotations) throws Exception {
        Path csv = dir.resolve("events.csv");
        new AcledSampleGenerator(4242L, AcledLayout.CURRENT).write(csv, events);
        Path db = dir.resolve("bench.db");
        Path gcLog = dir.resolve("import-gc.log");
        // the log's name quoted: a colon in it (C:\…) would end it
        String logOption = "-Xlog:gc:file=\"" + gcLog + "\"";
        WholeProcess.StreamedRun run = WholeProcess.stream(WholeProcess.borderwatch("512m", List.of(logOption),
                "import", csv.toString(), "--format", "acled", "--create", "--db", db.toString()));
        String output = run.run().output();
        double committed = run.when(line -> ADDED.matcher(line).find());
        if (run.run().exit() != 0 || Double.isNaN(committed)) {
            throw new IllegalStateException("the import of the generated file failed (exit " + run.run().exit() + "): "
                    + output.strip());
        }
        // a small import indexes its text before it commits and prints no line for it
        double indexed = run.when(line -> line.startsWith("  search index:"));
        Matcher added = ADDED.matcher(output);
        long[] heap = heap(gcLog);
        try (Store store = Store.open(db)) {
            if (store.search("kuznica", 1).isEmpty()) {
                throw new IllegalStateException("a search after the import found nothing");
            }
            store.annotationRepository().importAll(annotations(annotations), "bench");
        }
        Files.delete(csv);
        return new Built(events, added.find() ? Long.parseLong(added.group(1)) : -1, committed / 1e3,
                Double.isNaN(indexed) ? 0 : (indexed - committed) / 1e3, heap[0], heap[1], run.run().peakRssMb());
    }

    /** The most heap in use before a collection and the most left after one, in bytes, from a {@code -Xlog:gc} log. */
    static long[] heap(Path gcLog) throws java.io.IOException {
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)) << 20);
                after = Math.max(after, Long.parseLong(m.group(2)) << 20);
            }
        }
        return new long[] {before, after};
    }

    /** {@code n} annotations of every kind, spread over both border regions, valid in 2021–2025. */
    static List<Annotation> annotations(int n) {
        Random r = new Random(5000);
        List<Annotation> out = new ArrayList<>(n);
        Instant created = Instant.parse("2024-01-15T09:00:00Z");
        AnnotationKind[] kinds = AnnotationKind.values();
        for (int i = 0; i < n; i++) {
            boolean fi = r.nextBoolean();
            double lat = fi ? 60.5 + r.nextDouble() * 9 : 51.6 + r.nextDouble() * 2.3;
            double lon = fi ? 27.5 + r.nextDouble() * 3 : 23.2 + r.nextDouble() * 0.8;
            AnnotationKind kind = kinds[i % kinds.length];
            Geometry g = switch (kind) {
                case POINT, TEXT, RING -> GF.createPoint(new Coordinate(lon, lat));
                case LINE -> GF.createLineString(new Coordinate[] {new Coordinate(lon, lat),
                    new Coordinate(lon + 0.05, lat + 0.02), new Coordinate(lon + 0.08, lat - 0.01)});
                case POLYGON -> GF.createPolygon(Geodesy.circle(lon, lat, 2_000 + r.nextInt(6_000), 8));
            };
            LocalDate from = LocalDate.of(2021, 8, 1).plusDays(r.nextInt(1500));
            out.add(new Annotation("bench-" + i, kind, g, kind.label() + " " + i,
                    "Patrol report " + i + ": fence section checked, tracks seen near the border.", "bench", created,
                    created, List.of(fi ? "fi" : "pl"), List.of(), Confidence.values()[i % 4], from,
                    from.plusDays(30 + r.nextInt(300)), String.format("#%06X", r.nextInt(0xFFFFFF)),
                    kind == AnnotationKind.RING ? 5.0 + r.nextInt(20) : null));
        }
        return out;
    }
}
