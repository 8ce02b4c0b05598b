package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.borderwatch.files.AtomicFile;
import org.borderwatch.geo.BaseMap;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * Writes a deck as PowerPoint (Apache POI): a 16:9 page (13.33 × 7.5 in), a title slide, then one
 * slide per step laid out exactly as {@link SlideLayout} places it on 1920 × 1080. The map, the
 * legend and the locator are pictures painted by {@link SlidePainter} at 1.5 times the canvas
 * resolution; the title and subtitle are real text in the slide's title placeholder (the title
 * slide's in its title and subtitle placeholders), the date stamp, sources and footer are text
 * boxes, the banners are filled shapes with text, and the speaker notes list the slide's
 * crossings and events with their full sources. Every picture carries alternative text; the
 * slide font is embedded. Everything stays editable in PowerPoint or Impress.
 *
 * <p>Threads: the pictures of the next few slides are painted on worker threads (one pool per
 * write, shut down at its end) while the calling thread assembles the deck in order; progress is
 * reported and cancellation checked on the calling thread.
 */
public final class PptxDeckWriter {
    /**
     * Picture pixels per canvas unit: 1.5 gives a 2030-pixel-wide map, finer than the 1355 pixels
     * it covers on a 1920 × 1080 projector (2 would match a 4K one at twice the time and size).
     */
    public static final double PICTURE_SCALE = 1.5;
    /** Points per canvas unit: the 1920-unit canvas on a 960-point page. */
    static final double PT = 0.5;
    /** Font family written into the text runs. */
    static final String FONT = SlideFonts.FAMILY;
    /**
     * Events the deck keeps of the days it has read (about 1.4 KB each in memory): room for the
     * 30-day windows of many steps on a store of a million events (about 560 events a day).
     */
    static final int DAYS_HELD_EVENTS = 40_000;

    private static final ThreadFactory WORKER_THREADS = r -> {
        Thread t = new Thread(r, "deck-pictures");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    };

    private final SlidePainter painter;
    private final int threads;

    /** A writer painting pictures on as many threads as there are processors, at most 4. */
    public PptxDeckWriter(SlidePainter painter) {
        this(painter, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** A writer painting the slides' pictures on {@code threads} worker threads (1 paints one slide at a time). */
    public PptxDeckWriter(SlidePainter painter, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a deck needs at least one painting thread, not " + threads);
        }
        this.painter = painter;
        this.threads = threads;
    }

    /**
     * Writes the deck of {@code plan} to {@code out}, reporting each slide to {@code progress}.
     *
     * @throws CancellationException when {@code progress} asks to stop (no file is written)
     */
    public void write(DeckPlan plan, SlideData all, Path out, DeckProgress progress) throws IOException {
        int total = plan.steps().size() + 1;
        // the steps' windows overlap: each step reads only the days the steps before it did not
        SlideData data = all.holdingDaysRead(DAYS_HELD_EVENTS);
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(960, 540));
            embedFonts(ppt);
            XSLFSlideMaster master = ppt.getSlideMasters().get(0);
            XSLFSlideLayout titleLayout = master.getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE);
            XSLFSlideLayout titleOnly = master.getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE_ONLY);
            checkCancelled(progress);
            titleSlide(ppt.createSlide(titleLayout), ppt, plan);
            progress.slideDone(1, total);
            int done = 1;
            SharedPictures shared = new SharedPictures();
            PptxPictures pictures = new PptxPictures(ppt);
            ExecutorService workers = Executors.newFixedThreadPool(threads, WORKER_THREADS);
            try {
                Deque<Ahead> ahead = new ArrayDeque<>();
                int next = 0;
                while (done < total) {
                    while (next < plan.steps().size() && ahead.size() <= threads) {
                        DeckStep step = plan.steps().get(next++);
                        Slide slide = data.compose(plan.specFor(step).withSize(SlideSize.WIDE), step.eventId());
                        ahead.add(new Ahead(slide,
                                workers.submit(() -> SlidePictures.paint(painter, slide, PICTURE_SCALE, shared))));
                    }
                    checkCancelled(progress);
                    Ahead a = ahead.poll();
                    XSLFSlide s = ppt.createSlide(titleOnly);
                    SlidePictures painted = await(a.pictures());
                    notes(ppt, s, DeckNotes.forSlide(a.slide(), painted.layout().badges()));
                    mapSlide(s, pictures, painted);
                    progress.slideDone(++done, total);
                }
            } finally {
                workers.shutdownNow();
            }
            checkCancelled(progress);
            pictures.fill();
            AtomicFile.write(out, stream -> {
                try (PptxZip zip = new PptxZip(stream)) {
                    ppt.write(zip);
                }
            });
        }
    }

    /**
     * Embeds the slide font, DejaVu Sans regular and bold, so PowerPoint shows the deck in the font
     * its layout was measured with instead of substituting one of other widths.
     */
    static void embedFonts(XMLSlideShow ppt) throws IOException {
        for (boolean bold : new boolean[] {false, true}) {
            byte[] ttf;
            try (java.io.InputStream in = SlideFonts.open(bold)) {
                ttf = in.readAllBytes();
            }
            ppt.addFont(new java.io.ByteArrayInputStream(EmbeddedOpenType.of(ttf)));
        }
    }

    /** A composed slide whose pictures are being painted. */
    private record Ahead(Slide slide, Future<SlidePictures> pictures) {
    }

    private static SlidePictures await(Future<SlidePictures> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("deck writing interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("painting a slide failed: " + cause, cause);
        }
    }

    private static void checkCancelled(DeckProgress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("deck writing cancelled");
        }
    }

    private void titleSlide(XSLFSlide s, XMLSlideShow ppt, DeckPlan plan) {
        Banner banner = plan.template().banner();
        if (banner.visible()) {
            banner(s, banner, new Rectangle2D.Double(0, 0, 1920, 40));
            banner(s, banner, new Rectangle2D.Double(0, 1040, 1920, 40));
        }
        XSLFTextShape title = placeholder(s, Placeholder.CENTERED_TITLE, Placeholder.TITLE);
        title.setAnchor(pt(new Rectangle2D.Double(120, 330, 1680, 230)));
        title.clearText();
        style(title, VerticalAlignment.BOTTOM);
        run(title.addNewTextParagraph(), TextAlign.LEFT, plan.title(), 64, true, SlideStyle.INK);
        rect(s, new Rectangle2D.Double(120, 585, 1680, 4), SlideStyle.ACCENT);
        XSLFTextShape sub = placeholder(s, Placeholder.SUBTITLE, Placeholder.BODY);
        sub.setAnchor(pt(new Rectangle2D.Double(120, 615, 1680, 200)));
        sub.clearText();
        style(sub, VerticalAlignment.TOP);
        run(sub.addNewTextParagraph(), TextAlign.LEFT, plan.subtitle(), 32, false, SlideStyle.MUTED);
        int n = plan.steps().size();
        run(sub.addNewTextParagraph(), TextAlign.LEFT, n + (n == 1 ? " map slide" : " map slides")
                + "; each slide's sources are in full in its speaker notes", 26, false, SlideStyle.MUTED);
        notes(ppt, s, DeckNotes.forTitle(plan));
    }

    private void mapSlide(XSLFSlide s, PptxPictures deckPictures, SlidePictures pictures) throws IOException {
        Slide slide = pictures.slide();
        SlideLayout l = pictures.layout();
        Banner banner = slide.spec().banner();
        if (l.topBanner() != null) {
            banner(s, banner, l.topBanner());
            banner(s, banner, l.bottomBanner());
        }
        titlePlaceholder(s, l);
        if (l.stamp().size() > 1) {
            lines(s, l.stamp().subList(1, l.stamp().size()), TextAlign.LEFT);
        }
        block(s, l.subtitle());
        rect(s, l.rule(), SlideStyle.ACCENT);
        for (int i = 0; i < l.panels().size(); i++) {
            XSLFPictureShape map = deckPictures.place(s, pictures.maps().get(i), pt(l.panels().get(i).viewBox()));
            describe(map, "Map " + (i + 1), SlideAltText.panel(slide, l, i));
        }
        if (pictures.legend() != null) {
            describe(deckPictures.place(s, pictures.legend(), pt(l.legendBox())), "Legend", SlideAltText.legend(l));
        }
        if (l.sourcesBox() != null) {
            sources(s, l);
        }
        if (l.locatorMap() != null) {
            describe(deckPictures.place(s, pictures.locator(), pt(l.locatorMap())), "Locator", SlideAltText.locator(l));
            lines(s, l.locatorCaption(), TextAlign.LEFT);
        }
        lines(s, l.footer(), TextAlign.LEFT);
    }

    /**
     * The slide's title placeholder: the title and, as its last paragraph, the date, where the
     * layout puts them, so a deck's outline and its slide list tell the slides apart by their dates.
     */
    private static void titlePlaceholder(XSLFSlide s, SlideLayout l) {
        XSLFTextShape title = placeholder(s, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        Rectangle2D box = (Rectangle2D) l.titleBox().clone();
        if (!l.stamp().isEmpty()) {
            TextLine date = l.stamp().get(0);
            box.add(new Rectangle2D.Double(box.getX(), date.baseline(), box.getWidth(), date.font().getSize2D() * 0.3));
        }
        title.setAnchor(pt(grow(box, 0, 10)));
        title.clearText();
        style(title, VerticalAlignment.TOP);
        // the title's lines, broken where the layout breaks them, as one paragraph: one title
        XSLFTextParagraph tp = title.addNewTextParagraph();
        double previous = Double.NaN;
        for (TextLine t : l.title()) {
            if (!Double.isNaN(previous)) {
                tp.addLineBreak();
            }
            run(tp, TextAlign.LEFT, t.text(), t.font().getSize2D(), true, t.color());
            previous = t.baseline();
        }
        tp.setLineSpacing(-(l.title().get(0).font().getSize2D() * 1.08 * PT));
        if (!l.stamp().isEmpty()) {
            TextLine date = l.stamp().get(0);
            XSLFTextParagraph p = title.addNewTextParagraph();
            run(p, TextAlign.LEFT, date.text(), date.font().getSize2D(), true, date.color());
            double lineHeight = date.font().getSize2D() * 1.08;
            p.setLineSpacing(-(lineHeight * PT));
            p.setSpaceBefore(-Math.max(0, (date.baseline() - previous - lineHeight) * PT));
        }
    }

    /** Names a picture and gives it the text a screen reader reads and PowerPoint shows as its alt text. */
    private static void describe(XSLFPictureShape picture, String name, String description) {
        picture.setName(name);
        CTPicture pic = (CTPicture) picture.getXmlObject();
        pic.getNvPicPr().getCNvPr().setDescr(description);
    }

    /** The sources heading and entries as one text box; the attribution as another at the bottom. */
    private static void sources(XSLFSlide s, SlideLayout l) {
        Rectangle2D box = l.sourcesBox();
        XSLFTextBox list = textBox(s, new Rectangle2D.Double(box.getX(), box.getY() - 4, box.getWidth() + 8,
                box.getHeight()), VerticalAlignment.TOP);
        List<TextLine> lines = l.sources();
        for (int i = 0; i < lines.size(); i++) {
            TextLine t = lines.get(i);
            XSLFTextParagraph p = list.addNewTextParagraph();
            run(p, TextAlign.LEFT, t.text(), t.font().getSize2D(), t.font().isBold(), t.color());
            if (i == 1) {
                p.setSpaceBefore(-4.0);
            }
        }
        if (!l.attribution().isEmpty()) {
            TextLine first = l.attribution().get(0);
            double top = first.baseline() - TextFit.ascent(first.font()) - 4;
            XSLFTextBox note = textBox(s, new Rectangle2D.Double(box.getX(), top, box.getWidth() + 8,
                    box.getMaxY() - top + 6), VerticalAlignment.TOP);
            run(note.addNewTextParagraph(), TextAlign.LEFT, BaseMap.ATTRIBUTION, first.font().getSize2D(), false,
                    first.color());
        }
    }

    /**
     * Lines of one text (a wrapped subtitle) as one text box, broken where the layout breaks them,
     * with the layout's line spacing.
     */
    private static void block(XSLFSlide s, List<TextLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        TextLine first = lines.get(0);
        TextLine last = lines.get(lines.size() - 1);
        double top = first.baseline() - TextFit.ascent(first.font()) - 3;
        double width = lines.stream().mapToDouble(TextLine::width).max().orElse(0) + 40;
        Rectangle2D r = new Rectangle2D.Double(first.x(), top, width, last.baseline() - top + first.font().getSize2D() * 0.6);
        XSLFTextBox b = textBox(s, r, VerticalAlignment.TOP);
        b.setWordWrap(false);
        XSLFTextParagraph p = b.addNewTextParagraph();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.addLineBreak();
            }
            TextLine t = lines.get(i);
            run(p, TextAlign.LEFT, t.text(), t.font().getSize2D(), t.font().isBold(), t.color());
        }
        if (lines.size() > 1) {
            p.setLineSpacing(-((lines.get(1).baseline() - first.baseline()) * PT));
        }
    }

    /** Each line as its own one-line text box, where the layout put it. */
    private static void lines(XSLFSlide s, List<TextLine> lines, TextAlign align) {
        for (TextLine t : lines) {
            double top = t.baseline() - TextFit.ascent(t.font()) - 3;
            double h = t.font().getSize2D() * 1.5;
            Rectangle2D r = align == TextAlign.RIGHT
                    ? new Rectangle2D.Double(t.x() - 40, top, t.width() + 40 + 4, h)
                    : new Rectangle2D.Double(t.x(), top, t.width() + 40, h);
            XSLFTextBox b = textBox(s, r, VerticalAlignment.TOP);
            b.setWordWrap(false);
            run(b.addNewTextParagraph(), align, t.text(), t.font().getSize2D(), t.font().isBold(), t.color());
        }
    }

    private static void banner(XSLFSlide s, Banner banner, Rectangle2D box) {
        XSLFAutoShape shape = rect(s, box, banner.color());
        shape.clearText();
        style(shape, VerticalAlignment.MIDDLE);
        run(shape.addNewTextParagraph(), TextAlign.CENTER, banner.text(), 20, true, banner.textColor());
    }

    private static XSLFAutoShape rect(XSLFSlide s, Rectangle2D box, Color fill) {
        XSLFAutoShape shape = s.createAutoShape();
        shape.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
        shape.setAnchor(pt(box));
        shape.setFillColor(fill);
        shape.setLineColor(null);
        return shape;
    }

    private static XSLFTextBox textBox(XSLFSlide s, Rectangle2D box, VerticalAlignment v) {
        XSLFTextBox b = s.createTextBox();
        b.setAnchor(pt(box));
        b.clearText();
        style(b, v);
        return b;
    }

    private static void style(XSLFTextShape shape, VerticalAlignment v) {
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(v);
    }

    private static void run(XSLFTextParagraph p, TextAlign align, String text, double canvasSize, boolean bold,
                            Color color) {
        p.setTextAlign(align);
        p.setIndent(0.0);
        p.setLeftMargin(0.0);
        p.setBullet(false);
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(canvasSize * PT);
        r.setBold(bold);
        r.setFontColor(color);
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide s, String text) {
        var notes = ppt.getNotesSlide(s);
        for (XSLFTextShape ph : notes.getPlaceholders()) {
            if (ph.getTextType() == Placeholder.BODY) {
                ph.setText(text);
                return;
            }
        }
        throw new IllegalStateException("the notes page has no body placeholder");
    }

    private static XSLFTextShape placeholder(XSLFSlide s, Placeholder... types) {
        for (XSLFTextShape ph : s.getPlaceholders()) {
            for (Placeholder t : types) {
                if (ph.getTextType() == t) {
                    return ph;
                }
            }
        }
        throw new IllegalStateException("the slide layout has no " + types[0] + " placeholder");
    }

    private static Rectangle2D grow(Rectangle2D r, double dx, double dy) {
        return new Rectangle2D.Double(r.getX() - dx, r.getY() - dy / 2, r.getWidth() + 2 * dx, r.getHeight() + dy);
    }

    private static Rectangle2D pt(Rectangle2D canvas) {
        return new Rectangle2D.Double(canvas.getX() * PT, canvas.getY() * PT, canvas.getWidth() * PT,
                canvas.getHeight() * PT);
    }
}
