package org.borderwatch.render;

import org.borderwatch.domain.Crossing;

/**
 * How much a crossing matters for labelling, 1 = most: the crossing's own rank in the data (by the
 * traffic its sources report; see {@link Crossing#rank()}); a crossing without one comes after every
 * ranked crossing, road crossings before road-and-rail, rail, river and pedestrian ones, and
 * temporary crossings last. Lower ranks get their names placed first within a label tier.
 */
public final class CrossingImportance {
    /** Where unranked crossings start: after any rank the data gives. */
    static final int UNRANKED = 1_000;

    private CrossingImportance() {
    }

    /** The crossing's importance rank, 1 = most important. */
    public static int of(Crossing c) {
        if (c.rank() != null) {
            return Math.min(c.rank(), UNRANKED - 1);
        }
        if (c.name().contains("(temporary)")) {
            return UNRANKED + 4;
        }
        return UNRANKED + switch (c.type()) {
            case ROAD, ROAD_RAIL -> 1;
            case RAIL -> 2;
            case RIVER, PEDESTRIAN -> 3;
        };
    }
}
