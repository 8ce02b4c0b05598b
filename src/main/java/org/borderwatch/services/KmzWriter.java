package org.borderwatch.services;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLStreamException;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;
import org.borderwatch.interop.ExportContent;
import org.borderwatch.interop.KmlIcons;
import org.borderwatch.interop.KmlWriter;
import org.borderwatch.render.SymbolIcons;

/**
 * Writes a KMZ: a zip holding {@code doc.kml} (first, as Google Earth expects) and, under
 * {@code files/}, the slides' own symbols as icons — a crossing's per type and status, an event's
 * pin per category, a dot for annotations — which the KML's styles point at by relative address.
 * Nothing in it refers to the network, so it opens the same on an air-gapped machine. Stateless.
 */
public final class KmzWriter {
    /** The folder of the icons inside the KMZ. */
    public static final String ICONS = "files/";

    /** The icons of a KMZ, by their address inside it. */
    static final KmlIcons BUNDLED = new KmlIcons() {
        @Override
        public String crossing(CrossingType type, Status status) {
            return ICONS + "crossing-" + type.name().toLowerCase(Locale.ROOT) + "-" + status.code() + ".png";
        }

        @Override
        public String event(Category category) {
            return ICONS + "event-" + category.code() + ".png";
        }

        @Override
        public String annotationPoint() {
            return ICONS + "annotation-point.png";
        }
    };

    /** Writes the KMZ of {@code content} to {@code out} (not closed). */
    public KmlWriter.Result write(OutputStream out, ExportContent content, String title)
            throws IOException, XMLStreamException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("doc.kml"));
        KmlWriter.Result result = new KmlWriter().write(new NotClosing(zip), content, title, BUNDLED);
        zip.closeEntry();
        for (CrossingType t : CrossingType.values()) {
            for (Status s : Status.values()) {
                png(zip, BUNDLED.crossing(t, s), SymbolIcons.crossing(t, s));
            }
        }
        for (Category c : Category.values()) {
            png(zip, BUNDLED.event(c), SymbolIcons.event(c));
        }
        png(zip, BUNDLED.annotationPoint(), SymbolIcons.dot());
        zip.finish();
        return result;
    }

    private static void png(ZipOutputStream zip, String name, BufferedImage img) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        ImageIO.write(img, "png", new NotClosing(zip));
        zip.closeEntry();
    }

    /** Passes writes through and ignores close, so an entry's writer cannot close the zip. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
