package org.borderwatch.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one slide to a file. Every writer paints through {@link SlidePainter}, so a PNG, an SVG
 * and a PDF of a slide show the same thing. Writes are atomic (a temporary file renamed into
 * place). Writers are stateless and may be used from any thread.
 */
public interface SlideWriter {
    /** Writes {@code slide} to {@code out}, replacing it; returns the layout it was painted from. */
    SlideLayout write(Slide slide, Path out) throws IOException;

    /**
     * Writes {@code slide} to {@code out} (.png, .svg or .pdf) and its notes — what a deck has as
     * speaker notes: the crossings in view with their status, the events, every source in full with
     * its address, the crossings numbered on its maps by name — to the text file {@link #notesFile} beside it; a sources block without room for
     * every footnote names that file. Both are written atomically. Returns the notes file.
     */
    static Path writeWithNotes(Slide slide, Path out, SlidePainter painter) throws IOException {
        Path notes = notesFile(out);
        SlideLayout layout = forFile(out, painter.notesIn(notes.getFileName().toString())).write(slide, out);
        writeNotes(slide, layout, notes);
        return notes;
    }

    /**
     * Composes the slide of {@code spec} from {@code data} and writes it and its notes as
     * {@link #writeWithNotes(Slide, Path, SlidePainter)} does; a PNG's maps are begun while the
     * slide's events are read ({@link PngSlideWriter#write(SlideData, SlideSpec, String, Path)}).
     * Returns the slide.
     *
     * @throws org.borderwatch.domain.EventsUnavailableException when the events cannot be read
     */
    static Slide writeWithNotes(SlideData data, SlideSpec spec, Path out, SlidePainter painter) throws IOException {
        Path notes = notesFile(out);
        SlideWriter writer = forFile(out, painter.notesIn(notes.getFileName().toString()));
        Slide slide;
        SlideLayout layout;
        if (writer instanceof PngSlideWriter png) {
            PngSlideWriter.Rendered r = png.write(data, spec, null, out);
            slide = r.slide();
            layout = r.layout();
        } else {
            slide = data.compose(spec);
            layout = writer.write(slide, out);
        }
        writeNotes(slide, layout, notes);
        return slide;
    }

    private static void writeNotes(Slide slide, SlideLayout layout, Path notes) throws IOException {
        byte[] text = DeckNotes.forSlide(slide, layout.badges()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.borderwatch.files.AtomicFile.write(notes, stream -> stream.write(text));
    }

    /** The notes file of the image {@code out}: {@code slide.png} → {@code slide.notes.txt}. */
    static Path notesFile(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".notes.txt");
    }

    /** The writer for a file name ending in .png, .svg or .pdf. */
    static SlideWriter forFile(Path file, SlidePainter painter) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return new PngSlideWriter(painter);
        }
        if (name.endsWith(".svg")) {
            return new SvgSlideWriter(painter);
        }
        if (name.endsWith(".pdf")) {
            return new PdfSlideWriter(painter);
        }
        throw new IllegalArgumentException(file.getFileName() + ": unknown slide format (expected .png, .svg or .pdf)");
    }
}
