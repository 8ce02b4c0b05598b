package org.borderwatch.interop;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;

/**
 * What an export writes: the events and crossings of a situation snapshot (each may be left
 * out) and a list of annotations (possibly empty).
 *
 * @param data        the store's snapshot (crossings, intervals, events, sources)
 * @param annotations annotations to write
 * @param statusDate  the day whose crossing status GeoJSON reports as {@code status}
 * @param events      write the events
 * @param crossings   write the crossings
 */
public record ExportContent(SituationData data, List<Annotation> annotations, LocalDate statusDate,
                            boolean events, boolean crossings) {
    public ExportContent {
        if (data == null) {
            throw new IllegalArgumentException("an export needs the situation data");
        }
        annotations = List.copyOf(annotations);
        if (statusDate == null) {
            throw new IllegalArgumentException("an export needs a status date for the crossings");
        }
    }

    /** Events, crossings and annotations. */
    public static ExportContent everything(SituationData data, List<Annotation> annotations, LocalDate statusDate) {
        return new ExportContent(data, annotations, statusDate, true, true);
    }
}
