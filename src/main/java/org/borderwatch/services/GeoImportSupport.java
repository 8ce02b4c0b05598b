package org.borderwatch.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
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
 * ids ({@link KnownIds}) first, then written in one transaction through the store's bundle
 * import, which matches items by id (a re-import changes nothing). Call on a background thread.
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
        KnownIds known = known(store);
        GeoJsonReader.Checked checked = GeoJsonReader.check(file, known);
        Path converted = Files.createTempFile("borderwatch-import-", ".json");
        try {
            BundleInput bundle = BundleInput.<InputFormatException>written(file.getFileName() + " (converted)", converted,
                    BundleContent.of(checked.sources(), List.of(), checked.annotations()),
                    each -> GeoJsonReader.events(file, known, each::write));
            return store.importBundles(List.of(bundle));
        } finally {
            Files.deleteIfExists(converted);
        }
    }

    /**
     * Imports a KML file; Placemarks of other tools become annotations by {@code defaults} (the
     * user's name, the time of import and a colour).
     */
    public static ImportResult importKml(Store store, Path file, KmlReader.ForeignDefaults defaults)
            throws IOException, InputFormatException, ImportException, StoreException {
        return whole(file, "KML", () -> {
            KmlReader.Result r = KmlReader.read(file, known(store), defaults);
            return write(store, file, r.sources(), r.events(), r.annotations());
        });
    }

    /** An import of a file read whole before it is written. */
    @FunctionalInterface
    private interface WholeFile {
        ImportResult run() throws IOException, InputFormatException, ImportException, StoreException;
    }

    /**
     * Runs {@code importing}; when the file does not fit in the program's memory — KML is read and
     * checked whole, then written in one transaction — the user learns that, and that
     * nothing was written (the reading comes first, and the transaction is rolled back on any
     * failure), instead of the process ending in a stack trace. What was read is garbage once the
     * error unwinds, so the program goes on.
     */
    private static ImportResult whole(Path file, String format, WholeFile importing)
            throws IOException, InputFormatException, ImportException, StoreException {
        try {
            return importing.run();
        } catch (OutOfMemoryError e) {
            long size = java.nio.file.Files.size(file);
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "%s (%,d MB) is too large to import as %s in this program's %,d MB of memory: %s files are "
                            + "read whole before they are written, and nothing of it was written. Import the same data "
                            + "as GeoJSON or as a Borderwatch bundle (both read as a stream), or give the program more "
                            + "memory (JAVA_OPTS=-Xmx…)", file, Math.max(1, size >> 20), format,
                    Runtime.getRuntime().maxMemory() >> 20, format), e);
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

    private static ImportResult write(Store store, Path file, List<Source> sources, List<Event> events,
                                      List<Annotation> annotations) throws ImportException, StoreException {
        return store.importBundles(List.of(BundleInput.of(file.getFileName() + " (converted)",
                BundleContent.of(sources, events, annotations))));
    }
}
