-- Borderwatch team store, schema version 4: an event's own search words from its three texts.
--
-- event_text_search(title, summary, place) folds the texts themselves, so that a large copy can
-- have them folded in a second session while its own session writes the previous events (the
-- words are the server's, from the same configuration, whichever session folds them);
-- event_text_search(doc) is the same function over the document's fields.

CREATE FUNCTION event_text_search(title text, summary text, place text) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('folded', coalesce(title, '')), 'A')
        || setweight(to_tsvector('folded', coalesce(summary, '')), 'B')
        || setweight(to_tsvector('folded', coalesce(place, '')), 'C');

CREATE OR REPLACE FUNCTION event_text_search(doc jsonb) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN event_text_search(doc ->> 'title', doc ->> 'summary', doc ->> 'place');
