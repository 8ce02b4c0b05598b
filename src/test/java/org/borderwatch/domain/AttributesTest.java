package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {
    private static LinkedHashMap<String, String> sample() {
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        m.put("event_type", "Protests");
        m.put("actor1", "Protesters (Poland)");
        m.put("fatalities", "0");
        m.put("timestamp", "1700400000");
        return m;
    }

    @Test
    void keepsInsertionOrderAndFindsByName() {
        Attributes a = Attributes.of(sample());
        assertEquals(List.of("event_type", "actor1", "fatalities", "timestamp"), new ArrayList<>(a.keySet()));
        assertEquals(List.of("Protests", "Protesters (Poland)", "0", "1700400000"), new ArrayList<>(a.values()));
        assertEquals("actor1", a.key(1));
        assertEquals("0", a.value(2));
        assertEquals(4, a.size());
        assertEquals("Protests", a.get(new String("event_type")));
        assertTrue(a.containsKey("timestamp"));
        assertFalse(a.containsKey("notes"));
        assertNull(a.get("notes"));
        assertNull(a.get(42));
        assertTrue(a.containsValue("0"));
        assertEquals("{event_type=Protests, actor1=Protesters (Poland), fatalities=0, timestamp=1700400000}", a.toString());
    }

    @Test
    void equalsAndHashCodeAsAnyMap() {
        Attributes a = Attributes.of(sample());
        Map<String, String> reversed = new HashMap<>(sample());
        assertEquals(sample(), a);
        assertEquals(a, sample());
        assertEquals(a, reversed);
        assertEquals(sample().hashCode(), a.hashCode());
        assertEquals(Map.of("x", "1"), Attributes.of(Map.of("x", "1")));
        LinkedHashMap<String, String> other = sample();
        other.put("fatalities", "1");
        assertNotEquals(a, Attributes.of(other));
        assertNotEquals(Attributes.of(other), a);
        Attributes.Keys keys = Attributes.keys("timestamp", "fatalities", "actor1", "event_type");
        assertEquals(a, Attributes.of(keys, "1700400000", "0", "Protesters (Poland)", "Protests"));
        assertEquals(Map.of(), Attributes.EMPTY);
        assertSame(Attributes.EMPTY, Attributes.of(new LinkedHashMap<>()));
        assertSame(Attributes.EMPTY, Attributes.of((Map<String, String>) null));
        assertSame(a, Attributes.of(a));
    }

    @Test
    void cannotBeChanged() {
        Attributes a = Attributes.of(sample());
        assertThrows(UnsupportedOperationException.class, () -> a.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> a.remove("actor1"));
        assertThrows(UnsupportedOperationException.class, a::clear);
        Map.Entry<String, String> first = a.entrySet().iterator().next();
        assertThrows(UnsupportedOperationException.class, () -> first.setValue("Riots"));
        assertThrows(UnsupportedOperationException.class, () -> a.entrySet().iterator().remove());
        assertThrows(UnsupportedOperationException.class, () -> a.keySet().remove("actor1"));
        String[] values = {"a", "b"};
        Attributes fromArray = Attributes.of(Attributes.keys("k1", "k2"), values);
        values[0] = "changed";
        assertEquals("a", fromArray.get("k1"), "the values array is copied");
        assertEquals(sample(), a);
    }

    @Test
    void aRepeatedNameReplacesTheValueInItsPlace() {
        Attributes a = Attributes.builder(2).put("a", "1").put("b", "2").put("c", "3").put("a", "4").build();
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        m.put("a", "1");
        m.put("b", "2");
        m.put("c", "3");
        m.put("a", "4");
        assertEquals(List.copyOf(m.entrySet()), List.copyOf(a.entrySet()));
        assertSame(Attributes.EMPTY, Attributes.builder(0).build());
    }

    @Test
    void blankNamesAndMissingValuesAreRefusedByName() {
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("notes", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Attributes.of(nullValue));
        assertTrue(e.getMessage().contains("'notes'"), e.getMessage());
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("  ", "x");
        e = assertThrows(IllegalArgumentException.class, () -> Attributes.of(blank));
        assertTrue(e.getMessage().contains("'  '"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Attributes.builder(1).put(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> Attributes.builder(1).put("k", null));
        assertThrows(IllegalArgumentException.class, () -> Attributes.keys("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> Attributes.keys("a", ""));
        assertThrows(IllegalArgumentException.class, () -> Attributes.of(Attributes.keys("a"), "1", "2"));
        assertThrows(IllegalArgumentException.class, () -> Attributes.of(Attributes.keys("a", "b"), new String[] {"1"}, 2));
        assertEquals(Map.of("a", "1"), Attributes.of(Attributes.keys("a"), new String[] {"1", "2"}, 1));
        e = assertThrows(IllegalArgumentException.class, () -> Attributes.of(Attributes.keys("a"), (String) null));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void eventsHoldTheirAttributesAsAttributesAndKeepTheirMessage() {
        Event e = new Event("acled:POL1", LocalDate.of(2023, 11, 18), DatePrecision.DAY, "Protest", "", Category.PROTEST,
                Border.PL_BY, null, null, null, List.of("s"), List.of(), sample());
        assertTrue(e.attributes() instanceof Attributes);
        assertEquals(sample(), e.attributes());
        Event none = new Event("x", LocalDate.of(2023, 11, 18), DatePrecision.DAY, "T", "", Category.PROTEST,
                Border.PL_BY, null, null, null, List.of("s"), List.of(), null);
        assertSame(Attributes.EMPTY, none.attributes());
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("", "x");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new Event("x",
                LocalDate.of(2023, 11, 18), DatePrecision.DAY, "T", "", Category.PROTEST, Border.PL_BY, null, null,
                null, List.of("s"), List.of(), bad));
        assertEquals("event x: attribute names must be non-empty and values non-null", ex.getMessage());
    }
}
