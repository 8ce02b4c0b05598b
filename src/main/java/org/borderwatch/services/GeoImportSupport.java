package org.borderwatch.services;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.FirstPass;
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
        return inPasses(store, file, progress, GeoJsonReader::check, GeoJsonReader::events);
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
        return inPasses(store, file, progress, (in, name, known) -> KmlReader.check(in, name, known, defaults),
                (in, name, known, sink) -> KmlReader.events(in, name, known, defaults, sink));
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

    /** The first pass of a format read twice: the file checked, its events counted. */
    @FunctionalInterface
    private interface Check {
        FirstPass check(InputStream in, String name, KnownIds known) throws IOException, InputFormatException;
    }

    /** The second pass: the file read again, its events handed over one at a time. */
    @FunctionalInterface
    private interface Convert {
        void events(InputStream in, String name, KnownIds known, FirstPass.Events sink) throws IOException, InputFormatException;
    }

    /**
     * An import of a format read twice: the file is checked ({@code check}), then read again
     * ({@code convert}) into a bundle written to a temporary file that the store imports in one
     * transaction (all or nothing); the temporary file is deleted either way. {@code progress}
     * hears of the four passes: the file twice, then the bundle (about as large) twice.
     */
    private static ImportResult inPasses(Store store, Path file, PassProgress progress, Check check, Convert convert)
            throws IOException, InputFormatException, ImportException, StoreException {
        KnownIds known = known(store);
        String name = file.getFileName().toString();
        long size = Files.size(file);
        Passes passes = new Passes(progress, 4 * size);
        FirstPass checked;
        try (InputStream in = passes.watch(Files.newInputStream(file), "Checking " + name)) {
            checked = check.check(in, name, known);
        }
        Path converted = Files.createTempFile("borderwatch-import-", ".json");
        try {
            BundleInput bundle = BundleInput.<InputFormatException>written(name + " (converted)", converted,
                    BundleContent.of(checked.sources(), List.of(), checked.annotations()), each -> {
                        try (InputStream in = passes.watch(Files.newInputStream(file), "Converting " + name)) {
                            convert.events(in, name, known, each::accept);
                        }
                    });
            passes.total(2 * size + 2 * Files.size(converted));
            String n = String.format(java.util.Locale.ROOT, "the %,d events of %s", checked.events(), name);
            return store.importBundles(List.of(passes.watch(bundle, "Checking " + n, "Writing " + n)));
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
