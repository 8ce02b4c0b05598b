package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.label.LabelRequest;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Paints the analysts' annotations of the scene in their own colours: areas filled translucent and
 * outlined, lines stroked over a white casing, range rings as geodesic circles (the circle is
 * computed on the WGS84 ellipsoid with {@link Geodesy#circle}, then projected, so its radius is
 * true on the ground), points as dots and text labels as text. Outlines of annotations graded
 * possible or doubtful are dashed. Text annotations and the titles of the other kinds join the
 * frame's label layout ({@link #contributeLabels}): text first of all labels (nudged a line up or
 * down when its place is taken, left out only where labels crowd), titles where they fit.
 *
 * <p>Lines and areas of more vertices than a frame can stroke are drawn as the cells they run
 * through ({@link BoundedPath}), so one imported line of a million vertices costs a frame little.
 *
 * <p>Only the annotations in {@link MapScene#annotations()} are painted: the caller has already
 * chosen those valid on the date. Projections are remembered per annotation id, with the
 * annotation they were made from: the same instance (the usual case, one store snapshot) is found
 * by identity, without hashing or comparing its geometry, and an equal value by one comparison, so
 * repainting thousands costs no reprojection. Thread-safe.
 */
public final class AnnotationPainter {
    /** Segments of a range ring's geodesic circle. */
    static final int RING_SEGMENTS = 128;
    /** Shapes smaller than this many pixels (at scale 1) go without their white casing: it could not be seen. */
    static final double SMALL = 8;
    /** Vertices of an annotation's outline closer than this many pixels are merged (see {@link ScreenShapes#path}). */
    static final double STEP = 1.5;
    /** Radius of a point's dot, pixels at scale 1. */
    static final double DOT_RADIUS = 5;
    /** Width of the white halo under a point's ring around a crossing symbol, pixels at scale 1. */
    static final double RING_HALO = 5;
    /** Projections remembered beyond this many ids are dropped whole. */
    static final int MAX_PROJECTED = 50_000;
    private static final Map<String, Remembered> PROJECTED = new ConcurrentHashMap<>();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /**
     * An annotation in EPSG:3035: its drawn geometry (the circle for a ring) and its label anchor,
     * with what every frame would otherwise work out again: its colour, title label and tooltip.
     */
    record Projected(Geometry geometry, Coordinate anchor, Coordinate centre, Color color, String label, String tooltip,
                     String labelKey) {
    }

    /** A projection and the annotation it was made from. */
    private record Remembered(Annotation annotation, Projected projected) {
    }

    /** An annotation in view with its projection. */
    record Visible(Annotation annotation, Projected projected) {
    }

    /**
     * Projects {@code annotations} ahead of their first frame, on the caller's thread (a reading
     * thread that has just read them): the painting thread then finds them projected — a range
     * ring is a geodesic circle of {@value #RING_SEGMENTS} points — instead of projecting thousands
     * while a date change waits for its frame.
     */
    public static void prepare(java.util.Collection<Annotation> annotations) {
        for (Annotation a : annotations) {
            projected(a);
        }
    }

    /** The scene's annotations that meet the view, in scene order; empty when switched off. */
    public static List<Visible> visible(MapScene scene) {
        if (!scene.options().annotations() || scene.annotations().isEmpty()) {
            return List.of();
        }
        Envelope env = new Envelope(scene.view().envelope());
        env.expandBy(30 * scene.view().metresPerPixel() * scene.style().scale());
        List<Visible> out = new ArrayList<>();
        for (Annotation a : scene.annotations()) {
            Projected p = projected(a);
            if (p.geometry().getEnvelopeInternal().intersects(env)) {
                out.add(new Visible(a, p));
            }
        }
        return out;
    }

    static Projected projected(Annotation a) {
        Remembered r = PROJECTED.get(a.id());
        if (r != null && r.annotation() == a) {
            return r.projected();
        }
        Projected p = r != null && r.annotation().modified().equals(a.modified()) && r.annotation().equals(a)
                ? r.projected() : project(a);
        if (PROJECTED.size() >= MAX_PROJECTED) {
            PROJECTED.clear();
        }
        PROJECTED.put(a.id(), new Remembered(a, p));
        return p;
    }

    private static Projected project(Annotation a) {
        Geometry wgs = a.geometry();
        if (a.kind() == AnnotationKind.RING) {
            Point c = (Point) wgs;
            Coordinate[] ring = Geodesy.circle(c.getX(), c.getY(), a.radiusKm() * 1000, RING_SEGMENTS);
            Coordinate[] out = new Coordinate[ring.length];
            for (int i = 0; i < ring.length; i++) {
                out[i] = MapProjection.forward(ring[i].x, ring[i].y);
            }
            out[out.length - 1] = out[0].copy();
            Coordinate centre = MapProjection.forward(c.getX(), c.getY());
            Coordinate north = MapProjection.forward(ring[0].x, ring[0].y);
            return new Projected(FACTORY.createPolygon(out), north, centre, Color.decode(a.color()), label(a), tooltip(a), labelKey(a));
        }
        Geometry g = MapProjection.forward(wgs);
        Coordinate anchor = switch (a.kind()) {
            case POLYGON -> g.getInteriorPoint().getCoordinate();
            case LINE -> {
                var line = new org.locationtech.jts.linearref.LengthIndexedLine(g);
                yield line.extractPoint(line.getEndIndex() / 2);
            }
            default -> g.getCoordinate();
        };
        return new Projected(g, anchor, g.getCentroid().getCoordinate(), Color.decode(a.color()), label(a), tooltip(a), labelKey(a));
    }

    /** Areas, rings and lines: painted under the crossing and event symbols. */
    public void paintShapes(Graphics2D g, MapScene scene, List<Visible> visible, HitIndex hits) {
        MapStyle s = scene.style();
        Viewport v = scene.view();
        for (Visible vis : visible) {
            Annotation a = vis.annotation();
            Color c = vis.projected().color();
            BoundedPath.Shape bounded = null;
            if (a.kind() == AnnotationKind.POLYGON || a.kind() == AnnotationKind.LINE) {
                bounded = BoundedPath.of(vis.projected().geometry(), v, STEP);
                if (bounded.coarse()) {
                    // too many pixels of line to stroke: the cells it runs through, in its colour
                    bounded.cells().paint(g, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
                    hits.add(new HitTarget.AnnotationHit(a.id(), bounded.path(), vis.projected().tooltip()));
                    continue;
                }
            }
            switch (a.kind()) {
                case POLYGON, RING -> {
                    Path2D.Double path = bounded != null ? bounded.path() : ScreenShapes.path(vis.projected().geometry(), v, STEP);
                    double size = screenSize(vis, v);
                    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), a.kind() == AnnotationKind.RING ? 22 : 58));
                    g.fill(path);
                    if (size > SMALL * s.scale()) {
                        g.setColor(new Color(255, 255, 255, 200));
                        g.setStroke(new BasicStroke(s.width(4.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.draw(path);
                    }
                    g.setColor(c);
                    g.setStroke(outline(s, a.confidence(), 2));
                    g.draw(path);
                    Shape pick = path;
                    if (a.kind() == AnnotationKind.RING) {
                        Point2D cp = v.toScreen(vis.projected().centre().x, vis.projected().centre().y);
                        double k = 5 * s.scale();
                        g.setStroke(new BasicStroke(s.width(1.6)));
                        g.draw(new Line2D.Double(cp.getX() - k, cp.getY(), cp.getX() + k, cp.getY()));
                        g.draw(new Line2D.Double(cp.getX(), cp.getY() - k, cp.getX(), cp.getY() + k));
                        if (size > 4 * SMALL * s.scale()) {
                            pick = new BasicStroke(s.width(9)).createStrokedShape(path);
                        }
                    }
                    hits.add(new HitTarget.AnnotationHit(a.id(), pick, vis.projected().tooltip()));
                }
                case LINE -> {
                    Path2D.Double path = bounded.path();
                    if (screenSize(vis, v) > SMALL * s.scale()) {
                        g.setColor(new Color(255, 255, 255, 210));
                        g.setStroke(new BasicStroke(s.width(5.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                        g.draw(path);
                    }
                    g.setColor(c);
                    g.setStroke(outline(s, a.confidence(), 2.6));
                    g.draw(path);
                    hits.add(new HitTarget.AnnotationHit(a.id(),
                            new BasicStroke(s.width(9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(path),
                            vis.projected().tooltip()));
                }
                default -> {
                }
            }
        }
    }

    /** Larger side in pixels of an annotation's bounds on screen. */
    private static double screenSize(Visible vis, Viewport v) {
        Envelope e = vis.projected().geometry().getEnvelopeInternal();
        return Math.max(e.getWidth(), e.getHeight()) / v.metresPerPixel();
    }

    private static BasicStroke outline(MapStyle s, Confidence conf, double width) {
        if (conf == Confidence.POSSIBLE || conf == Confidence.DOUBTFUL) {
            float dash = s.width(conf == Confidence.DOUBTFUL ? 3 : 7);
            return new BasicStroke(s.width(width), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {dash, s.width(4)}, 0);
        }
        return new BasicStroke(s.width(width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * The boxes of point annotations' marks (symbols labels keep clear of), for each point in view:
     * its dot's box, or, for a point ringing a crossing symbol ({@code rings}), small boxes along
     * its ring and halo — a label may stand just outside the ring, beside the crossing, and none
     * lies on it.
     */
    static List<Rectangle2D> markBoxes(MapScene scene, List<Visible> visible, PointRings rings) {
        MapStyle s = scene.style();
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            Visible vis = visible.get(i);
            if (vis.annotation().kind() == AnnotationKind.POINT) {
                Coordinate at = vis.projected().anchor();
                Point2D p = scene.view().toScreen(at.x, at.y);
                double ring = rings.radius(i);
                if (ring <= 0) {
                    out.add(dot(s, p).getBounds2D());
                    continue;
                }
                int n = ringBoxes(s, ring);
                double side = ringBoxSide(s, ring);
                for (int k = 0; k < n; k++) {
                    double a = 2 * Math.PI * k / n;
                    out.add(new Rectangle2D.Double(p.getX() + ring * Math.cos(a) - side / 2,
                            p.getY() + ring * Math.sin(a) - side / 2, side, side));
                }
            }
        }
        return out;
    }

    /**
     * How many boxes along a ring of radius {@code ring} keep labels off it: a few, each as wide as
     * the arc between two of them, so that they touch (the window lays out dozens of rings a frame
     * at its full extent).
     */
    private static int ringBoxes(MapStyle s, double ring) {
        return Math.max(8, (int) Math.ceil(2 * Math.PI * ring / (2 * s.width(RING_HALO))));
    }

    /** The side of each of a ring's boxes ({@link #ringBoxes}): at least its halo's width. */
    private static double ringBoxSide(MapStyle s, double ring) {
        return Math.max(s.width(RING_HALO), 2 * Math.PI * ring / ringBoxes(s, ring));
    }

    /**
     * How far from its centre a ring of radius {@code ring} keeps labels: beyond its halo and the
     * boxes along it.
     */
    static double ringReach(MapStyle s, double ring) {
        return ring + ringBoxSide(s, ring) / 2;
    }

    /** How far from a point its mark reaches: the dot's radius, or its ring's {@link #ringReach}. */
    private static double markRadius(MapStyle s, double ring) {
        return ring > 0 ? ringReach(s, ring) : DOT_RADIUS * s.scale();
    }

    /**
     * Points over the symbols, and the hit targets of text annotations where the frame's label
     * layout placed them (their text is painted with the other labels). A point that lies on one of
     * the frame's crossing symbols ({@code rings}) is drawn as a ring around that symbol, centred on
     * the point, instead of a dot over it: the crossing's status stays in sight, and the point stays
     * where it is.
     */
    void paintMarks(Graphics2D g, MapScene scene, List<Visible> visible, PointRings rings,
                    MapLabels labels, HitIndex hits) {
        MapStyle s = scene.style();
        Viewport v = scene.view();
        for (int i = 0; i < visible.size(); i++) {
            Visible vis = visible.get(i);
            Annotation a = vis.annotation();
            if (a.kind() == AnnotationKind.POINT) {
                Coordinate at = vis.projected().anchor();
                Point2D p = v.toScreen(at.x, at.y);
                double around = rings.radius(i);
                Ellipse2D.Double dot = around > 0
                        ? new Ellipse2D.Double(p.getX() - around, p.getY() - around, 2 * around, 2 * around)
                        : dot(s, p);
                if (around > 0) {
                    paintRing(g, s, a.confidence(), vis.projected().color(), dot);
                } else {
                    paintDot(g, s, a, vis.projected().color(), dot);
                }
                hits.add(new HitTarget.AnnotationHit(a.id(), grow(dot.getBounds2D(), 3 * s.scale()), vis.projected().tooltip()));
            } else if (a.kind() == AnnotationKind.TEXT) {
                labels.find(vis.projected().labelKey()).ifPresent(l -> hits.add(new HitTarget.AnnotationHit(a.id(),
                        grow(l.box(), 2 * s.scale()), vis.projected().tooltip())));
            }
        }
    }

    /**
     * Adds the annotations' labels to a frame's layout: text annotations (the text is the
     * annotation) first of all labels, centred on their point or a line above or below it; the
     * titles of the other kinds beside their anchor where they fit, a point's beyond its mark
     * (its dot, or its ring around the crossing symbol it lies on, from {@code rings}).
     */
    static void contributeLabels(MapScene scene, List<Visible> visible, PointRings rings, MapLabels.Builder labels) {
        MapStyle s = scene.style();
        Viewport v = scene.view();
        Font textFont = s.font(Font.BOLD, s.textSizes().annotationText());
        Font titleFont = s.font(Font.ITALIC, s.textSizes().annotation());
        int i = 0;
        for (Visible vis : visible) {
            Annotation a = vis.annotation();
            i++;
            if (a.title().isBlank()) {
                continue;
            }
            Point2D p = v.toScreen(vis.projected().anchor().x, vis.projected().anchor().y);
            if (a.kind() == AnnotationKind.TEXT) {
                LabelContent c = LabelContent.text(a.title(), textFont, vis.projected().color(), s.textHalo(), s.width(3.5));
                double h = c.height() * 1.3;
                List<Point2D> at = List.of(p, new Point2D.Double(p.getX(), p.getY() - h),
                        new Point2D.Double(p.getX(), p.getY() + h));
                labels.add(LabelRequest.centred(vis.projected().labelKey(), LabelTier.ANNOTATION_TEXT, i, at, c.width(), c.height()),
                        MapLabel.Layer.ANNOTATION_TEXT, c);
            } else {
                LabelContent c = LabelContent.text(vis.projected().label(), titleFont, s.text(), s.textHalo(), s.width(3));
                // a point's title stands clear of its mark: two pixels beyond its dot, or its ring
                double gap = a.kind() == AnnotationKind.POINT ? markRadius(s, rings.radius(i - 1)) + 2 * s.scale() : 3 * s.scale();
                labels.add(LabelRequest.around(vis.projected().labelKey(), LabelTier.ANNOTATION, i, p.getX(), p.getY(), gap,
                        c.width(), c.height()), MapLabel.Layer.ANNOTATION, c);
            }
        }
    }

    /** The key of its label in the frame's layout: its text for a text annotation, else its title. */
    private static String labelKey(Annotation a) {
        return (a.kind() == AnnotationKind.TEXT ? "annotation-text:" : "annotation:") + a.id();
    }

    /**
     * The radius of a ring centred on {@code p} that clears every crossing symbol a point's dot there
     * would cover (with a gap for its stroke), or 0 when the dot covers none.
     */
    static double ringAround(MapStyle s, Point2D p, List<CrossingPainter.Placed> crossings) {
        double dotRadius = DOT_RADIUS * s.scale();
        double radius = 0;
        for (CrossingPainter.Placed c : crossings) {
            double symbol = c.radius() * 1.35;
            double dx = c.x() - p.getX();
            double dy = c.y() - p.getY();
            double reach = symbol + dotRadius;
            // squared first: most points of a frame lie on no crossing
            if (dx * dx + dy * dy < reach * reach) {
                radius = Math.max(radius, Math.sqrt(dx * dx + dy * dy) + symbol + 3 * s.scale());
            }
        }
        return radius;
    }

    /** What decides how a point's ring looks (the key of its sprite); its radius to a quarter pixel. */
    private record RingLook(int color, Confidence confidence, double scale, double radius) {
    }

    /**
     * A point's ring, from a sprite where the surface keeps them (the window's map repaints the
     * same rings at every date change, and stroking a dashed circle costs more than copying it):
     * its radius then to the nearest quarter pixel.
     */
    private static void paintRing(Graphics2D g, MapStyle s, Confidence confidence, Color c, Ellipse2D.Double ring) {
        Sprites sprites = Sprites.of(g);
        if (sprites == null) {
            drawRing(g, s, confidence, c, ring);
            return;
        }
        double r = Math.round(ring.getWidth() / 2 * 4) / 4.0;
        double e = r + s.width(RING_HALO);
        sprites.drawSymbol(g, new RingLook(c.getRGB(), confidence, s.scale(), r), ring.getCenterX(), ring.getCenterY(),
                new Rectangle2D.Double(-e, -e, 2 * e, 2 * e),
                (sg, ox, oy) -> drawRing(sg, s, confidence, c, new Ellipse2D.Double(ox - r, oy - r, 2 * r, 2 * r)));
    }

    /** A point drawn as a ring in its colour, on a white halo, dashed as its confidence says. */
    private static void drawRing(Graphics2D g, MapStyle s, Confidence confidence, Color c, Ellipse2D.Double ring) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(s.width(RING_HALO)));
        g.draw(ring);
        g.setColor(c);
        g.setStroke(outline(s, confidence, 2.6));
        g.draw(ring);
    }

    private static Ellipse2D.Double dot(MapStyle s, Point2D p) {
        double r = DOT_RADIUS * s.scale();
        return new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
    }

    /** What decides how a point's dot looks (the key of its sprite). */
    private record DotLook(int color, Confidence confidence, double scale) {
    }

    private static void paintDot(Graphics2D g, MapStyle s, Annotation a, Color c, Ellipse2D.Double dot) {
        Sprites sprites = Sprites.of(g);
        if (sprites != null) {
            double e = dot.getWidth() / 2 + s.width(4);
            double cx = dot.getCenterX();
            double cy = dot.getCenterY();
            double dw = dot.getWidth();
            double dh = dot.getHeight();
            sprites.drawSymbol(g, new DotLook(c.getRGB(), a.confidence(), s.scale()), cx, cy,
                    new Rectangle2D.Double(-e, -e, 2 * e, 2 * e), (sg, ox, oy) -> drawDot(sg, s, a.confidence(), c,
                            new Ellipse2D.Double(ox - dw / 2, oy - dh / 2, dw, dh)));
            return;
        }
        drawDot(g, s, a.confidence(), c, dot);
    }

    private static void drawDot(Graphics2D g, MapStyle s, Confidence confidence, Color c, Ellipse2D.Double dot) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(s.width(4)));
        g.draw(dot);
        g.setColor(c);
        g.fill(dot);
        g.setColor(new Color(0x1A1A1A));
        g.setStroke(outline(s, confidence, 1.1));
        g.draw(dot);
    }

    /** The title label of a point, line, area or ring: "Buffer zone", "Patrol range (12 km)". */
    private static String label(Annotation a) {
        String text = DayFormat.truncate(a.title(), 40);
        return a.kind() == AnnotationKind.RING ? text + " (" + formatKm(a.radiusKm()) + ")" : text;
    }

    static String formatKm(double km) {
        return (km == Math.rint(km) ? String.valueOf((long) km) : String.format(java.util.Locale.ROOT, "%.1f", km)) + " km";
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** "Buffer zone · Area · probable". */
    static String tooltip(Annotation a) {
        String title = a.title().isBlank() ? a.kind().label() : a.title();
        StringBuilder sb = new StringBuilder(title);
        if (!a.title().isBlank()) {
            sb.append(" · ").append(a.kind().label());
        }
        if (a.kind() == AnnotationKind.RING) {
            sb.append(' ').append(formatKm(a.radiusKm()));
        }
        return sb.append(" · ").append(a.confidence().code()).toString();
    }
}
