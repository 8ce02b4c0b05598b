package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The axis's labels and the histogram's bins follow the zoom: a year, a quarter, a month, a week on 700 pixels. */
class TimeTicksTest {
    private static TimeAxis axis(String first, String last) {
        return new TimeAxis(LocalDate.parse(first), LocalDate.parse(last), 0, 700);
    }

    private static List<String> labels(TimeAxis a) {
        return TimeTicks.of(a).stream().map(TimeTicks.Tick::label).filter(Objects::nonNull).toList();
    }

    @Test
    void yearsAreLabelledOverTheWholeData() {
        TimeAxis a = axis("2020-03-15", "2025-11-17");
        assertEquals(TimeTicks.Level.YEARS, TimeTicks.levelFor(a));
        assertEquals(List.of("2021", "2022", "2023", "2024", "2025"), labels(a));
        assertEquals("2020", TimeTicks.context(a));
        assertEquals(DensityHistogram.Bin.MONTH, DensityHistogram.binFor(a));
    }

    @Test
    void monthsAreLabelledWithTheirYearOverAQuarter() {
        TimeAxis a = axis("2023-10-15", "2024-01-14");
        assertEquals(TimeTicks.Level.MONTHS, TimeTicks.levelFor(a));
        assertEquals(List.of("Nov 2023", "Dec 2023", "Jan 2024"), labels(a));
        assertEquals(DensityHistogram.Bin.DAY, DensityHistogram.binFor(a));
    }

    @Test
    void weeksAreLabelledByTheirMondayAndMonthsStillShowOverAMonth() {
        TimeAxis a = axis("2023-11-15", "2023-12-14");
        assertEquals(TimeTicks.Level.WEEKS, TimeTicks.levelFor(a));
        assertEquals(List.of("Mon 20 Nov", "Mon 27 Nov", "Dec 2023", "Mon 4 Dec", "Mon 11 Dec"), labels(a));
        assertEquals("Nov 2023", TimeTicks.context(a));
        assertTrue(TimeTicks.of(a).size() >= 30, "a tick a day");
    }

    @Test
    void daysAreLabelledOverAWeek() {
        TimeAxis a = axis("2023-11-27", "2023-12-03");
        assertEquals(TimeTicks.Level.DAYS, TimeTicks.levelFor(a));
        assertEquals(List.of("Mon 27 Nov", "Tue 28 Nov", "Wed 29 Nov", "Thu 30 Nov", "Fri 1 Dec", "Sat 2 Dec", "Sun 3 Dec"), labels(a));
    }

    @Test
    void weeklyBinsStartOnMondayWhereverThePanStops() {
        DensityHistogram.Bin week = DensityHistogram.Bin.WEEK;
        assertEquals(LocalDate.of(2023, 11, 27), week.start(LocalDate.of(2023, 11, 30)));
        assertEquals(LocalDate.of(2023, 12, 4), week.next(week.start(LocalDate.of(2023, 12, 3))));
        assertEquals(LocalDate.of(2023, 10, 1), DensityHistogram.Bin.QUARTER.start(LocalDate.of(2023, 11, 30)));
    }
}
