package org.borderwatch.ui.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.ExportContent;
import org.borderwatch.interop.GeoJsonReader;
import org.borderwatch.interop.GeoJsonWriter;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.interop.KmlWriter;
import org.borderwatch.interop.KnownIds;
import org.borderwatch.services.GeoImportSupport;
import org.borderwatch.store.ImportCounts;
import org.borderwatch.store.Store;

/**
 * Sends annotations to other tools and takes theirs in: export as GeoJSON (RFC 7946, every
 * attribute a property) or KML (validity as a {@code TimeSpan} for Google Earth's time slider),
 * through the interop writers; import of GeoJSON or KML written by Borderwatch, QGIS or Google
 * Earth, checked whole before anything is written and then written in one transaction.
 *
 * <p>Call from the FX thread. File work runs on the background executor; an export completes
 * there, an import on the ui executor (after the session has read the annotations again). An export is written next to its target and moved into place, so a failed
 * export leaves no half-written file.
 */
final class AnnotationExchange {
    /** The file formats offered. */
    enum Format {
        GEOJSON("GeoJSON", "*.geojson", ".geojson"), KML("KML", "*.kml", ".kml");

        final String label;
        final String pattern;
        final String extension;

        Format(String label, String pattern, String extension) {
            this.label = label;
            this.pattern = pattern;
            this.extension = extension;
        }

        /** The format of a file by its name, or {@code null}. */
        static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".kml") ? KML : n.endsWith(".geojson") || n.endsWith(".json") ? GEOJSON : null;
        }
    }

    private final AnnotationSession session;
    private final Executor background;
    private final Executor ui;
    private final String color;

    /**
     * @param background where files are read and written
     * @param ui         the session's thread ({@code Platform::runLater})
     * @param color      colour of annotations taken from other tools' KML
     */
    AnnotationExchange(AnnotationSession session, Executor background, Executor ui, String color) {
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.color = color;
    }

    private Store store() {
        return session.repository().store();
    }

    /** Writes {@code annotations} to {@code file}; completes with how many were written. */
    CompletableFuture<Integer> export(Path file, Format format, List<Annotation> annotations) {
        return CompletableFuture.supplyAsync(() -> {
            Path target = file.toAbsolutePath();
            Path tmp = null;
            try {
                // annotations only: the crossings and sources, no event
                SituationData data = store().loadStatusData();
                ExportContent content = new ExportContent(data, annotations, LocalDate.now(), false, false);
                tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    if (format == Format.KML) {
                        new KmlWriter().write(out, content, "Borderwatch annotations");
                    } else {
                        new GeoJsonWriter().write(out, content);
                    }
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return annotations.size();
            } catch (Exception e) {
                deleteQuietly(tmp, e);
                throw new CompletionException(new IOException("Could not export to " + file + ": " + e.getMessage(), e));
            }
        }, background);
    }

    /**
     * Reads {@code file} (GeoJSON or KML by its extension) and imports its annotations; events in
     * the file are not imported here (the {@code import} command does that). Completes with the
     * counts, or fails with a message naming the file and the place of the first problem.
     */
    CompletableFuture<ImportCounts> importFile(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            Format format = Format.of(file);
            if (format == null) {
                throw new CompletionException(new IOException(file.getFileName()
                        + ": not a GeoJSON (.geojson, .json) or KML (.kml) file"));
            }
            try {
                KnownIds known = GeoImportSupport.known(store());
                return format == Format.KML
                        ? KmlReader.read(file, known, new KmlReader.ForeignDefaults(session.user(),
                                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), color))
                                .annotations()
                        : GeoJsonReader.read(file, known).annotations();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).thenComposeAsync(session::importAll, ui);
    }

    private static void deleteQuietly(Path tmp, Exception failure) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException x) {
                failure.addSuppressed(x);
            }
        }
    }
}
