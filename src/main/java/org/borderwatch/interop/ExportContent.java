package org.borderwatch.interop;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;

/**
 * What an export writes: the crossings of a situation snapshot, its events — handed over one at a
 * time by a {@link EventFeed}, so that a store of any size streams them — and a list of
 * annotations (possibly empty). Events and crossings may each be left out.
 *
 * @param data        sources, crossings and intervals (its events are used only by the
 *                    constructor without a feed)
 * @param feed        the events, oldest first
 * @param annotations annotations to write
 * @param statusDate  the day whose crossing status GeoJSON reports as {@code status}
 * @param events      write the events
 * @param crossings   write the crossings
 */
public record ExportContent(SituationData data, EventFeed feed, List<Annotation> annotations, LocalDate statusDate,
                            boolean events, boolean crossings) {
    /** Hands the events of an export to a writer one at a time. */
    @FunctionalInterface
    public interface EventFeed {
        void forEach(EventConsumer each) throws IOException;
    }

    /** Writes one event. */
    @FunctionalInterface
    public interface EventConsumer {
        void accept(Event e) throws IOException;
    }

    public ExportContent {
        if (data == null || feed == null) {
            throw new IllegalArgumentException("an export needs the situation data and its events");
        }
        annotations = List.copyOf(annotations);
        if (statusDate == null) {
            throw new IllegalArgumentException("an export needs a status date for the crossings");
        }
    }

    /** The export of a snapshot that holds its events. */
    public ExportContent(SituationData data, List<Annotation> annotations, LocalDate statusDate, boolean events,
                         boolean crossings) {
        this(data, listed(data), annotations, statusDate, events, crossings);
    }

    private static EventFeed listed(SituationData data) {
        return each -> {
            for (Event e : data.events()) {
                each.accept(e);
            }
        };
    }

    /** Events, crossings and annotations of a snapshot that holds its events. */
    public static ExportContent everything(SituationData data, List<Annotation> annotations, LocalDate statusDate) {
        return new ExportContent(data, annotations, statusDate, true, true);
    }

    /** Events (from {@code feed}), crossings and annotations. */
    public static ExportContent everything(SituationData status, EventFeed feed, List<Annotation> annotations,
                                           LocalDate statusDate) {
        return new ExportContent(status, feed, annotations, statusDate, true, true);
    }
}
