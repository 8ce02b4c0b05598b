package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildListsTest {
    @Test
    void rowsInKeyOrderBecomeListsAndEqualListsAreShared() {
        Map<String, List<String>> lists = ChildLists.parse(
                "[[\"e1\",0,\"acled\"],[\"e1\",1,\"t1\"],[\"e2\",0,\"acled\"],[\"e2\",1,\"t1\"],[\"e3\",0,\"a\\\"b\"]]",
                3, new RowDecoder());
        assertEquals(Map.of("e1", List.of("acled", "t1"), "e2", List.of("acled", "t1"), "e3", List.of("a\"b")), lists);
        assertSame(lists.get("e1"), lists.get("e2"));
    }

    @Test
    void rowsInAnyOrderStillGiveListsInPositionOrder() {
        Map<String, List<String>> lists = ChildLists.parse(
                "[[\"e2\",1,\"y\"],[\"e1\",1,\"b\"],[\"e2\",0,\"x\"],[\"e1\",0,\"a\"],[\"e1\",2,\"c\"]]", 2, new RowDecoder());
        assertEquals(Map.of("e1", List.of("a", "b", "c"), "e2", List.of("x", "y")), lists);
    }

    @Test
    void emptyAndMalformedText() {
        assertEquals(Map.of(), ChildLists.parse("[]", 0, new RowDecoder()));
        assertNull(ChildLists.parse("[[\"e1\",\"0\",\"a\"]]", 1, new RowDecoder()));
        assertNull(ChildLists.parse("[[\"e1\",0,\"a\"]", 1, new RowDecoder()));
        assertNull(ChildLists.parse(null, 1, new RowDecoder()));
    }
}
