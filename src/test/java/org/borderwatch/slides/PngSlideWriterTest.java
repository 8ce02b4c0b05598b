package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A PNG slide, whose maps are painted on a second thread, is the slide's one layout painted on one
 * thread through a graphics scaled to the image, pixel for pixel.
 */
class PngSlideWriterTest {

    @ParameterizedTest
    @CsvSource({"1920, 1080, FINLAND", "1280, 720, FINLAND", "1000, 750, POLAND", "1601, 903, BOTH"})
    void theSlideIsExactlyWhatOneThreadPaints(int width, int height, String view) {
        SlideSpec spec = SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"),
                        ViewPreset.valueOf(view))
                .withSubtitle("Finland–Russia land border")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
        Slide slide = Slide.compose(spec, SlideFixtures.data(), SlideFixtures.map());
        SlidePainter painter = new SlidePainter();
        BufferedImage expected = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = expected.createGraphics();
        try {
            SlideLayout layout = painter.layoutFor(slide, width, height);
            double k = width / (double) layout.width();
            g.scale(k, k);
            painter.paint(g, slide, layout);
        } finally {
            g.dispose();
        }
        BufferedImage actual = new PngSlideWriter(painter).render(slide, width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    assertEquals(Integer.toHexString(expected.getRGB(x, y)), Integer.toHexString(actual.getRGB(x, y)),
                            "pixel " + x + "," + y);
                }
            }
        }
    }
}
