package org.borderwatch.slides;

import java.nio.file.Path;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a slide in every format and size to target/slides-gallery for a person to look at.
 * Off by default; run with {@code -Dslides.gallery=true -Dtest=SlideGallery}.
 */
@EnabledIfSystemProperty(named = "slides.gallery", matches = "true")
class SlideGallery {
    @Test
    void writeGallery() throws Exception {
        Path dir = Path.of("target", "slides-gallery");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(SlideReferenceImageTest.render(), "png", dir.resolve("reference-candidate.png").toFile());
        SlidePainter painter = new SlidePainter();
        for (SlideSize size : SlideSize.PRESETS) {
            Slide slide = SlideWritersTest.slide(size);
            new PngSlideWriter(painter).write(Slide.compose(slide.spec().withDpi(96), SlideFixtures.data(),
                    SlideFixtures.map()), dir.resolve("slide-" + size.code() + ".png"));
        }
        Slide wide = SlideWritersTest.slide(SlideSize.WIDE);
        new PngSlideWriter(painter).write(wide, dir.resolve("slide-1000x1000.png"), 1000, 1000, 96);
        new PngSlideWriter(painter).write(wide, dir.resolve("slide-2000x600.png"), 2000, 600, 96);
        new SvgSlideWriter(painter).write(wide, dir.resolve("slide.svg"));
        new SvgSlideWriter(painter).write(SlideWritersTest.slide(SlideSize.A4_LANDSCAPE), dir.resolve("slide-a4.svg"));
        new PdfSlideWriter(painter).write(wide, dir.resolve("slide.pdf"));
        new PdfSlideWriter(painter).write(SlideWritersTest.slide(SlideSize.A4_LANDSCAPE), dir.resolve("slide-a4.pdf"));
        Slide poland = Slide.compose(SlideSpec.of("Poland–Belarus border", SlideFixtures.d("2023-11-30"), ViewPreset.POLAND)
                .withParts(SlideParts.DEFAULT.withEventLabels(true)), SlideFixtures.data(), SlideFixtures.map());
        new PngSlideWriter(painter).write(poland, dir.resolve("slide-poland.png"));
        new PptxDeckWriter(painter).write(PptxDeckWriterTest.changes(), SlideData.of(SlideFixtures.data(),
                SlideFixtures.map()), dir.resolve("deck.pptx"), DeckProgress.NONE);
    }
}
