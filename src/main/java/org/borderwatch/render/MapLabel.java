package org.borderwatch.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A label as the frame's layout placed it: what it shows and where, in pixels of the view. Made by
 * {@link MapLabels.Builder#layout}; painted by {@link LabelPainter}. Immutable.
 *
 * @param key     the label's key (e.g. {@code crossing:fi-vaalimaa}, {@code country:RU})
 * @param layer   what it labels
 * @param kind    text, callout box or numbered badge
 * @param box     the box it covers
 * @param leader  the leader line from its anchor to the box, or {@code null}
 * @param anchor  the point it belongs to
 * @param rows    what is drawn, in view pixels (a badge: its number)
 * @param content what the label itself shows (for a badge, the label it stands for), box-relative
 * @param number  a badge's number (1, 2 …), 0 for other labels
 */
public record MapLabel(String key, Layer layer, Kind kind, Rectangle2D box, Line2D leader, Point2D anchor,
                       List<LabelContent.Row> rows, LabelContent content, int number) {
    /** What a label names. */
    public enum Layer { CROSSING, COUNTRY, PLACE, ANNOTATION, ANNOTATION_TEXT, EVENT }

    /** How a label is drawn. */
    public enum Kind {
        /** Text with a halo. */
        TEXT,
        /** A box of symbol-and-name rows (crossings that share a place). */
        CALLOUT,
        /** A numbered badge standing for a key entry. */
        BADGE
    }

    public MapLabel {
        rows = List.copyOf(rows);
        box = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight());
    }

    /** This label through {@code t} (a scale and a translation), with fonts and sizes times {@code k}. */
    public MapLabel transformed(AffineTransform t, double k) {
        Rectangle2D b = t.createTransformedShape(box).getBounds2D();
        Line2D l = leader == null ? null : new Line2D.Double(t.transform(leader.getP1(), null), t.transform(leader.getP2(), null));
        List<LabelContent.Row> r = rows.stream().map(row -> row.transformed(t, k)).toList();
        AffineTransform scale = AffineTransform.getScaleInstance(k, k);
        List<LabelContent.Row> cr = content.rows().stream().map(row -> row.transformed(scale, k)).toList();
        LabelContent.Dot d = content.dot() == null ? null
                : new LabelContent.Dot(content.dot().r() * k, content.dot().fill(), content.dot().capital());
        LabelContent c = new LabelContent(content.kind(), content.width() * k, content.height() * k, cr, d);
        return new MapLabel(key, layer, kind, b, l, t.transform(anchor, null), r, c, number);
    }

    /** The text of the label (a badge: the text it stands for), rows joined by "; ". */
    public String text() {
        return String.join("; ", content.rows().stream().map(LabelContent.Row::text).toList());
    }
}
