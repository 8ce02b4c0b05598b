package org.borderwatch.render.label;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What one label asks of the {@link LabelEngine}. Units are pixels of the view, y down.
 *
 * <p>Requests are placed by {@code tier} (lower first), then {@code rank} (lower first), then key.
 * An {@link Mode#AROUND} label tries the eight places beside its anchor at distance {@code gap}
 * (the side nearest the preferred direction first), then, when {@code maxLeader} &gt; 0, places
 * farther off joined to the anchor by a leader line; when all fail and it has a fallback badge,
 * the badge tries the same. A {@link Mode#CENTRED} label (a country name) is centred on the
 * first of its anchors where it fits, and is left out otherwise.
 *
 * @param key        unique key of the label, e.g. {@code crossing:fi-vaalimaa}
 * @param tier       priority group, lower first (e.g. crossings before country names)
 * @param rank       order within the tier, lower first
 * @param mode       around a point, or centred on one of several points
 * @param anchors    the point labelled (AROUND: exactly one) or candidate centres (CENTRED), pixels
 * @param gap        distance from the anchor to the nearest edge of a label beside it, pixels
 * @param width      label box width, pixels
 * @param height     label box height, pixels
 * @param preferX    x of the preferred direction (−1 left … 1 right; 0 with preferY 0: none)
 * @param preferY    y of the preferred direction (−1 up … 1 down)
 * @param maxLeader  longest leader line, pixels; 0 for none
 * @param badgeWidth width of the fallback badge, pixels; 0 for no fallback
 * @param badgeHeight height of the fallback badge, pixels
 * @param ownBox     the box of a symbol drawn only with its label (a town's dot), which must be free
 *                   too and is reserved with the label; {@code null} for none
 * @param alternates other shapes of the same label (its name on two lines), tried in order after
 *                   the first shape found no place and before the badge
 */
public record LabelRequest(String key, int tier, double rank, Mode mode, List<Point2D> anchors, double gap,
                           double width, double height, double preferX, double preferY, double maxLeader,
                           double badgeWidth, double badgeHeight, Rectangle2D ownBox, List<Size> alternates) {
    /** A label box's width and height, pixels. */
    public record Size(double width, double height) {
        public Size {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("a label size must be positive, not " + width + " × " + height);
            }
        }
    }

    /** How a label relates to its anchor. */
    public enum Mode { AROUND, CENTRED }

    public LabelRequest {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a label request needs a key");
        }
        if (mode == null || anchors == null || anchors.isEmpty()) {
            throw new IllegalArgumentException("label " + key + ": a mode and at least one anchor are required");
        }
        // copied point by point (every frame asks for thousands of labels; a stream per request showed)
        Point2D[] copies = new Point2D[anchors.size()];
        for (int i = 0; i < copies.length; i++) {
            Point2D p = anchors.get(i);
            copies[i] = new Point2D.Double(p.getX(), p.getY());
        }
        anchors = List.of(copies);
        if (mode == Mode.AROUND && anchors.size() != 1) {
            throw new IllegalArgumentException("label " + key + ": a label around a point has one anchor");
        }
        if (!(width > 0 && height > 0) || gap < 0 || maxLeader < 0 || badgeWidth < 0 || badgeHeight < 0) {
            throw new IllegalArgumentException("label " + key + ": sizes must be positive (" + width + " × " + height + ")");
        }
        ownBox = ownBox == null ? null : new Rectangle2D.Double(ownBox.getX(), ownBox.getY(), ownBox.getWidth(),
                ownBox.getHeight());
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }

    /** A request without a symbol of its own. */
    public LabelRequest(String key, int tier, double rank, Mode mode, List<Point2D> anchors, double gap, double width,
                        double height, double preferX, double preferY, double maxLeader, double badgeWidth,
                        double badgeHeight) {
        this(key, tier, rank, mode, anchors, gap, width, height, preferX, preferY, maxLeader, badgeWidth, badgeHeight,
                null, List.of());
    }

    /** A label beside the point (x, y), at {@code gap} from it, no leader, no fallback, no preferred side. */
    public static LabelRequest around(String key, int tier, double rank, double x, double y, double gap,
                                      double width, double height) {
        return new LabelRequest(key, tier, rank, Mode.AROUND, List.of(new Point2D.Double(x, y)), gap, width, height,
                0, 0, 0, 0, 0);
    }

    /** A label centred on the first of {@code anchors} where it fits. */
    public static LabelRequest centred(String key, int tier, double rank, List<Point2D> anchors, double width,
                                       double height) {
        return new LabelRequest(key, tier, rank, Mode.CENTRED, anchors, 0, width, height, 0, 0, 0, 0, 0);
    }

    /** The same request, trying the side towards (dx, dy) first. */
    public LabelRequest preferring(double dx, double dy) {
        return new LabelRequest(key, tier, rank, mode, anchors, gap, width, height, dx, dy, maxLeader, badgeWidth,
                badgeHeight, ownBox, alternates);
    }

    /** The same request, allowed a leader line of up to {@code length} pixels. */
    public LabelRequest withLeader(double length) {
        return new LabelRequest(key, tier, rank, mode, anchors, gap, width, height, preferX, preferY, length,
                badgeWidth, badgeHeight, ownBox, alternates);
    }

    /** The same request, falling back to a badge of {@code w} × {@code h} pixels when the label finds no place. */
    public LabelRequest withBadge(double w, double h) {
        return new LabelRequest(key, tier, rank, mode, anchors, gap, width, height, preferX, preferY, maxLeader, w, h,
                ownBox, alternates);
    }

    /** The same request with a symbol of its own, drawn only if the label is placed (see the class comment). */
    public LabelRequest withOwnBox(Rectangle2D box) {
        return new LabelRequest(key, tier, rank, mode, anchors, gap, width, height, preferX, preferY, maxLeader,
                badgeWidth, badgeHeight, box, alternates);
    }

    /** The same request with other shapes to try (see {@code alternates}). */
    public LabelRequest withAlternates(List<Size> shapes) {
        return new LabelRequest(key, tier, rank, mode, anchors, gap, width, height, preferX, preferY, maxLeader,
                badgeWidth, badgeHeight, ownBox, shapes);
    }

    /** The anchor of an AROUND label. */
    public Point2D anchor() {
        return anchors.get(0);
    }
}
