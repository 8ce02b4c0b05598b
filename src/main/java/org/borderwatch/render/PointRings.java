package org.borderwatch.render;

import java.awt.geom.Point2D;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.AnnotationKind;
import org.locationtech.jts.geom.Coordinate;

/**
 * Which of a frame's point annotations lie on a crossing symbol and are drawn as a ring around it
 * ({@link AnnotationPainter#ringAround}), worked out once per frame for the label layout and the
 * painting alike: the radius of each point's ring, and for each ringed crossing how far from its
 * centre a label must stand to clear the rings around it. Immutable.
 */
final class PointRings {
    /** No annotations, no rings. */
    static final PointRings NONE = new PointRings(new double[0], Map.of());

    /** By index into the frame's visible annotations: the ring's radius, pixels, or 0 (no ring: a dot, or not a point). */
    private final double[] radius;
    /** By identity: the frame's own symbols (a symbol's record would hash the crossing's whole history). */
    private final Map<CrossingPainter.Placed, Double> ringed;

    private PointRings(double[] radius, Map<CrossingPainter.Placed, Double> ringed) {
        this.radius = radius;
        this.ringed = ringed;
    }

    /** The rings of {@code visible}'s points on {@code crossings} (the frame's symbols) in {@code scene}. */
    static PointRings of(MapScene scene, List<AnnotationPainter.Visible> visible, List<CrossingPainter.Placed> crossings) {
        if (visible.isEmpty() || crossings.isEmpty()) {
            return NONE;
        }
        MapStyle s = scene.style();
        double[] radius = new double[visible.size()];
        Map<CrossingPainter.Placed, Double> ringed = null;
        for (int i = 0; i < radius.length; i++) {
            AnnotationPainter.Visible vis = visible.get(i);
            if (vis.annotation().kind() != AnnotationKind.POINT) {
                continue;
            }
            Coordinate at = vis.projected().anchor();
            Point2D p = scene.view().toScreen(at.x, at.y);
            double ring = AnnotationPainter.ringAround(s, p, crossings);
            radius[i] = ring;
            if (ring <= 0) {
                continue;
            }
            double outer = AnnotationPainter.ringReach(s, ring);
            for (CrossingPainter.Placed c : crossings) {
                double dx = c.x() - p.getX();
                double dy = c.y() - p.getY();
                if (dx * dx + dy * dy < ring * ring) {
                    if (ringed == null) {
                        ringed = new IdentityHashMap<>();
                    }
                    ringed.merge(c, Math.sqrt(dx * dx + dy * dy) + outer, Math::max);
                }
            }
        }
        return new PointRings(radius, ringed == null ? Map.of() : ringed);
    }

    /** The radius of the ring of the {@code i}th visible annotation, pixels; 0 when it has none. */
    double radius(int i) {
        return i < radius.length ? radius[i] : 0;
    }

    /**
     * How far from the centre of {@code crossing} (one of the frame's symbols) its name must stand
     * to clear the rings around it; 0 when no point rings it.
     */
    double clearance(CrossingPainter.Placed crossing) {
        return ringed.isEmpty() ? 0 : ringed.getOrDefault(crossing, 0.0);
    }
}
