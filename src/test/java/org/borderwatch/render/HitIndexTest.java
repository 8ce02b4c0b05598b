package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.domain.Status;
import org.junit.jupiter.api.Test;

class HitIndexTest {

    private static HitIndex sample() {
        HitIndex idx = new HitIndex();
        idx.add(new HitTarget.AnnotationHit("zone", new Rectangle2D.Double(0, 0, 200, 200), "Zone"));
        idx.add(new HitTarget.CrossingHit("fi-vaalimaa", Status.CLOSED, new Ellipse2D.Double(90, 90, 20, 20), "Vaalimaa"));
        idx.add(new HitTarget.ClusterHit(List.of("a", "b"), new Ellipse2D.Double(150, 20, 20, 20), "2 events"));
        return idx.freeze();
    }

    @Test
    void topmostTargetWinsAndAllTargetsUnderAPointAreListed() {
        HitIndex idx = sample();
        assertEquals("fi-vaalimaa", ((HitTarget.CrossingHit) idx.at(100, 100).orElseThrow()).crossingId());
        assertEquals(List.of("Vaalimaa", "Zone"), idx.allAt(100, 100).stream().map(HitTarget::tooltip).toList());
        assertEquals("zone", ((HitTarget.AnnotationHit) idx.at(20, 180).orElseThrow()).annotationId());
        assertTrue(idx.at(300, 300).isEmpty());
    }

    @Test
    void nearFindsASymbolJustMissedAndLookupsByIdWork() {
        HitIndex idx = sample();
        // (173, 30) misses the cluster by 3 px and lies inside the zone painted beneath it
        assertEquals("2 events", idx.near(173, 30, 5).orElseThrow().tooltip());
        assertEquals("Zone", idx.at(173, 30).orElseThrow().tooltip());
        assertEquals("Zone", idx.near(185, 30, 5).orElseThrow().tooltip());
        assertTrue(idx.near(215, 30, 5).isEmpty());
        assertEquals("fi-vaalimaa", idx.crossing("fi-vaalimaa").orElseThrow().crossingId());
        assertTrue(idx.event("b").orElseThrow() instanceof HitTarget.ClusterHit);
        assertTrue(idx.event("c").isEmpty());
    }

    @Test
    void aFrozenIndexRefusesAdditionsAndAClusterNeedsTwoEvents() {
        HitIndex idx = sample();
        assertThrows(IllegalStateException.class,
                () -> idx.add(new HitTarget.EventHit("x", new Rectangle2D.Double(0, 0, 1, 1), "x")));
        assertThrows(IllegalArgumentException.class,
                () -> new HitTarget.ClusterHit(List.of("a"), new Rectangle2D.Double(0, 0, 1, 1), "1 event"));
    }
}
