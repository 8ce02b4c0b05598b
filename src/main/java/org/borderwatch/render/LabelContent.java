package org.borderwatch.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;

/**
 * What a label shows, laid out in its own box before the box is placed: one or more rows of text,
 * each optionally led by a crossing symbol (a callout's rows). Coordinates are pixels from the
 * box's top-left corner; text is measured in {@link TextDrawing#LAYOUT_FRC}, never on a surface,
 * so every surface gets the same box. Immutable.
 *
 * @param kind   plain text with a halo, or a callout box
 * @param width  box width, pixels
 * @param height box height, pixels
 * @param rows   the rows, top first
 * @param dot    a point symbol the label brings to its anchor (a town's dot, drawn only with its
 *               name), or {@code null}
 */
public record LabelContent(Kind kind, double width, double height, List<Row> rows, Dot dot) {
    /** How the label is drawn. */
    public enum Kind {
        /** Text with a halo, no box. */
        TEXT,
        /** A white box with a thin outline holding rows, each led by a symbol. */
        CALLOUT
    }

    /**
     * One row: text with its baseline-left at ({@code x}, {@code baseline}), led by a symbol or not.
     *
     * @param text      the text
     * @param font      its font (size in pixels)
     * @param fill      text colour
     * @param halo      halo colour, or {@code null} for none
     * @param haloWidth halo width, pixels
     * @param x         left end of the baseline
     * @param baseline  baseline
     * @param symbol    the symbol before the text, or {@code null}
     */
    public record Row(String text, Font font, Color fill, Color halo, float haloWidth, double x, double baseline,
                      Symbol symbol) {
        /** The row moved by (dx, dy). */
        Row moved(double dx, double dy) {
            return new Row(text, font, fill, halo, haloWidth, x + dx, baseline + dy, symbol == null ? null
                    : new Symbol(symbol.type(), symbol.status(), symbol.cx() + dx, symbol.cy() + dy, symbol.r()));
        }

        /** The row through {@code t} (a scale and a translation), fonts and sizes times {@code k}. */
        Row transformed(AffineTransform t, double k) {
            Point2D p = t.transform(new Point2D.Double(x, baseline), null);
            Symbol s = symbol == null ? null : symbol.transformed(t, k);
            return new Row(text, font.deriveFont((float) (font.getSize2D() * k)), fill, halo, (float) (haloWidth * k),
                    p.getX(), p.getY(), s);
        }
    }

    /**
     * A crossing symbol inside a label (a callout's row, a key's line).
     *
     * @param type   the crossing type (the shape)
     * @param status the status (the fill)
     * @param cx     centre x, pixels
     * @param cy     centre y, pixels
     * @param r      nominal radius, pixels
     */
    public record Symbol(CrossingType type, Status status, double cx, double cy, double r) {
        Symbol transformed(AffineTransform t, double k) {
            Point2D p = t.transform(new Point2D.Double(cx, cy), null);
            return new Symbol(type, status, p.getX(), p.getY(), r * k);
        }
    }

    /**
     * A dot at the label's anchor, drawn with the label (a town's position).
     *
     * @param r       radius, pixels
     * @param fill    its colour (a white rim goes around it)
     * @param capital whether it is a capital (a white ring inside)
     */
    public record Dot(double r, Color fill, boolean capital) {
    }

    /** One line of a label of several lines: its text and font. */
    public record Line(String text, Font font) {
    }

    /** One line of a callout: a crossing's symbol and its name (a "\n" in it breaks the name in two lines). */
    public record CalloutLine(String text, Font font, CrossingType type, Status status) {
    }

    public LabelContent {
        rows = List.copyOf(rows);
        if (!(width > 0 && height > 0) || rows.isEmpty()) {
            throw new IllegalArgumentException("a label needs a size and at least one row");
        }
    }

    /** A label without a dot of its own. */
    public LabelContent(Kind kind, double width, double height, List<Row> rows) {
        this(kind, width, height, rows, null);
    }

    /** One line of text with a halo. */
    public static LabelContent text(String text, Font font, Color fill, Color halo, float haloWidth) {
        TextKey key = new TextKey(text, font, fill, halo, haloWidth);
        LabelContent c = MEASURED.get(key);
        if (c == null) {
            if (MEASURED.size() >= MAX_MEASURED) {
                MEASURED.clear();
            }
            c = lines(List.of(new Line(text, font)), fill, halo, haloWidth);
            MEASURED.put(key, c);
        }
        return c;
    }

    /** Single-line labels remembered beyond this many are dropped whole. */
    static final int MAX_MEASURED = 4_096;
    /**
     * Single-line labels already measured: the same crossing names, annotation titles and event
     * labels come back in every frame, and measuring their text anew each time made a good part of
     * what a date change allocates (and of the collections that pause frames). Labels are values.
     */
    private static final java.util.Map<TextKey, LabelContent> MEASURED = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a single-line label is made from. */
    private record TextKey(String text, Font font, Color fill, Color halo, float haloWidth) {
    }

    /** Lines of text with a halo, each under the one before, left-aligned. */
    public static LabelContent lines(List<Line> lines, Color fill, Color halo, float haloWidth) {
        List<Row> rows = new ArrayList<>();
        double width = 0;
        double y = 0;
        for (Line l : lines) {
            Rectangle2D b = TextDrawing.measure(l.text(), l.font());
            rows.add(new Row(l.text(), l.font(), fill, halo, haloWidth, 0, y - b.getY(), null));
            width = Math.max(width, b.getWidth());
            y += b.getHeight();
        }
        return new LabelContent(Kind.TEXT, Math.max(1, width), Math.max(1, y), rows);
    }

    /** The same label bringing {@code d} to its anchor. */
    public LabelContent withDot(Dot d) {
        return new LabelContent(kind, width, height, rows, d);
    }

    /**
     * A callout: a box of rows, each a symbol of radius {@code r} and a name, in {@code ink} on white.
     * Padding and row height follow the first row's font.
     */
    public static LabelContent callout(List<CalloutLine> lines, double r, Color ink) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a callout needs at least one line");
        }
        Font first = lines.get(0).font();
        double pad = first.getSize2D() * 0.3;
        double symbolColumn = 2.9 * r;
        double lineH = first.getSize2D() * 1.22;
        List<Row> rows = new ArrayList<>();
        double width = 0;
        double y = pad;
        for (CalloutLine l : lines) {
            String[] texts = l.text().split("\n");
            double rowH = Math.max(lineH * texts.length, 2.5 * r);
            double centre = y + rowH / 2;
            double top = centre - lineH * texts.length / 2;
            for (int i = 0; i < texts.length; i++) {
                Rectangle2D b = TextDrawing.measure(texts[i], l.font());
                double mid = top + lineH * (i + 0.5);
                double baseline = mid + (-b.getY() - (b.getHeight() + b.getY())) / 2;
                Symbol symbol = i == 0 ? new Symbol(l.type(), l.status(), pad + symbolColumn / 2 - r * 0.15, centre, r) : null;
                rows.add(new Row(texts[i], l.font(), ink, null, 0, pad + symbolColumn, baseline, symbol));
                width = Math.max(width, b.getWidth());
            }
            y += rowH;
        }
        return new LabelContent(Kind.CALLOUT, pad * 2 + symbolColumn + width, y + pad, rows);
    }

    /** The rows with the box's top-left corner at (x, y). */
    List<Row> rowsAt(double x, double y) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(r.moved(x, y));
        }
        return out;
    }
}
