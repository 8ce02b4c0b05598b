package org.borderwatch.services;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.ExportContent;
import org.borderwatch.interop.GeoJsonWriter;
import org.borderwatch.interop.KmlWriter;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * {@code export --format json|geojson|kml|kmz --out FILE}: writes the store's crossings, events and
 * annotations. The file is written next to its destination and moved into place, so a failed
 * export leaves no half-written file. Call on a background thread.
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
        if (format == ExportFormat.JSON) {
            store.exportBundle(out);
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
                throw new IOException(e.getMessage(), e);
            }
        }, annotations, statusDate);
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        String left = "";
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                if (format == ExportFormat.GEOJSON) {
                    new GeoJsonWriter().write(o, content);
                } else {
                    String title = "Borderwatch – " + statusDate;
                    KmlWriter.Result r = format == ExportFormat.KMZ ? new KmzWriter().write(o, content, title)
                            : new KmlWriter().write(o, content, title);
                    if (r.eventsWithoutLocation() > 0) {
                        left = " (" + r.eventsWithoutLocation() + " events without a location left out)";
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException("cannot write " + out + ": " + e.getMessage(), e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException x) {
                failure.addSuppressed(x);
            }
            throw failure;
        }
        return "wrote " + data.crossings().size() + " crossings, " + events[0] + " events and "
                + annotations.size() + " annotations to " + out + left;
    }
}
