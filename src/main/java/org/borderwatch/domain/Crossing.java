package org.borderwatch.domain;

import java.util.List;

/**
 * A border crossing point on one side of a frontier.
 *
 * @param id               stable id, e.g. {@code fi-vaalimaa}, {@code pl-terespol-road}
 * @param border           {@link Border#FI_RU} or {@link Border#PL_BY}
 * @param name             local (Finnish or Polish) name, e.g. "Kuźnica"
 * @param counterpart      name of the crossing on the other side in its own script (Cyrillic), or {@code null} where unsourced
 * @param counterpartLatin transliteration of the counterpart, e.g. "Bruzgi", or {@code null}
 * @param type             traffic carried
 * @param location         WGS84 point the map draws
 * @param precision        how far {@code location} can be trusted
 * @param precisionNote    what the point is and, for estimates, how it was made
 * @param note             free text (route, opening hours, caveats), or {@code null}
 * @param sourceIds        ids of {@link Source}s; at least one
 */
public record Crossing(String id, Border border, String name, String counterpart, String counterpartLatin,
                       CrossingType type, GeoPoint location, CoordinatePrecision precision, String precisionNote,
                       String note, List<String> sourceIds) {
    public Crossing {
        Util.requireText(id, "crossing id");
        Util.requireText(name, "crossing name");
        if (border == null || !border.isFrontier()) {
            throw new IllegalArgumentException("crossing " + id + ": border must be FI-RU or PL-BY");
        }
        if (type == null || location == null || precision == null) {
            throw new IllegalArgumentException("crossing " + id + ": type, location and precision are required");
        }
        Util.requireText(precisionNote, "crossing " + id + ": precision note");
        counterpart = Util.blankToNull(counterpart);
        counterpartLatin = Util.blankToNull(counterpartLatin);
        note = Util.blankToNull(note);
        sourceIds = Util.copy(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("crossing " + id + ": at least one source is required");
        }
    }

    /** "Vaalimaa – Торфяновка (Torfyanovka)", for tooltips and details. */
    public String displayPair() {
        StringBuilder sb = new StringBuilder(name);
        if (counterpart != null || counterpartLatin != null) {
            sb.append(" – ").append(counterpart != null ? counterpart : counterpartLatin);
            if (counterpart != null && counterpartLatin != null) {
                sb.append(" (").append(counterpartLatin).append(')');
            }
        }
        return sb.toString();
    }
}
