package org.borderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Event;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.interop.AcledReader;
import org.borderwatch.interop.AcledRecord;
import org.junit.jupiter.api.Test;

class AcledSampleGeneratorTest {
    private static byte[] generate(long seed, AcledLayout layout, int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new AcledSampleGenerator(seed, layout).write(w, rows);
        }
        return out.toByteArray();
    }

    @Test
    void everyGeneratedRowOfBothLayoutsImportsAndTheRowsLookLikeTheRegion() throws Exception {
        for (AcledLayout layout : AcledLayout.values()) {
            byte[] bytes = generate(11, layout, 3000);
            List<Event> events = new ArrayList<>();
            try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "sample.csv", bytes.length)) {
                assertEquals(layout, r.layout());
                for (AcledRecord rec = r.next(); rec != null; rec = r.next()) {
                    events.add(rec.event());
                }
            }
            assertEquals(3000, events.size(), layout + ": every row is valid");
            Set<String> ids = new HashSet<>();
            events.forEach(e -> ids.add(e.id()));
            assertEquals(3000, ids.size(), "ids are unique");
            EnumSet<Border> borders = EnumSet.noneOf(Border.class);
            events.forEach(e -> borders.add(e.border()));
            assertEquals(EnumSet.of(Border.FI_RU, Border.PL_BY, Border.OTHER), borders);
            assertTrue(events.stream().allMatch(e -> !e.date().isBefore(LocalDate.of(2021, 1, 1))
                    && !e.date().isAfter(LocalDate.of(2025, 12, 31))), "dated 2021–2025");
            assertTrue(events.stream().anyMatch(e -> e.summary().contains("\n")), "line breaks inside notes");
            assertTrue(events.stream().anyMatch(e -> e.summary().contains("\"")), "quotes inside notes");
            assertTrue(events.stream().anyMatch(e -> "Брест, Brest".equals(e.place())), "Cyrillic place names");
            assertTrue(events.stream().anyMatch(e -> e.place().startsWith("Kuźnica")), "Polish place names");
        }
    }

    @Test
    void theSameSeedGivesTheSameFile() throws Exception {
        assertArrayEquals(generate(5, AcledLayout.CURRENT, 200), generate(5, AcledLayout.CURRENT, 200));
    }
}
