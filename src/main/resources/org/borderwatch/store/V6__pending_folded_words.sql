-- Borderwatch schema, version 6: the folded words of an event waiting for its search text.
-- A bulk import notes each event it writes in event_fts_pending, and the store indexes the
-- events' text afterwards from their rows. The importer now also notes the folded spellings of
-- the event's title, summary and place (Białystok → bialystok: the event_fts column alt), which
-- it computes on its reading thread, so the indexing need not call back into Java per event.
-- NULL: not noted (a row written before this step, or an event rewritten since): the indexing
-- folds the row's own text then.
ALTER TABLE event_fts_pending ADD COLUMN alt TEXT;
