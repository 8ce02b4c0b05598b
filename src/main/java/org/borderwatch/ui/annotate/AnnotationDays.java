package org.borderwatch.ui.annotate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.domain.Annotation;

/**
 * The days on which some annotation begins or ends to apply ({@link Annotation#validFrom()} and
 * {@link Annotation#validUntil()}), sorted: the annotations shown on two days differ only if one
 * of these lies after the earlier day and on or before the later one. Immutable.
 */
final class AnnotationDays {
    private final long[] days;

    private AnnotationDays(long[] days) {
        this.days = days;
    }

    static AnnotationDays of(List<Annotation> annotations) {
        long[] days = new long[annotations.size() * 2];
        int n = 0;
        for (Annotation a : annotations) {
            if (a.validFrom() != null) {
                days[n++] = a.validFrom().toEpochDay();
            }
            if (a.validUntil() != null) {
                days[n++] = a.validUntil().toEpochDay();
            }
        }
        days = Arrays.copyOf(days, n);
        Arrays.sort(days);
        return new AnnotationDays(days);
    }

    /**
     * Whether an annotation comes or goes between {@code a} and {@code b} (in either order): a day
     * of this set after the earlier of the two and on or before the later.
     */
    boolean changesBetween(LocalDate a, LocalDate b) {
        long x = Math.min(a.toEpochDay(), b.toEpochDay());
        long y = Math.max(a.toEpochDay(), b.toEpochDay());
        if (x == y) {
            return false;
        }
        int i = Arrays.binarySearch(days, x + 1);
        if (i >= 0) {
            return true;
        }
        // the first day after x
        i = -i - 1;
        return i < days.length && days[i] <= y;
    }
}
