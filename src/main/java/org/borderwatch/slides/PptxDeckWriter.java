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
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.borderwatch.files.AtomicFile;
import org.borderwatch.geo.BaseMap;

/**
 * Writes a deck as PowerPoint (Apache POI): a 16:9 page (13.33 × 7.5 in), a title slide, then one
 * slide per step laid out exactly as {@link SlideLayout} places it on 1920 × 1080. The map, the
 * legend and the locator are pictures painted by {@link SlidePainter} at 1.5 times the canvas
 * resolution; the title and subtitle are real text in the slide's title placeholder (the title
 * slide's in its title and subtitle placeholders), the date stamp, sources and footer are text
 * boxes, the banners are filled shapes with text, and the speaker notes list the slide's
 * crossings and events with their full sources. Everything stays editable in PowerPoint or Impress.
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
    public void write(DeckPlan plan, SlideData data, Path out, DeckProgress progress) throws IOException {
        int total = plan.steps().size() + 1;
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(960, 540));
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
                    notes(ppt, s, DeckNotes.forSlide(a.slide())); // while its pictures are being painted
                    mapSlide(s, pictures, await(a.pictures()));
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
        XSLFTextShape title = placeholder(s, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
        title.setAnchor(pt(grow(l.titleBox(), 0, 12)));
        title.clearText();
        style(title, VerticalAlignment.TOP);
        XSLFTextParagraph tp = title.addNewTextParagraph();
        run(tp, TextAlign.LEFT, slide.spec().title(), l.title().get(0).font().getSize2D(), true, SlideStyle.INK);
        tp.setLineSpacing(95.0);
        if (!l.subtitle().isEmpty()) {
            XSLFTextParagraph sp = title.addNewTextParagraph();
            String shown = String.join(" ", l.subtitle().stream().map(TextLine::text).toList());
            run(sp, TextAlign.LEFT, shown, l.subtitle().get(0).font().getSize2D(), false, SlideStyle.MUTED);
            sp.setSpaceBefore(-6.0);
        }
        if (l.stampBox() != null) {
            Rectangle2D b = l.stampBox();
            XSLFTextBox stamp = textBox(s, new Rectangle2D.Double(b.getX() - 40, b.getY() - 5, b.getWidth() + 40,
                    b.getHeight() + 10), VerticalAlignment.TOP);
            double[] gapsPt = {0, 4, 5};
            for (int i = 0; i < l.stamp().size(); i++) {
                TextLine t = l.stamp().get(i);
                XSLFTextParagraph p = stamp.addNewTextParagraph();
                run(p, TextAlign.RIGHT, t.text(), t.font().getSize2D(), t.font().isBold(), t.color());
                if (i > 0 && i < gapsPt.length) {
                    p.setSpaceBefore(-gapsPt[i]);
                }
            }
        }
        rect(s, l.rule(), SlideStyle.ACCENT);
        deckPictures.place(s, pictures.map(), pt(l.mapFrame()));
        if (pictures.legend() != null) {
            deckPictures.place(s, pictures.legend(), pt(l.legendBox()));
        }
        if (l.sourcesBox() != null) {
            sources(s, l);
        }
        if (l.locatorMap() != null) {
            deckPictures.place(s, pictures.locator(), pt(l.locatorMap()));
            lines(s, l.locatorCaption(), TextAlign.LEFT);
        }
        lines(s, l.footer().subList(0, 1), TextAlign.LEFT);
        lines(s, l.footer().subList(1, 2), TextAlign.RIGHT);
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
