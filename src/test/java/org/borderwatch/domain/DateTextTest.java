package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final LocalDate NOV_30 = LocalDate.of(2023, 11, 30);
    private static final Locale US = Locale.US;
    private static final Locale UK = Locale.UK;
    private static final Locale FINLAND = Locale.forLanguageTag("fi-FI");
    private static final Locale JAPAN = Locale.JAPAN;

    @AfterEach
    void restoreStyle() {
        DateText.use(DateText.Style.WRITTEN);
    }

    @Test
    void everyAcceptedFormReadsTheSameDay() {
        for (String typed : new String[] {"2023-11-30", "30 Nov 2023", "30 November 2023", "Thu 30 Nov 2023", "thu 30 nov 2023",
            "30.11.2023", "30/11/2023", " 30  Nov   2023 ", "Thursday 30 November 2023", "Thu, 30 Nov 2023"}) {
            assertEquals(NOV_30, DateText.read(typed, UK).date(), typed);
            assertEquals(NOV_30, DateText.read(typed, US).date(), typed + " with a US locale");
        }
        assertEquals(LocalDate.of(2023, 12, 4), DateText.read("4.12.2023", FINLAND).date());
        assertEquals(LocalDate.of(2023, 12, 4), DateText.read("2023-12-4", US).date());
    }

    @Test
    void theLocalesShortFormIsRead() {
        assertEquals(NOV_30, DateText.read("11/30/23", US).date());
        assertEquals(NOV_30, DateText.read("11/30/2023", US).date());
        assertEquals(NOV_30, DateText.read("30.11.23", FINLAND).date());
        assertEquals(NOV_30, DateText.read("2023/11/30", JAPAN).date());
        assertEquals(NOV_30, DateText.read("30/11/23", UK).date());
        assertEquals("M/d/uuuu", DateText.localShortPattern(US));
    }

    @Test
    void aSlashedDateTwoConventionsReadDifferentlyIsReadTheLocalesWayAndSaysSo() {
        DateText.Reading us = DateText.read("01/02/2023", US);
        assertEquals(LocalDate.of(2023, 1, 2), us.date());
        assertTrue(us.note().contains("2 Jan 2023") && us.note().contains("for 1 Feb 2023 write 2023-02-01"), us.note());
        DateText.Reading uk = DateText.read("01/02/2023", UK);
        assertEquals(LocalDate.of(2023, 2, 1), uk.date());
        assertNull(uk.note(), "day first is the British short form too: one reading");
        assertNull(DateText.read("30/11/2023", US).note(), "only one convention reads it");
    }

    @Test
    void whatIsNotADayIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateText.read("31.11.2023", UK));
        assertEquals("'31.11.2023' is not a day: November 2023 has 30 days", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DateText.read("29/02/2023", UK));
        assertTrue(e.getMessage().contains("February 2023 has 28 days"), e.getMessage());
        assertEquals(LocalDate.of(2024, 2, 29), DateText.read("29/02/2024", UK).date(), "a leap year has the day");
        e = assertThrows(IllegalArgumentException.class, () -> DateText.read("Fri 30 Nov 2023", UK));
        assertTrue(e.getMessage().contains("30 Nov 2023 is a Thursday, not a Friday"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DateText.read("-", UK));
        assertEquals("'-' is not a date: write 2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DateText.read("  ", UK));
        assertTrue(e.getMessage().startsWith("No date given"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateText.read("30.11.20233", UK));
        assertThrows(IllegalArgumentException.class, () -> DateText.read("2023-11-30x", UK));
    }

    @Test
    void writesTheChosenStyle() {
        DateText w = DateText.WRITTEN;
        DateText iso = DateText.ISO;
        assertEquals("30 Nov 2023", w.day(NOV_30));
        assertEquals("2023-11-30", iso.day(NOV_30));
        assertEquals("Thu 30 Nov 2023", w.dayWithWeekday(NOV_30));
        assertEquals("Thu 2023-11-30", iso.dayWithWeekday(NOV_30));
        assertEquals("Nov 2023", w.month(NOV_30));
        assertEquals("2023-11", iso.month(NOV_30));
        assertEquals("30 Nov", w.dayAndMonth(NOV_30));
        assertEquals("2023-11-30", iso.dayAndMonth(NOV_30), "ISO never drops the year");
        assertEquals("1 Nov – 30 Nov 2023", w.range(LocalDate.of(2023, 11, 1), NOV_30));
        assertEquals("30 Dec 2022 – 5 Jan 2023", w.range(LocalDate.of(2022, 12, 30), LocalDate.of(2023, 1, 5)));
        assertEquals("2023-11-01 – 2023-11-30", iso.range(LocalDate.of(2023, 11, 1), NOV_30));
        assertEquals("30 Nov 2023", w.range(NOV_30, NOV_30));
    }

    @Test
    void aDateKnownToTheMonthIsWrittenWithoutItsDay() {
        LocalDate nov = LocalDate.of(2021, 11, 1);
        assertEquals("Nov 2021", DateText.WRITTEN.at(nov, DatePrecision.MONTH));
        assertEquals("2021-11", DateText.ISO.at(nov, DatePrecision.MONTH));
        assertEquals("1 Nov 2021", DateText.WRITTEN.at(nov, DatePrecision.DAY));
        assertEquals("2021", DateText.ISO.at(LocalDate.of(2021, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void theProgramsStyleIsChosenOnce() {
        assertEquals(DateText.Style.WRITTEN, DateText.current().style(), "written until chosen");
        DateText.use(DateText.Style.parse("ISO"));
        assertEquals("2023-11-30", DateText.current().day(NOV_30));
        assertThrows(IllegalArgumentException.class, () -> DateText.Style.parse("american"));
    }

    @Test
    void whatWrittenTextWritesIsReadBackInEveryStyle() {
        for (DateText.Style s : DateText.Style.values()) {
            DateText t = DateText.of(s);
            for (LocalDate d = LocalDate.of(2021, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(13)) {
                assertEquals(d, DateText.read(t.day(d), US).date(), s + " " + d);
                assertEquals(d, DateText.read(t.dayWithWeekday(d), FINLAND).date(), s + " " + d);
            }
        }
    }

    @Test
    void aClampedDaySaysWhy() {
        LocalDate first = LocalDate.of(2021, 8, 1);
        LocalDate last = LocalDate.of(2025, 11, 30);
        assertEquals("30 Nov 2030 is after the last day of the data (30 Nov 2025): showing 30 Nov 2025",
                DateText.WRITTEN.clampNote(LocalDate.of(2030, 11, 30), last, first, last));
        assertEquals("2020-01-01 is before the first day of the data (2021-08-01): showing 2021-08-01",
                DateText.ISO.clampNote(LocalDate.of(2020, 1, 1), first, first, last));
        assertNull(DateText.WRITTEN.clampNote(NOV_30, NOV_30, first, last));
    }
}
