package org.borderwatch.slides;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The PNG pictures of one deck, added to the POI slide show without POI reading each of them back.
 * POI decodes a whole picture (through ImageIO) to learn its pixel size, when a shape is made from
 * it and again when it compares a later picture with the earlier ones; for a deck of 2000-pixel
 * maps that was a third of the time of the thread assembling the deck. Here every picture enters
 * the package as a distinct 1 × 1 stand-in, its shape is placed at an explicit anchor (so the size
 * POI reads is never used), and {@link #fill} writes the real bytes into the parts when no more
 * pictures will be added, just before the deck is saved. Identical pictures (the locator, a legend
 * that does not change) are stored once and shared by their shapes.
 *
 * <p>One instance per deck; not thread-safe (used by the assembling thread only).
 */
final class PptxPictures {
    /** Content of a picture, compared by value. */
    private record Content(byte[] bytes, int hash) {
        static Content of(byte[] bytes) {
            return new Content(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && c.hash == hash && Arrays.equals(c.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }

    private record Pending(XSLFPictureData data, byte[] png) {
    }

    private final XMLSlideShow ppt;
    private final Map<Content, XSLFPictureData> added = new HashMap<>();
    private final Set<XSLFPictureData> ours = new HashSet<>();
    private final List<Pending> pending = new LinkedList<>();
    private int standIns;

    PptxPictures(XMLSlideShow ppt) {
        this.ppt = ppt;
    }

    /** Adds a picture shape showing {@code png} on {@code slide} at {@code anchor} (points). */
    XSLFPictureShape place(XSLFSlide slide, byte[] png, Rectangle2D anchor) throws IOException {
        Content content = Content.of(png);
        XSLFPictureData data = added.get(content);
        if (data == null) {
            data = standIn();
            added.put(content, data);
            pending.add(new Pending(data, png));
        }
        XSLFPictureShape shape = slide.createPicture(data);
        shape.setAnchor(anchor);
        return shape;
    }

    /**
     * Writes the real pictures into their parts. Call once, after the last {@link #place}; lets go
     * of each picture's bytes as they go into the package, so a deck is not held twice in memory.
     */
    void fill() throws IOException {
        added.clear();
        for (var it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            it.remove();
            // a package part appends what is written to it: empty it of the stand-in first
            p.data().getPackagePart().clear();
            p.data().setData(p.png());
        }
    }

    /** A new picture part holding a 1 × 1 PNG no other part of the deck holds. */
    private XSLFPictureData standIn() throws IOException {
        while (true) {
            int n = ++standIns;
            BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            one.setRGB(0, 0, n & 0xFFFFFF);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngEncoder.write(one, 1 + (n >>> 24), out);
            XSLFPictureData data = ppt.addPicture(out.toByteArray(), PictureData.PictureType.PNG);
            // POI returns an existing part when the checksums agree; then try the next stand-in
            if (ours.add(data)) {
                return data;
            }
        }
    }
}
