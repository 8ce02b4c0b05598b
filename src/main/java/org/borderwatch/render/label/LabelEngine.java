package org.borderwatch.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places labels greedily in priority order, as map labelling engines do (QGIS PAL, Imhof's rules):
 * each label takes the first free place in its own order of preference, so the important ones get
 * the best places and the rest work around them.
 *
 * <p>Guarantees, for every spot returned: its box lies inside the bounds; it overlaps no box
 * {@link #block blocked} or {@link #keepTextOff kept clear of text} before and no other spot's box (boxes are kept {@code padding} pixels
 * apart); its leader line, if any, passes through no reserved box and crosses no other leader
 * (except, as a last resort, a fallback badge's leader, which may cross other leaders and, failing
 * that, the symbols packed around its own, never a label); no later box covers an earlier leader. A request that finds no place (nor its badge) is left
 * out of the result. A request with a symbol of its own (a town's dot) is placed only where that
 * symbol's box is free too, and reserves it with the label.
 *
 * <p>Order of preference for a label {@linkplain LabelRequest.Mode#AROUND around} its anchor: the
 * eight places beside it (right, left, above, below, then the diagonals — or, with a preferred
 * direction, the nearest to it first), then places on rings farther out joined by a leader line
 * (nearer rings first; on a ring, nearest the preferred direction first), then the same for its
 * other shapes (its name on two lines), then the same for its fallback badge. A leader starts {@code gap} from the anchor, so it never runs through the
 * anchor's own symbol.
 *
 * <p>One instance per layout; not thread-safe.
 */
public final class LabelEngine {
    /** Angles in degrees (counter-clockwise from the right, screen up) of the places beside an anchor, in default order. */
    private static final int[] BESIDE = {0, 180, 90, 270, 45, 315, 135, 225};
    /** Directions tried for leader lines: every 22.5°. */
    private static final int LEADER_DIRECTIONS = 16;
    /** The directions a leader line may take, degrees, evenly spaced. */
    private static final int[] LEADER_ANGLES = new int[LEADER_DIRECTIONS];

    static {
        for (int i = 0; i < LEADER_DIRECTIONS; i++) {
            LEADER_ANGLES[i] = (int) Math.round(i * 360.0 / LEADER_DIRECTIONS);
        }
    }
    /** Ring distances beyond the gap, in label heights. */
    private static final double[] RINGS = {0.9, 1.6, 2.5, 3.6, 5, 7, 9.5, 13};
    /** Comparison order of requests. */
    public static final Comparator<LabelRequest> ORDER = Comparator.comparingInt(LabelRequest::tier)
            .thenComparingDouble(LabelRequest::rank).thenComparing(LabelRequest::key);

    private final Rectangle2D bounds;
    private final double padding;
    private final BoxGrid reserved = new BoxGrid();
    private final BoxGrid labels = new BoxGrid();
    private final BoxGrid clearOfText = new BoxGrid();
    private final List<Line2D> leaders = new ArrayList<>();
    private final List<LabelSpot> spots = new ArrayList<>();
    /** The padded box of the candidate {@link #free} tests (one engine places on one thread). */
    private final Rectangle2D.Double paddedScratch = new Rectangle2D.Double();
    /** The candidate box and leader {@code around} tests. */
    private final Rectangle2D.Double candidateScratch = new Rectangle2D.Double();
    private final Line2D.Double leaderScratch = new Line2D.Double();
    /** While true, a badge's leader may cross reserved symbols (never labels): the last resort. */
    private boolean lastResort;

    /**
     * @param bounds  the area every label must lie in (the frame, less a margin), pixels
     * @param padding space kept around every placed label, pixels
     */
    public LabelEngine(Rectangle2D bounds, double padding) {
        this.bounds = new Rectangle2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        this.padding = padding;
    }

    /** Reserves {@code box} (a symbol, a decoration, an inset) so that no label covers it. */
    public void block(Rectangle2D box) {
        reserved.add(box);
    }

    /**
     * Keeps label boxes off {@code box} but lets leader lines cross it: how a line feature (the
     * border itself) stays readable under its own crossings' labels.
     */
    public void keepTextOff(Rectangle2D box) {
        clearOfText.add(box);
    }

    /** Reserves every box of {@code boxes}. */
    public void blockAll(Collection<? extends Rectangle2D> boxes) {
        boxes.forEach(this::block);
    }

    /** Places {@code requests} in {@link #ORDER} and returns the spots found, in that order. */
    public List<LabelSpot> placeAll(Collection<LabelRequest> requests) {
        List<LabelRequest> sorted = new ArrayList<>(requests);
        sorted.sort(ORDER);
        List<LabelSpot> out = new ArrayList<>(sorted.size());
        for (LabelRequest r : sorted) {
            place(r).ifPresent(out::add);
        }
        return out;
    }

    /** Places one request now (callers keep the priority order); empty when it found no place. */
    public Optional<LabelSpot> place(LabelRequest r) {
        if (r.ownBox() != null && (reserved.intersects(r.ownBox()) || overLeader(r.ownBox()))) {
            return Optional.empty();
        }
        Optional<LabelSpot> spot = r.mode() == LabelRequest.Mode.CENTRED ? centred(r) : around(r);
        spot.ifPresent(s -> {
            if (r.ownBox() != null) {
                reserved.add(r.ownBox());
            }
            take(s);
        });
        return spot;
    }

    private boolean overLeader(Rectangle2D box) {
        for (Line2D l : leaders) {
            if (box.intersectsLine(l)) {
                return true;
            }
        }
        return false;
    }

    /** Every spot placed so far, in placing order. */
    public List<LabelSpot> spots() {
        return List.copyOf(spots);
    }

    /** Every reserved box: the blocked ones and the placed labels (padded), in order. */
    public List<Rectangle2D> reserved() {
        return reserved.boxes();
    }

    private Optional<LabelSpot> centred(LabelRequest r) {
        for (Point2D a : r.anchors()) {
            Rectangle2D box = new Rectangle2D.Double(a.getX() - r.width() / 2, a.getY() - r.height() / 2, r.width(),
                    r.height());
            if (free(box)) {
                return Optional.of(new LabelSpot(r.key(), LabelSpot.Kind.CENTRED, box, a, null, 0));
            }
        }
        return Optional.empty();
    }

    private Optional<LabelSpot> around(LabelRequest r) {
        Optional<LabelSpot> label = around(r, r.width(), r.height(), false, false, 0);
        for (int i = 0; label.isEmpty() && i < r.alternates().size(); i++) {
            LabelRequest.Size alt = r.alternates().get(i);
            label = around(r, alt.width(), alt.height(), false, false, i + 1);
        }
        if (label.isPresent() || r.badgeWidth() <= 0) {
            return label;
        }
        Optional<LabelSpot> badge = around(r, r.badgeWidth(), r.badgeHeight(), true, false, 0);
        // a badge that finds no way out of a crowd may cross other leader lines, and at the last a
        // symbol packed around its own — never a label
        if (badge.isEmpty()) {
            badge = around(r, r.badgeWidth(), r.badgeHeight(), true, true, 0);
        }
        if (badge.isEmpty()) {
            lastResort = true;
            badge = around(r, r.badgeWidth(), r.badgeHeight(), true, true, 0);
            lastResort = false;
        }
        return badge;
    }

    private Optional<LabelSpot> around(LabelRequest r, double w, double h, boolean badge, boolean crossLeaders,
                                       int variant) {
        Point2D a = r.anchor();
        double ax = a.getX();
        double ay = a.getY();
        double gap = r.gap();
        // candidates are tested in one reused box (and leader); only the spot taken is kept
        Rectangle2D.Double box = candidateScratch;
        for (int angle : order(BESIDE, r)) {
            beside(ax, ay, gap, w, h, angle, box);
            if (free(box)) {
                return Optional.of(new LabelSpot(r.key(), badge ? LabelSpot.Kind.BADGE : LabelSpot.Kind.BESIDE,
                        copy(box), a, null, variant));
            }
        }
        double maxLeader = badge ? Math.max(r.maxLeader(), 14 * h) : r.maxLeader();
        if (maxLeader <= 0) {
            return Optional.empty();
        }
        int[] ordered = order(LEADER_ANGLES, r);
        double step = Math.max(h, 8);
        Line2D.Double leader = leaderScratch;
        for (double ring : RINGS) {
            double d = gap + ring * step;
            if (d - gap > maxLeader) {
                break;
            }
            for (int angle : ordered) {
                double rad = Math.toRadians(angle);
                double ux = Math.cos(rad);
                double uy = -Math.sin(rad);
                double ex = ax + d * ux;
                double ey = ay + d * uy;
                attached(ex, ey, ux, uy, w, h, box);
                leader.setLine(ax + gap * ux, ay + gap * uy, ex, ey);
                if (free(box) && clear(leader, crossLeaders)) {
                    return Optional.of(new LabelSpot(r.key(), badge ? LabelSpot.Kind.BADGE : LabelSpot.Kind.LED, copy(box),
                            a, new Line2D.Double(leader.x1, leader.y1, leader.x2, leader.y2), variant));
                }
            }
        }
        return Optional.empty();
    }

    private static Rectangle2D copy(Rectangle2D.Double box) {
        return new Rectangle2D.Double(box.x, box.y, box.width, box.height);
    }

    /** Sets {@code box} to a label beside (ax, ay) at {@code gap}, towards {@code angle}. */
    private static void beside(double ax, double ay, double gap, double w, double h, int angle, Rectangle2D.Double box) {
        double diag = gap * 0.75;
        switch (angle) {
            case 0 -> box.setRect(ax + gap, ay - h / 2, w, h);
            case 180 -> box.setRect(ax - gap - w, ay - h / 2, w, h);
            case 90 -> box.setRect(ax - w / 2, ay - gap - h, w, h);
            case 270 -> box.setRect(ax - w / 2, ay + gap, w, h);
            case 45 -> box.setRect(ax + diag, ay - diag - h, w, h);
            case 315 -> box.setRect(ax + diag, ay + diag, w, h);
            case 135 -> box.setRect(ax - diag - w, ay - diag - h, w, h);
            default -> box.setRect(ax - diag - w, ay + diag, w, h);
        }
    }

    /**
     * Sets {@code box} to a label whose near edge touches the leader's end (ex, ey): its left or
     * right edge's middle when the leader runs mostly sideways, its top or bottom edge's middle otherwise.
     */
    private static void attached(double ex, double ey, double ux, double uy, double w, double h, Rectangle2D.Double box) {
        if (Math.abs(ux) >= 0.38) {
            box.setRect(ux > 0 ? ex : ex - w, ey - h / 2, w, h);
        } else {
            box.setRect(ex - w / 2, uy > 0 ? ey : ey - h, w, h);
        }
    }

    /** {@code angles} sorted by closeness to the request's preferred direction (stable: ties keep their order). */
    private static int[] order(int[] angles, LabelRequest r) {
        if (r.preferX() == 0 && r.preferY() == 0) {
            return angles;
        }
        double preferred = Math.toDegrees(Math.atan2(-r.preferY(), r.preferX()));
        Integer[] boxed = new Integer[angles.length];
        for (int i = 0; i < angles.length; i++) {
            boxed[i] = angles[i];
        }
        java.util.Arrays.sort(boxed, Comparator.comparingDouble(a -> angularDistance(a, preferred)));
        int[] out = new int[angles.length];
        for (int i = 0; i < angles.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static double angularDistance(double a, double b) {
        double d = Math.abs(((a - b) % 360 + 360) % 360);
        return d > 180 ? 360 - d : d;
    }

    private boolean free(Rectangle2D box) {
        if (box.getMinX() < bounds.getMinX() || box.getMinY() < bounds.getMinY() || box.getMaxX() > bounds.getMaxX()
                || box.getMaxY() > bounds.getMaxY()) {
            return false;
        }
        // one padded box reused for every candidate tested: a frame tests thousands
        Rectangle2D.Double padded = paddedScratch;
        padded.setRect(box.getX() - padding, box.getY() - padding, box.getWidth() + 2 * padding,
                box.getHeight() + 2 * padding);
        return !reserved.intersects(padded) && !clearOfText.intersects(box) && !overLeader(padded);
    }

    private boolean clear(Line2D leader, boolean crossLeaders) {
        if (lastResort ? labels.intersects(leader) : reserved.intersects(leader)) {
            return false;
        }
        if (crossLeaders) {
            return true;
        }
        for (Line2D l : leaders) {
            if (l.intersectsLine(leader)) {
                return false;
            }
        }
        return true;
    }

    private Rectangle2D pad(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - padding, box.getY() - padding, box.getWidth() + 2 * padding,
                box.getHeight() + 2 * padding);
    }

    private void take(LabelSpot spot) {
        reserved.add(pad(spot.box()));
        labels.add(pad(spot.box()));
        if (spot.leader() != null) {
            leaders.add(spot.leader());
        }
        spots.add(spot);
    }
}
