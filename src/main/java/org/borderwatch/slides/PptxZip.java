package org.borderwatch.slides;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream a deck package is saved through (POI writes into a given
 * {@link ZipArchiveOutputStream} as it is): pictures, which are deflated PNGs already, go in at
 * deflate level 0, so saving a deck no longer spends half a second deflating twenty megabytes
 * that do not shrink; the XML parts keep the default level. Every entry stays a plain deflated
 * zip entry that PowerPoint, Impress and POI read as before. One per save; not thread-safe.
 */
final class PptxZip extends ZipArchiveOutputStream {
    PptxZip(OutputStream out) {
        super(out);
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        setLevel(compressed(entry.getName()) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
        super.putArchiveEntry(entry);
    }

    /** True for parts whose content is compressed already. */
    static boolean compressed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpeg") || n.endsWith(".jpg");
    }
}
