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

/** PNGs from the slide encoder read back, in any image reader, as exactly the pixels painted. */
class PngEncoderTest {

    /** A picture with flat areas, antialiased edges, text and (for alpha types) translucency. */
    private static BufferedImage picture(int type) {
        BufferedImage img = new BufferedImage(301, 157, type);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (!img.getColorModel().hasAlpha()) {
            g.setColor(new Color(0xDCE9F2));
            g.fillRect(0, 0, 301, 157);
        }
        g.setColor(new Color(0xE69F00));
        g.fill(new Ellipse2D.Double(20, 10, 120, 120));
        g.setColor(new Color(0, 114, 178, 120));
        g.setStroke(new BasicStroke(7.5f));
        g.drawLine(0, 150, 300, 5);
        g.setColor(Color.BLACK);
        g.drawString("Vaalimaa — closed", 150, 80);
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

    private static byte[] encode(BufferedImage img, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(img, dpi, out);
        return out.toByteArray();
    }
}
