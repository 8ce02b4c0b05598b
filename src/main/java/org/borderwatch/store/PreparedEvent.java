package org.borderwatch.store;

import java.nio.charset.StandardCharsets;
import org.borderwatch.domain.Event;

/**
 * An event in the form the store writes it: its attributes as stored JSON
 * ({@link FlatJson#writeStored}) and its summary, the two long texts of an event, already encoded
 * in UTF-8, SQLite's own encoding; its source ids and tags as JSON arrays; its date as text.
 * Turning an event into text is a good part of what writing it costs, and needs no database: an
 * importer does it on its reading thread ({@link Preparer}) while the importing thread writes the
 * batch before ({@link BulkWriter#putPrepared}). Immutable.
 */
public final class PreparedEvent {
    final Event event;
    /** The date as stored, {@code YYYY-MM-DD}, and as a day number ({@link java.time.LocalDate#toEpochDay()}). */
    final String date;
    final long day;
    final byte[] summary;
    final byte[] attributes;
    final String sources;
    final String tags;
    /** The folded words of title, summary and place ({@link SearchText#alt}), for the search index. */
    final String alt;

    private PreparedEvent(Event event, byte[] summary, byte[] attributes, String sources, String tags, String alt) {
        this.event = event;
        this.date = event.date().toString();
        this.day = event.date().toEpochDay();
        this.summary = summary;
        this.attributes = attributes;
        this.sources = sources;
        this.tags = tags;
        this.alt = alt;
    }

    /** The event. */
    public Event event() {
        return event;
    }

    /** Prepares events. It reuses its buffers, so it is not thread-safe: one preparer per thread. */
    public static final class Preparer {
        private final Utf8Json json = new Utf8Json();
        private final SearchText text = new SearchText(id -> null);

        /** {@code e} ready to write. */
        public PreparedEvent prepare(Event e) {
            return of(e, json, text);
        }
    }

    /** {@code e} ready to write, its attributes written by {@code json}, its folded words found by {@code text}. */
    static PreparedEvent of(Event e, Utf8Json json, SearchText text) {
        return new PreparedEvent(e, e.summary().getBytes(StandardCharsets.UTF_8),
                json.attributes(e.attributes(), e.summary()), FlatJson.writeArray(e.sourceIds()),
                FlatJson.writeArray(e.tags()), text.alt(e.title(), e.summary(), e.place() == null ? "" : e.place(), ""));
    }
}
