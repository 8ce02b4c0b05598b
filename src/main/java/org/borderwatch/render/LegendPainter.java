package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.borderwatch.geo.MapLayer;

/**
 * The legend: a titled box ("Situation on Thu 30 Nov 2023") that explains exactly the symbols the
 * frame shows — the border line, the crossing types and statuses in view, the closure styles
 * drawn, the event categories on the pins, clusters and uncertainty halos, and the annotation
 * kinds. {@link #entries} gives the same lines as data for a side panel. The box sits in a corner,
 * clear of the scale bar, north arrow and attribution, and flows into more columns rather than
 * run off the frame. Sizes are pixels at style scale 1, multiplied by the style's scale. Stateless.
 */
public final class LegendPainter {
    /** Where the legend box goes. */
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    private static final Color ANNOTATION_SAMPLE = new Color(0x4A4A4A);

    /** The entries for what {@code scene} shows. */
    public static List<LegendEntry> entries(MapScene scene) {
        return entries(scene, OverlayPlan.of(scene));
    }

    /** The entries for what {@code plan} (made from {@code scene}) shows, in legend order. */
    public static List<LegendEntry> entries(MapScene scene, OverlayPlan plan) {
        List<LegendEntry> out = new ArrayList<>();
        var env = scene.view().envelope();
        boolean borderInView = false;
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            MapLayer layer = scene.map().border(b);
            borderInView |= !layer.features().isEmpty() && layer.extent().intersects(env)
                    && !layer.query(env, scene.view().metresPerPixel()).isEmpty();
        }
        if (borderInView) {
            out.add(new LegendEntry(LegendEntry.Section.BORDER, LegendEntry.BORDER_LINE, "Border line"));
        }
        Set<CrossingType> types = EnumSet.noneOf(CrossingType.class);
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (CrossingPainter.Placed p : plan.crossings()) {
            types.add(p.crossing().type());
            statuses.add(p.status().status());
        }
        types.forEach(t -> out.add(new LegendEntry(LegendEntry.Section.CROSSING_TYPE, t.code(), t.label())));
        statuses.forEach(s -> out.add(new LegendEntry(LegendEntry.Section.CROSSING_STATUS, s.code(), s.label())));
        boolean full = false;
        boolean stretch = false;
        for (BorderClosurePainter.BorderClosure c : plan.closures()) {
            if (c.mode() == BorderClosurePainter.Mode.FULL) {
                MapLayer layer = scene.map().border(c.border());
                full |= !layer.query(env, scene.view().metresPerPixel()).isEmpty();
            } else if (c.mode() == BorderClosurePainter.Mode.STRETCHES) {
                stretch |= c.stretches().stream().anyMatch(s -> s.getEnvelopeInternal().intersects(env));
            }
        }
        if (full) {
            out.add(new LegendEntry(LegendEntry.Section.CLOSURE, LegendEntry.CLOSURE_FULL, "Whole border closed to travellers"));
        }
        if (stretch) {
            out.add(new LegendEntry(LegendEntry.Section.CLOSURE, LegendEntry.CLOSURE_STRETCH, "Border near a closed crossing"));
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        boolean cluster = false;
        boolean uncertain = false;
        for (EventPainter.Marker m : plan.markers()) {
            categories.add(m.dominant());
            cluster |= m.isCluster();
            uncertain |= !m.isCluster() && EventPainter.uncertaintyMetres(m.events().get(0)) > 0;
        }
        categories.forEach(c -> out.add(new LegendEntry(LegendEntry.Section.EVENT, c.code(), c.label())));
        if (cluster) {
            out.add(new LegendEntry(LegendEntry.Section.EVENT, LegendEntry.EVENT_CLUSTER, "Several events (count)"));
        }
        if (uncertain) {
            out.add(new LegendEntry(LegendEntry.Section.EVENT, LegendEntry.EVENT_UNCERTAIN, "Place known to a region"));
        }
        Set<AnnotationKind> kinds = EnumSet.noneOf(AnnotationKind.class);
        boolean unsure = false;
        for (AnnotationPainter.Visible v : plan.annotations()) {
            kinds.add(v.annotation().kind());
            Confidence c = v.annotation().confidence();
            unsure |= c == Confidence.POSSIBLE || c == Confidence.DOUBTFUL;
        }
        kinds.forEach(k -> out.add(new LegendEntry(LegendEntry.Section.ANNOTATION, k.code(), k.label())));
        if (unsure) {
            out.add(new LegendEntry(LegendEntry.Section.ANNOTATION, LegendEntry.ANNOTATION_UNSURE, "Possible or doubtful"));
        }
        return out;
    }

    /** "Situation on Thu 30 Nov 2023". */
    public static String title(Situation s) {
        return "Situation on " + DayFormat.day(s.date());
    }

    /** "Events 1 Nov – Thu 30 Nov 2023". */
    public static String subtitle(Situation s) {
        return "Events " + DayFormat.range(s.window().start(s.date()), s.date());
    }

    /** The box the legend would take (without painting it). */
    public Rectangle2D bounds(MapScene scene, List<LegendEntry> entries, Corner corner) {
        return new LegendLayout(scene, entries, corner).box;
    }

    /** Paints the legend box at {@code corner}; returns its bounds. */
    public Rectangle2D paint(Graphics2D g, MapScene scene, List<LegendEntry> entries, Corner corner) {
        LegendLayout l = new LegendLayout(scene, entries, corner);
        MapStyle s = scene.style();
        Rectangle2D box = l.box;
        g.setColor(new Color(255, 255, 255, 232));
        g.fill(box);
        g.setColor(new Color(0, 0, 0, 70));
        g.setStroke(new BasicStroke(s.width(1)));
        g.draw(box);
        for (LegendLayout.Item it : l.items) {
            if (it.entry() == null) {
                TextDrawing.draw(g, it.text(), it.font(), it.x(), it.baseline(), s.text(), null, 0);
            } else {
                paintSymbol(g, s, it.entry(), it.x() + l.symbolWidth / 2, it.centreY());
                TextDrawing.draw(g, it.text(), it.font(), it.x() + l.symbolWidth, it.baseline(), s.text(), null, 0);
            }
        }
        return box;
    }

    /** Draws the symbol of {@code e} centred on (cx, cy), fitting in about 26 × 20 pixels at scale 1 (event pins 24 high). */
    public static void paintSymbol(Graphics2D g, MapStyle s, LegendEntry e, double cx, double cy) {
        double k = s.scale();
        switch (e.section()) {
            case BORDER -> borderSample(g, s, cx, cy);
            case CROSSING_TYPE -> CrossingSymbol.paintType(g, s, CrossingType.parse(e.code()), cx, cy, 6 * k);
            case CROSSING_STATUS -> CrossingSymbol.paint(g, s, CrossingType.ROAD, status(e.code()), cx, cy, 6.3 * k);
            case CLOSURE -> {
                java.awt.Shape clip = g.getClip();
                g.clip(new Rectangle2D.Double(cx - 13 * k, cy - 10 * k, 26 * k, 20 * k));
                borderSample(g, s, cx, cy);
                BorderClosurePainter.paintStyle(g, s, new Line2D.Double(cx - 20 * k, cy, cx + 20 * k, cy),
                        e.code().equals(LegendEntry.CLOSURE_FULL) ? BorderClosurePainter.Mode.FULL
                                : BorderClosurePainter.Mode.STRETCHES);
                g.setClip(clip);
            }
            case EVENT -> eventSample(g, s, e.code(), cx, cy);
            case ANNOTATION -> annotationSample(g, s, e.code(), cx, cy);
            case KEY -> keySample(g, s, e.code(), cx, cy);
        }
    }

    /**
     * The key of a frame's numbered badges, one entry per badge in number order: the number as
     * code, the names it stands for as label ("Vainikkala; Nuijamaa").
     */
    public static List<LegendEntry> keyEntries(List<MapLabel> badges) {
        List<LegendEntry> out = new ArrayList<>();
        for (MapLabel b : badges) {
            out.add(new LegendEntry(LegendEntry.Section.KEY, String.valueOf(b.number()), b.text()));
        }
        return out;
    }

    /** A numbered badge as the map draws it. */
    private static void keySample(Graphics2D g, MapStyle s, String number, double cx, double cy) {
        Font f = MapLabels.badgeFont(s);
        double[] size = MapLabels.badgeSize(f, number);
        double w = size[0];
        double h = size[1];
        Rectangle2D box = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
        LabelPainter.paintBadge(g, s, box, MapLabels.badgeRow(number, f, s.text(), box));
    }

    private static Status status(String code) {
        for (Status st : Status.values()) {
            if (st.code().equals(code)) {
                return st;
            }
        }
        throw new IllegalArgumentException("unknown status in legend: " + code);
    }

    private static void borderSample(Graphics2D g, MapStyle s, double cx, double cy) {
        double k = s.scale();
        Line2D.Double l = new Line2D.Double(cx - 10 * k, cy, cx + 10 * k, cy);
        g.setColor(s.borderHalo());
        g.setStroke(new BasicStroke(s.width(6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(l);
        g.setColor(s.borderLine());
        g.setStroke(new BasicStroke(s.width(2.6), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(l);
    }

    private static void eventSample(Graphics2D g, MapStyle s, String code, double cx, double cy) {
        double k = s.scale();
        if (code.equals(LegendEntry.EVENT_UNCERTAIN)) {
            double r = 8 * k;
            Ellipse2D.Double halo = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(new Color(119, 119, 119, 45));
            g.fill(halo);
            g.setColor(new Color(119, 119, 119, 170));
            g.setStroke(new BasicStroke(s.width(1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {s.width(4), s.width(3)}, 0));
            g.draw(halo);
            g.fill(new Ellipse2D.Double(cx - 1.5 * k, cy - 1.5 * k, 3 * k, 3 * k));
            return;
        }
        AffineTransform saved = g.getTransform();
        boolean cluster = code.equals(LegendEntry.EVENT_CLUSTER);
        // the pin, head and tip, fitted into the height of a legend row (about 26 px at scale 1)
        double r = cluster ? EventMarker.clusterRadius(s, 3) : EventMarker.HEAD_RADIUS * k;
        double height = r * (EventMarker.headLift(1) + 1);
        double f = Math.min(cluster ? 0.72 : 0.85, 26 * k / height);
        g.translate(cx, cy + height * f / 2);
        g.scale(f, f);
        if (cluster) {
            EventMarker.paintCluster(g, s, Category.OTHER, 3, 0, 0);
        } else {
            EventMarker.paintSingle(g, s, Category.parse(code), 0, 0);
        }
        g.setTransform(saved);
    }

    private static void annotationSample(Graphics2D g, MapStyle s, String code, double cx, double cy) {
        double k = s.scale();
        Color c = ANNOTATION_SAMPLE;
        g.setColor(c);
        if (code.equals(LegendEntry.ANNOTATION_UNSURE)) {
            g.setStroke(new BasicStroke(s.width(2), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {s.width(5), s.width(3.5)}, 0));
            g.draw(new Line2D.Double(cx - 10 * k, cy, cx + 10 * k, cy));
            return;
        }
        switch (AnnotationKind.parse(code)) {
            case POINT -> {
                double r = 4.5 * k;
                g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
            case LINE -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx - 10 * k, cy + 4 * k);
                p.lineTo(cx - 3 * k, cy - 4 * k);
                p.lineTo(cx + 3 * k, cy + 3 * k);
                p.lineTo(cx + 10 * k, cy - 4 * k);
                g.setStroke(new BasicStroke(s.width(2.4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(p);
            }
            case POLYGON -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx - 9 * k, cy + 6 * k);
                p.lineTo(cx - 6 * k, cy - 6 * k);
                p.lineTo(cx + 9 * k, cy - 4 * k);
                p.lineTo(cx + 7 * k, cy + 6 * k);
                p.closePath();
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
                g.fill(p);
                g.setColor(c);
                g.setStroke(new BasicStroke(s.width(1.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(p);
            }
            case TEXT -> {
                Font f = s.font(Font.BOLD, 11);
                Rectangle2D b = TextDrawing.bounds(g, "Abc", f, 0, 0);
                TextDrawing.draw(g, "Abc", f, cx - b.getWidth() / 2, cy + 4 * k, c, null, 0);
            }
            case RING -> {
                double r = 7.5 * k;
                g.setStroke(new BasicStroke(s.width(1.6)));
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                g.draw(new Line2D.Double(cx - 3 * k, cy, cx + 3 * k, cy));
                g.draw(new Line2D.Double(cx, cy - 3 * k, cx, cy + 3 * k));
            }
        }
    }
}
