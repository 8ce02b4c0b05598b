package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.borderwatch.domain.AnnotationMerge.Field;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Two versions of an annotation side by side: what differs, and a merge taking each field from one side. */
class AnnotationMergeTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private static Annotation base() {
        return AnnotationBuilder.create("a-1", AnnotationKind.POINT, GF.createPoint(new Coordinate(23.6, 53.5)), "anna", T0,
                "#1E88E5").title("Camp").note("Tents").build();
    }

    @Test
    void onlyTheFieldsThatDifferAreListedInViewOrder() {
        Annotation mine = AnnotationBuilder.from(base()).title("Camp by the fence").confidence(Confidence.CONFIRMED)
                .modified(T0.plusSeconds(60)).build();
        Annotation theirs = AnnotationBuilder.from(base()).note("Tents and a fire").author("bruno")
                .geometry(GF.createPoint(new Coordinate(23.61, 53.5))).modified(T0.plusSeconds(30)).build();
        assertEquals(List.of(Field.TITLE, Field.NOTE, Field.GEOMETRY, Field.CONFIDENCE), AnnotationMerge.differing(mine, theirs));
        assertTrue(AnnotationMerge.show(Field.GEOMETRY, theirs).startsWith("point at 53.5000° N, 23.6100° E"));
        assertEquals("—", AnnotationMerge.show(Field.TAGS, theirs));
    }

    @Test
    void aMergeTakesTheChosenFieldsFromMineAndTheRestFromTheirs() {
        Annotation mine = AnnotationBuilder.from(base()).title("Camp by the fence").note("Mine").modified(T0.plusSeconds(90)).build();
        Annotation theirs = AnnotationBuilder.from(base()).note("Tents and a fire").tags(List.of("fire")).author("bruno")
                .modified(T0.plusSeconds(120)).build();
        Annotation merged = AnnotationMerge.merge(theirs, mine, EnumSet.of(Field.TITLE), "anna", T0.plusSeconds(100));
        assertEquals("Camp by the fence", merged.title(), "from mine");
        assertEquals("Tents and a fire", merged.note(), "from theirs");
        assertEquals(List.of("fire"), merged.tags());
        assertEquals("anna", merged.author(), "the merge is a change by whoever merged");
        assertTrue(merged.modified().isAfter(theirs.modified()), "never older than either version");
        assertEquals(theirs.created(), merged.created());
        assertThrows(IllegalArgumentException.class, () -> AnnotationMerge.merge(theirs,
                AnnotationBuilder.create("a-2", AnnotationKind.POINT, GF.createPoint(new Coordinate(23, 53)), "anna", T0,
                        "#000000").build(), EnumSet.allOf(Field.class), "anna", T0));
    }
}
