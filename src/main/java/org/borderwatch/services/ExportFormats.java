package org.borderwatch.services;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLStreamException;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.files.AtomicFile;
import org.borderwatch.interop.ExportContent;
import org.borderwatch.interop.GeoJsonWriter;
import org.borderwatch.interop.KmlWriter;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * {@code export --format json|geojson|kml|kmz --out FILE}: writes the store's crossings, events and
 * annotations through {@link AtomicFile} — buffered, synced, renamed into place, with the
 * permissions a new file gets — so a failed or cancelled export leaves no half-written file and no
 * temporary file. Call on a background thread.
 */
public final class ExportFormats {
    private ExportFormats() {
    }

    /**
     * Exports everything in {@code format} to {@code out}.
     *
     * @param statusDate the day whose crossing status GeoJSON reports (KML carries every interval)
     * @return one line for the user, e.g. "wrote 19 crossings, 57 events and 3 annotations to x.kml"
     */
    public static String export(Store store, ExportFormat format, Path out, LocalDate statusDate)
            throws StoreException, IOException {
        return export(store, format, out, statusDate, null);
    }

    /**
     * As {@link #export(Store, ExportFormat, Path, LocalDate)}, telling {@code progress} (may be
     * null) the bytes written so far; it may cancel the export by throwing a
     * {@link java.util.concurrent.CancellationException}, and then no file is written.
     */
    public static String export(Store store, ExportFormat format, Path out, LocalDate statusDate, LongConsumer progress)
            throws StoreException, IOException {
        if (format == ExportFormat.JSON) {
            try {
                AtomicFile.write(out, o -> {
                    try {
                        store.exportBundle(o);
                    } catch (StoreException e) {
                        throw new StoreFailure(e);
                    }
                }, progress);
            } catch (StoreFailure e) {
                throw e.cause;
            }
            return "wrote the Borderwatch bundle to " + out;
        }
        SituationData data = store.loadStatusData();
        List<Annotation> annotations = store.annotations();
        // the events stream from the store, one at a time, whatever their number
        int[] events = {0};
        ExportContent content = ExportContent.everything(data, each -> {
            try {
                store.eachEvent(EventQuery.everything(), e -> {
                    events[0]++;
                    each.accept(e);
                });
            } catch (StoreException e) {
                throw new StoreFailure(e);
            }
        }, annotations, statusDate);
        int[] unplaced = {0};
        try {
            AtomicFile.write(out, o -> {
                if (format == ExportFormat.GEOJSON) {
                    new GeoJsonWriter().write(o, content);
                    return;
                }
                try {
                    String title = "Borderwatch – " + statusDate;
                    KmlWriter.Result r = format == ExportFormat.KMZ ? new KmzWriter().write(o, content, title)
                            : new KmlWriter().write(o, content, title);
                    unplaced[0] = r.eventsWithoutLocation();
                } catch (XMLStreamException e) {
                    Throwable nested = e.getNestedException();
                    throw nested instanceof IOException io ? io
                            : new IOException("cannot write " + out + ": " + e.getMessage(), e);
                }
            }, progress);
        } catch (StoreFailure e) {
            throw e.cause;
        }
        // KML places what it holds: the events it could not place are not among those written
        String left = unplaced[0] > 0 ? " (" + count(unplaced[0], "event") + " without a location left out)" : "";
        return "wrote " + count(data.crossings().size(), "crossing") + ", " + count(events[0] - unplaced[0], "event") + " and "
                + count(annotations.size(), "annotation") + " to " + out + left;
    }

    /** "1 event", "2 events". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Carries the store's failure through the file writer, which knows only I/O errors. */
    private static final class StoreFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final StoreException cause;

        StoreFailure(StoreException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }
}
