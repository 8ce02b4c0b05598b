-- Borderwatch team store, schema version 3: an event's search text in two parts.
--
-- event_text_search is the event's own text folded (title A, summary B, place C) and
-- sources_search the words of a list of sources (D); event_search is still the two together.
-- A write of many events computes the second part once for each distinct list of sources the
-- events cite (a few dozen in a large import), not once per event.

CREATE FUNCTION event_text_search(doc jsonb) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('folded', coalesce(doc ->> 'title', '')), 'A')
        || setweight(to_tsvector('folded', coalesce(doc ->> 'summary', '')), 'B')
        || setweight(to_tsvector('folded', coalesce(doc ->> 'place', '')), 'C');

-- the sources' words in the order the event cites them, whatever plan the server picks
CREATE FUNCTION sources_search(refs jsonb) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN coalesce((SELECT tsvector_agg(s.words ORDER BY j.n) FROM jsonb_array_elements_text(refs) WITH ORDINALITY
               AS j (id, n) JOIN sources s ON s.id = j.id), '');

CREATE OR REPLACE FUNCTION event_search(doc jsonb) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN event_text_search(doc) || sources_search(doc -> 'sources');

-- Words of plain ASCII letters have no accents to fold: they go straight to the simple
-- dictionary (unaccent would hand them on unchanged), which makes folding text quicker.
ALTER TEXT SEARCH CONFIGURATION folded
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH simple;
