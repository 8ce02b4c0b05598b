package org.borderwatch.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * An event in the form the store writes it: its attributes as stored JSON
 * ({@link FlatJson#writeStored}), its source ids and tags as JSON arrays, the folded words of its
 * search text ({@link SearchText}), and its two long texts (summary and attributes) already
 * encoded in UTF-8, SQLite's own encoding. Turning an event into text is a good part of what
 * writing it costs, and needs no database: an importer does it on its reading thread
 * ({@link Preparer}) while the importing thread writes the batch before
 * ({@link BulkWriter#putPrepared}). Immutable.
 */
public final class PreparedEvent {
    final Event event;
    /** The date as stored, {@code YYYY-MM-DD}. */
    final String date;
    /** The summary and the stored attributes, the two long texts of an event, already in UTF-8. */
    final byte[] summary;
    final byte[] attributes;
    final String sources;
    final String tags;
    final String alt;

    private PreparedEvent(Event event, byte[] summary, byte[] attributes, String sources, String tags, String alt) {
        this.event = event;
        this.date = event.date().toString();
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

    /**
     * Prepares events. It reuses its buffers, so it is not thread-safe: one preparer per thread.
     * The cited sources' titles and publishers enter the folded words, as the store's own writer
     * puts them in; ids not given contribute no words.
     */
    public static final class Preparer {
        private final Map<String, Source> cited = new HashMap<>();
        private final SearchText text = new SearchText(cited::get);
        private final Utf8Json json = new Utf8Json();

        /**
         * {@code e} ready to write; {@code sources} holds (at least) the sources it cites, as they
         * will be stored.
         */
        public PreparedEvent prepare(Event e, List<Source> sources) {
            cited.clear();
            for (Source s : sources) {
                cited.put(s.id(), s);
            }
            return of(e, text, json);
        }
    }

    /**
     * {@code e} ready to write, the words of its sources' text from {@code text}'s sources, its
     * attributes written by {@code json}.
     */
    static PreparedEvent of(Event e, SearchText text, Utf8Json json) {
        String place = e.place() == null ? "" : e.place();
        return new PreparedEvent(e, e.summary().getBytes(StandardCharsets.UTF_8),
                json.attributes(e.attributes(), e.summary()),
                FlatJson.writeArray(e.sourceIds()), FlatJson.writeArray(e.tags()),
                text.alt(e.title(), e.summary(), place, text.cited(e.sourceIds())));
    }
}
