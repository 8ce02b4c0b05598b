package org.borderwatch.domain;

import java.util.Locale;

/** What traffic a crossing carries. The map draws each type with its own symbol shape. */
public enum CrossingType {
    ROAD("road", "Road"),
    RAIL("rail", "Rail"),
    ROAD_RAIL("road+rail", "Road and rail"),
    RIVER("river", "River / water"),
    PEDESTRIAN("pedestrian", "Pedestrian / cycle");

    private final String code;
    private final String label;

    CrossingType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CrossingType parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CrossingType c : values()) {
            if (c.code.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown crossing type '" + text
                + "' (expected road, rail, road+rail, river or pedestrian)");
    }
}
