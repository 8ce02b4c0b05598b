package org.borderwatch.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.GeoJsonReader;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.interop.KnownIds;
import org.borderwatch.store.BundleContent;
import org.borderwatch.store.BundleInput;
import org.borderwatch.store.ImportException;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * Imports events and annotations from GeoJSON ({@code import FILE --format geojson}) and KML
 * ({@code --format kml}) into the {@link Store}: the file is read and checked against the stored
 * ids ({@link KnownIds}) first, then read again, one event at a time, into a bundle that is written
 * in one transaction through the store's bundle import, which matches items by id (a re-import
 * changes nothing). Either format imports at any size within a small heap. Call on a background
 * thread.
 */
public final class GeoImportSupport {
    private GeoImportSupport() {
    }

    /**
     * Imports a GeoJSON FeatureCollection holding one event at a time: the file is read and checked
     * once (its sources, annotations and the ids of its events kept), then read again into a
     * bundle written to a temporary file, event by event, which the store imports as it imports a
     * bundle file (a stream). An export of 200,000 events (305 MB) imports within a 512 MB heap.
     */
    public static ImportResult importGeoJson(Store store, Path file)
            throws IOException, InputFormatException, ImportException, StoreException {
        return importGeoJson(store, file, PassProgress.NONE);
    }

    /** {@link #importGeoJson(Store, Path)}, telling {@code progress} how far it is (which may stop it). */
    public static ImportResult importGeoJson(Store store, Path file, PassProgress progress)
            throws IOException, InputFormatException, ImportException, StoreException {
        KnownIds known = known(store);
        String name = file.getFileName().toString();
        Passes passes = fourPasses(file, progress);
        GeoJsonReader.Checked checked;
        try (InputStream in = passes.watch(Files.newInputStream(file), "Checking " + name)) {
            checked = GeoJsonReader.check(in, name, known);
        }
        return twoPasses(store, file, passes, checked.events(), BundleContent.of(checked.sources(), List.of(), checked.annotations()),
                each -> {
                    try (InputStream in = passes.watch(Files.newInputStream(file), "Converting " + name)) {
                        GeoJsonReader.events(in, name, known, each::write);
                    }
                });
    }

    /**
     * Imports a KML file as {@link #importGeoJson} imports GeoJSON, one event at a time;
     * Placemarks of other tools become annotations by {@code defaults} (the user's name, the time
     * of import and a colour).
     */
    public static ImportResult importKml(Store store, Path file, KmlReader.ForeignDefaults defaults)
            throws IOException, InputFormatException, ImportException, StoreException {
        return importKml(store, file, defaults, PassProgress.NONE);
    }

    /** {@link #importKml(Store, Path, KmlReader.ForeignDefaults)}, telling {@code progress} how far it is (which may stop it). */
    public static ImportResult importKml(Store store, Path file, KmlReader.ForeignDefaults defaults, PassProgress progress)
            throws IOException, InputFormatException, ImportException, StoreException {
        KnownIds known = known(store);
        String name = file.getFileName().toString();
        Passes passes = fourPasses(file, progress);
        KmlReader.Checked checked;
        try (InputStream in = passes.watch(Files.newInputStream(file), "Checking " + name)) {
            checked = KmlReader.check(in, name, known, defaults);
        }
        return twoPasses(store, file, passes, checked.events(), BundleContent.of(checked.sources(), List.of(), checked.annotations()),
                each -> {
                    try (InputStream in = passes.watch(Files.newInputStream(file), "Converting " + name)) {
                        KmlReader.events(in, name, known, defaults, each::write);
                    }
                });
    }

    /**
     * Imports a Borderwatch bundle file as {@link Store#importBundle} does, telling {@code progress}
     * how far its two passes are (which may stop it).
     */
    public static ImportResult importBundle(Store store, Path file, PassProgress progress)
            throws ImportException, StoreException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            // the import names the file and why it cannot be read
            size = 0;
        }
        Passes passes = new Passes(progress, 2 * size);
        return store.importBundles(List.of(passes.watch(BundleInput.file(file), "Checking " + file.getFileName(),
                "Writing " + file.getFileName())));
    }

    /** The passes of a GeoJSON or KML import: the file twice, then a bundle about as large twice. */
    private static Passes fourPasses(Path file, PassProgress progress) throws IOException {
        return new Passes(progress, 4 * Files.size(file));
    }

    /**
     * The second pass of an import: {@code events} reads the file again into a bundle of
     * {@code content} and those events, written to a temporary file that the store then imports in
     * one transaction (all or nothing); the temporary file is deleted either way.
     */
    private static ImportResult twoPasses(Store store, Path file, Passes passes, int events, BundleContent content,
                                          BundleInput.EventFeed<InputFormatException> feed)
            throws IOException, InputFormatException, ImportException, StoreException {
        Path converted = Files.createTempFile("borderwatch-import-", ".json");
        try {
            BundleInput bundle = BundleInput.written(file.getFileName() + " (converted)", converted, content, feed);
            long size = Files.size(file);
            passes.total(2 * size + 2 * Files.size(converted));
            String n = String.format(java.util.Locale.ROOT, "%,d events", events);
            return store.importBundles(List.of(passes.watch(bundle, "Checking the " + n + " of " + file.getFileName(),
                    "Writing the " + n + " of " + file.getFileName())));
        } finally {
            Files.deleteIfExists(converted);
        }
    }

    /**
     * What {@code store} holds, for checking a file's references: its sources and crossings, and
     * its events by the ids a file links to (one query per file, no event loaded whole).
     */
    public static KnownIds known(Store store) throws StoreException {
        SituationData d = store.loadStatusData();
        Set<String> crossings = new HashSet<>();
        d.crossings().forEach(c -> crossings.add(c.id()));
        return new KnownIds(d.sources().keySet(), crossings, ids -> {
            try {
                return store.storedEventIds(ids);
            } catch (StoreException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }
}
