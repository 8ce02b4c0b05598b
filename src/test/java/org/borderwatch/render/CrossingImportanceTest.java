package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.GeoPoint;
import org.junit.jupiter.api.Test;

class CrossingImportanceTest {
    private static Crossing crossing(String name, CrossingType type, Integer rank) {
        return new Crossing("fi-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace("(", "").replace(")", ""),
                Border.FI_RU, name, null, null, type, new GeoPoint(61, 28), CoordinatePrecision.SOURCED, "test",
                null, List.of("F1"), null, rank, rank == null ? null : "test", List.of(), null, null);
    }

    @Test
    void theDatasRankComesFirstWhateverTheType() {
        Crossing rail = crossing("Vainikkala", CrossingType.RAIL, 2);
        Crossing road = crossing("Salla", CrossingType.ROAD, 6);
        assertEquals(2, CrossingImportance.of(rail));
        assertTrue(CrossingImportance.of(rail) < CrossingImportance.of(road), "a ranked rail crossing can lead a road");
    }

    @Test
    void unrankedCrossingsFollowEveryRankedOneRoadBeforeRailBeforeTemporary() {
        Crossing ranked = crossing("Parikkala (temporary)", CrossingType.ROAD, 13);
        Crossing road = crossing("Road", CrossingType.ROAD, null);
        Crossing rail = crossing("Rail", CrossingType.RAIL, null);
        Crossing temporary = crossing("Inari (temporary)", CrossingType.ROAD, null);
        assertTrue(CrossingImportance.of(ranked) < CrossingImportance.of(road));
        assertTrue(CrossingImportance.of(road) < CrossingImportance.of(rail));
        assertTrue(CrossingImportance.of(rail) < CrossingImportance.of(temporary));
    }
}
