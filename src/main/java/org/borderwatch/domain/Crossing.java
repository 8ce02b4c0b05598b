package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A border crossing point on one side of a frontier.
 *
 * @param id                stable id, e.g. {@code fi-vaalimaa}, {@code pl-terespol-road}
 * @param border            {@link Border#FI_RU} or {@link Border#PL_BY}
 * @param name              local (Finnish or Polish) name, e.g. "Kuźnica"
 * @param counterpart       name of the crossing on the other side in its own script (Cyrillic), or {@code null} where unsourced
 * @param counterpartLatin  transliteration of the counterpart, e.g. "Bruzgi", or {@code null}
 * @param type              traffic carried
 * @param location          WGS84 point the map draws
 * @param precision         how far {@code location} can be trusted
 * @param precisionNote     what the point is and, for estimates, how it was made
 * @param note              free text (route, opening hours, caveats), or {@code null}
 * @param sourceIds         ids of {@link Source}s; at least one
 * @param uncertaintyMetres radius around {@code location} within which the crossing lies, in metres
 *                          on the ground, or {@code null} when not stated (then {@link #uncertaintyRadius()}
 *                          falls back on the precision)
 * @param rank              importance, 1 = most important (label priority, order of lists), or {@code null} when not ranked
 * @param rankNote          how the rank was decided (a traffic figure and its source, or the rule used), or {@code null}
 * @param names             the names of the crossing's places in the languages of both sides, each with its transliteration
 * @param trackedFrom       the first day this crossing's status is tracked; its status before that day is
 *                          {@link Status#UNTRACKED}, never blank; {@code null} when its intervals say all there is
 * @param untrackedReason   why the status before {@code trackedFrom} is not tracked; required with it
 */
public record Crossing(String id, Border border, String name, String counterpart, String counterpartLatin,
                       CrossingType type, GeoPoint location, CoordinatePrecision precision, String precisionNote,
                       String note, List<String> sourceIds, Double uncertaintyMetres, Integer rank, String rankNote,
                       List<PlaceName> names, LocalDate trackedFrom, String untrackedReason) {
    /** Most important first (by rank; unranked after ranked, road before rail before the rest), then by id. */
    public static final Comparator<Crossing> BY_IMPORTANCE = Comparator
            .comparing((Crossing c) -> c.rank() == null ? Integer.MAX_VALUE : c.rank())
            .thenComparing(c -> c.type().ordinal())
            .thenComparing(Crossing::id);

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
        if (uncertaintyMetres != null && !(uncertaintyMetres >= 0 && uncertaintyMetres <= 200_000)) {
            throw new IllegalArgumentException("crossing " + id + ": uncertainty must be 0…200,000 m, got " + uncertaintyMetres);
        }
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("crossing " + id + ": rank must be 1 or more, got " + rank);
        }
        rankNote = Util.blankToNull(rankNote);
        names = Util.copy(names);
        untrackedReason = Util.blankToNull(untrackedReason);
        if ((trackedFrom == null) != (untrackedReason == null)) {
            throw new IllegalArgumentException("crossing " + id
                    + ": 'trackedFrom' and the reason its status is not tracked before it go together");
        }
    }

    /** A crossing without rank, names in other languages, stated uncertainty or untracked period. */
    public Crossing(String id, Border border, String name, String counterpart, String counterpartLatin,
                    CrossingType type, GeoPoint location, CoordinatePrecision precision, String precisionNote,
                    String note, List<String> sourceIds) {
        this(id, border, name, counterpart, counterpartLatin, type, location, precision, precisionNote, note,
                sourceIds, null, null, null, List.of(), null, null);
    }

    /**
     * The radius in metres within which the crossing lies: the stated uncertainty, or else what its
     * precision implies (a sourced point 50 m, an approximate one 1 km, an estimate 5 km).
     */
    public double uncertaintyRadius() {
        if (uncertaintyMetres != null) {
            return uncertaintyMetres;
        }
        return switch (precision) {
            case SOURCED -> 50;
            case APPROXIMATE -> 1_000;
            case ESTIMATE -> 5_000;
        };
    }

    /** Its names on one side, in the order of the data. */
    public List<PlaceName> names(PlaceName.Side side) {
        return names.stream().filter(n -> n.side() == side).toList();
    }

    /**
     * Every spelling the crossing is known by: its name, the counterpart and its transliteration,
     * and each name in another language with its transliteration; distinct, in that order.
     */
    public List<String> allNames() {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        if (counterpart != null) {
            all.add(counterpart);
        }
        if (counterpartLatin != null) {
            all.add(counterpartLatin);
        }
        for (PlaceName n : names) {
            all.add(n.name());
            all.add(n.latin());
        }
        return new ArrayList<>(all);
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
