package org.borderwatch.ui.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.borderwatch.domain.Annotation;

/**
 * When each annotation of a list applies ({@link Annotation#visibleOn}: from {@code validFrom} up to,
 * not including, {@code validUntil}), as day numbers, and the days on which some annotation comes or
 * goes, sorted: the annotations shown on two days differ only if one of those days lies after the
 * earlier day and on or before the later one. Made once per change of the list, asked at every date
 * change. Immutable.
 */
final class AnnotationValidity {
    private final List<Annotation> annotations;
    /** Per annotation, the first day it applies and the first day it no longer does (epoch days). */
    private final long[] from;
    private final long[] until;
    private final long[] comingOrGoing;

    private AnnotationValidity(List<Annotation> annotations, long[] from, long[] until, long[] comingOrGoing) {
        this.annotations = annotations;
        this.from = from;
        this.until = until;
        this.comingOrGoing = comingOrGoing;
    }

    /** The validity of {@code annotations} as they are now (the list is copied). */
    static AnnotationValidity of(List<Annotation> annotations) {
        List<Annotation> list = List.copyOf(annotations);
        int n = list.size();
        long[] from = new long[n];
        long[] until = new long[n];
        long[] days = new long[n * 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            Annotation a = list.get(i);
            from[i] = a.validFrom() == null ? Long.MIN_VALUE : a.validFrom().toEpochDay();
            until[i] = a.validUntil() == null ? Long.MAX_VALUE : a.validUntil().toEpochDay();
            if (a.validFrom() != null) {
                days[k++] = from[i];
            }
            if (a.validUntil() != null) {
                days[k++] = until[i];
            }
        }
        days = Arrays.copyOf(days, k);
        Arrays.sort(days);
        return new AnnotationValidity(list, from, until, days);
    }

    /**
     * The annotations that apply on {@code d} (all of them when {@code d} is null), in the list's
     * order, but the one with id {@code hidden}. An unmodifiable list.
     */
    List<Annotation> visibleOn(LocalDate d, String hidden) {
        long day = d == null ? 0 : d.toEpochDay();
        List<Annotation> out = new ArrayList<>(annotations.size());
        for (int i = 0; i < from.length; i++) {
            if (d == null || from[i] <= day && day < until[i]) {
                Annotation a = annotations.get(i);
                if (hidden == null || !a.id().equals(hidden)) {
                    out.add(a);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether an annotation comes or goes between {@code a} and {@code b} (in either order): one
     * begins or ends to apply after the earlier of the two and on or before the later.
     */
    boolean changesBetween(LocalDate a, LocalDate b) {
        long x = Math.min(a.toEpochDay(), b.toEpochDay());
        long y = Math.max(a.toEpochDay(), b.toEpochDay());
        if (x == y) {
            return false;
        }
        int i = Arrays.binarySearch(comingOrGoing, x + 1);
        if (i >= 0) {
            return true;
        }
        // the first day after x
        i = -i - 1;
        return i < comingOrGoing.length && comingOrGoing[i] <= y;
    }
}
