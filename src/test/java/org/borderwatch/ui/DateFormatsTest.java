package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.junit.jupiter.api.Test;

class DateFormatsTest {
    private static final LocalDate NOV_30 = LocalDate.of(2023, 11, 30);

    @Test
    void writesWeekdayDayMonthYearInEnglish() {
        assertEquals("Thu 30 Nov 2023", DateFormats.day(NOV_30));
        assertEquals("Sat 16 Dec 2023", DateFormats.day(LocalDate.of(2023, 12, 16)));
        assertEquals("Nov 2023 (month only)", DateFormats.withPrecision(LocalDate.of(2023, 11, 1), DatePrecision.MONTH));
    }

    @Test
    void readsIsoFinnishAndWrittenForms() {
        assertEquals(NOV_30, DateFormats.parse("2023-11-30"));
        assertEquals(NOV_30, DateFormats.parse(" 30.11.2023 "));
        assertEquals(NOV_30, DateFormats.parse("30 Nov 2023"));
        assertEquals(NOV_30, DateFormats.parse("Thu 30 Nov 2023"));
        assertEquals(LocalDate.of(2023, 12, 4), DateFormats.parse("4.12.2023"));
    }

    @Test
    void refusesImpossibleDatesWithAnExplanation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateFormats.parse("31.11.2023"));
        assertTrue(e.getMessage().contains("31.11.2023") && e.getMessage().contains("2023-11-30"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateFormats.parse("11/30/2023"));
        assertThrows(IllegalArgumentException.class, () -> DateFormats.parse(""));
    }
}
