package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;

/**
 * Guards the look of a slide: a fixed slide (test map, test snapshot, 30 Nov 2023, the Finnish
 * border, banner) painted at 1280 × 720 must match src/test/resources/slides/reference-finland.png
 * within a tolerance for antialiasing differences. On failure the actual image and a difference
 * image are written to target/slides-reference/.
 */
class SlideReferenceImageTest {
    static final String REFERENCE = "slides/reference-finland.png";
    /** Mean absolute difference per channel, 0–255. */
    static final double MAX_MEAN_DIFFERENCE = 1.5;
    /** Share of pixels whose largest channel difference exceeds {@link #PIXEL_THRESHOLD}. */
    static final double MAX_DIFFERING_SHARE = 0.01;
    static final int PIXEL_THRESHOLD = 40;

    static BufferedImage render() {
        SlideSpec spec = SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"),
                        ViewPreset.FINLAND)
                .withSubtitle("Finland–Russia land border")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
        Slide slide = Slide.compose(spec, SlideFixtures.data(), SlideFixtures.map());
        return new PngSlideWriter(new SlidePainter()).render(slide, 1280, 720);
    }

    @Test
    void theFixedSlideLooksAsItDidWhenItWasApproved() throws IOException {
        BufferedImage actual = render();
        BufferedImage reference;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(REFERENCE)) {
            assertTrue(in != null, REFERENCE + " is missing");
            reference = ImageIO.read(in);
        }
        assertEquals(reference.getWidth(), actual.getWidth());
        assertEquals(reference.getHeight(), actual.getHeight());
        long sum = 0;
        long differing = 0;
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int r = reference.getRGB(x, y);
                int max = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a >> shift) & 0xFF) - ((r >> shift) & 0xFF));
                    sum += d;
                    max = Math.max(max, d);
                }
                if (max > PIXEL_THRESHOLD) {
                    differing++;
                }
                diff.setRGB(x, y, max > PIXEL_THRESHOLD ? 0xFF0000 : 0xFFFFFF);
            }
        }
        long pixels = (long) actual.getWidth() * actual.getHeight();
        double mean = sum / (3.0 * pixels);
        double share = differing / (double) pixels;
        if (mean > MAX_MEAN_DIFFERENCE || share > MAX_DIFFERING_SHARE) {
            Path dir = Path.of("target", "slides-reference");
            Files.createDirectories(dir);
            ImageIO.write(actual, "png", dir.resolve("actual-finland.png").toFile());
            ImageIO.write(diff, "png", dir.resolve("difference-finland.png").toFile());
        }
        assertTrue(mean <= MAX_MEAN_DIFFERENCE, String.format("mean difference %.2f > %.2f (images in target/slides-reference)",
                mean, MAX_MEAN_DIFFERENCE));
        assertTrue(share <= MAX_DIFFERING_SHARE, String.format("%.2f %% of pixels differ, more than %.2f %% "
                + "(images in target/slides-reference)", 100 * share, 100 * MAX_DIFFERING_SHARE));
    }
}
