package org.borderwatch.services;

import java.io.IOException;
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

    /** Imports a GeoJSON FeatureCollection. */
    public static ImportResult importGeoJson(Store store, Path file)
            throws IOException, InputFormatException, ImportException, StoreException {
        GeoJsonReader.Result r = GeoJsonReader.read(file, known(store));
        return write(store, file, r.sources(), r.events(), r.annotations());
    }

    /**
     * Imports a KML file; Placemarks of other tools become annotations by {@code defaults} (the
     * user's name, the time of import and a colour).
     */
    public static ImportResult importKml(Store store, Path file, KmlReader.ForeignDefaults defaults)
            throws IOException, InputFormatException, ImportException, StoreException {
        KmlReader.Result r = KmlReader.read(file, known(store), defaults);
        return write(store, file, r.sources(), r.events(), r.annotations());
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
