package org.borderwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.services.AcledImportSupport;
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
     * The store built, and its import as the user meets it.
     *
     * @param result            the ACLED import's result
     * @param importSeconds     the import, until committed
     * @param searchableSeconds from the commit until a search finds the imported events (it waits
     *                          for the search text the import left to index)
     * @param peakHeapBytes     the most heap in use during the import (sampled)
     * @param liveHeapBytes     the most heap left in use after a garbage collection during the import
     */
    record Built(AcledImportResult result, double importSeconds, double searchableSeconds, long peakHeapBytes,
                 long liveHeapBytes) {
        double rowsPerSecond() {
            return result.rowsRead() / importSeconds;
        }
    }

    /** Creates the store in {@code dir}: the seed, {@code events} generated ACLED events, {@code annotations} annotations. */
    static Built build(Path dir, int events, int annotations) throws Exception {
        Path csv = dir.resolve("events.csv");
        new AcledSampleGenerator(4242L, AcledLayout.CURRENT).write(csv, events);
        try (Store store = Store.openOrCreateSeeded(dir.resolve("bench.db"))) {
            AcledImportBenchmark.HeapSampler heap = AcledImportBenchmark.HeapSampler.start();
            long t = System.nanoTime();
            AcledImportResult r = AcledImportSupport.importFile(store, csv, AcledImportOptions.DEFAULTS);
            double imported = (System.nanoTime() - t) / 1e9;
            long peak = heap.stop();
            long s = System.nanoTime();
            if (store.search("kuznica", 1).isEmpty()) {
                throw new IllegalStateException("a search after the import found nothing");
            }
            double searchable = (System.nanoTime() - s) / 1e9;
            store.annotationRepository().importAll(annotations(annotations), "bench");
            Files.delete(csv);
            return new Built(r, imported, searchable, peak, heap.liveAfterGc());
        }
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
