package org.borderwatch.slides;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.borderwatch.files.AtomicFile;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.StandardFontFunction;
import org.jfree.svg.ViewBox;

/**
 * Writes a slide as SVG (JFreeSVG): vector shapes, text as {@code <text>} elements in DejaVu Sans
 * (with Verdana and the generic sans-serif as fallbacks where the font is not installed). The
 * drawing is the slide's canvas in CSS pixels (the viewBox: 1920 × 1080 for 16:9; paper at 96 dpi);
 * a print size declares its page in millimetres, so it prints at A4 or A3. No DOCTYPE
 * is written (SVG 2 has none), so a reader that refuses DTDs opens it.
 */
public final class SvgSlideWriter implements SlideWriter {
    /** The font-family list written for the slide font. */
    public static final String FONT_FAMILIES = "\"DejaVu Sans\", Verdana, sans-serif";
    private final SlidePainter painter;

    public SvgSlideWriter(SlidePainter painter) {
        this.painter = painter;
    }

    /** The SVG document of {@code slide} on its canvas. */
    public String render(Slide slide) {
        return render(slide, painter.layout(slide));
    }

    private String render(Slide slide, SlideLayout layout) {
        SlideSize size = slide.spec().size();
        SVGGraphics2D g = size.print()
                ? new SVGGraphics2D(size.widthMm(), size.heightMm(), SVGUnits.MM)
                : new SVGGraphics2D(size.widthPx(), size.heightPx(), SVGUnits.PX);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setRenderingHint(SVGHints.KEY_TEXT_RENDERING, SVGHints.VALUE_TEXT_RENDERING_LEGIBILITY);
        g.setGeomDoubleConverter(SvgSlideWriter::twoDecimals);
        StandardFontFunction fonts = new StandardFontFunction();
        fonts.put(SlideFonts.FAMILY, FONT_FAMILIES);
        g.setFontFunction(fonts);
        painter.paint(g, slide, layout);
        g.dispose();
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, size.widthPx(), size.heightPx()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }

    /** Coordinates to 1/100 of a CSS pixel: finer than any screen or printer shows, half the file size. */
    static String twoDecimals(double d) {
        long hundredths = Math.round(d * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    @Override
    public SlideLayout write(Slide slide, Path out) throws IOException {
        SlideLayout layout = painter.layout(slide);
        byte[] bytes = render(slide, layout).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out, stream -> stream.write(bytes));
        return layout;
    }
}
