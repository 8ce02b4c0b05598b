package org.borderwatch.render;

import org.borderwatch.domain.Crossing;

/**
 * How much a crossing matters for labelling, 1 = most: road crossings (the busiest traffic) before
 * road-and-rail, rail, river and pedestrian ones, and temporary crossings last. Lower ranks get
 * their names placed first within a label tier.
 */
public final class CrossingImportance {
    private CrossingImportance() {
    }

    /** The crossing's importance rank, 1 = most important. */
    public static int of(Crossing c) {
        if (c.name().contains("(temporary)")) {
            return 4;
        }
        return switch (c.type()) {
            case ROAD, ROAD_RAIL -> 1;
            case RAIL -> 2;
            case RIVER, PEDESTRIAN -> 3;
        };
    }
}
