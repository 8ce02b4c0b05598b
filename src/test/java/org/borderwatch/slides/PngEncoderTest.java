package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PNGs from the slide encoder read back, in any image reader, as exactly the pixels painted — small
 * images deflated in one piece, slide-sized ones in two halves at once, whose one zlib stream a
 * checking inflater accepts whole.
 */
class PngEncoderTest {

    /** A picture with flat areas, antialiased edges, text and (for alpha types) translucency. */
    private static BufferedImage picture(int type) {
        return picture(type, 301, 157);
    }

    private static BufferedImage picture(int type, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, type);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (!img.getColorModel().hasAlpha()) {
            g.setColor(new Color(0xDCE9F2));
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(0xE69F00));
        g.fill(new Ellipse2D.Double(20, 10, 120, 120));
        g.setColor(new Color(0, 114, 178, 120));
        g.setStroke(new BasicStroke(7.5f));
        g.drawLine(0, 150, 300, 5);
        g.setColor(Color.BLACK);
        g.drawString("Vaalimaa — closed", 150, 80);
        // on a large picture, something across the middle, where its two halves meet
        for (int i = 0; i < height / 40; i++) {
            g.setColor(new Color(i * 37 % 256, 90, 200 - i % 150));
            g.drawString("Nuijamaa, Imatra, Niirala " + i, (i * 53) % Math.max(1, width - 200), 40 * i + 20);
            g.draw(new Ellipse2D.Double((i * 91) % width, height / 2.0 - 30 + i % 7, 60, 60));
        }
        g.dispose();
        return img;
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR})
    void pixelsReadBackExactly(int type) throws IOException {
        BufferedImage img = picture(type);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encode(img, 96)));
        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        assertEquals(img.getColorModel().hasAlpha(), back.getColorModel().hasAlpha());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void premultipliedPixelsAreStoredStraight() throws IOException {
        BufferedImage img = picture(BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encode(img, 96)));
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int a = img.getRGB(x, y);
                int b = back.getRGB(x, y);
                assertEquals(a >>> 24, b >>> 24, "alpha at " + x + "," + y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    // premultiplied storage loses precision at low alpha; straight values agree within rounding
                    int tolerance = (a >>> 24) == 0 ? 0 : 255 / (a >>> 24) + 1;
                    assertTrue(Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) <= tolerance,
                            "channel at " + x + "," + y);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theResolutionIsRecordedForPrinting() throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(
                encode(picture(BufferedImage.TYPE_INT_RGB), 300)))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            assertEquals(1, phys.getLength());
            Element p = (Element) phys.item(0);
            assertEquals("11811", p.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11811", p.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", p.getAttribute("unitSpecifier"));
            reader.dispose();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_3BYTE_BGR})
    void aSlideSizedImageDeflatedInTwoHalvesReadsBackExactly(int type) throws Exception {
        BufferedImage img = picture(type, 1920, 1081);
        assertTrue((long) img.getWidth() * img.getHeight() >= PngEncoder.HALVES_FROM_PIXELS);
        byte[] png = encode(img, 96);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (type != BufferedImage.TYPE_INT_ARGB_PRE && img.getRGB(x, y) != back.getRGB(x, y)) {
                    assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
        // zlib's own inflater checks the stream's Adler-32 against every byte: the halves' sum is the whole's
        byte[] raw = inflate(idat(png));
        boolean alpha = img.getColorModel().hasAlpha();
        assertEquals((long) img.getHeight() * (1 + img.getWidth() * (alpha ? 4 : 3)), raw.length);
        // and the second half found the first's repeats: no more than a tenth larger than in one piece
        java.util.zip.Deflater one = new java.util.zip.Deflater(PngEncoder.LEVEL);
        one.setInput(raw);
        one.finish();
        byte[] out = new byte[raw.length];
        int whole = 0;
        while (!one.finished()) {
            whole += one.deflate(out);
        }
        one.end();
        assertTrue(idat(png).length < whole * 1.1, idat(png).length + " bytes against " + whole + " in one piece");
    }

    @org.junit.jupiter.api.Test
    void halvesChecksumsJoinAsZlibsDo() {
        byte[] a = "Finland closed its whole eastern border".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = new byte[70_000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + i / 7);
        }
        java.util.zip.Adler32 whole = new java.util.zip.Adler32();
        whole.update(a);
        whole.update(b);
        java.util.zip.Adler32 first = new java.util.zip.Adler32();
        first.update(a);
        java.util.zip.Adler32 second = new java.util.zip.Adler32();
        second.update(b);
        assertEquals((int) whole.getValue(),
                PngEncoder.adler32Combine((int) first.getValue(), (int) second.getValue(), b.length));
    }

    /** The IDAT chunks' data, joined. */
    private static byte[] idat(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 8;
        while (at < png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("IDAT")) {
                out.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] zlib) throws java.util.zip.DataFormatException {
        java.util.zip.Inflater in = new java.util.zip.Inflater();
        in.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!in.finished()) {
            int n = in.inflate(buf);
            if (n == 0 && (in.needsInput() || in.needsDictionary())) {
                throw new java.util.zip.DataFormatException("the stream ends early");
            }
            out.write(buf, 0, n);
        }
        assertEquals(0, in.getRemaining(), "nothing after the stream's end");
        in.end();
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage img, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, dpi, out);
        return out.toByteArray();
    }
}
