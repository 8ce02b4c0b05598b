package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Paints a frame's {@link MapLabels}: leader lines first (a thin dark line on a white casing, with
 * a dot at the symbol's end; a map paints them beneath its pins and symbols), then each label —
 * text with its halo (and the dot of a town, which is drawn only with its name), a callout's white
 * box with its symbol-and-name rows, a numbered badge's white disc. Text is drawn as text (SVG and
 * PDF keep it). Stateless.
 */
public final class LabelPainter {
    private static final Color BOX = new Color(255, 255, 255, 235);

    private LabelPainter() {
    }

    /** Paints {@code labels} in style {@code s}; {@code only}, when not null, picks the layers painted. */
    public static void paint(Graphics2D g, MapStyle s, MapLabels labels, List<MapLabel.Layer> only) {
        paintLeaders(g, s, labels, only);
        paintLabels(g, s, labels, only);
    }

    /**
     * Paints the leader lines of {@code labels} alone. A map paints them beneath its pins and
     * symbols, and the labels over both: a leader that has to cross a crowd then passes under its
     * pins, never over one.
     */
    public static void paintLeaders(Graphics2D g, MapStyle s, MapLabels labels, List<MapLabel.Layer> only) {
        for (MapLabel l : labels.labels()) {
            if (l.leader() != null && (only == null || only.contains(l.layer()))) {
                paintLeader(g, s, l.leader());
            }
        }
    }

    /** Paints the labels of {@code labels} without their leader lines ({@link #paintLeaders}). */
    public static void paintLabels(Graphics2D g, MapStyle s, MapLabels labels, List<MapLabel.Layer> only) {
        for (MapLabel l : labels.labels()) {
            if (only != null && !only.contains(l.layer())) {
                continue;
            }
            switch (l.kind()) {
                case TEXT -> {
                    if (l.content().dot() != null) {
                        paintDot(g, s, l.content().dot(), l.anchor().getX(), l.anchor().getY());
                    }
                    paintRows(g, s, l.rows());
                }
                case CALLOUT -> {
                    RoundRectangle2D box = rounded(l.box(), s.width(4));
                    g.setColor(BOX);
                    g.fill(box);
                    g.setColor(s.text());
                    g.setStroke(new BasicStroke(s.width(1)));
                    g.draw(box);
                    paintRows(g, s, l.rows());
                }
                case BADGE -> paintBadge(g, s, l.box(), l.rows().get(0));
            }
        }
    }

    /** A numbered badge: a white disc (a rounded bar for two digits) with its number. */
    static void paintBadge(Graphics2D g, MapStyle s, Rectangle2D b, LabelContent.Row number) {
        java.awt.Shape disc = b.getWidth() <= b.getHeight() * 1.05
                ? new Ellipse2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight())
                : rounded(b, b.getHeight() / 2);
        g.setColor(Color.WHITE);
        g.fill(disc);
        g.setColor(s.text());
        g.setStroke(new BasicStroke(s.width(1.4)));
        g.draw(disc);
        paintRows(g, s, List.of(number));
    }

    private static void paintRows(Graphics2D g, MapStyle s, List<LabelContent.Row> rows) {
        for (LabelContent.Row r : rows) {
            if (r.symbol() != null) {
                LabelContent.Symbol sym = r.symbol();
                CrossingSymbol.paint(g, s, sym.type(), sym.status(), sym.cx(), sym.cy(), sym.r());
            }
            TextDrawing.draw(g, r.text(), r.font(), r.x(), r.baseline(), r.fill(), r.halo(), r.haloWidth());
        }
    }

    /** A town's dot: a white rim, the dot, and for a capital a white ring inside. */
    private static void paintDot(Graphics2D g, MapStyle s, LabelContent.Dot d, double x, double y) {
        double r = d.r();
        double rim = s.width(1.2);
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - r - rim, y - r - rim, 2 * (r + rim), 2 * (r + rim)));
        g.setColor(d.fill());
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        if (d.capital()) {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(s.width(1)));
            g.draw(new Ellipse2D.Double(x - r * 0.5, y - r * 0.5, r, r));
        }
    }

    private static void paintLeader(Graphics2D g, MapStyle s, Line2D leader) {
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(s.width(3.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(leader);
        g.setColor(s.text());
        g.setStroke(new BasicStroke(s.width(1.3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(leader);
        double d = s.width(2.2);
        g.fill(new Ellipse2D.Double(leader.getX1() - d, leader.getY1() - d, 2 * d, 2 * d));
    }

    private static RoundRectangle2D rounded(Rectangle2D b, double arc) {
        return new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 2 * arc, 2 * arc);
    }
}
