package org.borderwatch.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the overlays painted where, so a pointer position can be mapped back to a crossing, an
 * event, a cluster or an annotation. Targets are kept in paint order; a query answers the topmost
 * (last painted) first, as the eye sees them.
 *
 * <p>Coordinates are screen pixels of the painted frame (y down). A pointer over a frame that the
 * view has since panned or zoomed must be converted back to that frame's pixels first.
 *
 * <p>Built on the painting thread with {@link #add}; once {@link #freeze() frozen} (as every index
 * handed out by the painters is) it is immutable and safe to query from any thread.
 */
public final class HitIndex {
    private final List<HitTarget> targets;
    private final boolean frozen;

    /** An empty index open for adding. */
    public HitIndex() {
        this(new ArrayList<>(), false);
    }

    private HitIndex(List<HitTarget> targets, boolean frozen) {
        this.targets = targets;
        this.frozen = frozen;
    }

    /** An empty, frozen index (for frames without overlays). */
    public static HitIndex empty() {
        return new HitIndex(List.of(), true);
    }

    /** Adds a target on top of those added before. */
    public void add(HitTarget target) {
        if (frozen) {
            throw new IllegalStateException("this hit index is frozen");
        }
        targets.add(target);
    }

    /** An immutable copy holding the same targets. */
    public HitIndex freeze() {
        return frozen ? this : new HitIndex(Collections.unmodifiableList(new ArrayList<>(targets)), true);
    }

    /** The topmost target under screen point (x, y), if any. */
    public Optional<HitTarget> at(double x, double y) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            HitTarget t = targets.get(i);
            if (t.contains(x, y)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The topmost target under (x, y) or within {@code tolerance} pixels of it (for touch and shaky
     * hands): a symbol just missed wins over an area painted beneath it that contains the point.
     */
    public Optional<HitTarget> near(double x, double y, double tolerance) {
        if (tolerance <= 0) {
            return at(x, y);
        }
        for (int i = targets.size() - 1; i >= 0; i--) {
            HitTarget t = targets.get(i);
            if (t.contains(x, y) || t.area().intersects(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every target under (x, y), topmost first. */
    public List<HitTarget> allAt(double x, double y) {
        List<HitTarget> out = new ArrayList<>();
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (targets.get(i).contains(x, y)) {
                out.add(targets.get(i));
            }
        }
        return out;
    }

    /** Every target in paint order (bottom first). */
    public List<HitTarget> targets() {
        return Collections.unmodifiableList(targets);
    }

    /** The target of a crossing, if its symbol was painted. */
    public Optional<HitTarget.CrossingHit> crossing(String crossingId) {
        for (HitTarget t : targets) {
            if (t instanceof HitTarget.CrossingHit c && c.crossingId().equals(crossingId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The marker or cluster that shows an event, if it was painted. */
    public Optional<HitTarget> event(String eventId) {
        for (HitTarget t : targets) {
            if (t instanceof HitTarget.EventHit e && e.eventId().equals(eventId)
                    || t instanceof HitTarget.ClusterHit c && c.eventIds().contains(eventId)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return targets.size();
    }
}
