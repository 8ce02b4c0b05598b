package org.borderwatch.slides;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.borderwatch.files.AtomicFile;

/**
 * Writes slides as a vector PDF (PDFBox with its Graphics2D bridge): one page per slide, the page
 * size from the slide's size preset (A4 and A3 exactly; screen sizes at 96 px per inch, so 16:9 is
 * 1440 × 810 pt), DejaVu Sans embedded as a subset so text stays real, searchable text.
 */
public final class PdfSlideWriter implements SlideWriter {
    /** The system property by which PDFBox takes the zlib level of the streams it deflates. */
    static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        // PDFBox deflates each stream at zlib's default level (6) unless told otherwise. A slide's
        // page is one stream of some 7.5 MB of path operators (the base map's coasts, lakes and
        // rivers): deflating it was nearly three quarters of a PDF slide's time; at level 1 the
        // slide takes a third as long, for a file some 12 % larger. A level the user set is kept.
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, "1");
        }
    }

    private final SlidePainter painter;

    public PdfSlideWriter(SlidePainter painter) {
        this.painter = painter;
    }

    @Override
    public SlideLayout write(Slide slide, Path out) throws IOException {
        return write(List.of(slide), out).get(0);
    }

    /** Writes {@code slides} as the pages of one PDF, in order; returns the layout of each. */
    public List<SlideLayout> write(List<Slide> slides, Path out) throws IOException {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one slide");
        }
        try (PDDocument doc = new PDDocument()) {
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            register(doc, fonts, false);
            register(doc, fonts, true);
            List<SlideLayout> layouts = new java.util.ArrayList<>(slides.size());
            for (Slide slide : slides) {
                layouts.add(addPage(doc, fonts, slide));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(slides.get(0).spec().title());
            info.setSubject(slides.get(0).dateStamp());
            info.setCreator("Borderwatch");
            info.setCreationDate(Calendar.getInstance());
            AtomicFile.write(out, doc::save);
            return layouts;
        }
    }

    private SlideLayout addPage(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts, Slide slide) throws IOException {
        SlideSize size = slide.spec().size();
        PDPage page = new PDPage(new PDRectangle((float) size.widthPt(), (float) size.heightPt()));
        doc.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.widthPx(), size.heightPx());
        g.setFontTextDrawer(fonts);
        SlideLayout layout;
        try {
            layout = painter.paint(g, slide, size.widthPx(), size.heightPx());
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float sx = (float) (size.widthPt() / size.widthPx());
            float sy = (float) (size.heightPt() / size.heightPx());
            cs.transform(Matrix.getScaleInstance(sx, sy));
            cs.drawForm(form);
        }
        return layout;
    }

    /** Embeds a face (as a subset) and maps the AWT font of that name to it. */
    private static void register(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts, boolean bold) throws IOException {
        try (InputStream in = SlideFonts.open(bold)) {
            PDType0Font font = PDType0Font.load(doc, in, true);
            fonts.registerFont(SlideFonts.faceName(bold), font);
        }
    }
}
